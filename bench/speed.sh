#!/usr/bin/env bash
# Speed and memory of precis against Open Text Summarizer (ots) on the same
# inputs, in the same run. Prints a Markdown report; never fails a build.
#
#   bench/speed.sh [--write]
#
#   PRECIS=path   precis binary (default build/precis, built if missing)
#   DATA=dir      shared data, relative to the repo root (default ../shared/data)
#   RUNS=n        runs per measurement (default 5; ots on the large cluster
#                 gets at most 3 when one run takes over 10 s)
#   --write       also replace the "## Speed" section of bench/RESULTS.md
#
# Needs bash and python3 (standard library). Peak RSS comes from GNU time
# (/usr/bin/time, Debian package "time") when present: a child of python
# inherits python's resident size into its ru_maxrss, so without GNU time the
# peak RSS column has a floor of the harness's own size (printed).
set -u

cd "$(dirname "$0")/.." || exit 0
root=$(pwd)

write=0
for arg in "$@"; do
  case $arg in
    --write) write=1 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "speed.sh: unknown argument '$arg' (try --help)" >&2; exit 0 ;;
  esac
done

if ! command -v python3 >/dev/null 2>&1; then
  echo "speed.sh: python3 not found; skipping the benchmark" >&2
  exit 0
fi

precis=${PRECIS:-build/precis}
if [ ! -x "$precis" ]; then
  if [ -n "${PRECIS:-}" ]; then
    echo "speed.sh: PRECIS=$precis is not executable; skipping" >&2
    exit 0
  fi
  echo "speed.sh: building precis (Release, profile-guided: make build PGO=1) into build/" >&2
  if ! make build PGO=1 >/dev/null; then
    echo "speed.sh: build failed; skipping the benchmark" >&2
    exit 0
  fi
fi

data=${DATA:-../shared/data}
if [ ! -d "$data/seeds" ] || [ ! -f "$data/multinews/val.jsonl.gz" ]; then
  echo "speed.sh: no seeds/ or multinews/val.jsonl.gz under $data; skipping" >&2
  exit 0
fi

ots=$(command -v ots || true)
if [ -z "$ots" ]; then
  echo "speed.sh: ots not found (install with: apt-get install ots); OTS rows skipped" >&2
fi
gnutime=
if [ -x /usr/bin/time ] && /usr/bin/time -f %M -o /dev/null true 2>/dev/null; then
  gnutime=/usr/bin/time
else
  echo "speed.sh: GNU time not found (install with: apt-get install time);" \
       "peak RSS measured from python, with the harness's size as a floor" >&2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/precis-speed.XXXXXX") || exit 0
trap 'rm -rf "$tmp"' EXIT

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  commit="$commit (with uncommitted changes)"
fi

read -r -d '' py <<'PY'
import gzip, json, os, platform, statistics, subprocess, sys, time

root, precis, ots, gnutime, data, tmp, commit, write = sys.argv[1:9]
write = write == "1"
try:
    runs = max(1, int(os.environ.get("RUNS") or 5))
except ValueError:
    print("speed.sh: RUNS must be a number; using 5", file=sys.stderr)
    runs = 5
BUDGET = 250          # summary length asked of precis, in words
BIG_WORDS = 300_000   # size of the large cluster
PEER_CLUSTERS = 200   # clusters for the one-process-per-cluster comparison


def loadavg():
    try:
        with open("/proc/loadavg") as f:
            return " ".join(f.read().split()[:3])
    except OSError:
        return "?"


load_start = loadavg()


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def run_once(cmd, stdin_path, stdout_path):
    """Runs cmd once; returns (wall s, user+sys s, peak RSS KiB, exit status).

    CPU comes from wait4 on the direct child (so it includes GNU time's own
    sub-millisecond share when it wraps the command); peak RSS comes from GNU
    time, which forks from a 1 MB process, when it is there."""
    rss_file = os.path.join(tmp, "rss")
    if gnutime:
        cmd = [gnutime, "-f", "%M", "-o", rss_file] + cmd
    with open(stdin_path, "rb") as fin, open(stdout_path, "wb") as fout:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdin=fin, stdout=fout,
                             stderr=subprocess.DEVNULL)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
    rss = ru.ru_maxrss
    if gnutime:
        try:
            with open(rss_file) as f:
                rss = int(f.read().split()[-1])
        except (OSError, ValueError, IndexError):
            pass
    return wall, ru.ru_utime + ru.ru_stime, rss, p.returncode


def measure(name, cmd, stdin_path, n, slow_cap=None):
    """Runs cmd n times (fewer when slow_cap=(seconds, runs) and the first run
    takes longer than seconds); returns medians and the last output."""
    out = os.path.join(tmp, "out")
    walls, cpus, rsss = [], [], []
    i = 0
    while i < n:
        w, c, r, rc = run_once(cmd, stdin_path, out)
        if rc != 0:
            log(f"  {name}: exit status {rc}")
        walls.append(w); cpus.append(c); rsss.append(r)
        if i == 0 and slow_cap and w > slow_cap[0]:
            n = min(n, slow_cap[1])
        i += 1
    with open(out, "rb") as f:
        text = f.read().decode("utf-8", "replace")
    res = dict(wall=statistics.median(walls), cpu=statistics.median(cpus),
               rss=statistics.median(rsss), runs=n, out=text)
    log(f"  {name}: wall {fmt_s(res['wall'])}, cpu {fmt_s(res['cpu'])}, "
        f"rss {fmt_mb(res['rss'])} ({n} run{'s' if n > 1 else ''})")
    return res


def fmt_s(s):
    if s < 1:
        return f"{s * 1000:.1f} ms"
    return f"{s:.2f} s"


def fmt_mb(kib):
    return f"{kib / 1024:.1f} MB"


def fmt_x(a, b):
    if not b:
        return "n/a"
    r = a / b
    return f"{r:.0f}×" if r >= 10 else f"{r:.2f}×"


def ots_ratio(words):
    # ots takes a percentage of the sentences, not a length: ask for the
    # percentage nearest to BUDGET words, at least 1 (its smallest).
    return max(1, min(100, round(BUDGET * 100 / max(words, 1))))


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def ots_version():
    try:
        p = subprocess.run([ots, "--version"], stdin=subprocess.DEVNULL,
                           capture_output=True, text=True, timeout=10)
        return (p.stdout + p.stderr).strip().splitlines()[0]
    except Exception:
        return "unknown"


rows = []       # (input, tool, res, ratio text)
notes = []
peer = None
env = {}

# --- inputs -------------------------------------------------------------
seeds_dir = os.path.join(data, "seeds")
seed_files = sorted(os.path.join(seeds_dir, f) for f in os.listdir(seeds_dir)
                    if not f.startswith("."))
seeds_txt = os.path.join(tmp, "seeds.txt")
with open(seeds_txt, "wb") as out:
    for i, path in enumerate(seed_files):
        with open(path, "rb") as f:
            out.write((b"\n\n" if i else b"") + f.read())
with open(seeds_txt, encoding="utf-8", errors="replace") as f:
    seeds_words = len(f.read().split())

log("reading val")
val_path = os.path.join(tmp, "val.jsonl")
clusters = []
with gzip.open(os.path.join(data, "multinews", "val.jsonl.gz"), "rb") as fin, \
        open(val_path, "wb") as fout:
    for line in fin:
        if not line.strip():
            continue
        fout.write(line)
        obj = json.loads(line)
        clusters.append(obj["documents"])
val_bytes = os.path.getsize(val_path)

# The large cluster: distinct val documents, in file order, until BIG_WORDS.
big_docs, seen, big_words = [], set(), 0
for docs in clusters:
    for d in docs:
        if not d.strip() or d in seen:
            continue
        seen.add(d)
        big_docs.append(d)
        big_words += len(d.split())
        if big_words >= BIG_WORDS:
            break
    if big_words >= BIG_WORDS:
        break
big_sep = os.path.join(tmp, "big.txt")
big_plain = os.path.join(tmp, "big-plain.txt")
with open(big_sep, "w", encoding="utf-8") as f:
    f.write("\n|||||\n".join(big_docs) + "\n")
with open(big_plain, "w", encoding="utf-8") as f:
    f.write("\n\n".join(big_docs) + "\n")
devnull = os.devnull


def words(text):
    return len(text.split())


# --- 1. one small cluster: the seeds ------------------------------------
log("small cluster: seeds")
label = f"seeds: 5 articles, {seeds_words:,} words"
p = measure("precis", [precis, "-w", str(BUDGET), seeds_dir], devnull, runs)
rows.append((label, f"precis -w {BUDGET} DIR", p, "—"))
r = ots_ratio(seeds_words)
if ots:
    # ots crashes (SIGSEGV) on a pipe as stdin, so it gets a file name.
    o = measure("ots", [ots, "-r", str(r), seeds_txt], devnull, runs)
    rows.append((label, f"ots -r {r} (5 files as one text)", o,
                 f"{fmt_x(o['wall'], p['wall'])} wall, "
                 f"{fmt_x(o['cpu'], p['cpu'])} CPU"))
    notes.append(f"seeds: ots summarizes one text, so it gets the five files "
                 f"concatenated; summaries: precis {words(p['out'])} words, "
                 f"ots {words(o['out'])} words.")

# --- 2. one large cluster -----------------------------------------------
log(f"large cluster: {len(big_docs)} documents, {big_words:,} words")
label = f"large: {len(big_docs):,} distinct val docs, {big_words:,} words"
big_p = measure("precis", [precis, "-w", str(BUDGET), "-"], big_sep, runs)
rows.append((label, f"precis -w {BUDGET} - < big.txt", big_p, "—"))
big_o = None
if ots:
    r = ots_ratio(big_words)
    big_o = measure("ots", [ots, "-r", str(r), big_plain], devnull, runs,
                    slow_cap=(10.0, 3))
    rows.append((label, f"ots -r {r} big-plain.txt", big_o,
                 f"{fmt_x(big_o['wall'], big_p['wall'])} wall, "
                 f"{fmt_x(big_o['cpu'], big_p['cpu'])} CPU"))
    notes.append(f"large cluster: precis reads the documents separated by "
                 f"`|||||` lines, ots the same text as one plain file. ots only "
                 f"takes a whole percentage: -r {r} is its smallest, and gives "
                 f"{words(big_o['out']):,} words against precis's "
                 f"{words(big_p['out'])}.")

# --- 3. batch over all val clusters -------------------------------------
batch = []
for j in (1, 2):
    log(f"batch -j {j}: {len(clusters)} clusters")
    b = measure(f"batch -j {j}", [precis, "batch", "-j", str(j),
                                  "-w", str(BUDGET)], val_path, runs)
    lines = b["out"].count("\n")
    if lines != len(clusters):
        notes.append(f"batch -j {j} wrote {lines} lines for "
                     f"{len(clusters)} clusters.")
    batch.append((f"precis batch -j {j}", len(clusters), b))

# The peer comparison: ots has no batch mode, so both tools run one process
# per cluster over the first PEER_CLUSTERS clusters, each process timed.
if ots:
    log(f"one process per cluster: first {PEER_CLUSTERS} clusters")
    peer_p = dict(wall=[], cpu=[], rss=[])
    peer_o = dict(wall=[], cpu=[], rss=[])
    c_sep = os.path.join(tmp, "c.txt")
    c_plain = os.path.join(tmp, "c-plain.txt")
    out = os.path.join(tmp, "out")
    for docs in clusters[:PEER_CLUSTERS]:
        with open(c_sep, "w", encoding="utf-8") as f:
            f.write("\n|||||\n".join(docs) + "\n")
        with open(c_plain, "w", encoding="utf-8") as f:
            f.write("\n\n".join(docs) + "\n")
        for acc, cmd, stdin in (
                (peer_p, [precis, "-w", str(BUDGET), "-"], c_sep),
                (peer_o, [ots, "-r", str(ots_ratio(words(" ".join(docs)))),
                          c_plain], devnull)):
            w, c, rss, _ = run_once(cmd, stdin, out)
            acc["wall"].append(w); acc["cpu"].append(c); acc["rss"].append(rss)
    n = min(PEER_CLUSTERS, len(clusters))
    peer = []
    for name, acc in (("precis -w 250 -, one process per cluster", peer_p),
                      ("ots -r ≈250 words, one process per cluster", peer_o)):
        peer.append((name, n, dict(wall=sum(acc["wall"]),
                                   cpu=sum(acc["cpu"]),
                                   rss=max(acc["rss"]))))

# --- report -------------------------------------------------------------
harness = measure("harness floor (true)", ["true"], devnull, runs)

out = []
out.append(f"- date: {time.strftime('%Y-%m-%d %H:%M %Z')}")
out.append(f"- machine: {os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), "
           f"{cpu_model()}, {platform.system()} {platform.release()}; "
           f"load average {load_start} at the start, {loadavg()} at the end")
ver = subprocess.run([precis, "--version"], capture_output=True, text=True,
                     stdin=subprocess.DEVNULL).stdout.strip()
shown = os.path.relpath(precis, root)
if shown.startswith(".."):
    shown = precis
out.append(f"- precis: {ver or '?'}, commit {commit}, binary `{shown}`")
out.append(f"- ots: {ots_version() if ots else 'not installed (apt-get install ots)'}")
out.append(f"- runs: {runs} per row (medians), fewer where the row says so; "
           f"peak RSS from {'GNU time' if gnutime else 'python getrusage (floor: the harness size)'}; "
           f"harness floor for a process that does nothing (`true`): "
           f"{fmt_s(harness['wall'])} wall, {fmt_s(harness['cpu'])} CPU, "
           f"{fmt_mb(harness['rss'])}")
out.append("")
out.append("| input | tool | wall (median) | CPU user+sys (median) | peak RSS (median) | OTS/precis |")
out.append("|---|---|---:|---:|---:|---|")
for inp, tool, res, ratio in rows:
    runs_note = "" if res["runs"] == runs else f" ({res['runs']} runs)"
    out.append(f"| {inp} | {tool}{runs_note} | {fmt_s(res['wall'])} | "
               f"{fmt_s(res['cpu'])} | {fmt_mb(res['rss'])} | {ratio} |")
out.append("")
mb = val_bytes / 1e6
out.append(f"Multi-News val, {len(clusters):,} clusters, {mb:.1f} MB of JSON Lines:")
out.append("")
out.append("| run | clusters | wall (median) | CPU user+sys (median) | peak RSS | clusters/s (wall) | MB/s (wall) | clusters per CPU-second |")
out.append("|---|---:|---:|---:|---:|---:|---:|---:|")
for name, n, res in batch:
    out.append(f"| {name} | {n:,} | {fmt_s(res['wall'])} | {fmt_s(res['cpu'])} | "
               f"{fmt_mb(res['rss'])} | {n / res['wall']:,.0f} | "
               f"{mb * n / len(clusters) / res['wall']:.1f} | {n / res['cpu']:,.0f} |")
if peer:
    for name, n, res in peer:
        out.append(f"| {name} (first {n}, one pass; clusters/s extrapolated) | "
                   f"{n:,} | {fmt_s(res['wall'])} | {fmt_s(res['cpu'])} | "
                   f"{fmt_mb(res['rss'])} (max) | {n / res['wall']:,.0f} | — | "
                   f"{n / res['cpu']:,.0f} |")
out.append("")

# Targets from the issue.
out.append("Targets:")
out.append("")
if big_o:
    speed = big_o["wall"] / big_p["wall"]
    ok = speed >= 200 and big_p["rss"] < 50 * 1024
    out.append(f"- large cluster ≥ 200× faster than OTS with peak memory < 50 MB: "
               f"{speed:.0f}× wall ({big_o['cpu'] / big_p['cpu']:.0f}× CPU), "
               f"{fmt_mb(big_p['rss'])} — **{'met' if ok else 'not met'}**")
else:
    out.append(f"- large cluster ≥ 200× faster than OTS with peak memory < 50 MB: "
               f"OTS not installed; precis {fmt_s(big_p['wall'])}, {fmt_mb(big_p['rss'])}")
j2 = batch[1][2]
rate = len(clusters) / j2["wall"]
out.append(f"- ≥ 10,000 val clusters/s with -j 2: {rate:,.0f} clusters/s — "
           f"**{'met' if rate >= 10000 else 'not met'}**")
out.append("")
if peer:
    notes.append(f"ots has no batch mode: the last two rows run one process per "
                 f"cluster over the first {peer[0][1]} val clusters (documents "
                 f"concatenated into one text for ots, ratio for ≈{BUDGET} "
                 f"words), once each, and divide; their clusters/s is an "
                 f"extrapolation, not a measured batch rate.")
notes.append("wall time counts the whole process (start-up, reading, output). "
             "Other work on the machine slows wall time (and hides the gain "
             "of -j 2) without changing CPU time much: read the CPU columns "
             "when the load average is not near zero.")
out.append("Notes:")
out.append("")
out.extend(f"- {n}" for n in notes)
out.append("")

report = "\n".join(out)
print("## Speed\n")
print(report)

if write:
    path = os.path.join(root, "bench", "RESULTS.md")
    section = "## Speed\n\n" + report.rstrip("\n") + "\n"
    try:
        with open(path, encoding="utf-8") as f:
            old = f.read()
    except FileNotFoundError:
        old = "# precis benchmark results\n"
    lines = old.splitlines(keepends=True)
    start = next((i for i, l in enumerate(lines) if l.rstrip("\n") == "## Speed"),
                 None)
    if start is None:
        new = old.rstrip("\n") + "\n\n" + section
    else:
        end = next((i for i in range(start + 1, len(lines))
                    if lines[i].startswith("## ")), len(lines))
        tail = "".join(lines[end:])
        new = "".join(lines[:start]) + section + ("\n" + tail if tail else "")
    with open(path, "w", encoding="utf-8") as f:
        f.write(new)
    log(f"wrote the Speed section of {os.path.relpath(path, root)}")
PY

python3 -c "$py" "$root" "$(realpath "$precis")" "$ots" "$gnutime" \
  "$(realpath "$data")" "$tmp" "$commit" "$write" || \
  echo "speed.sh: the benchmark stopped early (see above)" >&2
exit 0
