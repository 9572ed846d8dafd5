#!/usr/bin/env python3
"""Fails when a test skipped something for want of the shared data while the
shared data directory is present.

usage: tests/check_skips.py BUILD_DIR

Reads the results of the last `ctest` run in BUILD_DIR
(Testing/Temporary/LastTest.log) and the data directory the build was
configured with (PRECIS_DATA_DIR in CMakeCache.txt).  When that directory
exists, every line of a test's output that starts with "SKIP" and names the
data directory or says "shared data" is reported, and the exit status is 1.
.ci/run runs it after each suite, beside PRECIS_REQUIRE_DATA=1 (which makes
the tests' own helpers fail instead of skip): this catches the skips that do
not go through those helpers, whole or partial.  Only the standard library
is used.
"""
import os
import re
import sys


def data_dir(build):
    with open(os.path.join(build, "CMakeCache.txt"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"PRECIS_DATA_DIR:\w+=(.*)", line.rstrip("\n"))
            if m:
                return m.group(1)
    return None


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().split("\n\n")[1])
        return 2
    build = sys.argv[1]
    data = data_dir(build)
    if not data or not os.path.isdir(data):
        print("check_skips: shared data absent (%s): skips allowed" % data)
        return 0
    log = os.path.join(build, "Testing", "Temporary", "LastTest.log")
    with open(log, encoding="utf-8", errors="replace") as f:
        text = f.read()
    real = os.path.realpath(data)
    bad = []
    # blocks: 'N/M Test: NAME' ... '<end of output>'
    for m in re.finditer(r"^\d+/\d+ Test: (\S+)\n(.*?)^<end of output>", text, re.M | re.S):
        name, body = m.group(1), m.group(2)
        for line in body.splitlines():
            if line.startswith("SKIP") and ("shared data" in line or data in line or
                                            real in line):
                bad.append("%s: %s" % (name, line))
    if bad:
        print("check_skips: %d skip(s) for want of shared data, although %s exists:" %
              (len(bad), data))
        for b in bad:
            print("  " + b)
        return 1
    print("check_skips: no test skipped for want of the shared data (%s)" % data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
