#!/usr/bin/env python3
"""Bad input as a user meets it (session 33's audit, bench/RESULTS.md):
each case below failed before its fix.

- JSON Lines whose lines end in a CR alone (classic Mac OS text, some
  exporters): `batch`, `cluster` and `eval` read every line, not one line
  that fails as a whole;
- `cluster --state` naming something that is not a regular file (a
  device, a FIFO): refused at once, never read for ever nor replaced;
- `cluster DIR` holding a dangling link or a FIFO: a warning names each,
  as `precis DIR` gives (they were skipped in silence);
- output that cannot be written (/dev/full) for --help, --version and the
  lists too: a message and exit status 3, not silence and 0;
- standard input that holds nothing is named "standard input", as in every
  other message;
- a long run of text in a script precis has no profile for (language
  "und") beside English articles: the English summary is what it is
  without it, not one fallback sentence;
- an access log that cannot be written: the server says so on stderr, once;
- POST /v1/articles with JSON Lines ending in CR alone: every article is
  stored (it was a 400 for the whole body).

usage: test_robust_inputs.py PRECIS SOURCE_DIR DATA_DIR"""
import json
import os
import subprocess
import tempfile
import time
import urllib.error
import urllib.request

from util import PRECIS, check, done, file_writer, run

GOOD = [
    "The river council approved the new flood plan on Tuesday after a long debate. "
    "The chair said the plan would fund two new dikes and a pumping station. "
    "Farmers argued that the fields north of the town would flood more often. "
    "The vote was seven to two, with two members absent.",
    "Officials in the valley confirmed the flood plan vote late on Tuesday. "
    "Two dikes and a pumping station will be built under the plan, the chair said. "
    "Farmers warned about the northern fields. "
    "Seven members voted in favour and two against.",
]


def clusters():
    return [{"id": "c%d" % i, "documents": GOOD[i:] + GOOD[:i]} for i in range(3)]


def test_cr_lines(write):
    lf = "".join(json.dumps(c) + "\n" for c in clusters())
    want_rc, want, _ = run(["batch", "-w", "40"], stdin=lf)
    check(want_rc == 0 and len(want.splitlines()) == 3, "batch reads LF lines: %r" % want[:200])
    for name, data in (("cr.jsonl", lf.replace("\n", "\r")),
                       ("cr-no-final.jsonl", lf.replace("\n", "\r")[:-1]),
                       ("crlf.jsonl", lf.replace("\n", "\r\n"))):
        path = write(name, data)
        rc, out, err = run(["batch", "-w", "40", path])
        check(rc == 0 and out == want, "%s: batch gives the LF file's lines: rc %d %r %s"
              % (name, rc, out[:200], err[-300:]))
    rc, out, err = run(["batch", "-w", "40", "-"], stdin=lf.replace("\n", "\r"))
    check(rc == 0 and out == want, "CR lines on stdin: rc %d %s" % (rc, err[-300:]))
    # a bad line among CR lines is named by its number, the others are read
    bad = json.dumps(clusters()[0]) + '\r{"id": "b", "documents": \r' + json.dumps(clusters()[1])
    rc, out, err = run(["batch", "-w", "40", write("crbad.jsonl", bad)])
    rows = [json.loads(x) for x in out.splitlines()]
    check(rc == 1 and [r.get("id") for r in rows] == ["c0", "b", "c1"]
          and rows[1]["error"].startswith("line 2:") and "summary" in rows[2],
          "CR lines: the bad line 2 fails alone: %r" % rows)
    # eval's readers too
    refs = "".join(json.dumps({"id": "c%d" % i, "summary": GOOD[i % 2].split(". ")[0]}) + "\n"
                   for i in range(3))
    summ = "".join(json.dumps({"id": json.loads(x)["id"], "summary": json.loads(x)["summary"]})
                   + "\n" for x in want.splitlines())
    rc0, e0, _ = run(["eval", "--refs", write("refs.jsonl", refs), "--sys", write("s.jsonl", summ)])
    rc, e1, err = run(["eval", "--refs", write("refs-cr.jsonl", refs.replace("\n", "\r")),
                       "--sys", write("s-cr.jsonl", summ.replace("\n", "\r")), "--name", "s"])
    check(rc0 == rc == 0 and e0 == e1 and "ROUGE-L" in e0, "eval reads CR lines: %s" % err)
    # the feed reader is the same
    feed = "".join(json.dumps({"id": "a%d" % i, "text": GOOD[i % 2]}) + "\r" for i in range(4))
    rc, out, err = run(["cluster", "-a", write("feed.jsonl", feed)])
    ids = [json.loads(x)["id"] for x in out.splitlines()]
    check(rc == 0 and ids == ["a0", "a1", "a2", "a3"], "cluster -a reads CR lines: %r %s"
          % (ids, err[-300:]))


def test_state_not_regular(tmp):
    fifo = os.path.join(tmp, "state.fifo")
    os.mkfifo(fifo)
    # a writer holds the FIFO open: without the check, the load waits for
    # bytes that never come
    hold = os.open(fifo, os.O_RDWR | os.O_NONBLOCK)
    try:
        t = time.time()
        try:
            rc, out, err = run(["cluster", "--state", fifo, "/dev/null"], timeout=20)
        except subprocess.TimeoutExpired:
            rc, err = None, "timed out"
        check(rc == 2 and "not a regular file" in err and fifo in err and time.time() - t < 15,
              "--state FIFO refused: rc %r %r" % (rc, err[-300:]))
    finally:
        os.close(hold)
    check(os.path.exists(fifo) and not os.path.isfile(fifo), "the FIFO is left as it was")
    rc, out, err = run(["cluster", "--state", tmp, "/dev/null"])
    check(rc == 2 and "not a regular file" in err, "--state DIR refused: %r" % err[-300:])


def test_cluster_dir_skips_said(tmp):
    d = os.path.join(tmp, "feed")
    os.mkdir(d)
    with open(os.path.join(d, "a.jsonl"), "w") as f:
        f.write(json.dumps({"id": "a", "text": GOOD[0]}) + "\n")
    os.symlink(os.path.join(tmp, "nowhere"), os.path.join(d, "b.jsonl"))
    os.mkfifo(os.path.join(d, "c.jsonl"))
    os.mkdir(os.path.join(d, "sub"))
    rc, out, err = run(["cluster", "-a", d], timeout=60)
    check(rc == 0 and [json.loads(x)["id"] for x in out.splitlines()] == ["a"]
          and "b.jsonl: skipped: No such file" in err
          and "c.jsonl: skipped: not a regular file" in err and "sub" not in err,
          "cluster DIR says what it skips, as precis DIR does: rc %d %r" % (rc, err))


def test_output_full():
    if not os.path.exists("/dev/full"):
        print("SKIP: no /dev/full")
        return
    for args in (["--help"], ["--version"], ["--list-methods"], ["--list-languages"],
                 ["batch", "--help"], ["eval", "-h"], ["serve", "--help"]):
        with open("/dev/full", "w") as full:
            p = subprocess.run([PRECIS] + args, stdout=full, stderr=subprocess.PIPE, timeout=60)
        err = p.stderr.decode("utf-8", "replace")
        check(p.returncode != 0 and "error writing output" in err,
              "%s > /dev/full: rc %d %r" % (" ".join(args), p.returncode, err[-200:]))
    p = subprocess.run([PRECIS, "--help"], stdout=subprocess.PIPE, timeout=60)
    check(p.returncode == 0 and p.stdout.startswith(b"usage:"), "--help to a pipe still works")


def test_stdin_named():
    rc, out, err = run(["-"], stdin="")
    check(rc == 1 and "precis: standard input: " in err and "precis: -:" not in err,
          "empty stdin named 'standard input': %r" % err)
    for cmd in ([], ["segment"]):
        rc, out, err = run(cmd + ["--max-cluster-bytes", "500", "-"], stdin="\n\n".join(GOOD * 2))
        check(rc == 0 and "warning: standard input cut at 500 bytes" in err and " -: " not in err,
              "%s: stdin cut, named once: %r" % (cmd, err))


def test_unknown_script_run(write):
    a, b = write("a.txt", GOOD[0] + "\n"), write("b.txt", GOOD[1] + "\n")
    # one line of Thai words (no profile: "und"), 80 % of the cluster's bytes
    run_ = write("thai.txt", ("ภาษาไทยเป็นภาษาที่มีระดับเสียงของคำ " * 40).strip() + "\n")
    rc0, alone, _ = run(["-w", "100", a, b])
    rc, out, err = run(["-w", "100", a, run_, b])
    # Since session 35 a space between Thai clauses ends a sentence, so the
    # run is forty copies of one Thai sentence, of which a mixed cluster (no
    # language at 80 %) may take one: every English sentence stays
    # choosable and chosen, in its order, beside at most one Thai sentence
    english = [x for x in out.splitlines() if "ภาษา" not in x]
    check(rc == rc0 == 0 and english == alone.splitlines() and len(alone.splitlines()) > 2 and
          len(out.splitlines()) - len(english) <= 1,
          "an und run leaves the English summary as it is: %r vs %r" % (out, alone))


def test_serve():
    if not os.path.exists("/dev/full"):
        return
    rc, out, _ = run(["serve", "--help"])
    if rc != 0:
        print("SKIP: no server in this build")
        return
    p = subprocess.Popen([PRECIS, "serve", "--listen", "127.0.0.1:0", "--db", ":memory:",
                          "--access-log", "/dev/full"], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    try:
        line = p.stdout.readline().decode()
        port = int(line.split("http://127.0.0.1:")[1].split("/")[0])
        for _ in range(3):
            with urllib.request.urlopen("http://127.0.0.1:%d/healthz" % port, timeout=10) as r:
                check(r.status == 200, "the server answers with its log on /dev/full")
        # JSON Lines whose lines end in a CR alone, as batch reads them
        body = "".join(json.dumps({"id": "cr%d" % i, "text": GOOD[i % 2]}) + "\r"
                       for i in range(3))
        req = urllib.request.Request("http://127.0.0.1:%d/v1/articles" % port, body.encode(),
                                     {"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                got = (r.status, json.loads(r.read()))
        except urllib.error.HTTPError as e:
            got = (e.code, e.read())
        check(got[0] == 201 and got[1].get("stored") == 3,
              "POST /v1/articles reads CR lines: %r" % (got,))
    finally:
        p.terminate()
        _, err = p.communicate(timeout=30)
    err = err.decode("utf-8", "replace")
    check(err.count("--access-log: cannot write") == 1 and "No space left" in err,
          "a log that cannot be written is said once: %r" % err)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        write = file_writer(tmp)
        test_cr_lines(write)
        test_state_not_regular(tmp)
        test_cluster_dir_skips_said(tmp)
        test_output_full()
        test_stdin_named()
        test_unknown_script_run(write)
        test_serve()
    done()


if __name__ == "__main__":
    main()
