#!/bin/sh
# A front glued to a lead that another document of the cluster carries
# without it (bench/glued.c): how many sentences of Multi-News train-10k's
# sources have one, by position, and how the fronts' words and junctions
# fare in the reference summaries against the rest of the sentence.
# Usage: bench/glued.sh [BUILD_DIR] [--show] [--strict] [--first] [--lcp L]
#        [--copies] [-n N]   (after building libprecis.a; bench/glued.c says
#        what each option keeps)
# SET=val reads val.jsonl.gz instead (only to read examples, never to learn).
set -e
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$SRC/build}
[ $# -gt 0 ] && shift
DATA=${PRECIS_DATA_DIR:-$SRC/../shared/data}/multinews/${SET:-train-10k}.jsonl.gz
[ -f "$DATA" ] || { echo "shared data absent: $DATA"; exit 77; }
. "$SRC/bench/bench_cc.sh"
bench_cc glued
/usr/bin/python3 -c '
import gzip, json, sys
out = sys.stdout.buffer
for line in gzip.open(sys.argv[1], "rt", encoding="utf-8"):
    r = json.loads(line)
    out.write(b"C %s\n" % str(r["id"]).encode())
    for d in r["documents"]:
        b = d.encode()
        out.write(b"D %d\n" % len(b) + b + b"\n")
    b = r["summary"].encode()
    out.write(b"R %d\n" % len(b) + b + b"\n")
' "$DATA" | "$BIN" "$@"
