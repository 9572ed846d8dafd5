"""precis serve: every start-up that cannot go on says why in one line naming
what failed (the file, the address and the system's reason), exits non-zero
(2 for options, 1 for what the system refused) without printing the
"listening" line, and leaves what it opened as it was: no access log made
before the options were found good, the store's -wal and -shm files gone
after a start that failed once the store was open.  Under check-asan a leak
on any of these paths fails the run (util.run)."""
import os
import socket
import sqlite3
import tempfile

from util import check, done, run
from serve_util import skip_without_server, Server

skip_without_server()

tmp = tempfile.mkdtemp(prefix="precis-startup-")


def start(*args):
    """Runs a start-up that must fail: (exit status, stderr)."""
    rc, out, err = run(["serve", "--listen", "127.0.0.1:0"] + list(args), timeout=60)
    check("listening" not in out, "no 'listening' line for %r: %r" % (args, out))
    check(err.count("\n") == 1 and err.startswith("precis serve: "),
          "one line of error for %r: %r" % (args, err))
    return rc, err


def leftovers(db):
    return [p for p in (db + "-wal", db + "-shm", db + "-journal") if os.path.exists(p)]


# the store
rc, err = start("--db", os.path.join(tmp, "no-such-dir", "store.db"))
check(rc == 1 and "no-such-dir/store.db" in err and "No such file or directory" in err,
      "a store in a missing directory: %s %r" % (rc, err))
check(not os.path.exists(os.path.join(tmp, "no-such-dir")), "the directory is not made")
rc, err = start("--db", tmp)
check(rc == 1 and tmp in err and "Is a directory" in err, "a directory as the store: %s %r"
      % (rc, err))
notdb = os.path.join(tmp, "notes.txt")
with open(notdb, "wb") as f:
    f.write(b"these are not the pages of a database\n" * 200)
rc, err = start("--db", notdb)
check(rc == 1 and "notes.txt" in err and "not a database" in err,
      "a file that is not a database: %s %r" % (rc, err))
with open(notdb, "rb") as f:
    check(f.read() == b"these are not the pages of a database\n" * 200, "the file is unchanged")
check(not leftovers(notdb), "nothing left beside it: %r" % leftovers(notdb))
# a database of another program with a table of our name: opened, then the
# stream cannot be read from it (the path where the locks exist already)
foreign = os.path.join(tmp, "foreign.db")
con = sqlite3.connect(foreign)
con.execute("CREATE TABLE snapshot (x)")
con.commit()
con.close()
rc, err = start("--db", foreign)
check(rc == 1 and "foreign.db" in err and "snapshot" in err,
      "a store whose stream cannot be read: %s %r" % (rc, err))
check(not leftovers(foreign), "the store closed after the failed start: %r" % leftovers(foreign))

# the address: a port in use, after the store was opened and its articles
# replayed (every piece made so far undone)
srv = Server(args=["--quiet"])
st, r = srv.json("POST", "/v1/articles", {"id": "a1", "text": "Crews finished repairs to the "
                                          "Halden rail bridge on Thursday. Trains run again "
                                          "from Monday.", "date": "2031-05-08"})
check(st == 201, "an article stored: %s %r" % (st, r))
code, _ = srv.stop()
check(code == 0, "clean stop")
blocker = socket.socket()
blocker.bind(("127.0.0.1", 0))
blocker.listen(1)
port = blocker.getsockname()[1]
rc, out, err = run(["serve", "--quiet", "--listen", "127.0.0.1:%d" % port, "--db", srv.db],
                   timeout=60)
blocker.close()
check(rc == 1 and "listening" not in out and "127.0.0.1:%d" % port in err
      and "Address already in use" in err,
      "a port in use is named with the system's reason, even with --quiet: %s %r" % (rc, err))
check(not leftovers(srv.db), "the store closed after the failed start: %r" % leftovers(srv.db))
srv.start()
st, r = srv.json("GET", "/v1/stories")
check(st == 200 and len(r.get("stories", [])) == 1, "the store opens again, its story kept: %s %r"
      % (st, r))
srv.stop()

# the files of the options
rc, err = start("--db", ":memory:", "--token-file", os.path.join(tmp, "absent"))
check(rc == 2 and "--token-file" in err and "No such file or directory" in err,
      "a missing token file: %s %r" % (rc, err))
rc, err = start("--db", ":memory:", "--token-file", tmp)
check(rc == 2 and "--token-file" in err and "Is a directory" in err,
      "a directory as the token file (opens, then cannot be read): %s %r" % (rc, err))
empty = os.path.join(tmp, "empty")
open(empty, "w").close()
rc, err = start("--db", ":memory:", "--token-file", empty)
check(rc == 2 and "empty" in err, "an empty token file: %s %r" % (rc, err))
rc, err = start("--db", ":memory:", "--access-log", os.path.join(tmp, "no-such-dir", "a.log"))
check(rc == 2 and "--access-log" in err and "No such file or directory" in err,
      "an access log in a missing directory: %s %r" % (rc, err))
log = os.path.join(tmp, "access.log")
rc, err = start("--db", ":memory:", "--access-log", log, "--listen", "0.0.0.0:0")
check(rc == 2 and "token" in err, "a public address without a token: %s %r" % (rc, err))
check(not os.path.exists(log), "no access log made by a start refused for its options")
done()
