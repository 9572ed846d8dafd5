#!/usr/bin/env python3
"""precis eval end to end: ROUGE-1.5.5's corpus figures of the shared
vectors (rouge-vectors/corpus_expected.json, -d lines against
per_cluster_expected.jsonl), gzip input, JSON/CSV output, input errors.

usage: test_eval_cli.py PRECIS SOURCE_DIR DATA_DIR   (exit 77 = data absent)
"""
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile

from util import have_data

failures = 0


def check(cond, what):
    global failures
    if not cond:
        failures += 1
        print("FAIL:", what)


def run(precis, args):
    p = subprocess.run([precis, "eval"] + args, capture_output=True)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


LINE = re.compile(r"^(\S+) (ROUGE-\S+) Average_([RPF]): (\d\.\d{5}) "
                  r"\(95%-conf\.int\. (\d\.\d{5}) - (\d\.\d{5})\)$")
EVAL = re.compile(r"^(\S+) (ROUGE-\S+) Eval (\S+) R:(\d\.\d{5}) P:(\d\.\d{5}) F:(\d\.\d{5})$")


def main():
    precis, _src, data = sys.argv[1:4]
    vec = os.path.join(data, "rouge-vectors")
    if not have_data(os.path.join("rouge-vectors", "corpus_expected.json")):
        return 77
    exp = json.load(open(os.path.join(vec, "corpus_expected.json")))
    refs = os.path.join(vec, "systems", "references.jsonl")
    flagsets = exp["flagsets"]  # C1 = "-c 95 -r 1000 -n 2 -a -m", C2 adds -2 4 -u

    # corpus figures: every system x flag set, compared line by line
    for system in exp["systems"]:
        for fs, flags in flagsets.items():
            sysf = os.path.join(vec, "systems", system + ".jsonl")
            rc, out, err = run(precis, flags.split() + ["--refs", refs, "--sys", sysf])
            check(rc == 0, "%s %s exit %d: %s" % (system, fs, rc, err))
            got = {}
            for line in out.splitlines():
                m = LINE.match(line)
                if m:
                    check(m.group(1) == system, "peer id " + m.group(1))
                    got[(m.group(2), m.group(3))] = tuple(float(x) for x in m.group(4, 5, 6))
                else:
                    check(line == "-" * 45, "unexpected line " + repr(line))
            want = exp["systems"][system][fs]
            n = 0
            for metric, stats in want.items():
                for s, v in stats.items():
                    n += 1
                    check(got.get((metric, s)) == (v["avg"], v["ci_low"], v["ci_high"]),
                          "%s %s %s %s: got %s want %s" % (system, fs, metric, s,
                                                            got.get((metric, s)), v))
            check(len(got) == n, "%s %s: %d figures, want %d" % (system, fs, len(got), n))

    # -d: per-evaluation lines (lead3, C1), gzip-compressed system file
    per = {}
    with open(os.path.join(vec, "per_cluster_expected.jsonl")) as f:
        for line in f:
            o = json.loads(line)
            if o["system"] == "lead3" and o["flagset"] == "C1":
                per[o["id"]] = o
    with tempfile.TemporaryDirectory() as tmp:
        gz = os.path.join(tmp, "lead3.jsonl.gz")
        with open(os.path.join(vec, "systems", "lead3.jsonl"), "rb") as f, \
                gzip.open(gz, "wb") as g:
            g.write(f.read())
        rc, out, err = run(precis, flagsets["C1"].split() + ["-d", "--refs", refs, "--sys", gz])
        check(rc == 0, "-d run: " + err)
        seen = 0
        for line in out.splitlines():
            m = EVAL.match(line)
            if not m:
                continue
            seen += 1
            peer, metric, key = m.group(1, 2, 3)
            cid = key[: -len(".lead3")]
            check(peer == "lead3" and key.endswith(".lead3"), "eval key " + key)
            want = per[cid][metric]
            check(tuple(float(x) for x in m.group(4, 5, 6)) == (want["R"], want["P"], want["F"]),
                  "eval %s %s" % (key, metric))
        check(seen == 1500, "-d printed %d Eval lines, want 1500" % seen)

        # JSON and CSV carry the same figures
        rc, out, err = run(precis, flagsets["C1"].split() +
                           ["--format", "json", "--refs", refs, "--sys", gz])
        check(rc == 0, "json run: " + err)
        try:
            j = json.loads(out)
            f1 = j["systems"][0]["metrics"]["ROUGE-1"]["F"]
            want = exp["systems"]["lead3"]["C1"]["ROUGE-1"]["F"]
            check((f1["avg"], f1["ci_low"], f1["ci_high"]) ==
                  (want["avg"], want["ci_low"], want["ci_high"]), "json ROUGE-1 F")
        except (ValueError, KeyError, IndexError) as e:
            check(False, "json output: %s" % e)
        rc, out, err = run(precis, flagsets["C1"].split() +
                           ["--format", "csv", "--refs", refs, "--sys", gz])
        check(rc == 0 and out.startswith("system,metric,id,R,P,F,"), "csv header")
        check("lead3,ROUGE-1,,0.40289,0.44644,0.40539," in out, "csv ROUGE-1 row")

        # malformed JSON: non-zero exit and file:line
        bad = os.path.join(tmp, "bad.jsonl")
        with open(bad, "w") as f:
            f.write('{"id": "val-0", "summary": "a b c"}\n{"id": "val-1", "summary": \n')
        rc, out, err = run(precis, ["-n", "1", "--refs", refs, "--sys", bad])
        check(rc != 0, "malformed JSON exit status")
        check(bad + ":2:" in err, "malformed JSON message: " + err)
        rc, out, err = run(precis, ["-n", "1", "--refs", bad, "--sys", bad])
        check(rc != 0 and bad + ":2:" in err, "malformed refs message: " + err)

        # a system id without reference: file:line
        orphan = os.path.join(tmp, "orphan.jsonl")
        with open(orphan, "w") as f:
            f.write('{"id": "val-0", "summary": "a"}\n\n{"id": "nope", "summary": "b"}\n')
        rc, out, err = run(precis, ["-n", "1", "--refs", refs, "--sys", orphan])
        check(rc != 0 and orphan + ":3:" in err and "nope" in err, "orphan id: " + err)

        # usage errors
        rc, out, err = run(precis, ["-n", "1"])
        check(rc == 2, "missing --refs/--sys exit %d" % rc)
        rc, out, err = run(precis, ["-h"])
        check(rc == 0 and "usage: precis eval" in out, "-h")

    print("%d failure(s)" % failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
