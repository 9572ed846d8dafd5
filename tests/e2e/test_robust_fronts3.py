#!/usr/bin/env python3
"""Bad input and front ends, third round (session 40, bench/RESULTS.md
"Session 40, bad input and front ends, third round"): each case below
failed before its change.

- `batch -f json`: each output line is the JSON `summarize -f json` writes
  for the same cluster (sentences with their document, byte offsets,
  score, also; the documents), on one line with the id first, so that an
  aggregator reading batch's output can trace a sentence to its source
  (batch refused -f with its usage text); a failed line is still the
  {"id", "error"} line, and the formats that are no JSON line are refused
  by name;
- `--help` against docs/precis.1: every long option a command accepts is
  in its --help (summarize and digest left out --max-line-bytes, which
  limits a JSON Lines cluster given as their input; batch's help did not
  name --list-methods, --list-languages), every option a --help names is
  in the manual page (extract's --bench was not), and `precis digest
  --help` is digest's usage (it was summarize's);
- exit statuses: `batch DIR` says "DIR: cannot read: Is a directory" as
  for a missing file (it said "error reading DIR after line 0"); `segment
  --raw` of a file with no sentence exits 1 with "no sentences", as
  segment without --raw and summarize do (it printed nothing, exit 0).

usage: test_robust_fronts3.py PRECIS SOURCE_DIR DATA_DIR"""
import json
import os
import re
import tempfile

from util import SRC, check, done, file_writer, run

DOCS = [
    "The harbour board voted on Monday to close the old ferry pier for repairs. Engineers "
    "found cracks in three of the pier's piles. The repairs will cost about two million "
    "pounds, the board said.",
    "Ferry passengers will board at the north quay from next week. The board said "
    "engineers had found cracks in the piles of the old pier. Caf\u00e9 owners on the quay "
    "welcomed the move.",
    "  \u201cWe had no choice,\u201d the board's chair said of the pier. Repairs to the "
    "cracked piles start in May and will take a year.",
]


def test_batch_json(write):
    rows = [{"id": "pier", "documents": DOCS},
            {"id": 7, "documents": [{"text": DOCS[2], "source": "Quay News"}, DOCS[0]]},
            {"id": "none", "documents": []}]
    feed = write("c.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    rc, out, err = run(["batch", "-w", "40", "-f", "json", feed])
    lines = out.splitlines()
    check(rc == 1 and len(lines) == 3, "batch -f json: a line per cluster: rc %d %r" % (rc, err))
    got = [json.loads(x) for x in lines]
    check(got[2] == {"id": "none", "error": "line 3: no documents"},
          "a failed line is the error line: %r" % got[2:])
    for i, row in enumerate(rows[:2]):
        one = write("one%d.jsonl" % i, json.dumps(row, ensure_ascii=False) + "\n")
        rc1, want, err1 = run(["-w", "40", "-f", "json", one])
        want = json.loads(want)
        line = got[i]
        check(rc1 == 0 and list(line)[0] == "id" and line.pop("id") == row["id"],
              "the id first: %r" % lines[i][:40])
        check(line == want, "line %d is summarize -f json's JSON: %r != %r" % (i, line, want))
        check(line["sentences"] and line["documents"], "sentences and documents: %r" % line)
        for s in line["sentences"]:
            doc = row["documents"][s["doc"]]
            doc = (doc["text"] if isinstance(doc, dict) else doc).encode()
            check(" ".join(doc[s["start"]:s["end"]].decode().split()) == s["text"],
                  "doc, start and end give the sentence as written: %r" % s)
    check(" " not in [x[:1] for x in lines] and all("\n" not in x for x in lines),
          "one line each")
    rc, plain, _ = run(["batch", "-w", "40", feed])
    check(rc == 1 and [json.loads(x).get("summary") for x in plain.splitlines()[:2]]
          == ["\n".join(s["text"] for s in g["sentences"]) for g in got[:2]],
          "the sentences are the plain line's summary")
    rc, jout, _ = run(["batch", "-j", "2", "-w", "40", "--format=json", feed])
    check(jout == out, "-j 2 writes the same lines")
    for fmt in ("text", "markdown", "html", "xml"):
        rc, o, e = run(["batch", "-f", fmt, feed])
        check(rc == 2 and o == "" and fmt in e, "batch -f %s refused: rc %d %r" % (fmt, rc, e))


# every long option of the manual page is tried on each command: accepted
# (not "unknown option") means it must be in that command's --help
COMMANDS = ("summarize", "digest", "batch", "cluster", "segment", "extract")


def test_help_and_manual(write, tmp):
    with open(os.path.join(SRC, "docs", "precis.1"), encoding="utf-8") as f:
        manual = f.read().replace("\\-", "-")
    names = sorted(set(re.findall(r"--[a-z][a-z-]*[a-z]", manual)))
    check(len(names) > 30, "the manual's options are read: %d" % len(names))
    doc = write("d.txt", TEXT)
    for cmd in COMMANDS:
        rc, helptext, err = run([cmd, "--help"])
        check(rc == 0 and helptext.startswith("usage: precis"), "%s --help: rc %d" % (cmd, rc))
        said = set(re.findall(r"--[a-z][a-z-]*[a-z]", helptext))
        for name in names:
            # a value in the test's folder: --state writes its file there
            rc, _, err = run([cmd, name, os.path.join(tmp, "1"), doc])
            if "unknown option" in err or name == "--help":
                continue
            check(name in said, "%s accepts %s: its --help names it" % (cmd, name))
        for name in said:
            check(name in manual or name == "--help",
                  "%s --help names %s: the manual page has it" % (cmd, name))
    rc, out, _ = run(["digest", "--help"])
    check(out.startswith("usage: precis digest "), "digest --help is digest's: %r" % out[:40])
    rc, out, _ = run(["summarize", "--help"])
    check(out.startswith("usage: precis [summarize] "), "summarize's: %r" % out[:40])


TEXT = ("The harbour board voted on Monday to close the old ferry pier for repairs. "
        "Engineers found cracks in three of the pier's piles.\n")


def test_exit_statuses(write, tmp):
    empty = write("empty.txt", "")
    blank = write("blank.txt", "  \n\t\n")
    missing = os.path.join(tmp, "missing.jsonl")
    folder = os.path.join(tmp, "folder")
    os.mkdir(folder)
    rc, out, err = run(["batch", missing])
    check(rc == 1 and err == "precis: %s: cannot read: No such file or directory\n" % missing,
          "batch, a missing file: %r" % err)
    rc, out, err = run(["batch", folder])
    check(rc == 1 and out == "" and err == "precis: %s: cannot read: Is a directory\n" % folder,
          "batch, a directory: as a missing file: rc %d %r" % (rc, err))
    good = write("good.jsonl", json.dumps({"id": 1, "documents": DOCS}) + "\n")
    rc, out, err = run(["batch", folder, good])
    check(rc == 1 and len(out.splitlines()) == 1 and "Is a directory" in err,
          "batch goes on after a directory: rc %d %r" % (rc, err))
    for f in (empty, blank):
        for raw in ([], ["--raw"]):
            rc, out, err = run(["segment"] + raw + [f])
            check(rc == 1 and out == "" and err == "precis: %s: no sentences\n" % f,
                  "segment %s of no sentence: exit 1: rc %d %r" % (raw, rc, err))
        rc, out, err = run(["segment", "--raw", "-"], stdin=open(f).read())
        check(rc == 1 and err == "precis: standard input: no sentences\n",
              "segment --raw -: rc %d %r" % (rc, err))
    doc = write("d2.txt", TEXT)
    rc, out, err = run(["segment", "--raw", empty, doc])
    check(rc == 1 and out.count("\n") == 2, "the other file still read: rc %d %r" % (rc, out))
    rc, out, err = run(["segment", "--raw", doc])
    check(rc == 0 and err == "", "a file with sentences: exit 0: rc %d %r" % (rc, err))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        write = file_writer(tmp)
        test_batch_json(write)
        test_help_and_manual(write, tmp)
        test_exit_statuses(write, tmp)
    done()


if __name__ == "__main__":
    main()
