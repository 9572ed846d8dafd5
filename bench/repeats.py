#!/usr/bin/env python3
"""One event told twice: pairs of sentences of a summary that tell it again.

usage: bench/repeats.py [--words K] [--share S] [--show N] [--refs] FILE.jsonl[.gz] ...

Each FILE holds `precis batch` lines ({"id", "summary"}, sentences joined by
newlines), or, with --refs, rows with a human "summary" (Multi-News
references: one paragraph, split here after . ! ? before a letter or a
quote mark; a "summaries" list is read too).  A pair of sentences of one
summary is a repeat when they have K content words or more in common
(default 6) and at least S of the shorter one's (default 0.4): crude stems
(plural, -ed, -ing stripped), stopwords and words of two letters left out,
as bench/defects.py's "repeated figure" reads them.  The test of the
selection (src/model/model.h, PC_EVENT_WORDS) reads Snowball stems and
the cluster's stopwords; this is the same idea in other hands, so that a
summary is not judged by the rule that made it.

Prints one Markdown row per FILE: summaries, sentences, repeats (pairs),
repeats per 100 sentences, summaries with one or more.  --show N prints N
pairs per file on standard error, to read them.

Counted on Multi-News train-10k (docs/methods.md, "One event told again"),
the references have 0.58 such pairs per 100 sentences and the summaries
precis made before the test (-w 250) 6.1.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from defects import content_stems, read_jsonl  # noqa: E402

SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"'A-Za-z])")


def reference_sentences(text):
    text = text.strip().lstrip("\u2013 ").strip()
    return [s for s in SPLIT.split(text) if len(s.split()) >= 5]


def pairs(sents, k, share):
    stems = [content_stems(s) for s in sents]
    for j in range(len(sents)):
        for i in range(j):
            a, b = stems[i], stems[j]
            if not a or not b:
                continue
            c = len(a & b)
            if c >= k and c >= share * min(len(a), len(b)):
                yield i, j


def main(argv):
    k, share, show, refs, files = 6, 0.4, 0, False, []
    it = iter(argv)
    for a in it:
        if a == "--words":
            k = int(next(it))
        elif a == "--share":
            share = float(next(it))
        elif a == "--show":
            show = int(next(it))
        elif a == "--refs":
            refs = True
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            files.append(a)
    if not files:
        print(__doc__, file=sys.stderr)
        return 2
    print("| file | summaries | sentences | repeats | per 100 sentences | summaries with one |")
    print("|---|---:|---:|---:|---:|---:|")
    for path in files:
        n = nsent = nrep = with_one = shown = 0
        for row in read_jsonl(path):
            texts = row.get("summaries") or [row.get("summary", "")]
            for t in texts:
                if refs:
                    sents = reference_sentences(t)
                else:
                    sents = [s for s in t.split("\n") if s.strip()]
                if not sents:
                    continue
                n += 1
                nsent += len(sents)
                found = list(pairs(sents, k, share))
                nrep += len(found)
                with_one += bool(found)
                for i, j in found:
                    if shown < show:
                        shown += 1
                        print("%s\n  %s\n  %s" % (row.get("id"), sents[i], sents[j]),
                              file=sys.stderr)
        print("| %s | %d | %d | %d | %.2f | %d |" %
              (os.path.basename(path), n, nsent, nrep, 100.0 * nrep / max(nsent, 1), with_one))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
