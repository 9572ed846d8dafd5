#!/usr/bin/env python3
"""Bad input at the edges of the readers, eighth round (s44-readers,
bench/RESULTS.md "The readers' remaining bad-input paths"): what
s43-edges and s43-edges2 left.

- A JSON Lines cluster cut inside its only line, as one file of a DIR or
  among several FILEs of `summarize`, `digest` and `segment`: the library
  read it as a document (its keys as sentences, or as another story set
  aside).  Now precis_cluster_add_path refuses it in `summarize FILE`'s
  words ("FILE: line 1: JSON cut short at byte N", the gzip stop in
  brackets when a stream was cut inside it), the other files are read and
  their output written, exit 1.
- `segment -` of gzip holding a cut JSON line: the library inflated it, so
  the CLI's test saw compressed bytes and the line was printed as
  sentences; now said as for a plain one.
- `segment --raw` of Latin-1 text printed its bytes without a word; now
  the warning every reader gives of invalid UTF-8, the bytes as given.
- `summarize -` of a gzip stream cut inside its JSON line said the stop
  twice (a warning, then inside the refusal); now once.
- `batch`: a line cut inside its object is "line N: JSON cut short at
  byte B", as the readers of one document and the server say it (it was
  "invalid JSON at byte B (column B): premature end of input").

usage: test_robust_fronts8.py PRECIS SOURCE_DIR DATA_DIR"""
import gzip
import json
import os
import subprocess
import tempfile

from test_gunzip_cli import OTHER, TEXT  # the bakery's two documents
from util import PRECIS, WRAPPER, check, done, file_writer, run

WHOLE = json.dumps({"id": "c1", "documents": [TEXT, OTHER]})
CUT = WHOLE[:len(WHOLE) * 2 // 3]  # ends inside the second document's string
N = len(CUT.encode())
COUNCIL = ("The city council approved the new budget on Tuesday after a long debate. "
           "The budget raises spending on schools by four percent. Council members said "
           "the plan would keep taxes flat. The mayor is expected to sign it next week.\n")
COUNCIL2 = ("Council members voted seven to two on Tuesday to approve the budget for next "
            "year. The spending plan adds money for schools and road repairs. The mayor said "
            "she would sign the budget next week.\n")


def cut_stream():
    """A gzip stream cut inside its JSON line (what inflates is CUT)."""
    g = gzip.compress(CUT.encode() + b" and more words to lose", mtime=0)
    return g[:len(g) - 12]


def test_dir_and_files(tmp, write):
    d = os.path.join(tmp, "dir")
    os.mkdir(d)
    for name, data in (("a.txt", COUNCIL), ("b.txt", COUNCIL2), ("c.jsonl", CUT)):
        with open(os.path.join(d, name), "w") as f:
            f.write(data)
    cut = os.path.join(d, "c.jsonl")
    said = "precis: %s: skipped: line 1: JSON cut short at byte %d\n" % (cut, N)
    for cmd in (["summarize", "-w", "40"], ["digest"], ["segment"]):
        rc, out, err = run(cmd + [d])
        check(rc == 1 and "budget" in out and "bakery" not in out.lower() and said in err
              and "another story" not in err,
              "%s DIR holding a cut JSON file: the others read, the file named, exit 1: "
              "%d %r %r" % (cmd[0], rc, out[:120], err))
    a, b = os.path.join(d, "a.txt"), os.path.join(d, "b.txt")
    said = "precis: %s: line 1: JSON cut short at byte %d\n" % (cut, N)
    for cmd in (["summarize", "-w", "40"], ["digest"], ["segment"]):
        rc, out, err = run(cmd + [a, cut, b])
        check(rc == 1 and "budget" in out and "bakery" not in out.lower() and said in err,
              "%s F1 CUT F2: F1 and F2 read, CUT named, exit 1: %d %r %r"
              % (cmd[0], rc, out[:120], err))
    # a gzip stream cut inside the line, in a directory: one message
    # naming both, as `summarize FILE` says it
    with open(os.path.join(d, "c.jsonl"), "wb") as f:
        f.write(cut_stream())
    for cmd in (["summarize", "-w", "40"], ["segment"]):
        rc, out, err = run(cmd + [d])
        check(rc == 1 and "budget" in out and err.count("gzip data cut short") == 1
              and ("precis: %s: skipped: line 1: JSON cut short at byte " % cut) in err
              and ") (gzip data cut short at byte " not in err and " (gzip data cut short" in err,
              "%s DIR holding a gzip stream cut in its JSON line: one message: %d %r"
              % (cmd[0], rc, err))
    # the one FILE (the CLI's own test before, now the library's): the same
    rc, out, err = run(["segment", cut])
    check(rc == 1 and out == "" and err.count("gzip data cut short") == 1
          and err.startswith("precis: %s: line 1: JSON cut short at byte " % cut)
          and " (gzip data cut short at byte " in err,
          "segment FILE of a gzip stream cut in its JSON line: one message: %d %r" % (rc, err))
    # not cut: a whole line and prose opening with a brace are documents
    whole = write("whole.jsonl", WHOLE)
    brace = write("brace.txt", "{" + TEXT)
    for path in (whole, brace):
        rc, out, err = run(["segment", a, path])
        check(rc == 0 and "cut short" not in err and "bakery" in out.lower(),
              "segment F1 %s (not cut): read as text, exit 0: %d %r" % (path, rc, err))


def test_segment_stdin():
    for kind, data in (("gzip", gzip.compress(CUT.encode(), mtime=0)), ("cut gzip", cut_stream())):
        rc, out, err = run(["segment", "-"], data)
        check(rc == 1 and out == "" and err.count("precis:") == 1
              and err.startswith("precis: standard input: line 1: JSON cut short at byte ")
              and (kind == "gzip") == (" (gzip data cut short" not in err),
              "segment - of %s holding a cut JSON line: one message, nothing printed, exit 1: "
              "%d %r %r" % (kind, rc, out[:80], err))
    rc, out, err = run(["segment", "-"], gzip.compress(COUNCIL.encode(), mtime=0))
    check(rc == 0 and out.count("\n") == 4 and err == "",
          "segment - of gzip prose: its sentences, exit 0: %d %r %r" % (rc, out, err))
    g = gzip.compress((COUNCIL + TEXT + "\n" + COUNCIL2 + OTHER + "\n").encode(), mtime=0)
    rc, out, err = run(["segment", "-"], g[:len(g) - 20])
    check(rc == 1 and "budget" in out
          and "precis: standard input: gzip data cut short at byte" in err,
          "segment - of a cut gzip stream of prose: the part before, the stop, exit 1: %d %r"
          % (rc, err))


def test_raw_latin1(write):
    latin = ("The caf\xe9 on the corner reopened on Monday.\nIts owner said the "
             "cr\xe8me br\xfbl\xe9e would stay.\n").encode("latin-1")
    path = write("latin1.txt", latin)
    p = subprocess.run(WRAPPER + [PRECIS, "segment", "--raw", path], capture_output=True)
    err = p.stderr.decode("utf-8", "replace")
    check(p.returncode == 0 and b"caf\xe9 on" in p.stdout and b"cr\xe8me" in p.stdout
          and err == "precis: warning: %s: invalid UTF-8 at byte 7, line 1 (4 bytes printed "
                     "as given)\n" % path,
          "segment --raw of Latin-1: the bytes as given, the readers' warning: %d %r %r"
          % (p.returncode, p.stdout[:60], err))
    rc, out, err = run(["segment", "--raw", "-"], latin)
    check(rc == 0 and "warning: standard input: invalid UTF-8 at byte 7, line 1" in err,
          "segment --raw - of Latin-1: warned by name: %d %r" % (rc, err))
    rc, out, err = run(["segment", "--raw", write("utf8.txt", latin.decode("latin-1"))])
    check(rc == 0 and err == "" and "café" in out,
          "segment --raw of UTF-8: no warning: %d %r" % (rc, err))


def test_summarize_stdin_once():
    rc, out, err = run(["summarize", "-"], cut_stream())
    check(rc == 1 and out == "" and err.count("gzip data cut short") == 1
          and err.startswith("precis: standard input: line 1: JSON cut short at byte ")
          and " (gzip data cut short at byte " in err,
          "summarize - of a gzip stream cut in its JSON line: the stop said once: %d %r"
          % (rc, err))


def test_batch_cut_line(write):
    path = write("batch.jsonl", WHOLE + "\n" + CUT)
    rc, out, err = run(["batch", "-w", "20", path])
    lines = [json.loads(x) for x in out.splitlines()]
    check(rc == 1 and len(lines) == 2 and "summary" in lines[0]
          and lines[1].get("error") == "line 2: JSON cut short at byte %d" % N
          and lines[1].get("id") == "c1",
          "batch of a cut last line: the good line answered, the cut one named: %d %r"
          % (rc, out))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        write = file_writer(tmp)
        test_dir_and_files(tmp, write)
        test_segment_stdin()
        test_raw_latin1(write)
        test_summarize_stdin_once()
        test_batch_cut_line(write)
    done()


if __name__ == "__main__":
    main()
