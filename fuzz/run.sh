#!/usr/bin/env bash
# Builds the libFuzzer targets listed in fuzz/targets.txt with clang (ASan +
# UBSan + libFuzzer) and runs each for SECONDS (default 60), starting from
# its seed corpus.  New interesting inputs go to fuzz/out/corpus/NAME (not
# committed); crashes to fuzz/out/crash/NAME/ -- copy a crash into
# fuzz/regressions/NAME/ once fixed so CTest replays it for ever.
#   fuzz/run.sh [SECONDS] [TARGET...]
# Environment: CC (default clang), JOBS (parallel targets, default 1),
# FUZZ_FLAGS (extra libFuzzer flags).
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
shift || true
build=build-fuzz
out=fuzz/out
CC=${CC:-clang}
cmake -S . -B "$build" -DCMAKE_C_COMPILER="$CC" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DPRECIS_FUZZ=ON -DPRECIS_SANITIZE=ON >/dev/null
cmake --build "$build" -j "${JOBS:-2}" >/dev/null

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  while read -r name reqs; do
    case "$name" in ''|'#'*) continue ;; esac
    targets+=("$name")
  done < fuzz/targets.txt
fi

status=0
for t in "${targets[@]}"; do
  exe="$build/fuzz/fuzz_$t"
  if [ ! -x "$exe" ]; then
    echo "== $t: not built (requirement absent), skipped"
    continue
  fi
  mkdir -p "$out/corpus/$t" "$out/crash/$t"
  log="$out/$t.log"
  echo "== $t: ${secs}s"
  if ! "$exe" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
       -artifact_prefix="$out/crash/$t/" -print_final_stats=1 ${FUZZ_FLAGS:-} \
       "$out/corpus/$t" "fuzz/corpus/$t" >"$log" 2>&1; then
    echo "   CRASH: see $log and $out/crash/$t/"
    status=1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$log" | sed 's/^/   /' || true
  grep -E "^cov:|#[0-9]+.*DONE" "$log" | tail -1 | sed 's/^/   /' || true
done
exit $status
