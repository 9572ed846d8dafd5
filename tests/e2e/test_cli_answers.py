"""Inputs and outputs a user met on a tour of every command (session 19):
each check is one case that answered wrongly before (a line lost, a binary
file read as lines, a file cut short read in silence, output that could not
be written reported as success, a name invented)."""
import gzip
import json
import os
import random
import subprocess
import select
import tempfile
import time

from util import PRECIS, SRC, check, done, file_writer, run

S = [
    "The storm destroyed forty fishing boats in the harbour overnight, officials said.",
    "Harbour officials said repairs to the damaged piers would take several months.",
    "Fishermen gathered on the quay on Tuesday morning to count their losses.",
    "The regional government promised emergency grants to the owners of the boats.",
]
TEXT = " ".join(S) + "\n"
HAS_FULL = os.path.exists("/dev/full")

with tempfile.TemporaryDirectory() as tmp:
    write = file_writer(tmp)

    # 1. cluster: a NUL byte inside a line is named by the JSON parser; the
    #    line after it is read (the reader once stopped the line at the NUL,
    #    lost its newline and glued the next line to it).
    arts = [{"id": "a", "text": S[0]}, {"id": "b", "text": S[1]}, {"id": "c", "text": S[2]}]
    lines = [json.dumps(a).encode() for a in arts]
    nul = write("nul.jsonl", lines[0] + b"\n\0\n" + lines[1][:-2] + b"\0 x\"}\n" + lines[2] + b"\n")
    rc, out, err = run(["cluster", "-a", nul])
    got = [json.loads(x) for x in out.splitlines()]
    ids = [x["id"] for x in got if "error" not in x]
    refused = [x["line"] for x in got if "error" in x]  # one line out per line in
    check(rc == 1 and ids == ["a", "c"] and refused == [2, 3] and "nul.jsonl:3:" in err and
          "0x0" in err,
          "cluster: a NUL byte fails its own line only: rc=%d ids=%r err=%r" % (rc, ids, err))

    # 2. batch and cluster skip a file that is not text, with a warning
    #    naming it, and read the others
    rng = random.Random(19)
    garbage = write("garbage.bin", bytes(rng.getrandbits(8) for _ in range(50_000)))
    good = write("good.jsonl", json.dumps({"id": 1, "documents": [TEXT]}) + "\n")
    rc, out, err = run(["batch", garbage, good])
    outl = out.splitlines()
    check(rc == 1 and len(outl) == 1 and json.loads(outl[0])["id"] == 1 and
          "garbage.bin: skipped: not text" in err and err.count("\n") <= 3,
          "batch skips a binary file: rc=%d lines=%d err=%r" % (rc, len(outl), err[:400]))
    feed = os.path.join(tmp, "feed")
    os.mkdir(feed)
    os.rename(garbage, os.path.join(feed, "a.bin"))
    with open(os.path.join(feed, "b.jsonl"), "wb") as f:
        f.write(b"\n".join(lines) + b"\n")
    rc, out, err = run(["cluster", "-a", feed])
    check(rc == 1 and len(out.splitlines()) == 3 and "a.bin: skipped: not text" in err,
          "cluster skips a binary file of a directory and reads the next: rc=%d out=%r err=%r"
          % (rc, out, err[:300]))

    # 3. a gzip file cut short: what came out of it is read, with a warning
    #    naming the file; batch and cluster say after which line
    many = b"".join(json.dumps({"id": i, "documents": [TEXT]}).encode() + b"\n"
                    for i in range(40))
    gz = gzip.compress(many)
    cut = write("cut.jsonl.gz", gz[:-6])  # the stream's end and its trailer missing
    rc, out, err = run(["batch", "-w", "20", cut])
    check(rc == 1 and len(out.splitlines()) >= 1 and "cut short" in err and "cut.jsonl.gz" in err,
          "batch reports a gzip file cut short: rc=%d err=%r" % (rc, err[-300:]))
    feedgz = write("feed.jsonl.gz", gzip.compress(b"\n".join(lines) + b"\n")[:-6])
    rc, out, err = run(["cluster", "-a", feedgz])
    check(rc == 1 and "cut short" in err, "cluster reports a gzip file cut short: %r" % err)
    doc = write("doc.txt.gz", gzip.compress((TEXT * 3).encode())[:-20])
    for cmd in ([], ["segment"], ["digest"]):
        rc, out, err = run(cmd + [doc])
        check("doc.txt.gz: gzip data cut short" in err,
              "%s warns of a gzip file cut short: rc=%d err=%r" % (cmd, rc, err))

    # 4. segment: nothing left (not text, empty) exits 1 and names the file
    empty = write("empty.txt", "")
    bad = write("bad.bin", bytes(rng.getrandbits(8) for _ in range(5000)))
    for path in (empty, bad):
        rc, out, err = run(["segment", path])
        check(rc == 1 and out == "" and os.path.basename(path) in err,
              "segment %s: exit 1, file named: rc=%d err=%r" % (path, rc, err))

    # 5. output that cannot be written: exit 3 and a message, every command
    text = write("a.txt", TEXT)
    sys_ = write("sys.jsonl", json.dumps({"id": 1, "summary": S[0]}) + "\n")
    refs = write("refs.jsonl", json.dumps({"id": 1, "summary": S[1]}) + "\n")
    if HAS_FULL:
        cmds = ([text], ["segment", text], ["segment", "--raw", text], ["batch", good],
                ["eval", "--refs", refs, "--sys", sys_])
        for cmd in cmds:
            with open("/dev/full", "wb") as full:
                p = subprocess.run([PRECIS] + cmd, stdout=full, stderr=subprocess.PIPE)
            check(p.returncode == 3 and b"error writing output" in p.stderr,
                  "%s > /dev/full: exit 3 and a message: rc=%d err=%r"
                  % (cmd[:2], p.returncode, p.stderr[-200:]))

    # 6. batch: a cluster with no documents, or none with text, is a failed
    #    line (an error line in its place); one of page furniture alone is not
    rows = ['{"id": 1, "documents": []}', '{"id": 2, "documents": ["", {"text": " \\n"}]}',
            json.dumps({"id": 3, "documents": [TEXT]})]
    rc, out, err = run(["batch"], stdin="\n".join(rows) + "\n")
    objs = [json.loads(x) for x in out.splitlines()]
    check(rc == 1 and len(objs) == 3 and objs[0] == {"id": 1, "error": "line 1: no documents"} and
          "no document has any text" in objs[1].get("error", "") and "summary" in objs[2],
          "batch fails clusters without text: rc=%d out=%r" % (rc, objs))

    # 7. eval scores a failed line as an empty summary (the average stays
    #    over every cluster) and says so
    sysf = write("sys2.jsonl", "\n".join(json.dumps(o) for o in objs) + "\n")
    reff = write("refs2.jsonl", "\n".join(json.dumps({"id": i, "summary": S[i]})
                                         for i in (1, 2, 3)) + "\n")
    rc, out, err = run(["eval", "-n", "1", "--refs", reff, "--sys", sysf])
    check(rc == 0 and "ROUGE-1" in out and "2 lines" in err and "empty summary" in err,
          "eval reads error lines as empty summaries: rc=%d out=%r err=%r" % (rc, out[:200], err))

    # 8. initials written before lower-case words ("U.S. officials") are no
    #    person's: "U.S. Secretary ... Smith" gives "Secretary" no given name
    docs = [
        "U.S. Secretary of State Anna Smith met U.S. officials in Geneva on Monday. "
        "U.S. Secretary Smith said talks would go on.",
        "Secretary of State Anna Smith arrived in Geneva for talks on the crisis, officials said. "
        "Secretary Smith held a press conference after the meeting.",
        "Anna Smith told reporters that the U.S. position had not changed. "
        "Smith will fly to Rome on Tuesday, the U.S. embassy said.",
    ]
    for i, d in enumerate(docs):
        write("n%d.txt" % i, d + "\n")
    names = os.path.join(tmp, "names")
    os.mkdir(names)
    for i in range(3):
        os.rename(os.path.join(tmp, "n%d.txt" % i), os.path.join(names, "n%d.txt" % i))
    rc, out, err = run(["-f", "json", "--sentences", "6", names])
    edits = [e for s in json.loads(out)["sentences"] for e in s.get("edits", [])] if rc == 0 else None
    check(rc == 0 and all(e["inserted"].strip() != "U.S." for e in edits),
          "no given name 'U.S.' is written before 'Secretary': rc=%d edits=%r" % (rc, edits))

    # 9. JSON stays UTF-8 whatever a file name's bytes: an invalid byte of
    #    a name is written U+FFFD (a raw 0xFF made the output unreadable)
    odd = os.path.join(tmp, "odd")
    os.mkdir(odd)
    with open(os.path.join(odd.encode(), b"bad\xffname.txt"), "wb") as f:
        f.write(TEXT.encode())
    for cmd in ([], ["digest"]):
        p = subprocess.run([PRECIS] + cmd + ["-f", "json", odd], capture_output=True)
        try:
            doc = json.loads(p.stdout.decode("utf-8"))
            name = (doc.get("documents") or doc.get("sources") or [{}])[0].get("name", "")
        except (UnicodeDecodeError, ValueError) as e:
            name = "unreadable: %s" % e
        check(p.returncode == 0 and name.endswith("bad\ufffdname.txt"),
              "%s -f json with a Latin-1 file name: %r" % (cmd, name))

    # 10. counts are checked alike everywhere: range and sign
    for args in (["digest", "--digest-items", "-1", text], ["digest", "--digest-items",
                 "99999999999999999999", text], ["cluster", "--max-open", "99999999999999999999",
                                                 nul]):
        rc, out, err = run(args)
        check(rc == 2 and args[1] in err, "%s %s refused: rc=%d err=%r" % (args[1], args[2], rc, err))

    # 12. batch says what the library did to a line's documents: a document
    #     cut at --max-document-bytes is named with its line (it was cut in
    #     silence)
    row = json.dumps({"id": 1, "documents": [TEXT * 30, TEXT]}) + "\n"
    rc, out, err = run(["batch", "--max-document-bytes", "1K"], stdin=row)
    check(rc == 0 and "summary" in out and "line 1: warning: document 1: document cut at 1024"
          in err, "batch warns of a cut document: rc=%d err=%r" % (rc, err))

    # 13. nothing to work on is said, with the input's name, and exits 1
    emptydir = os.path.join(tmp, "emptydir")
    os.mkdir(emptydir)
    nosys = write("nosys.jsonl", "")
    for args, what in ((["cluster", emptydir], "emptydir: directory has no readable files"),
                       ([empty], "empty.txt: the input holds no sentences: its text is empty "
                                 "or web page boilerplate"),
                       (["eval", "--refs", reff, "--sys", nosys], "nosys.jsonl holds no summary")):
        rc, out, err = run(args)
        check(rc == 1 and what in err, "%s: exit 1 and %r: rc=%d err=%r" % (args[0], what, rc, err))

    # 14. usage: `help COMMAND` is the command's help; two kinds of budget
    #     are refused (the last one won in silence); a resample count past
    #     10^6 is refused (10^11 ran out of memory, exit 1)
    rc, out, err = run(["help", "batch"])
    check(rc == 0 and out.startswith("usage: precis batch"), "help batch: %r" % out[:60])
    rc, out, err = run(["--bytes", "100", "--sentences", "1", text])
    check(rc == 2 and "one budget" in err, "two budgets refused: rc=%d err=%r" % (rc, err))
    rc, out, err = run(["eval", "-r", "99999999999", "--refs", refs, "--sys", sys_])
    check(rc == 2 and "-r" in err, "eval -r 10^11 refused: rc=%d err=%r" % (rc, err))

    # 15. joined documents on standard input are judged one by one: an image
    #     between two separators is skipped, named, and the others read
    joined = (TEXT * 20).encode() + b"|||||\n\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + \
        bytes(rng.getrandbits(8) for _ in range(2000)) + b"\n|||||\n" + \
        (TEXT.replace("storm", "gale").replace("forty", "thirty") * 20).encode()
    rc, out, err = run(["-f", "json", "-"], stdin=joined)
    names = [d["name"] for d in json.loads(out)["documents"]] if rc == 0 else None
    check(rc == 0 and names == ["standard input, document 1", "standard input, document 3"]
          and "standard input, document 2: skipped: not text (a PNG image)" in err,
          "a PNG among joined documents is skipped: rc=%d names=%r err=%r" % (rc, names, err))

# 16. standard input named twice is refused: a second read would be an
#     empty document (summarize, digest, segment) or no lines (batch)
for cmd in ([], ["digest"], ["segment"], ["batch"]):
    rc, out, err = run(cmd + ["-", "-"], stdin=TEXT)
    check(rc == 2 and out == "" and "more than once" in err,
          "%s - - refused: rc=%d err=%r" % (cmd or "summarize", rc, err))

# 17. a feed on standard input is read as it comes: `cluster -a -` answers
#     each article while the writer is still open (zlib's gzread waited to
#     fill 64 KB); a byte order mark opens a file or stdin without losing
#     its first line; gzip members one after another are one input
feed = "".join(json.dumps({"id": "f%d" % i, "date": "2031-03-0%d" % (i + 1),
                           "text": S[i % len(S)] + " " + S[(i + 3) % len(S)]}) + "\n"
               for i in range(4))
p = subprocess.Popen([PRECIS, "cluster", "-a", "-"], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
p.stdin.write(feed.encode())
p.stdin.flush()
got, t0 = b"", time.time()
while got.count(b"\n") < 4 and time.time() - t0 < 20:
    r, _, _ = select.select([p.stdout], [], [], 0.5)
    if r:
        got += os.read(p.stdout.fileno(), 65536)
check(got.count(b"\n") == 4 and p.poll() is None,
      "cluster -a answers a live feed before its end: %r" % got)
# ...a refused line is answered at once too (it came with the next article)
p.stdin.write(b"not json\n")
p.stdin.flush()
got, t0 = b"", time.time()
while b"\n" not in got and time.time() - t0 < 20:
    r, _, _ = select.select([p.stdout], [], [], 0.5)
    if r:
        got += os.read(p.stdout.fileno(), 65536)
check(b'"error"' in got and b'"line": 5' in got,
      "cluster -a answers a bad line of a live feed at once: %r" % got)
p.stdin.close()
p.wait(20)
bom = b"\xef\xbb\xbf" + feed.encode()
rc, out, err = run(["cluster", "-a", "-"], stdin=bom)
check(rc == 0 and len(out.splitlines()) == 4, "a BOM on stdin loses no line: %r" % err)
with tempfile.NamedTemporaryFile(suffix=".jsonl") as f:
    f.write(bom)
    f.flush()
    rc, out, err = run(["cluster", "-a", f.name])
    check(rc == 0 and len(out.splitlines()) == 4, "a BOM in a file loses no line: %r" % err)
twice = gzip.compress(feed.encode()) + gzip.compress(feed.replace('"f', '"g').encode())
rc, out, err = run(["cluster", "-a", "-"], stdin=twice)
check(rc == 0 and len(out.splitlines()) == 8, "two gzip members on stdin: %r %r" % (out, err))
rc, out, err = run(["cluster", "-a", "-"], stdin=gzip.compress(feed.encode())[:-12])
check(rc == 1 and "cut short" in err, "gzip cut short on stdin is named: %r" % err)

# 18. dates as feeds write them: a JSON number read as its digits would be
#     (20230612 was 1970-08-23), milliseconds, the month first, RSS zones
for d in ('20230612', '1686528000000', '1686528000.7', '"June 12, 2023"', '"2023/06/12"',
          '"Mon, 12 Jun 2023 04:00:00 EDT"', '"12 Jun 23 08:00 GMT"'):
    line = '{"id": "a", "date": %s, "text": "%s"}\n' % (d, S[0])
    rc, out, err = run(["cluster", "--no-text", "-"], stdin=line)
    first = json.loads(out)["first"][:10] if rc == 0 and out else None
    check(first == "2023-06-12" and "warning" not in err,
          "date %s is 2023-06-12: %r %r" % (d, first, err))

# 19. a --state where it cannot be written is refused before the feed is
#     read (the run went through and its state was lost at the end)
rc, out, err = run(["cluster", "--state", "/nonexistent-dir/s.bin", "-"], stdin=feed)
check(rc == 2 and out == "" and "cannot write in /nonexistent-dir" in err,
      "--state in a missing directory refused first: rc=%d %r" % (rc, err))

# 20. a JSON Lines cluster (a story line of `precis cluster`, a line of
#     batch input) is read as its documents by summarize and digest; it was
#     one document of JSON text, its strings printed as quotes; several
#     clusters are refused with the way to summarize them
story = {"id": "s1", "documents": [{"text": " ".join(S[:3]), "source": "One"},
                                   {"text": " ".join(S[3:6]), "source": "Two"}]}
with tempfile.NamedTemporaryFile("w", suffix=".jsonl") as f:
    f.write(json.dumps(story) + "\n")
    f.flush()
    for cmd in ([], ["digest"]):
        rc, out, err = run(cmd + ["-f", "json", f.name])
        d = json.loads(out) if rc == 0 else {}
        texts = [x["text"] for x in d.get("summary", d.get("sentences", []))]
        check(rc == 0 and texts and all(t in " ".join(S) for t in texts) and
              len(d.get("documents", [])) == 2,
              "%s of a JSON Lines cluster reads its documents: %r %r" % (cmd or "summarize",
                                                                      texts, err))
    rc, out, err = run(["digest", "-"], stdin=json.dumps(story) + "\n")
    check(rc == 0 and S[0] in out and '"text"' not in out, "a story line on stdin: %r" % err)
    rc, out, err = run(["digest", "-"], stdin=(json.dumps(story) + "\n") * 2)
    check(rc == 1 and out == "" and "precis batch" in err, "two clusters refused: %r" % err)

# 21. Markdown output escapes what Markdown reads as markup: article text
#     shows as written, and a page's <script> or *emphasis* is no markup
#     where the Markdown is rendered (it was passed through); the page is
#     on the storm (a page of another story, under half the other's words,
#     would weigh little: "Sentences of another story" in docs/methods.md)
marked = ("Officials said the <script>alert(1)</script> tag and the *win* claim that the "
          "storm destroyed forty fishing boats in the harbour overnight were false.")
for cmd in ([], ["digest"]):
    rc, out, err = run(cmd + ["-f", "markdown", "-"], stdin=marked + "\n|||||\n" + TEXT)
    check(rc == 0 and "\\<script\\>" in out and "\\*win\\*" in out and "<script>" not in out,
          "%s markdown escapes markup: %r" % (cmd or "summarize", out[:400]))

# 22. cluster reads standard input when no FILE is given (as batch does) and
#     several files as one feed in the order given (it printed its usage)
rc, out, err = run(["cluster", "-a"], stdin=feed)
check(rc == 0 and len(out.splitlines()) == 4, "cluster with no FILE reads stdin: %r" % err)
with tempfile.TemporaryDirectory() as d:
    for k, name in enumerate(("day1.jsonl", "day2.jsonl")):
        with open(os.path.join(d, name), "w") as f:
            f.write(feed.replace('"f', '"d%d-' % k))
    rc, out, err = run(["cluster", "-a", os.path.join(d, "day1.jsonl"), os.path.join(d, "day2.jsonl")])
    ids = [json.loads(l)["id"] for l in out.splitlines()] if rc == 0 else []
    check(len(ids) == 8 and ids[0].startswith("d0-") and ids[-1].startswith("d1-"),
          "cluster of two files reads them in order: %r %r" % (ids, err))

# 23. a story of articles without dates has no first and last date (it
#     showed 1970-01-01)
rc, out, err = run(["cluster", "--no-text", "-"],
                   stdin=json.dumps({"id": "u", "text": S[0] + " " + S[1]}) + "\n")
st = json.loads(out) if rc == 0 and out else {}
check(st.get("first", 0) is None and st.get("last", 0) is None,
      "an undated story's first and last are null: %r" % out[:200])

# 24. --no-text leaves the texts out: a document has no "text" (it had
#     "text": "", which reads as an empty article), and keeps its id
rc, out, err = run(["cluster", "--no-text", "-"],
                   stdin=json.dumps({"id": "nt", "source": "Wire", "text": S[0]}) + "\n")
docs = json.loads(out)["documents"] if rc == 0 and out else []
check(len(docs) == 1 and "text" not in docs[0] and docs[0].get("id") == "nt"
      and docs[0].get("source") == "Wire", "--no-text documents have no text: %r" % out[:300])

# 25. a page in a charset of its own that declares it is read in that
#     charset (Shift_JIS, windows-1251: it was "not text", most of its bytes
#     invalid UTF-8); the same bytes undeclared are refused with a hint
ja = "港北市で木曜日、老朽化した橋が崩落し、4人が死亡、11人がけがをした。" * 3
ru = "В Северогорске в среду обрушился пролёт старого моста через реку Сольву." * 3
with tempfile.TemporaryDirectory() as d:
    for name, cs, text in (("ja.html", "shift_jis", ja), ("ru.html", "windows-1251", ru)):
        page = ('<html><head><meta charset="%s"><title>x</title></head><body><article><p>%s'
                '</p></article></body></html>' % (cs, text)).encode(cs)
        path = os.path.join(d, name)
        with open(path, "wb") as f:
            f.write(page)
        rc, out, err = run(["extract", path])
        check(rc == 0 and text[:20] in out, "%s page read in its declared charset: %r %r"
              % (cs, out[:80], err[:200]))
    path = os.path.join(d, "ja.txt")
    with open(path, "wb") as f:
        f.write(ja.encode("shift_jis"))
    rc, out, err = run(["extract", path])
    check(rc != 0 and "looks like shift_jis" in err and "iconv -f shift_jis -t UTF-8" in err,
          "undeclared Shift_JIS text refused, naming its charset: %r" % err[:300])
    # the same pages without their declaration are read in the charset
    # uchardet finds (they were "not text", or windows-1252 mojibake); an
    # undeclared English page with a few curly quotes stays windows-1252
    # (uchardet alone called one "MAC-CENTRALEUROPE")
    gr = "Το πλοίο έφτασε στο λιμάνι του Πειραιά με καθυστέρηση τεσσάρων ωρών. " * 2
    en = ("The council\u2019s report \u2014 published last week \u2014 praised the repairs, "
          "and the mayor\u2019s office called it \u201ca good day\u201d for the town\u2019s "
          "caf\u00e9 owners and their r\u00e9sum\u00e9s.")
    for name, cs, text in (("ja2.html", "shift_jis", ja), ("ru2.html", "koi8-r", ru),
                           ("el2.html", "iso-8859-7", gr), ("en2.html", "windows-1252", en)):
        page = ('<html><head><title>x</title></head><body><article><p>%s</p></article>'
                '</body></html>' % text).encode(cs)
        path = os.path.join(d, name)
        with open(path, "wb") as f:
            f.write(page)
        rc, out, err = run(["extract", path])
        check(rc == 0 and text[:40] in out, "undeclared %s page read as %s: %r %r"
              % (name, cs, out[:80], err[:200]))

# 26. an HTML summary has one "Summary" heading (it had an <h1> and an <h2>),
#     and a sentence not in English says its language
rc, out, err = run(["-f", "html", "-w", "60", os.path.join(SRC, "examples", "ja-typhoon")])
check(rc == 0 and out.count(">Summary</h") == 1 and '<p lang="ja">' in out,
      "HTML summary: one heading, lang on its sentences: %r" % out[-600:])

# 27. a budget no sentence fits gives the shortest sentence that can open a
#     summary, not the shortest of all ("It was broken." refers back) nor a
#     question
with tempfile.TemporaryDirectory() as d:
    for name, text in (("a.txt", "The council closed the old bridge on Monday after engineers "
                        "found cracks in its steel supports. It was broken. Would it ever open "
                        "again? The mayor said repairs would take a year."),
                       ("b.txt", "Engineers found cracks in the steel supports of the old bridge, "
                        "and the council closed it on Monday. It was broken. Repairs will take "
                        "a year, the mayor said.")):
        with open(os.path.join(d, name), "w") as f:
            f.write(text + "\n")
    rc, out, err = run(["-w", "2", d])
    check(rc == 0 and len(out.splitlines()) == 1 and not out.startswith("It ")
          and "?" not in out and "exceeded" in err, "tiny budget: an opener: %r %r" % (out, err))

# 11. the README's examples print what the program prints
with open(os.path.join(SRC, "README.md"), encoding="utf-8") as f:
    readme = f.read()
block = readme.split("(`precis --sentences 2 examples/NAME`):", 1)[1].split("```", 2)[1]
shown, name = {}, None
for line in block.strip("\n").splitlines():
    if line[:1].strip():
        name, text_ = line.split(None, 1)
        shown[name] = [text_]
    elif name:
        shown[name].append(line.strip())
for name, lines in shown.items():
    rc, out, err = run(["--sentences", "2", os.path.join(SRC, "examples", name)])
    check(rc == 0 and out.splitlines() == lines,
          "README example %s: %r, the program prints %r" % (name, lines, out.splitlines()))

# 27. a digest page of Hebrew or Arabic text reads right to left: the
#     summary's paragraphs say dir="rtl", quotes and timeline text
#     dir="auto", titles are isolated (<bdi>); empty sections say so, as
#     Markdown does (an empty <ol> and a table of headers only); a day
#     without its year is written for a reader ("3 March, no year"), its
#     JSON keeps ISO 8601's "--03-03"
he = ("שריפה גדולה פרצה ביער ליד העיר ביום שלישי בבוקר, ומאות תושבים פונו מבתיהם. "
      "כבאים עבדו כל הלילה כדי לעצור את האש לפני שתגיע לשכונות הסמוכות.\n")
rc, out, err = run(["digest", "-f", "html", "-"], stdin=he)
check(rc == 0 and 'lang="he" dir="rtl"' in out and "<p>No dated events.</p>" in out
      and "<p>No named people, organizations or places.</p>" in out
      and '<ol class="timeline">' not in out and "<table>" not in out,
      "a Hebrew digest page: rtl paragraphs and empty sections said: %r" % out[-600:])
wire = ("Ferry capsizes off Isla Brava\n\nISLA BRAVA, Spain, March 3 (Reuters) - A passenger ferry "
        "capsized in rough seas off Isla Brava on Sunday, killing at least 17 people, officials "
        "said.\n")
rc, out, err = run(["digest", "-"], stdin=wire)
check(rc == 0 and "**Reuters**" in out and "(3 March, no year)" in out,
      "a dateline with its country credits the agency; a day without its year read: %r"
      % out[out.find("## Sources"):][:200])
rc, out, err = run(["digest", "-f", "json", "-"], stdin=wire)
src = json.loads(out).get("documents", [{}]) if rc == 0 else [{}]
check(src and src[0].get("date") == "--03-03", "its JSON keeps --03-03: %r" % src[:1])

# 28. a page of another story among the reports is left out of the summary,
#     and the reader is told which one: a warning naming the file, the JSON
#     document's "another_story", the Markdown source list, and batch's
#     line warning naming the document by its index (session 36)
FLOOD = [
    "Floodwater from the swollen Marren river covered the lower streets of Halden on Tuesday. "
    "Rescue crews in boats carried forty residents from flooded homes near the river bank. "
    "The mayor of Halden said the river had not risen so high since the great flood of 1962. "
    "Schools in the lower town stayed closed while the floodwater drained away slowly.",
    "The Marren river burst its banks at Halden after three days of heavy rain, officials said. "
    "Rescue crews evacuated residents from the flooded streets by boat on Tuesday morning. "
    "The mayor said the flood was the worst the town had seen since 1962 and asked for help. "
    "Army trucks brought sandbags to the river bank to protect the old bridge of Halden.",
    "Heavy rain sent the Marren river over its banks in Halden, flooding hundreds of homes. "
    "Boats of the rescue crews took residents to a school on the hill above the flooded town. "
    "The mayor of Halden thanked the army for the sandbags that saved the old bridge. "
    "Forecasters expect more rain on Thursday, and the river may rise again, officials said.",
]
BAKER = (
    "A baker from Lusk won the national prize for sourdough loaves at a fair in Cardale. "
    "Judges praised the crisp crust and the tangy crumb of her entry among sixty competitors. "
    "Her grandmother taught her the recipe when she was nine years old, the winner told judges. "
    "Next spring she plans to open a second shop selling pastries and rye cakes in Cardale.")
with tempfile.TemporaryDirectory() as tmp:
    write = file_writer(tmp)
    files = [write("a.txt", FLOOD[0]), write("b.txt", FLOOD[1]), write("bakery.txt", BAKER),
             write("c.txt", FLOOD[2])]
    rc, out, err = run(["-w", "250", "-f", "json"] + files)
    docs = json.loads(out)["documents"] if rc == 0 else []
    aside = [d["index"] for d in docs if d.get("another_story")]
    check(rc == 0 and aside == [2] and "bakery.txt: has few words in common" in err
          and "sourdough" not in out and err.count("warning") == 1,
          "another story: rc=%d aside=%r err=%r" % (rc, aside, err))
    rc, out, err = run(["-w", "250", "-f", "markdown"] + files)
    listed = [l for l in out.splitlines() if "another story" in l]
    check(rc == 0 and len(listed) == 1 and listed[0].startswith("3. "),
          "another story in the Markdown sources: %r" % listed)
    rc, out, err = run(["digest", "--digest-all", "-f", "json"] + files)
    docs = json.loads(out)["documents"] if rc == 0 else []
    check([d["index"] for d in docs if d.get("another_story")] == [2],
          "the digest's documents say it too: %r" % docs)
    rc, out, err = run(["-w", "250", "-m", "lead", "-f", "json"] + files)
    check(rc == 0 and "another_story" not in out and "another story" not in err,
          "lead leaves nothing out and says nothing: %r" % err)
    line = json.dumps({"id": "x", "documents": FLOOD[:2] + [BAKER, FLOOD[2]]}) + "\n"
    rc, out, err = run(["batch", "-w", "250"], stdin=line + line.replace('"x"', '"y"'))
    check(rc == 0 and len(out.splitlines()) == 2 and
          "line 1: warning: documents[2]: has few words" in err and
          "line 2: warning: documents[2]: has few words" in err,
          "batch names the document left out: rc=%d err=%r" % (rc, err))
    # a near copy counts: the page is documents[3] of the line, though the
    # cluster, the copy dropped, holds it as its third document
    line = json.dumps({"id": "x", "documents": FLOOD[:1] + FLOOD[:2] + [BAKER, FLOOD[2]]})
    rc, out, err = run(["batch", "-w", "250"], stdin=line + "\n")
    check(rc == 0 and "line 1: warning: documents[3]: has few words" in err
          and err.count("has few words") == 1,
          "batch names the line's index past a near copy: rc=%d err=%r" % (rc, err))
done()
