#!/usr/bin/env python3
"""Scores main-content extraction the way the article-extraction benchmark
(AEB) does: tokens are \\w+ runs (Unicode, case kept), items are token
4-gram shingles counted as a multiset; per page, precision and recall of
shingles; P and R are means over pages (a page with an empty prediction
drops out of P and counts 0 in R); F1 = 2PR/(P+R) of those means.

usage: extract_score.py GOLD.jsonl[.gz] PRED.jsonl [--per-page]
GOLD lines: {"id", "gold_text", ...}; PRED lines: {"id", "text"}.
Prints "F1 P R pages" on one line (and per-page figures with --per-page)."""
import collections
import gzip
import json
import re
import sys

WORD = re.compile(r"\w+")
N = 4


def shingles(text):
    toks = WORD.findall(text or "")
    if len(toks) < N:
        # short texts still count: one shingle of all their tokens
        return collections.Counter([tuple(toks)]) if toks else collections.Counter()
    return collections.Counter(tuple(toks[i:i + N]) for i in range(len(toks) - N + 1))


def page_pr(pred, gold):
    """(precision or None when the prediction is empty, recall)."""
    p, g = shingles(pred), shingles(gold)
    if not g:
        return (None if not p else 0.0), (1.0 if not p else 0.0)
    if not p:
        return None, 0.0
    tp = sum((p & g).values())
    return tp / sum(p.values()), tp / sum(g.values())


def score(gold, pred):
    """gold, pred: dicts id -> text.  Returns (F1, P, R, per-page list)."""
    ps, rs, rows = [], [], []
    for pid, g in gold.items():
        prec, rec = page_pr(pred.get(pid, ""), g)
        if prec is not None:
            ps.append(prec)
        rs.append(rec)
        rows.append((pid, prec, rec))
    P = sum(ps) / len(ps) if ps else 0.0
    R = sum(rs) / len(rs) if rs else 0.0
    F = 2 * P * R / (P + R) if P + R else 0.0
    return F, P, R, rows


def load(path, field):
    op = gzip.open if path.endswith(".gz") else open
    out = {}
    with op(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                out[d["id"]] = d.get(field) or ""
    return out


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    gold = load(sys.argv[1], "gold_text")
    pred = load(sys.argv[2], "text")
    F, P, R, rows = score(gold, pred)
    if "--per-page" in sys.argv:
        for pid, p, r in sorted(rows, key=lambda x: (x[1] or 0) * (x[2] or 0)):
            print("%s P=%s R=%.3f" % (pid[:12], "-" if p is None else "%.3f" % p, r))
    print("F1 %.4f P %.4f R %.4f pages %d" % (F, P, R, len(rows)))


if __name__ == "__main__":
    main()
