#!/usr/bin/python3
"""Summarize JSON Lines clusters on Dask: the distributed `precis batch`.

    examples/dask_batch.py --workers 2 --out out/ clusters-*.jsonl.gz
    examples/dask_batch.py --scheduler tcp://host:8786 --out /shared/out /shared/in/*.jsonl

Reads shards of {"id": ..., "documents": [...]} lines (plain or gzip, by
file name), summarizes every cluster on a distributed.Client and writes
DIR/part-00000.jsonl, part-00001.jsonl, ...: the lines `precis batch` would
write, in input order (the parts concatenated in name order are batch's
output for the inputs concatenated in the order given; blank lines are
skipped).  Each task reads one block of a shard itself (a plain file is cut
at line starts, a gzip file is one block), summarizes it with one
precis.batch_file call and writes its part: no cluster passes through the
scheduler (precis.dask.summarize_files).

Without --scheduler it starts a LocalCluster of --workers processes on this
machine.  With --scheduler, every worker must have the precis package and
libprecis installed and see the input and output paths (a shared file
system, or any URL fsspec reads and writes: s3://, hdfs://, ...).  See
docs/scale.md.
"""
import argparse
import glob
import os
import sys
import time

import dask
from distributed import Client, LocalCluster

import precis.dask


def expand(inputs):
    """Input paths in the order given, each glob expanded in name order."""
    out = []
    for pattern in inputs:
        if "://" in pattern:
            out.append(pattern)  # a URL: fsspec expands it
            continue
        found = sorted(glob.glob(pattern))
        if not found:
            raise SystemExit(f"dask_batch.py: {pattern}: no such file")
        out.extend(found)
    return out


def workers_cpu(client):
    """CPU seconds (user + system) the worker processes have used so far."""
    import resource

    def cpu():
        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime + r.ru_stime
    return sum(client.run(cpu).values())


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="+", metavar="INPUT",
                    help="JSON Lines files (.gz: gzip), globs or URLs, in order")
    ap.add_argument("--out", required=True, metavar="DIR",
                    help="output directory (or URL) for part-NNNNN.jsonl")
    where = ap.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS",
                       help="address of a running `dask scheduler` (tcp://host:8786)")
    where.add_argument("--workers", type=int, default=2,
                       help="worker processes of a local cluster (default 2)")
    ap.add_argument("--threads-per-worker", type=int, default=1,
                    help="threads per local worker (default 1)")
    ap.add_argument("--partitions", type=int, default=0,
                    help="split the input into about this many parts (default 4 per "
                         "worker thread; a gzip file is one part)")
    ap.add_argument("--gzip", action="store_true", help="write part-NNNNN.jsonl.gz")
    ap.add_argument("--on-error", choices=("raise", "record"), default="raise",
                    help="a bad line stops the run (raise, default) or gives a line "
                         '{"id", "error"} in its place (record)')
    ap.add_argument("-w", "--words", type=int, help="summary length in words")
    ap.add_argument("--bytes", type=int, help="summary length in bytes")
    ap.add_argument("--sentences", type=int, help="summary length in sentences")
    ap.add_argument("-m", "--method", help="ranking method (precis --list-methods)")
    ap.add_argument("--order", choices=("reading", "source", "time", "score"))
    args = ap.parse_args(argv)

    options = {k: v for k, v in (("words", args.words), ("bytes", args.bytes),
                                 ("sentences", args.sentences),
                                 ("method", args.method), ("order", args.order))
               if v is not None}
    if args.method and args.method not in precis.methods():
        raise SystemExit(f"dask_batch.py: unknown method '{args.method}' "
                         f"(known: {', '.join(precis.methods())})")
    paths = expand(args.inputs)

    t0 = time.perf_counter()
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        # No dashboard here, so no use for the workers' statistical profiler
        # (it samples every thread every 10 ms: 2-4 % of a core).
        dask.config.set({"distributed.worker.profile.enabled": False})
        cluster = LocalCluster(n_workers=args.workers,
                               threads_per_worker=args.threads_per_worker,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    threads = sum(client.nthreads().values()) or 1
    started = time.perf_counter() - t0

    try:
        cpu0 = workers_cpu(client)
        t1 = time.perf_counter()
        if "://" not in args.out:
            os.makedirs(args.out, exist_ok=True)
            for old in glob.glob(os.path.join(args.out, "part-*.jsonl*")):
                os.remove(old)  # parts of an earlier run with more partitions
        # Each task reads a block of the input itself, summarizes it with
        # one precis.batch call and writes its part: only file names and
        # counts pass through the scheduler.
        parts = precis.dask.summarize_files(
            paths, args.out, partitions=args.partitions or 4 * threads,
            gzip=args.gzip, errors=args.on_error, **options)
        elapsed = time.perf_counter() - t1
        cpu = workers_cpu(client) - cpu0
    except precis.PrecisError as e:
        print(f"dask_batch.py: {e}", file=sys.stderr)
        return 1
    finally:
        client.close()
        if not args.scheduler:
            cluster.close()
    n = sum(k for _, k in parts)
    written = parts
    print(f"dask_batch.py: {n} clusters in {elapsed:.2f} s ({n / elapsed:.0f} "
          f"clusters/s) on {threads} worker thread{'s' if threads > 1 else ''}, "
          f"{len(written)} parts; workers' CPU {cpu:.2f} s; cluster start "
          f"{started:.2f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
