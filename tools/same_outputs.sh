#!/usr/bin/env bash
# Do two precis binaries print the same bytes?  Used to prove that a
# refactoring (renames, a shared hash table) changed no output: runs both
# binaries over the whole of Multi-News val through `precis batch` at the
# default budget and at -w 100, every method on the first 500 clusters,
# `precis eval` on 500 summaries, and the bundled example through summarize
# and digest in every format, then
# compares the outputs byte for byte.  Prints one line per check and exits
# non-zero on the first difference it reports (all checks still run).
#   usage: tools/same_outputs.sh REF_BIN NEW_BIN
set -u
[ $# -eq 2 ] || { echo "usage: $0 REF_BIN NEW_BIN" >&2; exit 2; }
ref=$1 new=$2
cd "$(dirname "$0")/.."
DATA=${DATA:-../shared/data}
VAL=$DATA/multinews/val.jsonl.gz
for b in "$ref" "$new"; do
    [ -x "$b" ] || { echo "not an executable: $b" >&2; exit 2; }
done
[ -f "$VAL" ] || { echo "SKIP: $VAL not found"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
gzip -dc "$VAL" > "$tmp/val.jsonl"
head -n 500 "$tmp/val.jsonl" > "$tmp/val500.jsonl"
fail=0
# check NAME INPUT ARGS...: runs both binaries with ARGS on INPUT (stdin).
check() {
    local name=$1 input=$2; shift 2
    "$ref" "$@" < "$input" > "$tmp/ref.out" 2> "$tmp/ref.err"; local rr=$?
    "$new" "$@" < "$input" > "$tmp/new.out" 2> "$tmp/new.err"; local rn=$?
    local lines
    lines=$(wc -l < "$tmp/ref.out")
    if [ $rr -eq $rn ] && cmp -s "$tmp/ref.out" "$tmp/new.out" &&
       cmp -s "$tmp/ref.err" "$tmp/new.err"; then
        printf 'same       %-40s %7d lines, %s\n' "$name" "$lines" \
            "$(sha256sum < "$tmp/new.out" | cut -c1-16)"
    else
        printf 'DIFFERENT  %-40s exit %d/%d\n' "$name" $rr $rn
        diff "$tmp/ref.out" "$tmp/new.out" | head -n 6
        fail=1
    fi
}
n=$(wc -l < "$tmp/val.jsonl")
check "batch, default budget ($n clusters)" "$tmp/val.jsonl" batch
check "batch -w 100 ($n clusters)" "$tmp/val.jsonl" batch -w 100
for m in $("$ref" --list-methods | awk '{print $1}'); do
    check "batch -m $m (500 clusters)" "$tmp/val500.jsonl" batch -m "$m"
done
# ROUGE of the reference binary's summaries of 500 clusters, scored by each
"$ref" batch < "$tmp/val500.jsonl" > "$tmp/sys500.jsonl"
python3 -c 'import json, sys
for l in sys.stdin:
    d = json.loads(l)
    print(json.dumps({"id": d["id"], "summary": d["summary"]}))' < "$tmp/val500.jsonl" > "$tmp/refs500.jsonl"
check "eval -n 2 -m -2 4 -u (500 clusters)" /dev/null eval -n 2 -m -2 4 -u \
    --refs "$tmp/refs500.jsonl" --sys "$tmp/sys500.jsonl"
for f in text markdown json html; do
    check "summarize -f $f examples/volcano" /dev/null -f "$f" examples/volcano
    check "digest -f $f examples/volcano" /dev/null digest -f "$f" examples/volcano
done
[ $fail -eq 0 ] && echo "all outputs byte-identical" || echo "outputs differ"
exit $fail
