#!/usr/bin/env python3
"""Entities and quotes of two precis binaries' digests, side by side.

usage: bench/digest_diff.py [--val N] [--items] REF_BIN NEW_BIN

Runs `precis digest -f json --digest-all` (with --items: the default
bounded digest) with both binaries on each cluster of DUC 2003 task 2 and
of Multi-News val's first N clusters (default 150), from ../shared/data
(or $DATA), documents fed on standard input separated by '|||||' lines.
Prints, per set and binary, the number of entities of each kind and of
quotes with a named speaker, then every entity row (name, kind, total
mentions) and every quote (its speaker) that one binary lists and the
other does not, by cluster: the changes to read by hand.  Exits 0; it
measures, it does not judge.
"""
import gzip
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get("DATA", os.path.join(HERE, "..", "..", "shared", "data"))


def clusters(nval):
    with open(os.path.join(DATA, "duc2003", "task2.jsonl")) as f:
        for line in f:
            d = json.loads(line)
            yield "duc", d["id"], d["documents"]
    with gzip.open(os.path.join(DATA, "multinews", "val.jsonl.gz"), "rt") as f:
        for k, line in enumerate(f):
            if k >= nval:
                break
            d = json.loads(line)
            yield "val", "val%04d" % k, d["documents"]


def digest(binary, docs, items):
    text = "\n|||||\n".join(docs) + "\n"
    args = [binary, "digest", "-f", "json"] + ([] if items else ["--digest-all"]) + ["-"]
    p = subprocess.run(args, input=text.encode(), capture_output=True)
    if p.returncode != 0:
        return None
    return json.loads(p.stdout)


def rows(d):
    """Entity rows and quote rows of one digest, as sets of tuples."""
    if d is None:
        return set(), set()
    ents = {(e["name"], e["kind"], e["total"]) for e in d.get("entities", [])}
    quotes = {(q["text"][:70], q["speaker"]) for q in d.get("quotes", [])}
    return ents, quotes


def main(argv):
    nval, items = 150, False
    args = []
    it = iter(argv)
    for a in it:
        if a == "--val":
            nval = int(next(it))
        elif a == "--items":
            items = True
        else:
            args.append(a)
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    ref, new = args
    work = list(clusters(nval))
    with ThreadPoolExecutor(max_workers=2) as ex:
        outs = list(ex.map(lambda c: (digest(ref, c[2], items), digest(new, c[2], items)), work))
    stats = {}
    for (set_, cid, _), (a, b) in zip(work, outs):
        for tag, d in (("ref", a), ("new", b)):
            s = stats.setdefault((set_, tag), {"person": 0, "organization": 0, "place": 0,
                                               "quotes": 0, "named": 0, "failed": 0})
            if d is None:
                s["failed"] += 1
                continue
            for e in d.get("entities", []):
                s[e["kind"]] += 1
            s["quotes"] += len(d.get("quotes", []))
            s["named"] += sum(1 for q in d.get("quotes", []) if q["speaker"])
    print("| set | binary | person | organization | place | quotes | named speaker | failed |")
    print("|---|---|---|---|---|---|---|---|")
    for (set_, tag), s in sorted(stats.items(), key=lambda kv: (kv[0][0], kv[0][1] != "ref")):
        print("| %s | %s | %d | %d | %d | %d | %d | %d |" % (
            set_, tag, s["person"], s["organization"], s["place"], s["quotes"], s["named"],
            s["failed"]))
    nchanged = 0
    for (set_, cid, _), (a, b) in zip(work, outs):
        ea, qa = rows(a)
        eb, qb = rows(b)
        if ea == eb and qa == qb:
            continue
        nchanged += 1
        print("\n## %s" % cid)
        for e in sorted(ea - eb, key=lambda r: (r[1], r[0])):
            print("  - entity %-13s %4d  %s" % (e[1], e[2], e[0]))
        for e in sorted(eb - ea, key=lambda r: (r[1], r[0])):
            print("  + entity %-13s %4d  %s" % (e[1], e[2], e[0]))
        for q in sorted(qa - qb, key=lambda r: r[0]):
            print("  - quote  [%s] %s" % (q[1], q[0]))
        for q in sorted(qb - qa, key=lambda r: r[0]):
            print("  + quote  [%s] %s" % (q[1], q[0]))
    print("\n%d of %d digests changed" % (nchanged, len(work)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
