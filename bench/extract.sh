#!/bin/sh
# Main-content extraction benchmark over both development sets in
# ../shared/data/extraction: aeb-dev (the dev half of the article-extraction
# benchmark, shingle F1/P/R, bench/extract_score.py, with the published
# extractors' scores on the same pages) and snippets-dev (with/without
# snippets, bench/extract_snippets.py: pooled P/R/F, per-page means, correct
# and empty pages, split by news and by language); each also in two fixed
# random halves A and B (bench/extract_eval.py).  Then the speed in MB/s of
# HTML on one core (extraction only, files read first), best of 3, on each set.
# usage: bench/extract.sh [PRECIS] [DATA_DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
precis=${1:-$here/../build/precis}
data=${2:-$here/../../shared/data}
[ -f "$data/extraction/aeb-dev.jsonl.gz" ] || { echo "no $data/extraction (shared data absent)"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$here/extract_eval.py" "$precis" "$data" --work "$tmp" --jobs 1
cat <<EOF2

  published on the aeb-dev pages (shingle F1): AutoExtract 0.975, rs-trafilatura 0.969,
  trafilatura 0.963, Readability.js 0.950, newspaper 0.950, boilerpipe 0.861, whole page 0.659
  published on all 990 pages of the snippets set (pooled F): trafilatura 0.924 (developed on
  them), magic-html 0.889, justext 0.862, news-please 0.836, readability-lxml 0.826
EOF2
# speed: extraction only (files read first), CPU time of one process on one
# core, best of 3 runs
for set in aeb-dev snippets-dev; do
    [ -d "$tmp/$set" ] || continue
    best=0
    for i in 1 2 3; do
        line=$("$precis" extract --bench "$tmp/$set"/*.html)
        mbs=$(echo "$line" | sed 's/.* \([0-9.]*\) MB\/s$/\1/')
        if [ "$(echo "$mbs > $best" | bc -l)" = 1 ]; then best=$mbs; fi
    done
    echo "  speed $set: $(echo "$line" | sed 's/, [0-9.]* s CPU.*//'), best of 3: $best MB/s (one core)"
done
