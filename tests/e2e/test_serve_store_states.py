"""precis serve on a store it cannot use: it refuses to start, exit 1, and
says what to do as well as what failed (session 39, bad input second
round).  SQLite's message alone said "attempt to write a readonly
database" for a file that is writable in a directory that is not (the
store keeps FILE-wal and FILE-shm beside it), "database is locked", or
"database disk image is malformed".  Now:
- a store file not writable: "FILE is not writable by this user"; the
  FILE-shm that SQLite then made read-only like it (the file made writable,
  it still failed): "FILE-shm is not writable by this user (...): make it
  writable";
- its directory not writable: "its directory DIR is not writable ...";
- locked by another program (an sqlite3 shell inside a transaction): "another
  program holds it locked ...: end it and start again";
- damaged pages: "the file is damaged: restore a backup ..., or keep what can
  be read: sqlite3 FILE .recover | sqlite3 NEW.db".
And a running server whose store another program locks answers an article
503 store_failed, stores nothing of it, and stores the next one once the
lock is gone (nothing acknowledged is lost: each 201 is there after a
restart)."""
import os
import shutil
import sqlite3
import tempfile

from util import check, done
from serve_util import skip_without_server, Server

skip_without_server()

H = {"Content-Type": "application/json"}
TEXT = ("The harbour bridge in Vell was closed on Monday after a crack was found in one of "
        "its main cables, the city said. Engineers will inspect the cables. Report %d.")
ROOT = os.geteuid() == 0


def as_user():
    """Permissions do not bind root: the server runs as nobody then."""
    if ROOT:
        os.setgid(65534)
        os.setuid(65534)


def article(i):
    return {"id": "a%d" % i, "text": TEXT % i * 5, "date": "2031-06-02"}


def fresh(n):
    d = tempfile.mkdtemp(prefix="precis-states-")
    os.chmod(d, 0o777)
    db = os.path.join(d, "store.db")
    s = Server(db=db, preexec=as_user)
    for i in range(n):
        st, _ = s.json("POST", "/v1/articles", article(i), H)
        check(st == 201, "article %d stored: %s" % (i, st))
    rc, err = s.stop()
    check(rc == 0, "stopped cleanly: %s" % err[-200:])
    return d, db


def refused(db, want, what):
    try:
        s = Server(db=db, preexec=as_user)
    except RuntimeError as e:
        msg = str(e)
        check("cannot open the store" in msg or "cannot replay" in msg,
              "%s: refused at start: %s" % (what, msg[-300:]))
        check(want in msg, "%s: says what to do (%r): %s" % (what, want, msg[-400:]))
        return
    s.stop()
    check(False, "%s: the server started" % what)


d, db = fresh(3)
os.chmod(db, 0o444)
refused(db, "%s is not writable by this user" % db, "a read-only store file")
os.chmod(db, 0o644)
# SQLite made the index of the write-ahead log with the file's mode, read
# only: the file made writable, the store still cannot be opened
left = [db + end for end in ("-wal", "-shm")
        if os.path.exists(db + end) and not os.stat(db + end).st_mode & 0o200]
check(left, "a read-only store leaves a read-only -shm or -wal: %r" % os.listdir(d))
if left:
    refused(db, "is not writable by this user (left by a program run as another user, or "
            "made while the file was read-only): make it writable",
            "a read-only -shm left beside the store")
for end in ("-wal", "-shm"):  # no program has the store open, and the log is empty
    if os.path.exists(db + end):
        check(end == "-shm" or os.path.getsize(db + end) == 0, "the log is empty")
        os.remove(db + end)
os.chmod(d, 0o555)
refused(db, "its directory %s is not writable by this user (the store keeps %s-wal" % (d, db),
        "a read-only directory")
os.chmod(d, 0o777)

# locked by another program, at start and while running
lock = sqlite3.connect(db, timeout=1, isolation_level=None)
lock.execute("BEGIN EXCLUSIVE")
refused(db, "another program holds it locked", "a store locked by another program")
lock.execute("COMMIT")
s = Server(db=db, preexec=as_user)
lock.execute("BEGIN EXCLUSIVE")
st, body = s.json("POST", "/v1/articles", article(10), H)
check(st == 503 and body.get("error") == "store_failed" and "locked" in body.get("detail", ""),
      "an article while another program locks the store: 503: %s %r" % (st, body))
lock.execute("COMMIT")
lock.close()
st, body = s.json("POST", "/v1/articles", article(11), H)
check(st == 201, "the next article, the lock gone: 201: %s %r" % (st, body))
rc, err = s.stop()
s = Server(db=db, preexec=as_user)
got = [s.request("GET", "/v1/articles/a%d" % i)[0] for i in (0, 1, 2, 10, 11)]
check(got == [200, 200, 200, 404, 200], "every 201 kept, the 503 not stored: %r" % got)
s.stop()

# damaged pages
size = os.path.getsize(db)
with open(db, "r+b") as f:
    for off in range(4096, size, 4096):
        f.seek(off)
        f.write(b"\xa5" * 16)  # the b-tree page headers
refused(db, "the file is damaged: restore a backup (docs/operations.md, \"Back up the store\"), "
        "or keep what can be read: sqlite3 %s .recover" % db, "a damaged store")
shutil.rmtree(d, ignore_errors=True)
done()
