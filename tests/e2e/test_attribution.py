"""Speaker attribution on the hand-written cases of tests/data/attribution:
precision and recall of the speaker of each quote, per group (western,
world, traps).  Each case is one document of one cluster read from stdin.

Precision: named speakers that are right / speakers named.  Recall: right
speakers / quotes whose case names a speaker.  Traps name no speaker: a
speaker given there lowers precision.  Goal (issue 19): P >= 0.95 and
R >= 0.90 on every group of the development set.

Run alone for the table: test_attribution.py PRECIS SRC DATA [--report]
[--heldout]; --heldout scores heldout.txt (checked once, at the end) too."""
import json
import os
import sys

from util import SRC, check, done, run

FILES = ["cases.txt"] + (["heldout.txt"] if "--heldout" in sys.argv else [])


def read_cases(path):
    group, cases, block = None, [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("## "):
            group = line[3:].strip()
        elif line.startswith("=> "):
            want = [None if s.strip() == "-" else s.strip() for s in line[3:].split("|")]
            cases.append((group, " ".join(block), want))
            block = []
        elif line.strip():
            block.append(line.strip())
    return cases


def score(cases):
    text = "\n|||||\n".join(c[1] for c in cases)
    rc, out, err = run(["digest", "--digest-all", "-f", "json", "-"], stdin=text)
    check(rc == 0, "digest of the cases exits 0 (%s)" % err.strip()[:300])
    if rc != 0:
        return {}, []
    d = json.loads(out)
    got = {}
    for q in d["quotes"]:
        for s in q["sources"]:
            got.setdefault(s["doc"], []).append((q["sentence"], s["speaker"]))
    stats, misses = {}, []
    for i, (group, text, want) in enumerate(cases):
        have = [s for _, s in sorted(got.get(i, []), key=lambda t: t[0])]
        st = stats.setdefault(group, [0, 0, 0, 0])  # named, right, wanted, quotes
        if len(have) != len(want):
            misses.append((group, text, want, have))
        for k, w in enumerate(want):
            h = have[k] if k < len(have) else None
            st[3] += 1
            if w:
                st[2] += 1
            if h:
                st[0] += 1
                if w and h.lower() == w.lower():
                    st[1] += 1
            if (h or "").lower() != (w or "").lower() and (group, text, want, have) not in misses:
                misses.append((group, text, want, have))
    return stats, misses


def table(name, stats):
    print("%s: group      quotes named right wanted  precision recall" % name)
    tot = [0, 0, 0, 0]
    for g in sorted(stats):
        n, r, w, q = stats[g]
        tot = [a + b for a, b in zip(tot, stats[g])]
        print("  %-12s %6d %5d %5d %6d  %9.3f %6.3f" % (g, q, n, r, w, r / n if n else 1.0,
                                                          r / w if w else 1.0))
    n, r, w, q = tot
    print("  %-12s %6d %5d %5d %6d  %9.3f %6.3f" % ("all", q, n, r, w, r / n if n else 1.0,
                                                      r / w if w else 1.0))


for f in FILES:
    cases = read_cases(os.path.join(SRC, "tests", "data", "attribution", f))
    stats, misses = score(cases)
    table(f, stats)
    if "--report" in sys.argv:
        for g, t, w, h in misses:
            print("  MISS [%s] %s\n     want %s got %s" % (g, t[:150], w, h))
    if f == "cases.txt":
        check(sum(len(c[2]) for c in cases) >= 120, "at least 120 attribution cases")
        for g, (n, r, w, q) in stats.items():
            check(n == 0 or r / n >= 0.95, "%s: speaker precision %.3f >= 0.95" % (g, r / n if n else 1))
            check(w == 0 or r / w >= 0.90, "%s: speaker recall %.3f >= 0.90" % (g, r / w if w else 1))
done()
