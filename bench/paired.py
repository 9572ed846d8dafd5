#!/usr/bin/env python3
"""Paired comparison of two systems' ROUGE, cluster by cluster.

usage: bench/paired.py [--preset val|duc] [--flags "ROUGE FLAGS"]
                       [--measure F|R|P] [--metrics ROUGE-1,ROUGE-2]
                       [--resamples N] [--seed N] [--show N]
                       [--precis build/precis]
                       --refs REFS.jsonl A.jsonl B.jsonl

A and B are `precis batch` outputs ({"id", "summary"} lines) of the same
clusters; REFS the references ({"id", "summary"} or {"id", "summaries"}),
as bench/quality.sh builds them.  Each is scored by
`precis eval FLAGS -d --format csv`, whose per-cluster rows (-d) give each
cluster's score; with -t 0 (the default) a system's ROUGE is the mean of
them, so the mean difference below is exactly the difference of the two
systems' figures.

For every metric it prints the mean of A and of B (x 100), the mean
difference B - A, its 95 % paired bootstrap interval (clusters resampled
with replacement, the same resample for both systems: the noise that the
two systems share, a cluster that is hard for both, cancels), the share
of resamples in which B is not above A (a one-sided p), and B's wins,
losses and ties over the clusters.  With 30 clusters (DUC 2003) two
systems' intervals from `precis eval` overlap for nearly any change; the
paired interval says whether B's lead is more than the luck of a few
clusters.  --show N lists the N clusters where B gains most and the N
where it loses most.

Presets (the flags of bench/quality.sh and of issue 14):
  val  -n 2 -m, F (Multi-News val, 250 words)
  duc  -n 4 -x -m -l 100 -p 0.5 -f A -t 0 -a, recall (DUC 2003 task 2)
The measure defaults to recall when the flags have -p (DUC style), F
otherwise.  A benchmark: prints figures, exits 2 on bad usage and 1 when
precis eval fails or the systems share no cluster.
"""
import argparse
import csv
import io
import os
import random
import subprocess
import sys

PRESETS = {
    "val": "-n 2 -m",
    "duc": "-n 4 -x -m -l 100 -p 0.5 -f A -t 0 -a",
}


def per_cluster(rows, system, metric, measure):
    """{id: score} of one system and metric from eval's CSV rows."""
    out = {}
    for r in rows:
        if r["system"] == system and r["metric"] == metric and r["id"]:
            out[r["id"]] = float(r[measure])
    return out


def bootstrap(diffs, resamples, seed):
    """Percentile 95 % interval of the mean of diffs and the share of
    resampled means <= 0."""
    rng = random.Random(seed)
    n = len(diffs)
    means = []
    for _ in range(resamples):
        s = 0.0
        for _ in range(n):
            s += diffs[rng.randrange(n)]
        means.append(s / n)
    means.sort()
    lo = means[int(0.025 * resamples)]
    hi = means[min(resamples - 1, int(0.975 * resamples))]
    p = sum(1 for m in means if m <= 0) / resamples
    return lo, hi, p


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--refs", required=True)
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--preset", choices=sorted(PRESETS))
    ap.add_argument("--flags")
    ap.add_argument("--measure", choices=["F", "R", "P"])
    ap.add_argument("--metrics", default="ROUGE-1,ROUGE-2")
    ap.add_argument("--resamples", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=0)
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--precis", default=os.path.join(here, "build", "precis"))
    args = ap.parse_args(argv)
    if args.flags is None:
        args.flags = PRESETS[args.preset or "val"]
    if args.measure is None:
        args.measure = "R" if " -p " in " " + args.flags + " " else "F"
    if args.resamples < 1:
        ap.error("--resamples must be positive")

    # One eval run per system: --name takes a single --sys, and A and B may
    # have the same file name (two builds' outputs).
    rows = []
    for name, path in (("A", args.a), ("B", args.b)):
        cmd = ([args.precis, "eval"] + args.flags.split() +
               ["-d", "--format", "csv", "--refs", args.refs, "--sys", path, "--name", name])
        try:
            p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               universal_newlines=True)
        except OSError as e:
            print("paired.py: cannot run %s: %s" % (args.precis, e), file=sys.stderr)
            return 1
        if p.returncode != 0:
            sys.stderr.write(p.stderr)
            print("paired.py: precis eval failed on %s (exit %d)" % (path, p.returncode),
                  file=sys.stderr)
            return 1
        rows += list(csv.DictReader(io.StringIO(p.stdout)))

    print("A = %s\nB = %s\n`precis eval %s`, %s x 100, paired bootstrap over clusters "
          "(%d resamples)\n" % (args.a, args.b, args.flags, args.measure, args.resamples))
    print("| metric | clusters | A | B | B - A [95% CI] | p(B <= A) | B wins / losses / ties |")
    print("|---|---:|---:|---:|---|---:|---|")
    shown = []
    for metric in args.metrics.split(","):
        a = per_cluster(rows, "A", metric, args.measure)
        b = per_cluster(rows, "B", metric, args.measure)
        ids = sorted(set(a) & set(b))
        if not ids:
            print("paired.py: no cluster with %s for both systems" % metric, file=sys.stderr)
            return 1
        d = [100 * (b[i] - a[i]) for i in ids]
        lo, hi, pval = bootstrap(d, args.resamples, args.seed)
        wins = sum(1 for x in d if x > 1e-9)
        losses = sum(1 for x in d if x < -1e-9)
        print("| %s | %d | %.2f | %.2f | %+.2f [%+.2f, %+.2f] | %.3f | %d / %d / %d |" % (
            metric, len(ids), 100 * sum(a[i] for i in ids) / len(ids),
            100 * sum(b[i] for i in ids) / len(ids), sum(d) / len(d), lo, hi, pval,
            wins, losses, len(ids) - wins - losses))
        if args.show:
            order = sorted(range(len(ids)), key=lambda k: d[k])
            shown.append((metric, [(ids[k], d[k]) for k in order[::-1][:args.show]],
                          [(ids[k], d[k]) for k in order[:args.show]]))
    for metric, gains, drops in shown:
        print("\n%s, B's largest gains: %s" % (metric, ", ".join("%s %+.2f" % g for g in gains)))
        print("%s, B's largest losses: %s" % (metric, ", ".join("%s %+.2f" % g for g in drops)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
