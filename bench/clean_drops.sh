#!/bin/sh
# The cleaner's false drops on text without boilerplate: the share of the
# sentences of human-written summaries (Multi-News val summaries, DUC 2003
# task 2 references) that the cleaner drops.  Goal <= 0.5 % (issue 20).
# Each set is measured as given (a summary is one paragraph) and with one
# sentence per paragraph (so that the rules on short blocks meet each one).
# Usage: bench/clean_drops.sh [BUILD_DIR] [--show]   (after building libprecis.a)
set -e
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$SRC/build}
DATA=${PRECIS_DATA_DIR:-$SRC/../shared/data}
[ -f "$DATA/multinews/val.jsonl.gz" ] || { echo "shared data absent: $DATA"; exit 77; }
. "$SRC/bench/bench_cc.sh"
bench_cc clean_drops
mn() {
/usr/bin/python3 -c '
import gzip, json, sys
for line in gzip.open(sys.argv[1], "rt", encoding="utf-8"):
    sys.stdout.write(json.loads(line)["summary"] + "\0")
'  "$DATA/multinews/val.jsonl.gz"
}
duc() {
/usr/bin/python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    for s in json.loads(line)["summaries"]:
        sys.stdout.write(s + "\0")
' "$DATA/duc2003/task2.jsonl"
}
for mode in "" --paragraphs; do
    echo "Multi-News val, human summaries ${mode:-(as given)}:"
    mn | "$BIN" $mode $2
    echo "DUC 2003 task 2, references ${mode:-(as given)}:"
    duc | "$BIN" $mode $2
done
if [ -n "$KEEP" ]; then cp "$BIN" /tmp/clean_drops_bin; fi
