#!/usr/bin/env python3
"""bench/opener.py: the first sentence of a summary against the first
sentence of its references, on hand-made summaries whose scores are known
(a system against itself: no first sentence differs, difference 0; a
system that opens with a reference's first sentence: ROUGE-1 and ROUGE-2
recall and F of 100 on that summary, the maximum over a cluster's several
references, a Multi-News reference's leading dash dropped; the second
sentences of summary and reference never read), and bad input (a missing
argument: usage error).

usage: test_opener.py PRECIS SOURCE_DIR DATA_DIR"""
import json
import os
import re
import subprocess
import sys
import tempfile

from util import PRECIS, SRC, check, done

SCRIPT = os.path.join(SRC, "bench", "opener.py")
REFS = [
    {"id": "c1", "summary": "– The council approved a new bridge over the river on Monday. "
                            "Work starts in May."},
    {"id": "c2", "summaries": ["Rain fell for a week in the hills.",
                               "Floods forced thousands from their homes in the north. "
                               "The army helped."]},
]
A = {"c1": "A spokesman spoke to reporters about the weather.\nThe council approved a new "
           "bridge over the river on Monday.",
     "c2": "Roads were closed near the coast for days.\nFloods forced thousands from their "
           "homes in the north."}
B = {"c1": "The council approved a new bridge over the river on Monday.\nWork starts in May.",
     "c2": "Floods forced thousands from their homes in the north.\nThe army helped."}


def write(path, rows):
    with open(path, "w") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")


def run(args):
    p = subprocess.run([sys.executable, SCRIPT, "--precis", PRECIS, "--samples", "200"] + args,
                       capture_output=True, universal_newlines=True)
    return p.returncode, p.stdout, p.stderr


def row(out, name):
    m = re.search(r"^\| %s \| ([\d.]+) \| ([\d.]+) \| ([-+][\d.]+) \| \[([-+][\d.]+), "
                  r"([-+][\d.]+)\] \|$" % name, out, re.M)
    return tuple(float(x) for x in m.groups()) if m else None


def main():
    with tempfile.TemporaryDirectory() as tmp:
        refs, a, b = (os.path.join(tmp, n + ".jsonl") for n in ("refs", "a", "b"))
        write(refs, REFS)
        write(a, [{"id": k, "summary": v} for k, v in A.items()])
        write(b, [{"id": k, "summary": v} for k, v in B.items()])

        rc, out, err = run(["--refs", refs, a, a])
        check(rc == 0, "a system against itself runs: %s" % err)
        check("2 summaries, 0 first sentences differ" in out, "itself: nothing differs: %s" % out)
        r = row(out, "R1 recall")
        check(r is not None and r[2:] == (0, 0, 0), "itself: difference 0 [0, 0]: %s" % out)

        rc, out, err = run(["--refs", refs, a, b])
        check(rc == 0, "A against B runs: %s" % err)
        check("2 summaries, 2 first sentences differ" in out, "both openers differ: %s" % out)
        for name in ("R1 recall", "R1 F", "R2 recall", "R2 F"):
            r = row(out, name)
            check(r is not None, "%s row printed: %s" % (name, out))
            if r is None:
                continue
            # B opens with the first sentence of c1's reference and of c2's
            # second reference: 100 on both; A opens with other sentences
            check(r[1] == 100.0, "%s: B's openers are the references' (100): %s" % (name, r))
            check(r[0] < 30, "%s: A's openers are not (a few shared words): %s" % (name, r))
            check(abs(r[2] - (r[1] - r[0])) < 0.02 and r[3] <= r[2] <= r[4],
                  "%s: the difference B - A inside its interval: %s" % (name, r))
        m = re.search(r"first line is it in ([\d.]+) % / ([\d.]+) % \(base / new\); R1 / R2 "
                      r"recall if it opened: ([\d.]+) / ([\d.]+) \(base\), ([\d.]+) / "
                      r"([\d.]+) \(new\)", out)
        check(m is not None, "the headroom line printed: %s" % out)
        if m:
            v = tuple(float(x) for x in m.groups())
            check(v == (0.0, 100.0, 100.0, 100.0, 100.0, 100.0),
                  "the oracle opener: A's second line, B's first; 100 if it opened: %s" % (v,))

        rc, out, err = run(["--refs", refs, a])
        check(rc == 2, "a missing argument: usage error (exit 2): %d" % rc)
    done()


if __name__ == "__main__":
    main()
