#!/bin/sh
# Near copies among the documents of real clusters: for each document, the
# share of its words in sentences of the one earlier document of its
# cluster that it shares most with (model/copies.h), in buckets of 5 %, on
# Multi-News val, the first 2,000 clusters of Multi-News train-10k and DUC
# 2003 task 2.  The gap in the table is the reason for PC_COPY_SHARE
# (docs/inputs.md).  --show prints each document at or above 0.5 with the
# start of both texts.  A benchmark: prints figures, never fails a build.
# Usage: bench/copies.sh [BUILD_DIR] [--show]   (after building libprecis.a)
set -e
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$SRC/build}
DATA=${PRECIS_DATA_DIR:-$SRC/../shared/data}
[ -f "$DATA/multinews/val.jsonl.gz" ] || { echo "shared data absent: $DATA"; exit 0; }
. "$SRC/bench/bench_cc.sh"
bench_cc copies
echo "## Multi-News val"
gzip -dc "$DATA/multinews/val.jsonl.gz" | "$BIN" $2
echo "## Multi-News train-10k, first 2,000 clusters"
gzip -dcf "$DATA/multinews/train-10k.jsonl.gz" 2>/dev/null | head -n 2000 | "$BIN" $2
echo "## DUC 2003 task 2"
"$BIN" $2 < "$DATA/duc2003/task2.jsonl"
