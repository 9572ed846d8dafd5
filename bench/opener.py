#!/usr/bin/env python3
"""How well a summary's first sentence matches a human's first sentence.

usage: bench/opener.py --precis build/precis --refs REFS.jsonl BASE.jsonl NEW.jsonl
       [--samples 2000] [--seed 1]

REFS holds {"id", "summary"} or {"id", "summaries": [...]} lines (the
val and DUC 2003 references); BASE and NEW are `precis batch` outputs
(sentences joined by newlines).  The reference's first sentence is a
human's opener: its first sentence by `precis segment` (the project's own
segmenter; a Multi-News reference's leading "– " dropped).  For every
summary in both files (and with a reference), the scores of the summary's
first line against each reference's first sentence, the maximum over the
references (DUC 2003 has four), then the mean over summaries for BASE
and NEW and their paired difference with a 95 % bootstrap interval
(resampling summaries).

Scores are ROUGE-1 and ROUGE-2 recall and F1 over a simple tokenisation
(lower case, runs of letters and digits: ROUGE-1.5.5's without stemming
or stopword removal), counted with clipping.  Also prints how many first
sentences differ.  A benchmark: it prints figures and never fails.

The headroom (since session 36): of a summary's lines (its chosen
sentences), the oracle opener is the one whose ROUGE-2 recall against the
reference's first sentence is highest (ROUGE-1 recall on a tie, the
earlier line on a tie of both; the maximum over DUC 2003's four
references).  Printed for BASE and NEW: the share of summaries whose first
line is the oracle opener, and the mean R1 / R2 recall an order that
always opened with it would score (what reordering the same sentences
can reach).
"""
import argparse
import json
import random
import re
import subprocess
import sys
from collections import Counter

TOKEN = re.compile(r"[a-z0-9]+")


def tokens(s):
    return TOKEN.findall(s.lower())


def ngrams(toks, n):
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def score(sys_s, ref_s, n):
    a, b = ngrams(tokens(sys_s), n), ngrams(tokens(ref_s), n)
    hit = sum((a & b).values())
    ns, nr = sum(a.values()), sum(b.values())
    r = hit / nr if nr else 0.0
    p = hit / ns if ns else 0.0
    return r, (2 * p * r / (p + r) if p + r else 0.0)


def first_sentence(precis, text):
    text = re.sub(r"^\s*[–—-]\s*", "", text)
    out = subprocess.run([precis, "segment", "-"], input=text.encode(),
                         capture_output=True).stdout.decode("utf-8", "replace")
    for line in out.splitlines():
        if line.strip():
            return line.strip()
    return text.strip()


def load(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                rows[r["id"]] = r
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--precis", default="build/precis")
    ap.add_argument("--refs", required=True)
    ap.add_argument("--samples", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("base")
    ap.add_argument("new")
    a = ap.parse_args()
    refs, base, new = load(a.refs), load(a.base), load(a.new)
    ids = [i for i in base if i in new and i in refs
           and base[i].get("summary") is not None and new[i].get("summary") is not None]
    names = ["R1 recall", "R1 F", "R2 recall", "R2 F"]
    per = {k: ([], []) for k in names}
    changed = 0
    hit = [0, 0]
    orac = [[0.0, 0.0], [0.0, 0.0]]
    for i in ids:
        r = refs[i]
        rs = r.get("summaries") or [r.get("summary", "")]
        firsts = [first_sentence(a.precis, x) for x in rs]
        fb = (base[i]["summary"].split("\n") or [""])[0]
        fn = (new[i]["summary"].split("\n") or [""])[0]
        changed += fb != fn
        for side, summ in ((0, base[i]["summary"]), (1, new[i]["summary"])):
            lines = [x for x in summ.split("\n") if x.strip()]
            if not lines:
                continue
            best_k, best_v = 0, None
            for k, line in enumerate(lines):
                v = (max(score(line, ref, 2)[0] for ref in firsts),
                     max(score(line, ref, 1)[0] for ref in firsts))
                if best_v is None or v > best_v:
                    best_k, best_v = k, v
            hit[side] += best_k == 0
            orac[side][0] += best_v[1]
            orac[side][1] += best_v[0]
        for side, s in ((0, fb), (1, fn)):
            best = [0.0] * 4
            for ref in firsts:
                r1 = score(s, ref, 1)
                r2 = score(s, ref, 2)
                for k, v in enumerate((r1[0], r1[1], r2[0], r2[1])):
                    best[k] = max(best[k], v)
            for k, name in enumerate(names):
                per[name][side].append(best[k])
    n = len(ids)
    if not n:
        print("no summaries in common")
        return
    rnd = random.Random(a.seed)
    draws = [[rnd.randrange(n) for _ in range(n)] for _ in range(a.samples)]
    print("%d summaries, %d first sentences differ" % (n, changed))
    print("| score (x100, max over refs) | base | new | diff | 95 % interval |")
    print("|---|---:|---:|---:|---|")
    for name in names:
        b, w = per[name]
        d = [y - x for x, y in zip(b, w)]
        means = sorted(sum(d[j] for j in dr) / n for dr in draws)
        lo = means[int(0.025 * a.samples)]
        hi = means[int(0.975 * a.samples) - 1]
        print("| %s | %.2f | %.2f | %+.2f | [%+.2f, %+.2f] |" %
              (name, 100 * sum(b) / n, 100 * sum(w) / n, 100 * sum(d) / n,
               100 * lo, 100 * hi))
    print("oracle opener among the chosen (headroom): first line is it in "
          "%.1f %% / %.1f %% (base / new); R1 / R2 recall if it opened: "
          "%.2f / %.2f (base), %.2f / %.2f (new)" %
          (100 * hit[0] / n, 100 * hit[1] / n, 100 * orac[0][0] / n,
           100 * orac[0][1] / n, 100 * orac[1][0] / n, 100 * orac[1][1] / n))


if __name__ == "__main__":
    sys.exit(main())
