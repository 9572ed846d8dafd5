#!/usr/bin/env python3
"""Scores main-content extraction on the snippets set
(../shared/data/extraction/snippets-dev.jsonl.gz; the metric is defined in
its README-snippets.md): each page has short snippets a correct extraction
contains ("with") and others it must not contain ("without").  Whitespace
runs (Unicode \\s) become one space in output and snippets alike, leading and
trailing space is cut, and a snippet is found when it is a substring of the
output; nothing else is normalised.

Reported: pooled figures over all snippets (precision = tp/(tp+fp), recall =
tp/(tp+fn), F = 2tp/(2tp+fp+fn), accuracy), per-page means (recall, rejection
and their harmonic mean), the number of correct pages (every with-snippet
found, every without-snippet absent) and of empty outputs; then the same
split by `news` and by language.

usage: extract_snippets.py GOLD.jsonl[.gz] PRED.jsonl [--per-page] [--ids FILE]
GOLD lines: {"id", "with", "without", "lang", "news", ...}; PRED lines:
{"id", "text"}.  --ids keeps only the pages whose id is listed (one a line).
The first line printed is "F P R pages N" for scripts."""
import gzip
import json
import re
import sys

SPACE = re.compile(r"\s+")


def norm(s):
    return SPACE.sub(" ", s or "").strip()


def page_counts(text, with_, without):
    """(tp, fn, fp, tn) of one page."""
    t = norm(text)
    if not t:
        return 0, len(with_), 0, len(without)
    tp = sum(1 for s in with_ if norm(s) in t)
    fp = sum(1 for s in without if norm(s) in t)
    return tp, len(with_) - tp, fp, len(without) - fp


class Tally:
    def __init__(self):
        self.tp = self.fn = self.fp = self.tn = 0
        self.rec = self.rej = 0.0
        self.pages = self.correct = self.empty = 0

    def add(self, text, with_, without):
        tp, fn, fp, tn = page_counts(text, with_, without)
        self.tp += tp
        self.fn += fn
        self.fp += fp
        self.tn += tn
        self.rec += tp / (tp + fn) if tp + fn else 1.0
        self.rej += tn / (tn + fp) if tn + fp else 1.0
        self.pages += 1
        self.correct += fn == 0 and fp == 0
        self.empty += not norm(text)

    def pooled(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        d = 2 * self.tp + self.fp + self.fn
        f = 2 * self.tp / d if d else 0.0
        n = self.tp + self.fn + self.fp + self.tn
        acc = (self.tp + self.tn) / n if n else 0.0
        return f, p, r, acc

    def means(self):
        if not self.pages:
            return 0.0, 0.0, 0.0
        r, j = self.rec / self.pages, self.rej / self.pages
        return (2 * r * j / (r + j) if r + j else 0.0), r, j

    def line(self, label):
        f, p, r, acc = self.pooled()
        hm, mr, mj = self.means()
        return ("%-10s %4d  F %.3f P %.3f R %.3f acc %.3f | page recall %.3f rejection %.3f "
                "hm %.3f | correct %3d  empty %d"
                % (label, self.pages, f, p, r, acc, mr, mj, hm, self.correct, self.empty))


def load(path):
    op = gzip.open if path.endswith(".gz") else open
    with op(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    gold = load(sys.argv[1])
    pred = {d["id"]: d.get("text") or "" for d in load(sys.argv[2])}
    if "--ids" in sys.argv:
        with open(sys.argv[sys.argv.index("--ids") + 1]) as f:
            keep = set(line.strip() for line in f)
        gold = [g for g in gold if g["id"] in keep]
    total, groups = Tally(), {}
    rows = []
    for g in gold:
        text = pred.get(g["id"], "")
        total.add(text, g["with"], g["without"])
        for key in ("news" if g.get("news") else "other", "lang:" + g.get("lang", "?")):
            groups.setdefault(key, Tally()).add(text, g["with"], g["without"])
        rows.append((g, text))
    f, p, r, _ = total.pooled()
    print("F %.4f P %.4f R %.4f pages %d" % (f, p, r, total.pages))
    print(total.line("all"))
    order = ["news", "other"] + sorted((k for k in groups if k.startswith("lang:")),
                                       key=lambda k: -groups[k].pages)
    for k in order:
        if k in groups:
            print(groups[k].line(k))
    if "--per-page" in sys.argv:
        for g, text in rows:
            t = norm(text)
            miss = [s for s in g["with"] if norm(s) not in t]
            bad = [s for s in g["without"] if t and norm(s) in t]
            if miss or bad:
                print("%s %s %s%s" % (g["id"], g.get("lang"), "EMPTY " if not t else "",
                                      json.dumps({"missed": miss, "found": bad},
                                                 ensure_ascii=False)))


if __name__ == "__main__":
    main()
