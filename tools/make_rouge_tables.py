#!/usr/bin/env python3
"""Writes src/eval/rouge_tables.inc on standard output from ROUGE-1.5.5's
data files.

Reads the stopword list (data/smart_common_words.txt) and the WordNet-2.0
exception table (data/WordNet-2.0.exc.db, dumped as TSV) shipped in
../shared/data/rouge-vectors/ and writes two sorted C string tables.

Only entries that can ever match a ROUGE token are kept: ROUGE tokens are
[a-z0-9]+ (every other byte is a separator), so a stopword must be made of
those bytes, and an exception key must also be longer than 3 characters
(ROUGE only stems tokens longer than 3).  The exception value is kept as is.

usage: tools/make_rouge_tables.py DATA_DIR > rouge_tables.inc
(DATA_DIR: ../shared/data/rouge-vectors; `make generate` runs it through
tools/generate.py, which adds the header with the files' checksums)
"""
import os
import re
import sys

TOKEN = re.compile(rb"^[a-z0-9]+$")


def c_str(b):
    out = []
    for ch in b:
        if ch in (0x22, 0x5C) or ch < 0x20 or ch > 0x7E:
            out.append("\\%03o" % ch)
        else:
            out.append(chr(ch))
    return '"' + "".join(out) + '"'


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__.split("\n\n")[-1].strip())
    data = sys.argv[1]
    stop_path = os.path.join(data, "stopwords-rouge.txt")
    exc_path = os.path.join(data, "wordnet-exceptions-rouge.tsv")

    stop = set()
    with open(stop_path, "rb") as f:
        for line in f:
            w = line.rstrip(b"\n")  # Perl chomp
            if TOKEN.match(w):
                stop.add(w)
    exc = {}
    with open(exc_path, "rb") as f:
        for line in f:
            if line.startswith(b"#"):
                continue
            line = line.rstrip(b"\n")
            if not line:
                continue
            k, v = line.split(b"\t", 1)
            if len(k) > 3 and TOKEN.match(k):
                exc[k] = v

    lines = []
    lines.append("/* ROUGE-1.5.5's stopwords (stopwords-rouge.txt) and WordNet exceptions")
    lines.append(" * (wordnet-exceptions-rouge.tsv).")
    lines.append(" * Kept: stopwords made of [a-z0-9] (%d), exception keys made of" % len(stop))
    lines.append(" * [a-z0-9] longer than 3 bytes (%d).  Both tables are sorted" % len(exc))
    lines.append(" * byte-wise for binary search. */")
    lines.append("")
    lines.append("static const char *const rouge_stopwords[] = {")
    for w in sorted(stop):
        lines.append("    %s," % c_str(w))
    lines.append("};")
    lines.append("")
    lines.append("static const struct rouge_exception {")
    lines.append("    const char *key, *value;")
    lines.append("} rouge_exceptions[] = {")
    for k in sorted(exc):
        lines.append("    {%s, %s}," % (c_str(k), c_str(exc[k])))
    lines.append("};")
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
