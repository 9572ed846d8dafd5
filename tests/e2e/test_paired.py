#!/usr/bin/env python3
"""bench/paired.py: the per-cluster paired comparison of two systems' ROUGE
on hand-made clusters whose differences are known (a system against
itself: every cluster a tie and an interval of [0, 0]; a system that
matches the reference on two clusters of three: two wins, one tie, a mean
difference equal to the difference of the systems' own figures), and bad
input (a missing file: exit 1 and a message naming it).

usage: test_paired.py PRECIS SOURCE_DIR DATA_DIR"""
import json
import os
import re
import subprocess
import sys
import tempfile

from util import PRECIS, SRC, check, done

SCRIPT = os.path.join(SRC, "bench", "paired.py")
REFS = {
    "c1": "the council approved the new bridge over the river on monday .",
    "c2": "floods forced thousands from their homes in the north of the country .",
    "c3": "the central bank raised interest rates by half a point .",
}
A = {
    "c1": "a spokesman spoke to reporters about many things in the city .",
    "c2": "rain fell for days and roads were closed near the coast .",
    "c3": "the central bank raised interest rates by half a point .",
}
B = {"c1": REFS["c1"], "c2": REFS["c2"], "c3": REFS["c3"]}


def write(path, rows):
    with open(path, "w") as f:
        for k, v in rows.items():
            f.write(json.dumps({"id": k, "summary": v}) + "\n")


def paired(args):
    p = subprocess.run([sys.executable, SCRIPT, "--precis", PRECIS] + args,
                       capture_output=True, universal_newlines=True)
    return p.returncode, p.stdout, p.stderr


def row(out, metric):
    """(A, B, diff, lo, hi, wins, losses, ties) of a metric's table row."""
    m = re.search(r"^\| %s \| (\d+) \| ([\d.]+) \| ([\d.]+) \| ([-+][\d.]+) \[([-+][\d.]+), "
                  r"([-+][\d.]+)\] \| [\d.]+ \| (\d+) / (\d+) / (\d+) \|$" % metric, out, re.M)
    return tuple(float(x) for x in m.groups()[1:]) if m else None


def eval_f(refs, sys_path, metric):
    p = subprocess.run([PRECIS, "eval", "-n", "2", "-m", "--format", "csv", "--refs", refs,
                        "--sys", sys_path], capture_output=True, universal_newlines=True)
    for line in p.stdout.splitlines():
        f = line.split(",")
        if len(f) > 5 and f[1] == metric and f[2] == "":
            return 100 * float(f[5])
    return None


def main():
    with tempfile.TemporaryDirectory() as tmp:
        refs, a, b = (os.path.join(tmp, n + ".jsonl") for n in ("refs", "a", "b"))
        write(refs, REFS)
        write(a, A)
        write(b, B)

        rc, out, err = paired(["--refs", refs, a, a])
        check(rc == 0, "a system against itself runs: %s" % err)
        r = row(out, "ROUGE-1")
        check(r is not None and r[2:5] == (0, 0, 0) and r[5:] == (0, 0, 3),
              "itself: difference 0 [0, 0], 0 wins, 0 losses, 3 ties: %s" % out)

        rc, out, err = paired(["--refs", refs, "--show", "1", a, b])
        check(rc == 0, "A against B runs: %s" % err)
        for metric in ("ROUGE-1", "ROUGE-2"):
            r = row(out, metric)
            check(r is not None, "%s row printed: %s" % (metric, out))
            if r is None:
                continue
            fa, fb = eval_f(refs, a, metric), eval_f(refs, b, metric)
            check(abs(r[0] - fa) < 0.01 and abs(r[1] - fb) < 0.01,
                  "%s: the means are the systems' figures (%s, %s): %s" % (metric, fa, fb, r))
            check(abs(r[2] - (fb - fa)) < 0.02, "%s: the mean difference is B - A: %s" % (metric, r))
            check(r[5:] == (2, 0, 1), "%s: B wins 2, loses 0, ties 1: %s" % (metric, r))
            check(0 <= r[3] <= r[2] <= r[4], "%s: an interval around the mean, not below 0: %s" % (metric, r))
        check("B's largest gains: c" in out, "--show lists the clusters: %s" % out)

        # reversed: the same figures with the sign flipped, losses for wins
        rc, out, _ = paired(["--refs", refs, b, a])
        r = row(out, "ROUGE-1")
        check(r is not None and r[2] < 0 and r[5:] == (0, 2, 1), "B against A: 2 losses: %s" % out)

        rc, out, err = paired(["--refs", refs, a, os.path.join(tmp, "missing.jsonl")])
        check(rc == 1 and "missing.jsonl" in err, "a missing system file: exit 1 naming it: %d %s"
              % (rc, err))
        rc, out, err = paired(["--refs", refs, a])
        check(rc == 2, "a missing argument: usage error (exit 2): %d" % rc)
    done()


if __name__ == "__main__":
    main()
