#!/usr/bin/env python3
"""Bad input at the edges of the readers, seventh round (s43-edges2,
bench/RESULTS.md "Cut JSON and gzip bodies named"): one message for a JSON
line cut short, whichever command reads it.

- A file (or standard input) whose only line opens as a JSON object and
  ends inside it: `summarize FILE` said "precis: FILE: line 1: JSON cut
  short at byte N" and exited 1 (session 42); `segment FILE` said "no
  sentences", `segment -`, `segment --raw` and `extract` read it as prose
  (its keys printed as sentences, or as an article) and exited 0.  Now
  each says summarize's words, prints nothing and exits 1; the same inside
  a gzip file, the byte being the inflated text's.
- Not cut: a whole JSON line, prose that opens with a brace, and a JSON
  object over several lines are read as before.

usage: test_robust_fronts7.py PRECIS SOURCE_DIR DATA_DIR"""
import gzip
import json
import tempfile

from test_gunzip_cli import OTHER, TEXT  # the bakery's two documents
from util import check, done, file_writer, run

WHOLE = json.dumps({"id": "c1", "documents": [TEXT, OTHER]})
CUT = WHOLE[:len(WHOLE) * 2 // 3]  # ends inside the second document's string


def cut_readers(path):
    return {
        "summarize FILE": ["summarize", "-w", "40", path],
        "segment FILE": ["segment", path],
        "segment --raw": ["segment", "--raw", path],
        "extract FILE": ["extract", path],
    }


def test_cut_line(write):
    n = len(CUT.encode())
    for kind, data in (("plain", CUT.encode()), ("gzip", gzip.compress(CUT.encode(), mtime=0))):
        path = write("cut-%s.jsonl%s" % (kind, ".gz" if kind == "gzip" else ""), data)
        for r, args in cut_readers(path).items():
            rc, out, err = run(args)
            check(rc == 1 and out == ""
                  and ("precis: %s: line 1: JSON cut short at byte %d" % (path, n)) in err
                  and "no sentences" not in err,
                  "%s of one cut JSON line (%s): summarize's message, nothing printed, "
                  "exit 1: %d %r %r" % (r, kind, rc, out[:80], err))
    # a gzip stream cut inside the line: the stop named in the message
    g = gzip.compress(CUT.encode() + b" and more words to lose", mtime=0)
    path = write("cut-stream.jsonl.gz", g[:len(g) - 12])
    said = set()
    for r, args in cut_readers(path).items():
        rc, out, err = run(args)
        check(rc == 1 and out == "" and "warning" not in err
              and err.startswith("precis: %s: line 1: JSON cut short at byte " % path)
              and "(gzip data cut short at byte " in err,
              "%s of a gzip stream cut inside its JSON line: one message naming both: %d %r"
              % (r, rc, err))
        said.add(err)
    check(len(said) == 1, "every reader says the same of a cut gzip JSON line: %r" % said)
    for r, args in (("segment -", ["segment", "-"]), ("segment --raw -", ["segment", "--raw", "-"]),
                    ("extract -", ["extract", "-"]), ("summarize -", ["summarize", "-"])):
        rc, out, err = run(args, CUT)
        check(rc == 1 and out == ""
              and ("precis: standard input: line 1: JSON cut short at byte %d" % n) in err,
              "%s of one cut JSON line: summarize's message, exit 1: %d %r %r"
              % (r, rc, out[:80], err))


def test_not_cut(write):
    """Lines that are not cut JSON are read as before."""
    brace = write("brace.txt", "{" + TEXT + "\n\n" + OTHER + "\n")
    pretty = write("pretty.json", json.dumps({"note": TEXT, "more": OTHER}, indent=1)[:-3])
    for path in (brace, pretty):
        for r in ("segment", "segment --raw"):
            rc, out, err = run(r.split() + [path])
            check(rc == 0 and "bakery" in out.lower() and "cut short" not in err,
                  "%s of %s (not one cut JSON line): read as text, exit 0: %d %r"
                  % (r, path, rc, err))
    rc, out, err = run(["extract", brace])
    check(rc == 0 and "bakery" in out.lower() and "cut short" not in err,
          "extract of prose opening with a brace: read, exit 0: %d %r" % (rc, err))
    whole = write("whole.jsonl", WHOLE + "\n")
    rc, out, err = run(["segment", "--raw", whole])
    check(rc == 0 and "cut short" not in err,
          "segment --raw of a whole JSON line: read as given, exit 0: %d %r" % (rc, err))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        write = file_writer(tmp)
        test_cut_line(write)
        test_not_cut(write)
    done()


if __name__ == "__main__":
    main()
