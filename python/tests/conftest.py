"""Shared fixtures of the Python package's tests.

Run by CTest through run.py, which sets PRECIS_LIBRARY (the build's
libprecis), PRECIS_BIN (the build's precis program), PRECIS_SOURCE_DIR and
PRECIS_DATA_DIR.  By hand, from the repository:

    PYTHONPATH=python PRECIS_BIN=build/precis /usr/bin/python3 -m pytest python/tests
"""
import os
import subprocess

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.environ.get("PRECIS_SOURCE_DIR") or os.path.dirname(os.path.dirname(HERE))
DATA = os.environ.get("PRECIS_DATA_DIR") or os.path.join(SOURCE, "..", "shared", "data")
BIN = os.environ.get("PRECIS_BIN") or os.path.join(SOURCE, "build", "precis")
VOLCANO = os.path.join(SOURCE, "examples", "volcano")


def run_cli(*args, input=None):
    """Runs the precis program; returns its stdout (bytes)."""
    p = subprocess.run([BIN, *args], input=input, capture_output=True)
    assert p.returncode == 0, p.stderr.decode("utf-8", "replace")
    return p.stdout


def volcano_paths():
    return sorted(os.path.join(VOLCANO, f) for f in os.listdir(VOLCANO))


@pytest.fixture
def volcano():
    """The example cluster: (paths, texts)."""
    paths = volcano_paths()
    texts = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            texts.append(f.read())
    return paths, texts


@pytest.fixture
def cli():
    if not os.access(BIN, os.X_OK):
        pytest.skip(f"no precis program at {BIN} (set PRECIS_BIN)")
    return run_cli


def val_lines(n):
    """The first n lines of Multi-News val (bytes), or a skip."""
    import gzip

    path = os.path.join(DATA, "multinews", "val.jsonl.gz")
    if not os.path.exists(path):
        pytest.skip(f"{path} is absent (shared data): skipped")
    out = []
    with gzip.open(path, "rb") as f:
        for line in f:
            if line.strip():
                out.append(line.rstrip(b"\n"))
            if len(out) == n:
                break
    return out


def val_lines_or_none(n):
    """val_lines(n), or None when the shared data is absent."""
    try:
        return val_lines(n)
    except pytest.skip.Exception:
        return None


PAGE_SNIPPET = ("<!doctype html><html><head><title>Page</title></head><body>"
                "<nav>Home | News</nav><article><p>")
