#!/usr/bin/env python3
"""Bad input at the edges of the readers, fifth round (session 42,
bench/RESULTS.md "Readers at the edges"): each check below failed before
its change.

- a gzip stream corrupt inside a member: `batch` and `cluster` read the
  unfinished line where zlib stopped (the bytes it gave just before it
  found the damage) and answered it, an error line about stray bytes or
  an article of them; now that line is not read, the lines before it are
  answered, and the stop is an error naming the file, the line and the
  byte, exit status 1;
- `summarize` of a file (gzip or plain, or standard input) cut inside its
  only JSON line read the JSON text as prose and summarized its braces
  and keys; now "line 1: JSON cut short at byte N", exit 1, no output;
  the same for a single JSON line in a corrupt gzip stream;
- `batch` answered a blank line with an error line and exit status 1,
  where `cluster`, `eval`, the Python and Dask front ends and the server's
  POST /v1/articles skip it: it is skipped now (line numbers still count
  it).

usage: test_robust_fronts5.py PRECIS SOURCE_DIR DATA_DIR"""
import gzip
import json
import tempfile

from test_gunzip_cli import OTHER, TEXT  # the bakery's two documents
from util import check, done, file_writer, run


def cluster(i):
    return (json.dumps({"id": "c%d" % i, "documents": [TEXT, OTHER]}) + "\n").encode()


def article(i):
    return (json.dumps({"id": "a%d" % i, "text": TEXT}) + "\n").encode()


def corrupt_in_line(lines, cut_at):
    """gzip of `lines` whose second member is corrupt at its first block:
    the first member holds lines[:cut_at] and half of lines[cut_at], so
    zlib stops inside that line (invalid block type) with half of it out."""
    head = b"".join(lines[:cut_at]) + lines[cut_at][:len(lines[cut_at]) // 2]
    tail = lines[cut_at][len(lines[cut_at]) // 2:] + b"".join(lines[cut_at + 1:])
    second = bytearray(gzip.compress(tail, mtime=0))
    second[10] |= 0x06  # the first block's type: 3, which does not exist
    return gzip.compress(head, mtime=0) + bytes(second)


def test_corrupt_gzip(write):
    data = corrupt_in_line([cluster(i) for i in range(1, 9)], 5)
    path = write("corrupt.jsonl.gz", data)
    for how, args, stdin, name in (("FILE", ["batch", "-w", "30", path], None, path),
                                   ("stdin", ["batch", "-w", "30"], data, "standard input")):
        rc, out, err = run(args, stdin)
        got = out.splitlines()
        check(rc == 1 and len(got) == 5 and all('"summary"' in l for l in got),
              "batch %s on a corrupt gzip: the 5 lines before answered, the unfinished "
              "6th not read: rc %d, %r" % (how, rc, out[-300:]))
        check("line 6: gzip data corrupt at byte" in err and "member 2: invalid block type" in err
              and name in err and "invalid JSON" not in err,
              "batch %s: the stop names the input, line 6 and the byte: %r" % (how, err))
    arts = corrupt_in_line([article(i) for i in range(1, 9)], 5)
    path = write("corrupt-articles.jsonl.gz", arts)
    rc, out, err = run(["cluster", "-a", path])
    check(rc == 1 and len(out.splitlines()) == 5 and "invalid JSON" not in err
          and path + ": line 6: gzip data corrupt at byte" in err,
          "cluster on a corrupt gzip: 5 articles placed, the 6th not read: %d %r %r"
          % (rc, out[-200:], err))


def test_summarize_cut_json(write):
    line = (json.dumps({"id": "one", "documents": [TEXT, OTHER, TEXT + " " + OTHER]})
            + "\n").encode()
    g = gzip.compress(line, mtime=0)
    cases = {
        "gzip-cut.jsonl.gz": g[:len(g) * 2 // 3],  # inflate gives the part before
        "plain-cut.jsonl": line[:len(line) * 2 // 3],
        "crc.jsonl.gz": g[:-8] + bytes([g[-8] ^ 0xFF]) + g[-7:],
        "corrupt-in-line.jsonl.gz": corrupt_in_line([line], 0),
    }
    for name, data in cases.items():
        path = write(name, data)
        for how, args, stdin, where in (("FILE", ["summarize", "-w", "40", path], None, path),
                                        ("stdin", ["summarize", "-w", "40", "-"], data,
                                         "standard input")):
            rc, out, err = run(args, stdin)
            if name == "crc.jsonl.gz":
                # the line is whole and valid JSON, the CRC alone is wrong:
                # summarized, then the error every reader gives, exit 1
                # (a warning, exit 0, until session 43)
                check(rc == 1 and "bakery" in out and "gzip data corrupt" in err
                      and "warning" not in err,
                      "summarize %s %s: a whole line, a wrong CRC: %d %r" % (how, name, rc, err))
                continue
            what = ("in a corrupt gzip stream, not read (gzip data corrupt at byte"
                    if "corrupt" in name else "cut short at byte")
            check(rc == 1 and out == "" and where + ": line 1: JSON " + what in err,
                  "summarize %s %s: the cut JSON line refused, named: rc %d, out %r, err %r"
                  % (how, name, rc, out[:200], err))
    # prose that opens with a brace is no cut JSON
    path = write("brace.txt", "{" + TEXT + " " + OTHER)
    rc, out, err = run(["summarize", "-w", "40", path])
    check(rc == 0 and "bakery" in out, "prose opening with a brace summarized: %r" % err)


def test_blank_lines(write):
    bad = b'{"id": "x", "documents": 3}\n'
    data = cluster(1) + b"\n  \t\n" + cluster(2) + b"\r\n" + bad + b"\n"
    path = write("blank.jsonl", data)
    for how, args, stdin in (("FILE", ["batch", "-w", "30", path], None),
                             ("stdin", ["batch", "-w", "30"], data)):
        rc, out, err = run(args, stdin)
        got = out.splitlines()
        check(len(got) == 3 and '"c1"' in got[0] and '"c2"' in got[1] and '"x"' in got[2],
              "batch %s: blank lines skipped, one output line per cluster line: %r" % (how, out))
        check(rc == 1 and "line 6:" in err and "blank line" not in err
              and "1 of 7 lines failed" in err,
              "batch %s: the bad line named by its line in the file: %d %r" % (how, rc, err))
    path = write("blank-only.jsonl", b"\n \n\r\n")
    rc, out, err = run(["batch", path])
    check(rc == 0 and out == "" and err == "", "batch on blank lines alone: %d %r" % (rc, err))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        write = file_writer(tmp)
        test_corrupt_gzip(write)
        test_summarize_cut_json(write)
        test_blank_lines(write)
    done()


if __name__ == "__main__":
    main()
