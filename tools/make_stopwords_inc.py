#!/usr/bin/env python3
"""Writes src/text/stopwords.inc on standard output: the words of
src/text/stopwords.txt (one a line, # comments) as C string literals,
sorted byte-wise for bsearch.

usage: tools/make_stopwords_inc.py STOPWORDS.txt > stopwords.inc
(`make generate` runs it through tools/generate.py, which adds the header)"""
import sys


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__.split("\n\n")[1])
    with open(sys.argv[1], encoding="utf-8") as f:
        words = sorted({l.strip() for l in f if l.strip() and not l.startswith("#")},
                       key=lambda w: w.encode())
    out = sys.stdout
    out.write("/* %d stopwords, sorted byte-wise: the body of an array. */\n" % len(words))
    for w in words:
        out.write('"%s",\n' % w)


if __name__ == "__main__":
    main()
