#!/bin/bash
# Times `precis eval -n 2 -m -c 95 -r 1000` on the 5,622 Multi-News val
# clusters: system = the first 250 words of each cluster's documents,
# references = the val summaries (both split into sentences with a naive
# regex).  Prints wall and CPU time; never fails on speed.
#
# usage: bench/rouge_speed.sh [PRECIS_BINARY] [DATA_DIR]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
precis=${1:-$here/build/precis}
data=${2:-$here/../shared/data}
val=$data/multinews/val.jsonl.gz
[ -x "$precis" ] || { echo "no binary: $precis (build first)"; exit 1; }
[ -f "$val" ] || { echo "SKIP: $val not found"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 - "$val" "$tmp" <<'PY'
import gzip, json, re, sys
val, out = sys.argv[1], sys.argv[2]
split = re.compile(r"(?<=[.!?])\s+")
def sentences(text):
    return "\n".join(s for s in split.split(text.strip()) if s)
with gzip.open(val, "rt", encoding="utf-8") as f, \
        open(out + "/lead250.jsonl", "w") as sys_f, open(out + "/refs.jsonl", "w") as ref_f:
    for line in f:
        o = json.loads(line)
        words = " ".join(d for d in o["documents"] if d.strip()).split()[:250]
        sys_f.write(json.dumps({"id": o["id"], "summary": sentences(" ".join(words))}) + "\n")
        ref_f.write(json.dumps({"id": o["id"], "summary": sentences(o["summary"])}) + "\n")
PY

n=$(wc -l < "$tmp/refs.jsonl")
echo "precis eval -n 2 -m -c 95 -r 1000 -a: $n summaries"
TIMEFORMAT='wall: %R s   cpu: %U s user + %S s sys'
time "$precis" eval -n 2 -m -c 95 -r 1000 -a --refs "$tmp/refs.jsonl" \
    --sys "$tmp/lead250.jsonl" > "$tmp/out.txt"
grep "Average_F" "$tmp/out.txt"
