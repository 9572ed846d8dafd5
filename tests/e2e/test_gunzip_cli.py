"""One gzip reader (session 40): every reader of the CLI gives the same answer
on the same bad gzip file, in the words of the library's precis_gunzip (the
byte where it stopped and the member), and a gzip input gives the output of
the plain one.

The readers: `summarize FILE` and `summarize -` (the library's readers),
`extract` and `segment --raw` (cli_gunzip over precis_gunzip), `batch FILE`,
`batch < stdin` and `cluster FILE` (lines.c, a stream), `eval` (whole files).
Until session 40 they differed: bytes after the last member were ignored in
silence by `batch FILE`, `eval`, `extract`, refused as "gzip data corrupt" by
`batch < stdin` and failed the file in `summarize`; a wrong CRC was
"incorrect data check" for `batch FILE`, "gzip data corrupt" for `batch <
stdin`, "read error" for `eval`, a failure for `summarize` and a warning for
`extract`; a file cut short was read in silence by `eval`.

usage: test_gunzip_cli.py PRECIS SOURCE_DIR DATA_DIR"""
import gzip
import json
import os
import re
import tempfile

from util import check, done, run

TEXT = ("The village bakery reopened on Saturday after a fire closed it in the spring. "
        "Neighbours queued from dawn for the first loaves of bread. "
        "The owner thanked the volunteers who rebuilt the two brick ovens.")
OTHER = ("Volunteers rebuilt the ovens of the village bakery over the summer, the owner said. "
         "The bakery had been closed since a fire in the spring. "
         "Its first loaves sold out within an hour of opening on Saturday.")
# a line every reader takes: JSON Lines for batch, cluster and eval, text for
# the others
LINE = (json.dumps({"id": "b1", "summary": TEXT, "text": TEXT, "documents": [TEXT, OTHER]})
        + "\n").encode()
GZ_WORDS = re.compile(r"gzip data [^\n|]*")


def bad_files():
    g = gzip.compress(LINE, mtime=0)
    crc = bytearray(g)
    crc[-8] ^= 0xFF  # the CRC-32 of the trailer
    half = len(LINE) // 2
    two = gzip.compress(LINE[:half], mtime=0) + gzip.compress(LINE[half:], mtime=0)
    return {
        "cut": g[:-4],  # inside the trailer: the text whole, the stream cut short
        "cut2": two[:-4],  # the same in a second member
        "trailing": g + b"this is not gzip\n",
        "crc": bytes(crc),
    }


def readers(path, data):
    return {
        "summarize FILE": (["summarize", path], None),
        "summarize -": (["summarize", "-"], data),
        "extract": (["extract", path], None),
        "segment --raw": (["segment", "--raw", path], None),
        "batch FILE": (["batch", path], None),
        "batch stdin": (["batch"], data),
        "cluster FILE": (["cluster", path], None),
        "eval": (["eval", "--refs", path, "--sys", path], None),
    }


def test_same_answer(tmp):
    for name, data in bad_files().items():
        path = os.path.join(tmp, name + ".gz")
        with open(path, "wb") as f:
            f.write(data)
        said = {}
        for r, (args, stdin) in readers(path, data).items():
            rc, out, err = run(args, stdin)
            words = GZ_WORDS.findall(err)
            said[r] = words[0] if words else None
            where = "standard input" if stdin else path
            # each message names the file (or standard input) and the byte
            check(words and where in err and re.search(r"at byte \d+ \((after )?member \d\b",
                                                       words[0]),
                  "%s on %s: the gzip message names the input, the byte and the member: %r"
                  % (r, name, err[-400:]))
            # what came out before the stop is read: the text's words are
            # there; a stream cut short or corrupt is an error after it, exit
            # 1, bytes after the last member a warning (session 43)
            if r in ("extract", "segment --raw", "summarize FILE", "summarize -"):
                check(rc == (0 if name == "trailing" else 1) and out.strip(),
                      "%s on %s: the text before the stop is read: rc %d %r" % (r, name, rc, out))
        check(len(set(said.values())) == 1,
              "every reader says the same of %s: %s" % (name, json.dumps(said, indent=1)))
        if name == "cut2":
            check("(member 2)" in (said["extract"] or ""),
                  "a cut in the second member is named so: %r" % said)
        if name == "trailing":
            check("followed by 17 bytes that are not gzip" in (said["batch FILE"] or ""),
                  "bytes after the last member are counted: %r" % said)


def test_exit_status(tmp):
    """Bytes that are not gzip after the last member lose nothing: every
    reader warns ("precis: warning: NAME: gzip data followed by ...;
    ignored") and exits as without them, 0, as gzip(1) only warns of
    "trailing garbage" (session 40; batch and cluster said "error reading"
    and exited 1).  A stream cut short may have lost lines or text: every
    reader uses the part before and fails the input, exit 1, the stop an
    error naming the input ("precis: NAME: gzip data cut short ...";
    batch and cluster name the line too); the readers of one document
    kept the part before with a warning and exited 0 until session 43."""
    files = bad_files()
    files["zeros"] = gzip.compress(LINE, mtime=0) + b"\0" * 512  # a padded tape block
    for name in ("trailing", "zeros", "cut"):
        path = os.path.join(tmp, name + "-rc.gz")
        with open(path, "wb") as f:
            f.write(files[name])
        for r, (args, stdin) in readers(path, files[name]).items():
            rc, out, err = run(args, stdin)
            where = "standard input" if stdin else path
            said = [l for l in err.splitlines() if "gzip data" in l]
            if name == "cut" and r in ("batch FILE", "batch stdin", "cluster FILE"):
                check(rc == 1, "%s on %s: a cut stream fails the input: rc %d" % (r, name, rc))
                continue
            if name == "cut":
                check(rc == 1 and said and out.strip()  # eval reads the file twice here
                      and all(l.startswith("precis: %s: gzip data cut short" % where)
                              for l in said),
                      "%s on %s: the part before used, an error naming the input, exit 1: "
                      "rc %d %r" % (r, name, rc, err[-300:]))
                continue
            check(rc == 0 and len(said) >= 1 and out.strip(),
                  "%s on %s: read whole, exit 0: rc %d %r" % (r, name, rc, err[-300:]))
            check(all(l.startswith("precis: warning: %s: gzip data" % where) for l in said),
                  "%s on %s: a warning naming the input: %r" % (r, name, said))


def test_stop_names_file_and_line(tmp):
    """batch and cluster name the input and the line where a gzip stream
    stopped, as every reader names the input ("precis: batch: FILE: line
    N: gzip data cut short ..."), N the line the stop fell in: the last
    one read when the cut is inside it (its part answered as an error),
    else the next.  batch said "error reading FILE after line N: ..."
    until session 41."""
    lines = b"".join((json.dumps({"id": "c%d" % i, "documents": [TEXT, OTHER]}) + "\n").encode()
                     for i in range(3))
    g = gzip.compress(lines, mtime=0)
    inside = gzip.compress(lines[:len(lines) - 20], mtime=0)[:-8]  # cut inside line 3
    for name, data, line in (("trailer", g[:-4], 4), ("inside", inside, 3)):
        path = os.path.join(tmp, name + "-stop.jsonl.gz")
        with open(path, "wb") as f:
            f.write(data)
        for cmd, args, stdin, where in (
                ("batch: ", ["batch", "-w", "30", path], None, path),
                ("batch: ", ["batch", "-w", "30"], data, "standard input"),
                ("", ["cluster", path], None, path)):
            rc, out, err = run(args, stdin)
            said = [l for l in err.splitlines() if "gzip data" in l]
            want = "precis: %s%s: line %d: gzip data cut short at byte " % (cmd, where, line)
            check(rc == 1 and len(said) == 1 and said[0].startswith(want)
                  and "error reading" not in err,
                  "%s on %s: %r names the input and line %d: %r" % (args[0], name, want, line,
                                                                      err[-400:]))
            if args[0] == "batch":
                check(out.count("\n") == 3 and out.count('"summary"') == line - 1,
                      "%s on %s: the lines before the stop answered: %r" % (args, name, out))


def test_same_output(tmp):
    # a gzip input (one member or two) gives the output of the plain one
    plain = os.path.join(tmp, "plain.jsonl")
    lines = [json.dumps({"id": "b%d" % i, "documents": [TEXT, OTHER]}) for i in range(3)]
    body = ("\n".join(lines) + "\n").encode()
    with open(plain, "wb") as f:
        f.write(body)
    gz = os.path.join(tmp, "two.jsonl.gz")
    with open(gz, "wb") as f:
        f.write(gzip.compress(body[:40]) + gzip.compress(body[40:]))
    want = run(["batch", "-w", "30", plain])
    check(want[0] == 0 and want[1].count("\n") == 3, "batch of the plain file: %r" % (want,))
    check(run(["batch", "-w", "30", gz]) == want, "batch FILE.gz gives the plain file's output")
    check(run(["batch", "-w", "30"], gzip.compress(body)) == want,
          "batch < gzip gives the plain file's output")
    # one cluster line on stdin: gzip inflated before the JSON is looked for
    # (it was read as text until session 40)
    want = run(["summarize", "-w", "30", "-"], lines[0] + "\n")
    check(want[0] == 0 and "bakery" in want[1], "summarize - of a cluster line: %r" % (want,))
    check(run(["summarize", "-w", "30", "-"], gzip.compress((lines[0] + "\n").encode())) == want,
          "summarize - of a gzip cluster line gives the plain line's output")
    joined = (TEXT + "\n|||||\n" + OTHER + "\n").encode()
    want = run(["summarize", "-w", "30", "-"], joined)
    check(want[0] == 0 and "bakery" in want[1], "summarize of the plain text: %r" % (want,))
    check(run(["summarize", "-w", "30", "-"], gzip.compress(joined)) == want,
          "summarize - of gzip gives the plain text's output")


def test_member_split_by_a_read(tmp):
    # lines.c reads 64 KiB at a time: a first member of 65,535 bytes (stored,
    # so its size is exact) leaves the next member's first byte alone at the
    # end of the first read; it is still a member, not bytes to ignore
    pad = 60000
    line = lambda i, n: (json.dumps({"id": "p%d" % i, "documents": [TEXT, OTHER + " " + "x" * n]})
                         + "\n").encode()
    while len(gzip.compress(line(0, pad), compresslevel=0, mtime=0)) < 65535:
        pad += 1
    first = gzip.compress(line(0, pad), compresslevel=0, mtime=0)
    check(len(first) == 65535, "a stored member of 65,535 bytes: %d" % len(first))
    path = os.path.join(tmp, "split.jsonl.gz")
    with open(path, "wb") as f:
        f.write(first + gzip.compress(line(1, 5), mtime=0))
    want = run(["batch", "-w", "20"], line(0, pad) + line(1, 5))
    got = run(["batch", "-w", "20", path])
    check(want[0] == 0 and got == want, "a member split by a read is read: %r" % (got[2][-300:],))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        test_same_answer(tmp)
        test_exit_status(tmp)
        test_stop_names_file_and_line(tmp)
        test_same_output(tmp)
        test_member_split_by_a_read(tmp)
    done()


if __name__ == "__main__":
    main()
