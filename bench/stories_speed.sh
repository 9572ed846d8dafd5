#!/usr/bin/env bash
# Speed and memory of story clustering (precis_stream_*) on a synthetic feed
# of repeated and shifted Multi-News stories (tools/stream_bench.c: about
# 500 words an article, 2,000 articles a day, made on the fly), at 10k, 100k
# and 1M articles: the library calls alone, then the whole `precis cluster
# -a -` command reading the feed as JSON Lines; beside a Python single-pass
# TF-IDF reference (bench/stories_anchors.py --speed, which compares each
# article with every story so far) on the first 2,000 articles of the same
# feed.  Prints figures; never fails a build.
#
#   bench/stories_speed.sh [ARTICLES]       (default 1000000)
#
#   BUILD=dir   build directory (default build; the tool is built if missing)
#   DATA=dir    shared data (default ../shared/data)
set -u
cd "$(dirname "$0")/.." || exit 0
build=${BUILD:-build}
data=${DATA:-../shared/data}
n=${1:-1000000}
val=$data/multinews/val.jsonl.gz
if [ ! -f "$val" ]; then
  echo "stories_speed.sh: $val not found; skipping" >&2
  exit 0
fi
if [ ! -x "$build/precis-stream-bench" ] || [ ! -x "$build/precis" ]; then
  cmake --build "$build" --target precis-stream-bench precis >/dev/null || exit 0
fi
# The rates are of CPU time, not wall-clock; on a shared machine they still
# drop with the load (the cores' caches and hyperthreads are shared), so the
# load average is printed before and after.
load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null; }
echo "## precis: CPU time of the library calls only (load average $(load), $(nproc) cores)"
# 200k and 500k too: the default window (60 days) is full at 120k articles
# of this feed, after which the open stories, and the memory, stay flat
checkpoints="10000 100000 1000000"
"$build/precis-stream-bench" "$val" "$n" 10000 100000 200000 500000 1000000
echo "load average after: $(load)"
echo
# The whole command as a user runs it: JSON Lines on stdin (the same feed,
# written by the tool in another process, whose time is not counted),
# parsed, clustered and one line written per article.  CPU time (user +
# sys) and peak resident memory of `precis cluster` alone.
echo "## precis cluster -a - (the whole command): CPU time and peak memory (load average $(load))"
printf '%10s %12s %12s %10s\n' articles articles/s us/article "peak MB"
for k in $checkpoints; do
  [ "$k" -le "$n" ] || continue
  t=$(mktemp)
  "$build/precis-stream-bench" "$val" --dump "$k" |
    /usr/bin/time -f '%U %S %M' -o "$t" "$build/precis" cluster -a - > /dev/null 2>&1
  read -r user sys kb < "$t"
  rm -f "$t"
  awk -v k="$k" -v u="$user" -v s="$sys" -v kb="$kb" \
    'BEGIN {c = u + s; printf "%10d %12.0f %12.2f %10.1f\n", k, k / c, c * 1e6 / k, kb / 1024}'
done
echo "load average after: $(load)"
echo
echo "## peer: Python single-pass TF-IDF on the first 2,000 articles"
feed=$(mktemp)
"$build/precis-stream-bench" "$val" --dump 2000 > "$feed"
if ! peer=$(/usr/bin/python3 bench/stories_anchors.py --speed "$feed" 2>&1); then
  echo "peer skipped: $peer"
  peer=""
fi
echo "$peer"
rm -f "$feed"
ours=$("$build/precis-stream-bench" "$val" 2000 | awk '$1 == 2000 {print $2}')
theirs=$(echo "$peer" | sed -n 's/.*: \([0-9]*\) articles\/s.*/\1/p')
if [ -n "$ours" ] && [ -n "$theirs" ]; then
  echo
  echo "ratio on the same 2,000 articles: precis / python = $(awk -v a="$ours" -v b="$theirs" 'BEGIN {printf "%.1f", a / b}')x"
fi
exit 0
