#!/usr/bin/env bash
# CPU time of the default method on a 10-document cluster of about 10,000
# words (issue: under 5 ms), and of each method on it.  Builds the cluster
# from Multi-News val documents (joined into ten ~1,000-word articles) and
# measures it two ways:
#   process   precis run RUNS times as a program, mean CPU time per run minus
#             that of a run doing no work (`precis --version`): start-up of
#             a fresh process excluded, its first-touch page faults included;
#   library   precis-cpu: precis_summarize_text called RUNS times in one
#             process, CPU time of the first call and the median of the
#             others (what a program summarizing a feed pays per cluster);
#             five such processes, the median of each figure, and the
#             fastest call of all (the least disturbed by the host).
# Everything runs pinned to one CPU (taskset, when present): on a virtual
# machine the same binary otherwise varies by tens of percent from one
# process to the next as it migrates.  Prints figures only; never fails a
# build.
set -u
cd "$(dirname "$0")/.."
DATA=${DATA:-../shared/data}
PRECIS=${PRECIS:-build/precis}
CPU=${CPU:-$(dirname "$PRECIS")/precis-cpu}
RUNS=${RUNS:-50}
VAL=$DATA/multinews/val.jsonl.gz
[ -x "$PRECIS" ] || { echo "SKIP: $PRECIS not built (make bench builds it and precis-cpu)"; exit 0; }
[ -f "$VAL" ] || { echo "SKIP: $VAL not found"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$VAL" "$tmp/c10k.txt" <<'PY'
import gzip, json, sys
docs, cur, n = [], [], 0
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f:
    for line in f:
        for d in json.loads(line)["documents"]:
            if not d.strip():
                continue
            cur.append(d); n += len(d.split())
            if n >= 1000:
                docs.append("\n\n".join(cur)); cur, n = [], 0
        if len(docs) >= 10:
            break
docs = docs[:10]
open(sys.argv[2], "w", encoding="utf-8").write("\n|||||\n".join(docs))
print("cluster: %d documents, %d words" % (len(docs), sum(len(d.split()) for d in docs)))
PY
cpu() { # mean CPU seconds per run of "$@" < $tmp/c10k.txt
    python3 - "$RUNS" "$tmp/c10k.txt" "$@" <<'PY'
import resource, subprocess, sys
runs, inp, cmd = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
before = resource.getrusage(resource.RUSAGE_CHILDREN)
for _ in range(runs):
    with open(inp, "rb") as f:
        subprocess.run(cmd, stdin=f, stdout=subprocess.DEVNULL, check=False)
after = resource.getrusage(resource.RUSAGE_CHILDREN)
print((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) / runs)
PY
}
PIN=
command -v taskset >/dev/null && PIN="taskset -c $(($(nproc) - 1))"
base=$(cpu $PIN "$PRECIS" --version)
printf 'date: %s, commit %s, %s runs each, %s, process start-up (%.2f ms) subtracted\n\n' \
    "$(date -u +%F)" "$(git rev-parse --short HEAD 2>/dev/null)" "$RUNS" "${PIN:-not pinned}" \
    "$(python3 -c "print($base*1000)")"
printf '| method | process: CPU ms per run | library: first call ms | library: median ms | library: fastest ms |\n'
printf '|---|---:|---:|---:|---:|\n'
default=$("$PRECIS" --list-methods | awk '/\[default\]/ {print $1}')
for m in $("$PRECIS" --list-methods | awk '{print $1}'); do
    t=$(cpu $PIN "$PRECIS" -m "$m" -w 100 -)
    lib="- - -"
    if [ -x "$CPU" ]; then
        lib=$(for k in 1 2 3 4 5; do $PIN "$CPU" -m "$m" -w 100 -r "$RUNS" "$tmp/c10k.txt"; done |
              python3 -c 'import sys, statistics as s
rows = [l.split() for l in sys.stdin if l.strip()]
print("%.2f %.2f %.2f" % (s.median(float(r[0]) for r in rows), s.median(float(r[1]) for r in rows),
                         min(float(r[2]) for r in rows)))')
    fi
    mark=""; [ "$m" = "$default" ] && mark=" (default)"
    printf '| %s%s | %.2f | %s | %s | %s |\n' "$m" "$mark" \
        "$(python3 -c "print(max(0.0, ($t - $base) * 1000))")" ${lib}
done
echo
# Instructions do not move with the host's load: the figure to compare
# across commits.
if command -v valgrind >/dev/null; then
    ir=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$PRECIS" -w 100 - \
         < "$tmp/c10k.txt" 2>&1 >/dev/null | awk '/refs:/ {gsub(",", "", $NF); print $NF}')
    irv=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$PRECIS" --version \
          2>&1 >/dev/null | awk '/refs:/ {gsub(",", "", $NF); print $NF}')
    [ -n "$ir" ] && [ -n "$irv" ] &&
        printf 'instructions (callgrind), default method: %.2f M for the run, %.2f M of them start-up\n\n' \
            "$(python3 -c "print($ir / 1e6)")" "$(python3 -c "print($irv / 1e6)")"
fi
echo "target: the default method under 5 ms of CPU"
