#!/usr/bin/python3
"""Speed of precis from Python and on Dask against `precis batch` on the
same clusters (Multi-News val), in one run; Open Text Summarizer (ots) as
the peer row when it is installed, run as bench/speed.sh runs it.  Prints a
Markdown report; never fails a build.

    bench/python.py [--write]      (Debian's python3: cffi, dask, distributed)

    PRECIS=path    precis program (default build/precis)
    LIBPRECIS=path libprecis.so.0 (default build/libprecis.so.0)
    DATA=dir       shared data (default ../shared/data)
    RUNS=n         rounds of the rows in one process (default 5; medians)
    SCALE_RUNS=n   rounds of the rows at scale (default 3)
    CLUSTERS=n     the first n val clusters (default all, 5,622)
    INTERLEAVE=n   clusters of the per-call table (default 1,000)
    BEFORE=dir     another version's python/ folder: its calls join the
                   per-call table (on this library), for a before/after
    REPEAT=n       copies of them for the Dask rows (default 20: about 20 s
                   of precis batch -j 1 on an idle machine)
    --write        also replace the "## Python and Dask" section of bench/RESULTS.md

In one process (val once): precis batch -j 1 and -j 2; precis.batch (a
block of lines per call), precis.batch_line and precis.summarize_json (the
same lines, read by the library) and precis.summarize (documents already
parsed into Python lists), from 1 and 2 Python threads.  At scale (val
REPEAT times, as REPEAT plain shards): precis batch -j 1 and -j 2 on the
shards, and examples/dask_batch.py on a LocalCluster of 1 and 2 worker
processes (compute time, and with the cluster's start), so that Dask's
fixed costs (scheduler, workers, tasks) are not what is measured.  Ratios:
Python threads against batch with as many jobs, Dask workers against batch
with as many jobs (the issue's goals: >= 90 % and >= 80 %).
"""
import gzip
import hashlib
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PEER_CLUSTERS = 200  # clusters for the one-process-per-cluster comparison with ots
BUDGET = 250         # words, as bench/speed.sh
BLOCK = 256          # lines per precis.batch call in the Python rows


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def loadavg():
    try:
        with open("/proc/loadavg") as f:
            return " ".join(f.read().split()[:3])
    except OSError:
        return "?"


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.machine()


def sha256_file(paths):
    """SHA-256 of the files' bytes, concatenated in order."""
    h = hashlib.sha256()
    for path in paths:
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()


def cpu_self():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def main():
    write = "--write" in sys.argv[1:]
    if any(a in ("-h", "--help") for a in sys.argv[1:]):
        print(__doc__)
        return
    precis_bin = os.path.abspath(os.environ.get("PRECIS") or os.path.join(ROOT, "build", "precis"))
    libprecis = os.path.abspath(os.environ.get("LIBPRECIS")
                                or os.path.join(ROOT, "build", "libprecis.so.0"))
    data = os.environ.get("DATA") or os.path.join(ROOT, "..", "shared", "data")
    runs = max(1, int(os.environ.get("RUNS") or 5))
    scale_runs = max(1, int(os.environ.get("SCALE_RUNS") or 3))
    repeat = max(1, int(os.environ.get("REPEAT") or 20))
    val = os.path.join(data, "multinews", "val.jsonl.gz")
    for path, what in ((precis_bin, "the precis program (make build)"),
                       (libprecis, "libprecis (make python)"), (val, "Multi-News val")):
        if not os.path.exists(path):
            log(f"python.py: {path} missing ({what}); skipping the benchmark")
            return
    os.environ["PRECIS_LIBRARY"] = libprecis
    os.environ["PYTHONPATH"] = os.pathsep.join(
        [os.path.join(ROOT, "python")] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p])
    sys.path.insert(0, os.path.join(ROOT, "python"))
    try:
        import precis
        import distributed  # noqa: F401 - the Dask rows need it
    except ImportError as e:
        log(f"python.py: {e} (run with /usr/bin/python3: python3-cffi, python3-dask, "
            "python3-distributed); skipping the benchmark")
        return
    ots = None
    for d in os.environ.get("PATH", "").split(os.pathsep):
        if os.access(os.path.join(d, "ots"), os.X_OK):
            ots = os.path.join(d, "ots")
            break

    tmp = tempfile.mkdtemp(prefix="precis-pybench.")
    load_start = loadavg()
    log("reading val")
    lines = []
    with gzip.open(val, "rb") as f:
        for line in f:
            if line.strip():
                lines.append(line.rstrip(b"\n"))
    if os.environ.get("CLUSTERS"):
        lines = lines[:int(os.environ["CLUSTERS"])]
    n = len(lines)
    docs = [json.loads(x)["documents"] for x in lines]
    val_plain = os.path.join(tmp, "val.jsonl")
    with open(val_plain, "wb") as f:
        f.write(b"\n".join(lines) + b"\n")
    opts = {"words": BUDGET}

    rows = []  # (name, jobs, wall, cpu or None, note, paired ratios (wall, CPU) or None)

    # --- precis batch ---------------------------------------------------------
    def batch_run(j, inputs, out):
        """(wall, CPU) of precis batch -j j over inputs, output to out."""
        with open(inputs[0] if len(inputs) == 1 else os.devnull, "rb") as fin, \
                open(out, "wb") as fout:
            t0 = time.perf_counter()
            p = subprocess.Popen([precis_bin, "batch", "-j", str(j), "-w", str(BUDGET)]
                                 + (inputs if len(inputs) > 1 else []), stdin=fin, stdout=fout)
            _, status, ru = os.wait4(p.pid, 0)
            return time.perf_counter() - t0, ru.ru_utime + ru.ru_stime

    out0 = os.path.join(tmp, "batch.jsonl")
    batch_run(1, [val_plain], out0)
    with open(out0, "rb") as f:
        reference = f.read()
    ref_lines = reference.decode().splitlines()

    # --- Python ---------------------------------------------------------------
    def threaded(fn, items, threads):
        """(wall, CPU, results) of fn over items from `threads` threads
        (thread t takes items t, t + threads, ...)."""
        res = [None] * len(items)

        def work(t):
            for i in range(t, len(items), threads):
                res[i] = fn(items[i])
        c0, t0 = cpu_self(), time.perf_counter()
        if threads == 1:
            work(0)
        else:
            ts = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
            for t in ts:
                t.start()
            for t in ts:
                t.join()
        return time.perf_counter() - t0, cpu_self() - c0, res

    def batch_spec(j):
        def run():
            out = os.path.join(tmp, f"batch{j}.jsonl")
            wall, cpu = batch_run(j, [val_plain], out)
            with open(out, "rb") as f:
                return wall, cpu, f.read() == reference
        return (f"precis batch -j {j}", j, run)

    def python_spec(name, fn, items, threads, check):
        def run():
            wall, cpu, res = threaded(fn, items, threads)
            return wall, cpu, check(res)
        return (name, threads, run)

    def in_rounds(specs, rounds, what):
        """Runs every spec once per round, the rounds one after the other (so
        that a change of the machine's load falls on every row alike);
        returns {name: ([walls], [CPUs], all outputs right)}."""
        got = {name: ([], [], True) for name, _, _ in specs}
        for r in range(rounds):
            for name, _, run in specs:
                wall, cpu, ok = run()
                walls, cpus, same = got[name]
                walls.append(wall)
                cpus.append(cpu)
                got[name] = (walls, cpus, same and ok)
            log(f"  {what}: round {r + 1} of {rounds} done (load {loadavg()})")
        return got

    def add_rows(specs, got, dest, base_of):
        """Medians of each spec's runs into dest, with the medians of its
        ratios to base_of(jobs)'s run of the same round (paired: both ran
        within seconds of each other)."""
        for name, j, _ in specs:
            walls, cpus, ok = got[name]
            base = base_of(j)
            paired = None
            if base and base != name:
                bw, bc, _ = got[base]
                paired = (statistics.median(b / x for b, x in zip(bw, walls)),
                          statistics.median(b / x for b, x in zip(bc, cpus)))
            dest.append((name, j, statistics.median(walls), statistics.median(cpus), ok,
                         paired))

    summaries = [json.loads(x)["summary"] for x in ref_lines]
    for x in lines[:500]:  # warm up: the allocator's arenas, the options cache
        precis.summarize_json(x, **opts).to_jsonl()
    blocks = [b"\n".join(lines[i:i + BLOCK]) for i in range(0, n, BLOCK)]

    def plural(t):
        return f"{t} thread{'s' if t > 1 else ''}"

    def same_batch(r):
        return b"".join(r) == reference

    # as a process that did not call it: freed memory goes back to the kernel
    # (not in rounds with the others: tune_malloc() cannot be undone)
    untuned = [batch_spec(1), python_spec(
        f"precis.batch (Python, blocks of {BLOCK} lines, 1 thread), before "
        "precis.tune_malloc()", lambda b: precis.batch(b, **opts), blocks, 1, same_batch)]
    got = in_rounds(untuned, runs, "before tune_malloc")
    pre = []
    add_rows(untuned, got, pre, lambda j: "precis batch -j 1")
    tuned = precis.tune_malloc()  # the allocator as precis batch sets it, from here on
    specs = [batch_spec(1), batch_spec(2)]
    for threads in (1, 2):
        specs.append(python_spec(f"precis.batch (Python, blocks of {BLOCK} lines, "
                                 f"{plural(threads)})", lambda b: precis.batch(b, **opts),
                                 blocks, threads, same_batch))
    for threads in (1, 2):
        specs.append(python_spec(f"precis.batch_line (Python, {plural(threads)})",
                                 lambda x: precis.batch_line(x, **opts), lines, threads,
                                 lambda r: r == ref_lines))
    for threads in (1, 2):
        specs.append(python_spec(f"precis.summarize_json (Python, {plural(threads)})",
                                 lambda x: precis.summarize_json(x, **opts).to_jsonl(), lines,
                                 threads, lambda r: r == ref_lines))
    for threads in (1, 2):
        specs.append(python_spec(f"precis.summarize (Python, parsed documents, "
                                 f"{plural(threads)})",
                                 lambda d: precis.summarize(d, **opts).text, docs, threads,
                                 lambda r: r == summaries))
    for threads in (1, 2):  # every Sentence made: texts, sources, character offsets
        specs.append(python_spec(f"precis.summarize (Python, parsed documents, .sentences "
                                 f"read, {plural(threads)})",
                                 lambda d: "\n".join(x.text for x in
                                                     precis.summarize(d, **opts).sentences),
                                 docs, threads, lambda r: r == summaries))
    got = in_rounds(specs, runs, "in one process")
    add_rows(specs, got, rows, lambda j: f"precis batch -j {j}")
    rows[2:2] = pre[1:]  # the untuned row before the tuned ones
    rows = [(name, j, wall, cpu, "" if ok else "output differs from batch", paired)
            for name, j, wall, cpu, ok, paired in rows]
    for name, j, wall, cpu, _, paired in rows:
        log(f"  {name}: {n / wall:,.0f} clusters/s"
            + (f"; of batch -j {j}: CPU {paired[1] * 100:.0f} %" if paired else ""))
    # --- per call, interleaved: each cluster through every path in turn ---------
    # On a shared machine the load moves within seconds; here every path
    # summarizes cluster i right after the others (in an order that rotates
    # with i), so a change of load falls on all alike, and each call's CPU
    # is the calling thread's (time.thread_time).  Against the library called
    # bare through the same binding (no Python work but the call itself).
    inter_n = min(n, int(os.environ.get("INTERLEAVE") or 1000))
    if not hasattr(precis, "_scratch"):  # a package without the packed calls
        inter_n = 0
    else:
        from precis import _document_array, _documents, _lib, _options, _scratch
        copts = _options(words=BUDGET)[0]

    def c_line(i):
        sc = _scratch
        x = lines[i]
        _lib.precis_summarize_line(x, len(x), copts, sc.cbuf, len(sc.buf), sc.lenp, sc.err)

    def c_docs(i):
        sc = _scratch
        dd = _documents(docs[i])
        arr, keep = _document_array(dd)
        _lib.precis_summarize_documents(arr, len(dd), copts, sc.cbuf, len(sc.buf), sc.lenp,
                                        sc.err)
    before = None
    if inter_n and os.environ.get("BEFORE"):
        # another version's package (its python/ folder), on this library:
        # its Python work against this one's, side by side
        import importlib.util
        spec = importlib.util.spec_from_file_location(
            "precis_before", os.path.join(os.environ["BEFORE"], "precis", "__init__.py"),
            submodule_search_locations=[os.path.join(os.environ["BEFORE"], "precis")])
        before = importlib.util.module_from_spec(spec)
        sys.modules["precis_before"] = before
        spec.loader.exec_module(before)
    paths = [
        ("library call, JSON line (precis_summarize_line)", None, c_line),
        ("precis.batch_line", 0, lambda i: precis.batch_line(lines[i], **opts)),
        ("precis.summarize_json(...).to_jsonl()", 0,
         lambda i: precis.summarize_json(lines[i], **opts).to_jsonl()),
        ("precis.summarize_json(...).sentences", 0,
         lambda i: precis.summarize_json(lines[i], **opts).sentences),
        ("library call, parsed documents (precis_summarize_documents)", None, c_docs),
        ("precis.summarize(...).text", 4, lambda i: precis.summarize(docs[i], **opts).text),
        ("precis.summarize(...).sentences", 4,
         lambda i: precis.summarize(docs[i], **opts).sentences),
    ]
    if before:
        paths += [
            ("before: precis.batch_line", 0, lambda i: before.batch_line(lines[i], **opts)),
            ("before: precis.summarize_json(...).to_jsonl()", 0,
             lambda i: before.summarize_json(lines[i], **opts).to_jsonl()),
            ("before: precis.summarize_json(...).sentences", 0,
             lambda i: before.summarize_json(lines[i], **opts).sentences),
            ("before: precis.summarize(...).text", 4,
             lambda i: before.summarize(docs[i], **opts).text),
            ("before: precis.summarize(...).sentences", 4,
             lambda i: before.summarize(docs[i], **opts).sentences),
        ]
    interleaved = {}  # threads -> [[CPU seconds of each cluster] per path]
    for threads in (1, 2) if inter_n else ():
        cpu = [[0.0] * inter_n for _ in paths]

        def inter(t, cpu=cpu, threads=threads):
            tt, k = time.thread_time, len(paths)
            for i in range(t, inter_n, threads):
                j = i % k
                for p in list(range(j, k)) + list(range(j)):
                    t0 = tt()
                    paths[p][2](i)
                    cpu[p][i] = tt() - t0
        ts = [threading.Thread(target=inter, args=(t,)) for t in range(threads)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        interleaved[threads] = cpu
        log(f"  interleaved, {plural(threads)}: done")

    peer_docs = docs[:PEER_CLUSTERS]
    del docs  # the Dask rows' workers need the memory more

    # --- at scale: batch and Dask on val REPEAT times, in rounds ---------------
    shards = []
    for i in range(repeat):  # links: one copy of the data in the page cache
        shard = os.path.join(tmp, f"shard-{i:03d}.jsonl")
        os.symlink(val_plain, shard)
        shards.append(shard)
    big = n * repeat
    want = hashlib.sha256(reference * repeat).hexdigest()
    script = os.path.join(ROOT, "examples", "dask_batch.py")
    starts = {}  # workers -> walls with the cluster's start

    def big_batch_spec(j):
        def run():
            out = os.path.join(tmp, "big.jsonl")
            wall, cpu = batch_run(j, shards, out)
            same = sha256_file([out]) == want
            os.remove(out)
            return wall, cpu, same
        return (f"precis batch -j {j}", j, run)

    def dask_spec(workers):
        def run():
            out = os.path.join(tmp, f"dask{workers}")
            t0 = time.perf_counter()
            p = subprocess.run([sys.executable, script, "--workers", str(workers), "-w",
                                str(BUDGET), "--out", out] + shards, capture_output=True,
                               text=True)
            starts.setdefault(workers, []).append(time.perf_counter() - t0)
            m = re.search(r"(\d+) clusters in ([0-9.]+) s", p.stderr)
            c = re.search(r"workers' CPU ([0-9.]+) s", p.stderr)
            if p.returncode or not m or not c:
                raise SystemExit(f"python.py: dask {workers}: failed: {p.stderr[-2000:]}")
            parts = [os.path.join(out, x) for x in sorted(os.listdir(out))]
            same = int(m.group(1)) == big and sha256_file(parts) == want
            subprocess.run(["rm", "-rf", out])
            return float(m.group(2)), float(c.group(1)), same
        return (f"examples/dask_batch.py, LocalCluster of {workers} worker "
                f"process{'es' if workers > 1 else ''}", workers, run)

    sspecs = [big_batch_spec(1), big_batch_spec(2), dask_spec(1), dask_spec(2)]
    got = in_rounds(sspecs, scale_runs, f"at scale ({big:,} clusters)")
    scale = []
    add_rows(sspecs, got, scale, lambda j: f"precis batch -j {j}")
    scale = [(name, j, wall, cpu, ok, paired,
              statistics.median(starts[j]) if name.startswith("examples/") else None)
             for name, j, wall, cpu, ok, paired in scale]
    for name, j, wall, cpu, _, paired, _ in scale:
        log(f"  {name}: {big / wall:,.0f} clusters/s"
            + (f"; of batch -j {j}: CPU {paired[1] * 100:.0f} %" if paired else ""))

    # --- ots, one process per cluster, as bench/speed.sh -----------------------
    peer = []
    if ots:
        log(f"one process per cluster: first {PEER_CLUSTERS} clusters")
        acc = {"precis": [0.0, 0.0], "ots": [0.0, 0.0]}
        sep, plain = os.path.join(tmp, "c.txt"), os.path.join(tmp, "c-plain.txt")
        for d in peer_docs:
            with open(sep, "w", encoding="utf-8") as f:
                f.write("\n|||||\n".join(d) + "\n")
            with open(plain, "w", encoding="utf-8") as f:
                f.write("\n\n".join(d) + "\n")
            words = len(" ".join(d).split())
            ratio = max(1, min(100, round(BUDGET * 100 / max(words, 1))))
            for key, cmd, stdin in (("precis", [precis_bin, "-w", str(BUDGET), "-"], sep),
                                    ("ots", [ots, "-r", str(ratio), plain], os.devnull)):
                with open(stdin, "rb") as fin:
                    t0 = time.perf_counter()
                    p = subprocess.Popen(cmd, stdin=fin, stdout=subprocess.DEVNULL,
                                         stderr=subprocess.DEVNULL)
                    _, _, ru = os.wait4(p.pid, 0)
                    acc[key][0] += time.perf_counter() - t0
                    acc[key][1] += ru.ru_utime + ru.ru_stime
        k = min(PEER_CLUSTERS, n)
        peer = [(f"precis -w {BUDGET} -, one process per cluster (first {k})", k, *acc["precis"]),
                (f"ots -r ≈{BUDGET} words, one process per cluster (first {k})", k, *acc["ots"])]

    # --- report ---------------------------------------------------------------
    import cffi
    import dask

    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip() or "?"
    if subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"],
                      capture_output=True, text=True).stdout.strip():
        commit += " (with uncommitted changes)"
    batch = {r[1]: r for r in rows if r[0].startswith("precis batch")}
    out = []
    out.append(f"- date: {time.strftime('%Y-%m-%d %H:%M %Z')}; commit {commit}")
    out.append(f"- machine: {os.cpu_count()} CPUs, {cpu_model()}; load average {load_start} "
               f"at the start, {loadavg()} at the end")
    out.append(f"- Python {platform.python_version()}, cffi {cffi.__version__}, dask "
               f"{dask.__version__}; library `{os.path.relpath(libprecis, ROOT)}`, program "
               f"`{os.path.relpath(precis_bin, ROOT)}`")
    out.append(f"- input: the first {n:,} clusters of Multi-News val, {BUDGET} words; "
               f"{runs} rounds in one process, {scale_runs} at scale (medians)")
    out.append("")
    out.append(f"In one process, val once ({n:,} clusters):")
    out.append("")
    out.append("| run | threads | wall | CPU | clusters/s (wall) | of batch, wall | "
               "clusters per CPU-second | of batch, CPU |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|")

    def pct(a, b):
        return f"{a / b * 100:.0f} %"

    def line(name, j, wall, cpu, paired=None, k=n):
        """A row; its ratios to batch: the medians of the rounds' paired
        ratios, or for the peer rows the ratio of the medians."""
        b = batch[j] if j in batch else batch[1]
        is_batch = name.startswith("precis batch")
        cpu_s = f"{cpu:.2f} s" if cpu else "—"
        per_cpu = f"{k / cpu:,.0f}" if cpu else "—"
        rw, rc = paired if paired else (k / wall / (n / b[2]), k / cpu / (n / b[3]) if cpu else 0)
        out.append(f"| {name} | {j} | {wall:.2f} s | {cpu_s} | {k / wall:,.0f} | "
                   f"{'—' if is_batch else pct(rw, 1)} | {per_cpu} | "
                   f"{'—' if is_batch or not cpu else pct(rc, 1)} |")
    for name, j, wall, cpu, note, paired in rows:
        line(name + (" — " + note if note else ""), j, wall, cpu, paired)
    for name, k, wall, cpu in peer:
        line(name + "; extrapolated", 1, wall, cpu, None, k)
    out.append("")
    if inter_n:
        out.append(f"Per call, interleaved (the first {inter_n:,} clusters; each goes through "
                   "every path in turn, the order rotating; CPU of the calling thread):")
        out.append("")
        out.append("| path | CPU per cluster, 1 thread (median) | of the library call | "
                   "CPU per cluster, 2 threads (median) | of the library call |")
        out.append("|---|---:|---:|---:|---:|")
    for p, (name, base, _) in enumerate(paths if inter_n else ()):
        cells = []
        for threads in (1, 2):
            v = interleaved[threads]
            ref = v[p if base is None else base]
            cells.append(f"{statistics.median(v[p]) * 1e6:,.0f} µs")
            cells.append("—" if base is None else
                         pct(statistics.median(r / x for r, x in zip(ref, v[p]) if x > 0), 1))
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    if inter_n:
        out.append("")
    out.append(f"At scale, val {repeat} times ({big:,} clusters in {repeat} shards):")
    out.append("")
    out.append("| run | jobs / workers | wall | CPU | clusters/s (wall) | per job / worker | "
               "of batch, wall | clusters per CPU-second | of batch, CPU |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    sbatch = {r[1]: r for r in scale if r[0].startswith("precis batch")}
    for name, j, wall, cpu, same, paired, with_start in scale:
        b = sbatch.get(j)
        is_batch = name.startswith("precis batch")
        name += "" if same else " — output differs"
        if not is_batch:
            name += " (compute; CPU of the workers)"
        out.append(f"| {name} | {j} | {wall:.2f} s | {cpu:.2f} s | {big / wall:,.0f} | "
                   f"{big / wall / j:,.0f} | {'—' if not paired else pct(paired[0], 1)} | "
                   f"{big / cpu:,.0f} | {'—' if not paired else pct(paired[1], 1)} |")
        if with_start:
            out.append(f"| the same with the start of the interpreter, scheduler and "
                       f"workers | {j} | {with_start:.2f} s | — | {big / with_start:,.0f} | "
                       f"{big / with_start / j:,.0f} | "
                       f"{'—' if not b else pct(b[2], with_start)} | — | — |")
    out.append("")
    notes = []
    notes.append("Rows run in rounds: each round runs every row once, one after the other, "
                 "and each figure is the median over the rounds; a ratio to batch is the "
                 "median of the rounds' ratios to the batch run of the same round (paired, "
                 "so that a change of the machine's load falls on both).")
    notes.append("Every Python and Dask row's output was compared with `precis batch`'s: "
                 + ("identical in every row." if all(not r[4] for r in rows)
                    and all(r[4] for r in scale) else "see the rows marked as differing."))
    notes.append("Every Python row but the first ran after precis.tune_malloc() "
                 + ("(glibc's mallopt as `precis batch` sets it: freed memory kept in the "
                    "process), as precis.dask's workers run; the first row shows the cost "
                    "of the kernel's page faults without it." if tuned else
                    "had no effect here (not glibc)."))
    notes.append(f"precis.batch gets blocks of {BLOCK} JSON lines (bytes) and returns batch's "
                 "output for each block (bytes), the path of precis.dask; batch_line does "
                 "the same one line per call; summarize_json builds a Summary with its "
                 "Sentence objects (to_jsonl() timed too); each makes one library call per "
                 "cluster (packed results, include/precis.h); precis.summarize gets the "
                 "documents already parsed by Python's json (not timed; so the library "
                 "parses no JSON: less work than batch's) and encodes them to UTF-8 each call; "
                 "its rows read the summary's text (no Sentence made: the sentences are "
                 "decoded when first read) or its sentences (each Sentence made, with its "
                 "sources and character offsets). "
                 "Threads take every other item.")
    if inter_n:
        notes.append("Per call, interleaved: the steadiest figures on a loaded machine (the "
                     "paths take turns cluster by cluster, so load that comes and goes falls "
                     "on each alike); a ratio is the median over the clusters of the "
                     "library call's CPU over the path's, each pair taken side by side "
                     "(a median: a pause of the machine that falls on one call does not "
                     "move it). The library call is precis_summarize_line or "
                     "precis_summarize_documents made bare through the binding (for the "
                     "documents, their precis_document array built too); each path is "
                     "compared with the one of its input. With 2 threads each takes every "
                     "other cluster; the CPU counted is the thread's own, so time spent "
                     "waiting for the GIL is not, but what handing it over costs is."
                     + (f" Rows \"before:\": the package of {os.environ['BEFORE']} on this "
                        "library, in the same rounds." if before else ""))
    notes.append(f"At scale: {repeat} shards holding val each (links to one file, read "
                 "from the page cache), given to `precis batch` as its FILE arguments and "
                 "to examples/dask_batch.py as its inputs. Dask: compute time from the "
                 "first task to the last part written (each task reads a block of a "
                 "shard, summarizes it with precis.batch_file and writes its part; 4 blocks "
                 "per worker at least), and the worker processes' CPU over it "
                 "(`examples/dask_batch.py`'s own figures; the workers' event loop and "
                 "heartbeats included); the next row adds starting the interpreter, the "
                 "scheduler and the worker processes. Per worker: clusters/s over the "
                 "workers; of batch: against `precis batch` with as many jobs as workers.")
    notes.append("Goals of issue 17: Python calls at >= 90 % of the library's speed, the "
                 "Dask path at >= 80 % of precis batch per worker. With the machine "
                 "shared, read the CPU ratios: the wall ratios move with the load.")
    if not ots:
        notes.append("Open Text Summarizer (ots) is not installed on this machine "
                     "(apt-get install ots): no peer row. bench/speed.sh's last run with "
                     "it, in RESULTS.md's Speed section, measured 45 clusters/s for ots "
                     "one process per cluster.")
    else:
        notes.append("ots has no batch mode: both tools run one process per cluster over "
                     f"the first {PEER_CLUSTERS} clusters, as in bench/speed.sh.")
    notes.append("Wall time on a shared machine: other work slows every row; CPU columns "
                 "(the Python process's user+sys, the batch process's) are steadier.")
    out.append("Notes:")
    out.append("")
    out.extend(f"- {x}" for x in notes)
    report = "\n".join(out) + "\n"
    print("## Python and Dask\n")
    print(report)
    if write:
        path = os.path.join(ROOT, "bench", "RESULTS.md")
        with open(path, encoding="utf-8") as f:
            old = f.read()
        section = "## Python and Dask\n\n" + report
        lines_ = old.splitlines(keepends=True)
        start = next((i for i, l in enumerate(lines_) if l.rstrip("\n") == "## Python and Dask"),
                     None)
        if start is None:
            new = old.rstrip("\n") + "\n\n" + section
        else:
            end = next((i for i in range(start + 1, len(lines_)) if lines_[i].startswith("## ")),
                       len(lines_))
            tail = "".join(lines_[end:])
            new = "".join(lines_[:start]) + section + ("\n" + tail if tail else "")
        with open(path, "w", encoding="utf-8") as f:
            f.write(new)
        log("wrote the Python and Dask section of bench/RESULTS.md")
    subprocess.run(["rm", "-rf", tmp])


if __name__ == "__main__":
    main()
