#!/usr/bin/env python3
"""Bad input at the edges of the readers, sixth round (session 43,
bench/RESULTS.md "Input not read whole"): one behaviour for every front end
when an input is not read whole.

- A gzip stream cut short or corrupt: every reader of one document
  (`summarize FILE`, `summarize DIR`, `summarize -`, `digest`, `segment`,
  `segment --raw`, `extract`) and `eval` used the part before, said
  "precis: warning: ..." and exited 0, where `batch` and `cluster` exit 1.
  Now each uses and writes the part before, says it as an error naming the
  input, the byte and the member ("precis: FILE: gzip data cut short at
  byte N (member M); the part before kept"), and exits 1.  `eval` does not
  read the unfinished line of a corrupt stream, as `batch` does not.
- Bytes after the last member stay a warning with exit status 0 (nothing
  was lost), for every reader.
- A regular file of a directory that cannot be read (permission): the
  others are summarized, the file named in an error, exit 1 (a warning,
  exit 0, until session 43).  Entries that are no document (a link to
  nothing, a FIFO) and files that are not text stay warnings, exit 0.

usage: test_robust_fronts6.py PRECIS SOURCE_DIR DATA_DIR"""
import gzip
import json
import os
import shutil
import subprocess
import tempfile

from test_gunzip_cli import OTHER, TEXT  # the bakery's two documents
from util import CHECKED, PRECIS, WRAPPER, check, done, file_writer, run

DOC = (TEXT + "\n\n" + OTHER + "\n").encode()
PAGE = ("<html><head><title>Bakery</title></head><body><article><p>" + TEXT + "</p><p>"
        + OTHER + "</p></article></body></html>\n").encode()


def corrupt_second_member(data):
    """gzip of data whose second member's first block has a type that does
    not exist: zlib stops there, the first half out."""
    half = len(data) // 2
    second = bytearray(gzip.compress(data[half:], mtime=0))
    second[10] |= 0x06
    return gzip.compress(data[:half], mtime=0) + bytes(second)


def bad_streams(data):
    g = gzip.compress(data, mtime=0)
    return {
        "cut": (g[:len(g) * 2 // 3], "gzip data cut short at byte"),
        "corrupt": (corrupt_second_member(data), "gzip data corrupt at byte"),
        "crc": (g[:-8] + bytes([g[-8] ^ 0xFF]) + g[-7:], "gzip data corrupt at byte"),
    }


def readers(path, page, data, pdata, d):
    return {
        "summarize FILE": (["summarize", "-w", "40", path], None, path),
        "summarize DIR": (["summarize", "-w", "40", d], None, os.path.join(d, "b.txt.gz")),
        "summarize -": (["summarize", "-w", "40", "-"], data, "standard input"),
        "digest FILE": (["digest", "-f", "json", path], None, path),
        "segment FILE": (["segment", path], None, path),
        "segment -": (["segment", "-"], data, "standard input"),
        "segment --raw": (["segment", "--raw", path], None, path),
        "extract FILE": (["extract", page], None, page),
        "extract -": (["extract", "-"], pdata, "standard input"),
    }


def test_one_document_readers(write, tmp):
    for name, (data, words) in bad_streams(DOC).items():
        pdata = bad_streams(PAGE)[name][0]
        path = write(name + ".txt.gz", data)
        page = write(name + ".html.gz", pdata)
        d = os.path.join(tmp, "dir-" + name)
        os.mkdir(d)
        write("dir-%s/a.txt" % name, OTHER + " " + TEXT + "\n")
        write("dir-%s/b.txt.gz" % name, data)
        for r, (args, stdin, where) in readers(path, page, data, pdata, d).items():
            rc, out, err = run(args, stdin)
            said = [l for l in err.splitlines() if "gzip data" in l]
            check(rc == 1 and out.strip() and "bakery" in out.lower(),
                  "%s on %s: the part before used and written, exit 1: rc %d, out %r, err %r"
                  % (r, name, rc, out[:120], err[-300:]))
            check(len(said) == 1 and said[0].startswith("precis: %s: %s" % (where, words))
                  and "(member " in said[0] and "warning" not in said[0],
                  "%s on %s: an error naming the input, the byte and the member: %r"
                  % (r, name, said))
    # bytes after the last member lose nothing: a warning, exit 0
    g = gzip.compress(DOC, mtime=0) + b"this is not gzip\n"
    path = write("trailing.txt.gz", g)
    for args, stdin in ((["summarize", "-w", "40", path], None), (["summarize", "-"], g),
                        (["segment", "--raw", path], None)):
        rc, out, err = run(args, stdin)
        check(rc == 0 and out.strip() and "precis: warning: " in err
              and "followed by 17 bytes that are not gzip" in err,
              "%s on bytes after the last member: a warning, exit 0: %d %r" % (args[0], rc, err))


def test_eval(write):
    lines = [(json.dumps({"id": "e%d" % i, "summary": TEXT if i % 2 else OTHER}) + "\n").encode()
             for i in range(6)]
    refs = write("refs.jsonl", b"".join(lines))
    plain = run(["eval", "--name", "s", "--refs", refs, "--sys", refs])
    check(plain[0] == 0 and "ROUGE-L" in plain[1], "eval of whole files: %r" % (plain,))
    g = gzip.compress(b"".join(lines), mtime=0)
    crc = write("crc.jsonl.gz", g[:-8] + bytes([g[-8] ^ 0xFF]) + g[-7:])
    for args in (["--refs", crc, "--sys", refs], ["--refs", refs, "--sys", crc]):
        rc, out, err = run(["eval", "--name", "s"] + args)
        check(rc == 1 and out == plain[1] and ("precis: %s: gzip data corrupt at byte" % crc) in err
              and "warning: %s" % crc not in err,
              "eval, a wrong CRC (every line whole): the scores, an error, exit 1: %d %r"
              % (rc, err))
    # corrupt inside a line: that line is not read (as batch), the others scored
    half = len(lines[3]) // 2
    head = b"".join(lines[:3]) + lines[3][:half]
    second = bytearray(gzip.compress(lines[3][half:] + b"".join(lines[4:]), mtime=0))
    second[10] |= 0x06
    bad = write("corrupt.jsonl.gz", gzip.compress(head, mtime=0) + bytes(second))
    rc, out, err = run(["eval", "--refs", refs, "--sys", bad])
    check(rc == 1 and "ROUGE-L" in out and "invalid JSON" not in err
          and "3 of 6 reference ids have no summary" in err
          and ("precis: %s: gzip data corrupt at byte" % bad) in err,
          "eval, corrupt inside line 4: lines 1-3 scored, the 4th not read, exit 1: %d %r"
          % (rc, err))


def as_nobody():
    """The command prefix that runs the program as an unprivileged user when
    this test runs as root (root reads any file), or None."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"] if setpriv else None


def test_unreadable_file_in_a_directory(tmp):
    d = os.path.join(tmp, "docs")
    os.mkdir(d)
    os.chmod(tmp, 0o755)
    os.chmod(d, 0o755)
    for name, text in (("a.txt", TEXT), ("b.txt", OTHER)):
        with open(os.path.join(d, name), "w") as f:
            f.write(text + "\n")
        os.chmod(os.path.join(d, name), 0o644)
    locked = os.path.join(d, "c.txt")
    with open(locked, "w") as f:
        f.write("Nobody may read this.\n")
    os.chmod(locked, 0)
    who = as_nobody()
    if who is None or CHECKED:
        print("SKIP: no way to run as a user whom permissions bind (or under a checker)")
    else:
        for args in (["summarize", "-w", "40", d], ["segment", d]):
            p = subprocess.run(who + WRAPPER + [PRECIS] + args, capture_output=True)
            err = p.stderr.decode()
            check(p.returncode == 1 and b"bakery" in p.stdout.lower()
                  and ("precis: %s: skipped: Permission denied" % locked) in err
                  and "warning: %s" % locked not in err,
                  "%s DIR with an unreadable file: the others used, an error naming it, "
                  "exit 1: %d %r" % (args[0], p.returncode, err))
    # entries that are no document, and files that are not text: warnings, exit 0
    os.chmod(locked, 0o644)
    os.remove(locked)
    os.symlink(os.path.join(tmp, "nowhere"), os.path.join(d, "d.txt"))
    with open(os.path.join(d, "e.png"), "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + bytes(200))
    rc, out, err = run(["summarize", "-w", "40", d])
    check(rc == 0 and "bakery" in out.lower() and "precis: warning: %s/d.txt: skipped" % d in err
          and "precis: warning: %s/e.png: skipped: not text" % d in err,
          "a link to nothing and an image in a directory: warnings, exit 0: %d %r" % (rc, err))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        write = file_writer(tmp)
        test_one_document_readers(write, tmp)
        test_eval(write)
        test_unreadable_file_in_a_directory(tmp)
    done()


if __name__ == "__main__":
    main()
