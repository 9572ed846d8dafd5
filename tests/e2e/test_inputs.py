"""Every input path with broken input: directories holding things that are
not documents, encodings, NUL bytes, JSON Lines faults and the limits.  Each
fault is named (file, line, byte) and the good part is still summarized."""
import json
import os
import socket
import tempfile

from util import check, done, run

S1 = "The storm destroyed forty fishing boats in the harbour overnight, officials said.\n"
S2 = "Harbour officials said repairs to the damaged piers would take several months.\n"

with tempfile.TemporaryDirectory() as tmp:
    d = os.path.join(tmp, "docs")
    os.mkdir(d)
    open(os.path.join(d, "a.txt"), "w").write(S1)
    open(os.path.join(d, "b.txt"), "w").write(S2)
    os.symlink("loop2", os.path.join(d, "loop1"))
    os.symlink("loop1", os.path.join(d, "loop2"))
    os.symlink("nowhere", os.path.join(d, "dangling"))
    os.mkfifo(os.path.join(d, "fifo"))
    os.mkdir(os.path.join(d, "subdir"))
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(os.path.join(d, "sock"))
    locked = os.path.join(d, "locked.txt")
    open(locked, "w").write(S1)
    os.chmod(locked, 0)
    rc, out, err = run(["-w", "100", d])
    check(rc == 0 and "forty fishing boats" in out and "repairs" in out,
          "directory: good files summarized despite junk entries")
    for name in ("loop1", "loop2", "dangling", "fifo", "sock"):
        check(("%s: skipped" % name) in err, "directory: %s named in a warning: %s" % (name, err))
    check("subdir" not in err, "directory: subdirectories silently not descended")
    if os.geteuid() != 0:  # root reads anything
        check("locked.txt: skipped" in err, "directory: unreadable file named")
    sock.close()

    # encodings
    u16 = os.path.join(tmp, "u16.txt")
    for enc, bom in (("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b"")):
        open(u16, "wb").write(bom + (S1 + S2).encode(enc))
        rc, out, err = run(["segment", u16])
        check(rc == 0 and out.splitlines() == [S1.strip(), S2.strip()],
              "UTF-16 %s (bom %r) converted: %r %r" % (enc, bom, out, err))
    bad = os.path.join(tmp, "bad.txt")
    open(bad, "wb").write(S1.encode() + b"Over \xc0\xaf long \xe0\x80\xaf and \xed\xa0\x80 here.\n")
    rc, out, err = run(["segment", bad])
    check(rc == 0 and "bad.txt" in err and "line 2" in err and "byte %d" % (len(S1) + 5) in err,
          "overlong/surrogate: warning names file, line, byte: " + err)
    check(out.count("\ufffd") == 8, "each invalid byte replaced by U+FFFD")
    nul = os.path.join(tmp, "nul.txt")
    open(nul, "wb").write(b"\x00" * 10 + S1.encode().replace(b" ", b"\x00") + b"\x00\x00")
    rc, out, err = run(["segment", nul])
    check(rc == 0 and out.strip() == S1.strip(), "NUL bytes are white space: %r" % out)
    junk = os.path.join(tmp, "junk.bin")
    open(junk, "wb").write(bytes(range(256)) * 64)
    rc, out, err = run([junk, os.path.join(d, "a.txt")])
    check(rc == 0 and "forty" in out and "junk.bin" in err, "binary junk: warned, rest kept")

    # limits
    rc, out, err = run(["-w", "100", "--max-documents", "1", d])
    check(rc == 1 and "forty fishing boats" in out and "b.txt" in err and "max_documents" in err,
          "max documents: refused file named, first still summarized: " + err)
    rc, out, err = run(["-w", "100", "--max-cluster-bytes", "100", d])
    check(rc == 1 and "forty" in out and "max_cluster_bytes" in err, "max cluster bytes: " + err)
    rc, out, err = run(["-w", "100", "--max-cluster-bytes", "100", "-"], S1 + "|||||\n" + S2)
    check(rc == 0 and "standard input cut at 100 bytes" in err, "stdin cut at the cluster limit")
    big = os.path.join(tmp, "big.txt")
    open(big, "w").write((S1 + S2) * 1000)
    rc, out, err = run(["-w", "100", "--max-cluster-memory", "64K", os.path.join(d, "a.txt"), big])
    check(rc == 1 and "forty" in out and "big.txt" in err and "max_cluster_memory" in err,
          "memory limit: clear error naming the file, first file kept: " + err)
    rc, out, err = run(["--max-document-bytes", "40", os.path.join(d, "a.txt")])
    check("cut at 40 bytes" in err, "document cut: warning: " + err)
    rc, out, err = run(["--max-documents", "x", d])
    check(rc == 2 and "--max-documents" in err, "bad limit value: usage error")

# JSON Lines faults
good = json.dumps({"id": "g", "documents": [S1, S2]})
lines = [good,
         '{"id": "long", "documents": ["' + "x" * 5000 + '"]}',
         '{"id": 3, "documents": [1, 2]}',
         '{"id": 4}',
         '[1, 2, 3]',
         '{"id": 6, "documents": ["ok"], "id": 7}',
         '\x00\x01binary',
         good.replace('"g"', '"h"'),
         '{"id": "trunc", "documents": ["The storm destr']
rc, out, err = run(["batch", "--max-line-bytes", "1000"], "\n".join(lines))
ids = [json.loads(l)["id"] for l in out.splitlines()]
# (a line cut short names its id all the same: it opens {"id": "trunc", ...;
# so does a line over --max-line-bytes since session 39: {"id": "long", ...)
check(ids == ["g", "long", 3, 4, None, 7, None, "h", "trunc"],
      "batch: one line out per line in, in order: %r" % ids)
check("line 2 (byte %d)" % (len(good) + 1) in err and "max-line-bytes" in err,
      "batch: long line named with its byte offset: " + err)
for n in (3, 4, 5, 6, 7, 9):
    check("line %d:" % n in err, "batch: bad line %d named" % n)
# said as the readers of one document and the server say it (s44-readers;
# "invalid JSON at byte 46 (column 46): premature end of input" before)
check("line 9: JSON cut short at byte 46" in err,
      "batch: truncated last line: parse error with byte: " + err)
check(rc == 1 and "7 of 9 lines failed" in err, "batch: exit 1 and a count: " + err)
# a document given as text and as HTML: the text is read, and a warning says so
both = json.dumps({"id": "b", "documents": [{"text": S1, "html": "<p>Other words.</p>"}, S2]})
rc, out, err = run(["batch"], both + "\n")
check(rc == 0 and 'document 1: both "text" and "html": the "text" is read' in err
      and "Other words" not in out, "batch: text and html both: a warning: " + err)
done()
