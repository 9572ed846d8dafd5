#!/bin/sh
# Main-content extraction benchmark: runs `precis extract` over the dev half
# of the article-extraction benchmark (../shared/data/extraction), scores it
# with bench/extract_score.py, prints F1/P/R beside the published extractors'
# scores on the same pages, and the speed in MB/s of HTML on one core.
# usage: bench/extract.sh [PRECIS] [DATA_DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
precis=${1:-$here/../build/precis}
data=${2:-$here/../../shared/data}
gold=$data/extraction/aeb-dev.jsonl.gz
[ -f "$gold" ] || { echo "no $gold (shared data absent)"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$gold" "$tmp" <<'PY'
import gzip, json, os, sys
gold, tmp = sys.argv[1], sys.argv[2]
os.mkdir(os.path.join(tmp, "pages"))
with gzip.open(gold, "rt", encoding="utf-8") as f:
    for line in f:
        d = json.loads(line)
        with open(os.path.join(tmp, "pages", d["id"] + ".html"), "w", encoding="utf-8") as o:
            o.write(d["html"])
PY
python3 - "$precis" "$tmp" <<'PY'
import json, os, subprocess, sys
precis, tmp = sys.argv[1], sys.argv[2]
pages = sorted(os.listdir(os.path.join(tmp, "pages")))
with open(os.path.join(tmp, "pred.jsonl"), "w", encoding="utf-8") as out:
    for p in pages:
        r = subprocess.run([precis, "extract", os.path.join(tmp, "pages", p)],
                           capture_output=True)
        out.write(json.dumps({"id": p[:-5], "text": r.stdout.decode("utf-8", "replace")}) + "\n")
PY
score=$(python3 "$here/extract_score.py" "$gold" "$tmp/pred.jsonl")
set -- $score
cat <<EOF2
main-content extraction, $(ls "$tmp/pages" | wc -l) dev pages of the article-extraction benchmark
  (shingle F1 of 4-grams of \w+ tokens; published scores on the same pages)

  extractor            F1      P       R
  precis               $2  $4  $6
  AutoExtract          0.975
  rs-trafilatura       0.969
  trafilatura          0.963
  Readability.js       0.950
  newspaper            0.950
  boilerpipe           0.861
  whole page text      0.659
EOF2
# speed: extraction only (files read first), CPU time of one process on one
# core, best of 3 runs
best=0
for i in 1 2 3; do
    line=$("$precis" extract --bench "$tmp"/pages/*.html)
    mbs=$(echo "$line" | sed 's/.* \([0-9.]*\) MB\/s$/\1/')
    if [ "$(echo "$mbs > $best" | bc -l)" = 1 ]; then best=$mbs; fi
done
echo
echo "  speed: $(echo "$line" | sed 's/, [0-9.]* s CPU.*//'), best of 3: $best MB/s (one core)"
