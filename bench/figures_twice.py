#!/usr/bin/python3
"""Count summaries that state two figures for one counted thing.

Each summary (a line {"id", "summary"} of `precis batch`) is read back by
the digest: its sentences become the documents of a cluster, and
`precis digest -f json --digest-all` groups their figures by the counted
thing as its section "Where sources disagree" does (src/digest/figures.c:
units of measure, money and percentages are no counted things, sentences
that name another month or year are left out).  A summary states two
figures for one thing when a group has two values of different
intervals; `--same` counts equal values too (a figure said twice).

    bench/figures_twice.py --precis build/precis OUT.jsonl [OUT2.jsonl ...]
    bench/figures_twice.py --precis build/precis --show 5 OUT.jsonl

Prints, per file, the summaries counted and the share of all summaries.
"""
import argparse
import json
import subprocess
import sys

UNITS = {"percent", "dollars", "euros", "pounds", "yen", "kilometers", "kilometres", "km",
         "miles", "meters", "metres", "feet", "inches", "yards", "acres", "hectares",
         "kilograms", "kg", "tons", "tonnes", "degrees", "years", "hours", "minutes",
         "kilomètres", "mètres", "kilómetros", "metros", "chilometri", "metri", "kilometer",
         "meter", "prozent"}


def groups(precis, sentences):
    """The digest's figure groups over the sentences, one document each."""
    if len(sentences) < 2:
        return []
    text = "\n|||||\n".join(sentences)
    r = subprocess.run([precis, "-f", "json", "--digest", "--digest-all", "-"],
                       input=text.encode(), capture_output=True)
    try:
        d = json.loads(r.stdout)
    except ValueError:
        return []
    return d.get("figures") or d.get("digest", {}).get("figures") or []


def twice(g, same):
    if g["quantity"] in UNITS:
        return False
    vals = {(v["low"], v["high"]) for v in g["values"] if any(c.isdigit() for c in v["text"])}
    docs = {v["doc"] for v in g["values"] if any(c.isdigit() for c in v["text"])}
    if len(docs) < 2:
        return False
    return len(vals) >= 2 or (same and len(vals) >= 1)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--precis", default="build/precis")
    ap.add_argument("--same", action="store_true", help="count a figure said twice too")
    ap.add_argument("--show", type=int, default=0, help="print N summaries counted")
    ap.add_argument("outputs", nargs="+")
    a = ap.parse_args()
    for path in a.outputs:
        n = hit = 0
        shown = 0
        for line in open(path, encoding="utf-8"):
            o = json.loads(line)
            n += 1
            sents = [s for s in (o.get("summary") or "").split("\n") if s.strip()]
            bad = [g for g in groups(a.precis, sents) if twice(g, a.same)]
            if bad:
                hit += 1
                if shown < a.show:
                    shown += 1
                    print("--", o["id"], [(g["quantity"], [v["text"] for v in g["values"]])
                                           for g in bad])
        print(f"{path}: {hit} of {n} summaries ({100.0 * hit / max(n, 1):.1f} %) state two "
              f"figures for one counted thing")


if __name__ == "__main__":
    sys.exit(main())
