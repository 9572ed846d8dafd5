#!/bin/sh
# Per language, the share of the sentences of pseudo-clusters built from
# ../shared/data/sbd/ud (bench/lang_clusters.py) that a summary can choose:
# furniture, short (< 5 words), other ineligible (no sentence end,
# unpaired quotes, capitals only), broken, not choosable
# (refers back to a sentence that is no candidate: pc_sa_chain), choosable, choosable as the
# opening; and the documents identified as another language.
# Usage: bench/eligible.sh [BUILD_DIR] [LANG --show KIND]  (after building libprecis.a)
set -e
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$SRC/build}
DATA=${PRECIS_DATA_DIR:-$SRC/../shared/data}/sbd/ud
[ -f "$DATA/en.jsonl.gz" ] || { echo "shared data absent: $DATA"; exit 77; }
. "$SRC/bench/bench_cc.sh"
bench_cc eligible
if [ -n "$2" ]; then
    /usr/bin/python3 "$SRC/bench/lang_clusters.py" "$DATA/$2.jsonl.gz" | "$BIN" "$2" $3 $4
else
    echo "lang clus docs sents furn% short% inel% broken% unch% choos% open% otherlang"
    for f in "$DATA"/*.jsonl.gz; do
        l=$(basename "$f" .jsonl.gz)
        /usr/bin/python3 "$SRC/bench/lang_clusters.py" "$f" | "$BIN" "$l"
    done
fi
