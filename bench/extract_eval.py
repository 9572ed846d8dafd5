#!/usr/bin/env python3
"""Runs `precis extract` over both extraction development sets and scores
them: aeb-dev (shingle F1/P/R, bench/extract_score.py) and snippets-dev
(pooled and per-page snippet figures split by news and language,
bench/extract_snippets.py).  Each set is also scored in two halves, A and B,
by the parity of the last hex digit of the page id (ids are hashes, so the
halves are random and fixed): settings are chosen on A and confirmed on B,
which stands for pages never seen.

usage: extract_eval.py PRECIS DATA_DIR [--work DIR] [--jobs N] [--per-page]
--work keeps the pages and predictions in DIR (reused when present)."""
import concurrent.futures
import gzip
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import extract_score  # noqa: E402
import extract_snippets  # noqa: E402


def half(pid):
    return "A" if int(pid[-1], 16) % 2 == 0 else "B"


def load(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_pages(rows, d):
    os.makedirs(d, exist_ok=True)
    for r in rows:
        p = os.path.join(d, r["id"] + ".html")
        if not os.path.exists(p):
            with open(p, "w", encoding="utf-8") as o:
                o.write(r["html"])


def extract_all(precis, d, ids, jobs):
    def one(pid):
        r = subprocess.run([precis, "extract", os.path.join(d, pid + ".html")],
                           capture_output=True, timeout=60)
        return pid, r.stdout.decode("utf-8", "replace")
    with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
        return dict(ex.map(one, ids))


def aeb_report(rows, pred, per_page):
    out = []
    for label, sel in (("all", rows), ("half A", [r for r in rows if half(r["id"]) == "A"]),
                       ("half B", [r for r in rows if half(r["id"]) == "B"])):
        gold = {r["id"]: r["gold_text"] for r in sel}
        f, p, r, rows_ = extract_score.score(gold, pred)
        out.append("  %-7s %3d pages  F1 %.4f  P %.4f  R %.4f" % (label, len(sel), f, p, r))
        if per_page and label == "all":
            for pid, pp, rr in sorted(rows_, key=lambda x: (x[1] or 0) * (x[2] or 0))[:25]:
                out.append("    %s P=%s R=%.3f" % (pid[:12], "-" if pp is None else
                                                   "%.3f" % pp, rr))
    return out


def snip_report(rows, pred, per_page):
    out = []
    for label, sel in (("all", rows), ("half A", [r for r in rows if half(r["id"]) == "A"]),
                       ("half B", [r for r in rows if half(r["id"]) == "B"])):
        total, groups = extract_snippets.Tally(), {}
        for g in sel:
            text = pred.get(g["id"], "")
            total.add(text, g["with"], g["without"])
            for key in ("news" if g.get("news") else "other", g.get("lang", "?")):
                groups.setdefault(key, extract_snippets.Tally()).add(
                    text, g["with"], g["without"])
        out.append("  " + total.line(label))
        order = ["news", "other"] + sorted((k for k in groups if k not in ("news", "other")),
                                           key=lambda k: (-groups[k].pages, k))
        for k in order:
            if k in groups and groups[k].pages >= 2:
                out.append("    " + groups[k].line(k))
    if per_page:
        for g in rows:
            t = extract_snippets.norm(pred.get(g["id"], ""))
            miss = [s for s in g["with"] if extract_snippets.norm(s) not in t]
            bad = [s for s in g["without"] if t and extract_snippets.norm(s) in t]
            if miss or bad:
                out.append("    %s %s %s %s" % (g["id"], g.get("lang"), "EMPTY" if not t else "",
                                                json.dumps({"missed": miss, "found": bad},
                                                           ensure_ascii=False)))
    return out


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    precis, data = sys.argv[1], sys.argv[2]
    args = sys.argv[3:]
    work = args[args.index("--work") + 1] if "--work" in args else tempfile.mkdtemp()
    jobs = int(args[args.index("--jobs") + 1]) if "--jobs" in args else 2
    per_page = "--per-page" in args
    sets = []
    for name in ("aeb-dev", "snippets-dev"):
        path = os.path.join(data, "extraction", name + ".jsonl.gz")
        if not os.path.exists(path):
            print("no %s (shared data absent)" % path)
            continue
        rows = load(path)
        d = os.path.join(work, name)
        write_pages(rows, d)
        pred = extract_all(precis, d, [r["id"] for r in rows], jobs)
        with open(os.path.join(work, name + ".pred.jsonl"), "w", encoding="utf-8") as o:
            for pid, text in pred.items():
                o.write(json.dumps({"id": pid, "text": text}, ensure_ascii=False) + "\n")
        for r in rows:
            r.pop("html", None)
        sets.append((name, rows, pred))
    for name, rows, pred in sets:
        if name == "aeb-dev":
            print("aeb-dev: shingle F1/P/R (4-grams of \\w+ tokens, means over pages)")
            print("\n".join(aeb_report(rows, pred, per_page)))
        else:
            print("snippets-dev: pooled F/P/R/accuracy over snippets, per-page means, "
                  "correct and empty pages")
            print("\n".join(snip_report(rows, pred, per_page)))


if __name__ == "__main__":
    main()
