"""Helpers for the end-to-end tests: run the CLI, count failures, and print
the closing 'N passed, N failed' line."""
import os
import subprocess
import sys

PRECIS, SRC, DATA = sys.argv[1], sys.argv[2], sys.argv[3]
_passed = 0
_failed = 0


def run(args, stdin=None):
    if isinstance(stdin, str):
        stdin = stdin.encode()
    p = subprocess.run([PRECIS] + args, input=stdin, capture_output=True, timeout=300)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def check(cond, what):
    global _passed, _failed
    if cond:
        _passed += 1
    else:
        _failed += 1
        print("FAIL:", what)


def need_data(rel):
    path = os.path.join(DATA, rel)
    if not os.path.exists(path):
        print("SKIP: %s not found (shared data absent)" % path)
        sys.exit(77)
    return path


def done():
    print("%d passed, %d failed" % (_passed, _failed))
    sys.exit(1 if _failed else 0)


def words(text):
    return len(text.split())
