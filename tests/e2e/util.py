"""Helpers for the end-to-end tests: run the CLI, count failures, and print
the closing 'N passed, N failed' line."""
import os
import subprocess
import sys
import tempfile

PRECIS, SRC, DATA = sys.argv[1], sys.argv[2], sys.argv[3]
_passed = 0
_failed = 0


# PRECIS_WRAPPER (e.g. "valgrind --error-exitcode=99 -q", set by
# `make check-valgrind`) runs every CLI call under a checker.
WRAPPER = os.environ.get("PRECIS_WRAPPER", "").split()
CHECKED = bool(WRAPPER) or os.environ.get("PRECIS_SANITIZED") == "1"
# Reports of a memory checker in stderr fail the test whatever the exit code.
_CHECKER_ERRORS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:",
                   "Invalid read", "Invalid write", "definitely lost", "uninitialised",
                   "WARNING: ThreadSanitizer")


def run(args, stdin=None, timeout=300):
    if isinstance(stdin, str):
        stdin = stdin.encode()
    p = subprocess.run(WRAPPER + [PRECIS] + args, input=stdin, capture_output=True,
                       timeout=timeout)
    err = p.stderr.decode("utf-8", "replace")
    bad = [e for e in _CHECKER_ERRORS if e in err] or p.returncode == 99
    check(not bad, "memory checker clean for %r: %s" % (args[:4], err[-2000:] if bad else ""))
    return p.returncode, p.stdout.decode("utf-8", "replace"), err


def check(cond, what):
    global _passed, _failed
    if cond:
        _passed += 1
    else:
        _failed += 1
        print("FAIL:", what)


def have_data(rel):
    """The path of `rel` in the shared data directory, or None (after a skip
    message) when it is absent.  With PRECIS_REQUIRE_DATA=1 (set by .ci/run)
    and the data directory present, a missing file fails the test at once:
    a test may not skip while the data is there."""
    path = os.path.join(DATA, rel)
    if os.path.exists(path):
        return path
    if os.environ.get("PRECIS_REQUIRE_DATA") == "1" and os.path.isdir(DATA):
        print("FAIL: %s not found although %s exists (PRECIS_REQUIRE_DATA=1: a test needing "
              "the shared data may not skip when it is present)" % (path, DATA))
        sys.exit(1)
    print("SKIP: %s not found (shared data absent)" % path)
    return None


def need_data(rel):
    """have_data(), and a skip (exit 77) of the whole test when absent."""
    path = have_data(rel)
    if path is None:
        sys.exit(77)
    return path


def done():
    print("%d passed, %d failed" % (_passed, _failed))
    sys.exit(1 if _failed else 0)


def words(text):
    return len(text.split())


def file_writer(directory):
    """write(name, data): writes str or bytes to a file of `directory` and
    returns its path (the tests' scratch files)."""
    def write(name, data):
        path = os.path.join(directory, name)
        with open(path, "wb") as f:
            f.write(data.encode() if isinstance(data, str) else data)
        return path
    return write


def lead_summary(files, args, what):
    """The lines of `precis -m lead ARGS DIR` over a scratch directory
    holding `files` ((name, text) pairs, each written with a newline): the
    hand-made clusters whose documents `lead` takes in turn."""
    with tempfile.TemporaryDirectory() as d:
        write = file_writer(d)
        for name, text in files:
            write(name, text + "\n")
        rc, out, err = run(["-m", "lead"] + args + [d])
        check(rc == 0, "summarize %s: %s" % (what, err))
        return out.splitlines()
