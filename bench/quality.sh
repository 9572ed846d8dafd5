#!/bin/bash
# Summary quality of every ranking method on Multi-News val (or DATA), with
# the table's bounds: the greedy extractive oracle above, round-robin lead
# and random sentences below, all under the same word budget.
#
# Each method runs through `precis batch -j 1 -w $WORDS -m METHOD` (its wall
# time gives clusters per second); the baselines come from precis-baselines
# (tools/baselines.c), which picks from precis's own cleaned sentences with
# precis's budget rule.  Everything is scored in one run of
#   precis eval -n 2 -m -c 95 -r 1000 -2 4 -u
# against the references split into sentences by precis's segmenter.
# Prints one Markdown table: ROUGE-1/2/L/SU4 F with 95 % bootstrap
# intervals (x 100), mean words per summary, clusters per second.  With
# --write it also replaces the "## Quality" section of bench/RESULTS.md.
# A benchmark: prints figures, never fails a build.
#
# usage: [WORDS=250] [PRECIS=build/precis] [BASELINES=build/precis-baselines]
#        bench/quality.sh [--write] [DATA.jsonl[.gz]]
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
write=0
data=
for a in "$@"; do
    case $a in
    --write) write=1 ;;
    -h | --help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) data=$a ;;
    esac
done
shown=${data:-../shared/data/multinews/val.jsonl.gz}
data=${data:-$here/../shared/data/multinews/val.jsonl.gz}
words=${WORDS:-250}
precis=${PRECIS:-$here/build/precis}
baselines=${BASELINES:-$here/build/precis-baselines}
rouge_flags="-n 2 -m -c 95 -r 1000 -2 4 -u"
# Below the 250-word default the references are cut to the budget too (-l),
# as DUC-style evaluations of 100-word summaries do; its table gets its own
# section, "## Quality at N words".
if [ "$words" != 250 ]; then rouge_flags="$rouge_flags -l $words"; fi

for b in "$precis" "$baselines"; do
    [ -x "$b" ] || { echo "SKIP: no binary $b (build first: make bench, or make build BUILD_TARGETS="precis precis-baselines")"; exit 0; }
done
[ -f "$data" ] || { echo "SKIP: $data not found"; exit 0; }
command -v python3 >/dev/null || { echo "SKIP: python3 not found"; exit 0; }
case $words in '' | *[!0-9]* | 0) echo "WORDS must be a positive integer, got '$words'"; exit 0 ;; esac

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/sys"

# Decompressed once, so that the timings below measure precis only.
gzip -dcf "$data" > "$tmp/data.jsonl" || { echo "SKIP: cannot read $data"; exit 0; }
n=$(grep -c . "$tmp/data.jsonl")
echo "data: $shown ($n clusters), budget: $words words" >&2

echo "baselines: oracle, rr-lead, random" >&2
if ! "$baselines" -w "$words" "$tmp/data.jsonl" "$tmp" 2> "$tmp/baselines.err"; then
    cat "$tmp/baselines.err" >&2
    echo "SKIP: precis-baselines failed"
    exit 0
fi
for b in oracle rr-lead random; do
    mv "$tmp/$b.jsonl" "$tmp/sys/b.$b.jsonl"
done

# Method names (first column) and the default (marked "[default]").
"$precis" --list-methods > "$tmp/methods.txt"
methods=$(awk '{print $1}' "$tmp/methods.txt")
default=$(awk '/\[default\]/ {print $1}' "$tmp/methods.txt")

: > "$tmp/speed.tsv"
for m in $methods; do
    echo "precis batch -j 1 -m $m -w $words" >&2
    t0=$(date +%s.%N)
    if "$precis" batch -j 1 -m "$m" -w "$words" < "$tmp/data.jsonl" \
        > "$tmp/sys/m.$m.jsonl" 2> "$tmp/$m.err"; then
        t1=$(date +%s.%N)
        printf '%s\t%s\n' "$m" "$(echo "$t0 $t1" | awk -v n="$n" '{printf "%.0f", n / ($2 - $1)}')" \
            >> "$tmp/speed.tsv"
    else
        echo "  failed: $(head -3 "$tmp/$m.err")" >&2
        rm -f "$tmp/sys/m.$m.jsonl"
    fi
done

sysargs=()
for f in "$tmp"/sys/*.jsonl; do sysargs+=(--sys "$f"); done
echo "precis eval $rouge_flags ($(( ${#sysargs[@]} / 2 )) systems)" >&2
# shellcheck disable=SC2086
if ! "$precis" eval $rouge_flags --format csv --refs "$tmp/refs.jsonl" "${sysargs[@]}" \
    > "$tmp/rouge.csv" 2> "$tmp/eval.err"; then
    cat "$tmp/eval.err" >&2
    echo "SKIP: precis eval failed"
    exit 0
fi
grep -q '^[^,]*,ROUGE-SU4,' "$tmp/rouge.csv" || echo "warning: no ROUGE-SU4 in the eval output" >&2

commit=$(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -n "$(git -C "$here" status --porcelain --untracked-files=no 2>/dev/null)" ] && commit="$commit (dirty)"
cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null)

python3 - "$tmp" "$methods" "$default" "$shown" "$n" "$words" "$commit" "${cpu:-unknown}" \
    "$rouge_flags" > "$tmp/section.md" <<'PY'
import csv, json, sys, time
tmp, methods, default, shown, n, words, commit, cpu, flags = sys.argv[1:]
methods = methods.split()

rouge = {}
with open(tmp + "/rouge.csv", newline="") as f:
    for r in csv.DictReader(f):
        if not r["id"]:
            rouge[(r["system"], r["metric"])] = r
speed = dict(line.rstrip("\n").split("\t") for line in open(tmp + "/speed.tsv"))

def cell(system, metric):
    r = rouge.get((system, metric))
    if not r:
        return "n/a"
    f, lo, hi = (100 * float(r[k]) for k in ("F", "F_low", "F_high"))
    return "%.2f [%.2f, %.2f]" % (f, lo, hi)

def mean_words(system):
    try:
        with open("%s/sys/%s.jsonl" % (tmp, system)) as f:
            w = [len(json.loads(line)["summary"].split()) for line in f if line.strip()]
    except OSError:
        return "n/a"
    return "%.1f" % (sum(w) / len(w)) if w else "n/a"

rows = [("oracle (greedy R1+R2 F)", "b.oracle", "—")]
for m in methods:
    label = "**%s** (default)" % m if m == default else m
    rows.append((label, "m." + m, speed.get(m, "failed")))
rows += [("rr-lead", "b.rr-lead", "—"), ("random (seed 1)", "b.random", "—")]

heading = "## Quality" if words == "250" else "## Quality at %s words" % words
out = [heading, ""]
out.append("%s, commit %s, data `%s` (%s clusters), budget %s words; "
           "`precis eval %s`; clusters/s from `precis batch -j 1` wall time on %s."
           % (time.strftime("%Y-%m-%d"), commit, shown, n, words, flags, cpu))
out.append("")
out.append("| method | R1 F [95% CI] | R2 F [95% CI] | RL F [95% CI] | SU4 F [95% CI] "
           "| words | clusters/s |")
out.append("|---|---|---|---|---|---:|---:|")
for label, system, cps in rows:
    out.append("| %s | %s | %s | %s | %s | %s | %s |" % (
        label, cell(system, "ROUGE-1"), cell(system, "ROUGE-2"), cell(system, "ROUGE-L"),
        cell(system, "ROUGE-SU4"), mean_words(system), cps))
out.append("")
out.append("ROUGE F x 100, bootstrap 95 % intervals.  References: the Multi-News "
           "summaries split by precis's segmenter.  Baselines (`precis-baselines`, "
           "tools/baselines.c) pick whole sentences from precis's cleaned sentences "
           "and never exceed the budget; the oracle adds the sentence that most raises "
           "ROUGE-1 F + ROUGE-2 F against the reference until none fits or improves.  "
           "Regenerate: `bench/quality.sh --write`.")
print("\n".join(out))
PY
cat "$tmp/section.md"

if [ "$write" = 1 ]; then
    results=$here/bench/RESULTS.md
    python3 - "$results" "$tmp/section.md" <<'PY'
import os, sys
path, section = sys.argv[1], open(sys.argv[2]).read().rstrip("\n") + "\n"
text = open(path).read() if os.path.exists(path) else "# precis benchmark results\n"
lines = text.splitlines(keepends=True)
heading = section.splitlines()[0].rstrip()
start = next((i for i, l in enumerate(lines) if l.rstrip() == heading), None)
if start is None:
    if not text.endswith("\n"):
        text += "\n"
    text += "\n" + section
else:
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")),
               len(lines))
    tail = "".join(lines[end:])
    text = "".join(lines[:start]) + section + ("\n" + tail if tail else "")
open(path, "w").write(text)
PY
    echo "wrote the Quality section of $results" >&2
fi
exit 0
