#!/usr/bin/env bash
# Story clustering scores on both development streams, with the anchors
# beside them: precis cluster (online, one pass), single-pass TF-IDF centroid
# (online, threshold tuned on both streams) and average-link (offline, the
# whole stream at once, threshold tuned on both).  B-cubed P/R/F1 (the main
# figure), pairwise F1, adjusted Rand index, number of stories and the size
# of the largest.  Prints figures; never fails a build.
#
#   bench/stories_quality.sh [precis cluster options]
#
#   PRECIS=path  precis binary (default build/precis)
#   DATA=dir     shared data (default ../shared/data)
set -u
cd "$(dirname "$0")/.." || exit 0
precis=${PRECIS:-build/precis}
data=${DATA:-../shared/data}
mn=$data/stories/mn-val-stream.jsonl.gz
duc_src=$data/duc2003/task2.jsonl
if [ ! -f "$mn" ] || [ ! -f "$duc_src" ] || [ ! -x "$precis" ]; then
  echo "stories_quality.sh: $mn, $duc_src or $precis missing; skipping" >&2
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 bench/stories_duc.py "$duc_src" > "$tmp/duc.jsonl" 2>/dev/null
echo "precis cluster $*"
for s in "$mn" "$tmp/duc.jsonl"; do
  "$precis" cluster -a "$@" "$s" > "$tmp/out.jsonl" 2>/dev/null
  printf '  %-40s %s\n' "$(basename "$s")" "$(python3 bench/stories_score.py "$s" "$tmp/out.jsonl")"
done
/usr/bin/python3 bench/stories_anchors.py "$mn" "$tmp/duc.jsonl" | sed 's/duc.jsonl/duc2003 stream (bench\/stories_duc.py)/'
exit 0
