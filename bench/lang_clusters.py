#!/usr/bin/python3
"""Pseudo-clusters of one language from ../shared/data/sbd/ud/<lang>.jsonl.gz,
for bench/eligible.sh: each row is a paragraph; consecutive rows of one
source document (the treebank's document: the sentence id without its
sentence number; PUD: the first six characters, n01001) make a document of
at most 6 paragraphs, separated by a blank line; in `synthetic` rows (the
sentences of a row are unrelated) 5 consecutive rows make a document.
Three consecutive documents make a cluster.  Writes to stdout, per cluster,
a line "C", then per document "D <bytes>" and its text, then a newline.
usage: lang_clusters.py FILE.jsonl.gz"""
import gzip
import json
import re
import sys


def source(row):
    sid = row["sent_ids"][0]
    if row["paragraph"] == "synthetic":
        return None
    if re.fullmatch(r"n\d{8}", sid):
        return sid[:6]
    return re.sub(r"-s?\d+$", "", sid)


def documents(path):
    doc, key = [], object()
    for line in gzip.open(path, "rt", encoding="utf-8"):
        row = json.loads(line)
        k = source(row)
        limit = 5 if k is None else 6
        if doc and (k != key or len(doc) == limit):
            yield doc
            doc = []
        doc.append(row["text"])
        key = k
    if doc:
        yield doc


def main():
    out = sys.stdout.buffer
    docs = list(documents(sys.argv[1]))
    for i in range(0, len(docs) - 2, 3):
        out.write(b"C\n")
        for d in docs[i:i + 3]:
            b = "\n\n".join(d).encode("utf-8")
            out.write(b"D %d\n" % len(b) + b + b"\n")


main()
