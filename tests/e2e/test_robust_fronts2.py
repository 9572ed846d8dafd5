#!/usr/bin/env python3
"""Bad input through the front ends, second round (session 39,
bench/RESULTS.md "bad input, second round"): each case below failed before
its fix.

- `cluster` of a feed of undated articles: the first ten warnings name
  their lines, the rest are counted in one line at the end (it printed one
  warning per article: 3,000 lines for 3,000 articles);
- `cluster -a` with a line that is no valid JSON (cut short, a raw NUL)
  but opens with its id: the error line carries that id, as batch's do
  (it was null);
- `segment` refuses the summary's options (-w, -m, -f, --order, ...) as
  unknown, as it refuses any other (it accepted them and ignored them).

usage: test_robust_fronts2.py PRECIS SOURCE_DIR DATA_DIR"""
import json
import tempfile

from util import check, done, file_writer, run

TEXT = ("The harbour board voted on Monday to close the old ferry pier for repairs, "
        "the %d-th such vote. Engineers found cracks in three of the pier's piles.")


def test_cluster_undated(write):
    feed = write("undated.jsonl", "".join(json.dumps({"id": "u%d" % i, "text": TEXT % i}) + "\n"
                                          for i in range(40)))
    rc, out, err = run(["cluster", "-a", feed])
    lines = err.splitlines()
    named = [x for x in lines if "no date: arrival order used" in x]
    check(rc == 0 and len(out.splitlines()) == 40, "cluster reads every article: rc %d" % rc)
    check(len(named) == 10 and named[0].endswith("undated.jsonl:1: article 1: no date: arrival "
                                                 "order used"),
          "the first ten undated articles are named, no more: %d %r" % (len(named), lines[:3]))
    check(lines[-1] == "precis: warning: 40 articles in all had no date that could be used "
          "(the first 10 are named above): arrival order used" and len(lines) == 11,
          "then one line counts them all: %r" % lines[-2:])
    # a date not understood is the same kind, counted with them
    rows = [{"id": "d%d" % i, "text": TEXT % i, "date": "soon"} for i in range(5)]
    rows += [{"id": "e%d" % i, "text": TEXT % i} for i in range(8)]
    mixed = write("mixed.jsonl", "".join(json.dumps(r) + "\n" for r in rows))
    rc, out, err = run(["cluster", "-a", mixed])
    lines = err.splitlines()
    check(rc == 0 and len(lines) == 11 and "not understood" in lines[0]
          and lines[-1].startswith("precis: warning: 13 articles in all had no date"),
          "dates not understood and missing are counted together: %r" % lines)
    # ten or fewer: each named, no count
    few = write("few.jsonl", "".join(json.dumps({"id": "f%d" % i, "text": TEXT % i}) + "\n"
                                     for i in range(3)))
    rc, out, err = run(["cluster", few])
    check(rc == 0 and len(err.splitlines()) == 3 and "in all" not in err,
          "three undated articles: three warnings: %r" % err)


def test_cluster_error_id(write):
    feed = write("bad.jsonl", json.dumps({"id": "ok", "text": TEXT % 1, "date": "2021-03-01"})
                 + "\n" + '{"id": "cut", "text": "The harbour\n'
                 + '{"id": 7, "text": "a\x00b", "date": "2021-03-01"}\n'
                 + '{"text": "no id first\n')
    rc, out, err = run(["cluster", "-a", feed])
    rows = [json.loads(x) for x in out.splitlines()]
    check(rc == 1 and [r["id"] for r in rows] == ["ok", "cut", 7, None]
          and [r.get("line") for r in rows[1:]] == [2, 3, 4]
          and all("invalid JSON" in r["error"] for r in rows[1:]),
          "cluster -a: a broken line keeps the id it opens with: %r" % rows)


def test_segment_options(write):
    doc = write("d.txt", "The pier closed on Monday. Engineers found cracks.\n")
    rc, out, err = run(["segment", doc])
    check(rc == 0 and out == "The pier closed on Monday.\nEngineers found cracks.\n",
          "segment splits: %r %r" % (out, err))
    for opt in (["-w", "10"], ["--words", "10"], ["-m", "lead"], ["-f", "json"],
                ["--order", "time"], ["--sentences", "1"], ["--no-rewrite"]):
        rc, out, err = run(["segment"] + opt + [doc])
        check(rc == 2 and out == "" and "unknown option '%s'" % opt[0] in err,
              "segment %s: refused as unknown, not ignored: rc %d %r" % (opt, rc, err))
    for opt in (["--language", "en"], ["--max-sentence-bytes", "1000"],
                ["--max-document-bytes", "1M"], ["--max-documents", "5"]):
        rc, out, err = run(["segment"] + opt + [doc])
        check(rc == 0 and out.count("\n") == 2, "segment %s still read: rc %d %r" % (opt, rc, err))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        write = file_writer(tmp)
        test_cluster_undated(write)
        test_cluster_error_id(write)
        test_segment_options(write)
    done()


if __name__ == "__main__":
    main()
