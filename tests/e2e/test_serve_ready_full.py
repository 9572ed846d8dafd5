"""/readyz on a disk full but for a few pages does not flap.  After a write
failed, a write that works (the readiness probe's one row, or a small
article) says ready again only when the store's file system has room for
two of the largest bodies taken (--max-body; server/health.c).  Before
session 27 the probe's one row committed on such a disk, /readyz said
ready, the next article failed, /readyz said not ready, and so on: a
balancer sent writes to a server that refused them one time in two.  The
disk is faked from outside by tests/faultio/faultio.c under LD_PRELOAD: a
flag file holding "full" fails every write of the store with ENOSPC, and
$FAULTIO_FREE says how many bytes statvfs reports free."""
import os
import sqlite3
import tempfile
import time

from serve_util import faultio_shim, metrics, skip_without_server, Server
from util import check, done

skip_without_server()
SHIM = faultio_shim()

TEXT = ("Crews finished repairs to the Halden rail bridge on Thursday, two weeks after a barge "
        "struck one of its piers. Trains will run on the bridge again from Monday. Article %d.")
MAX_BODY = 1 << 20  # the room asked for is twice this

tmp = tempfile.mkdtemp(prefix="precis-full-")
flag = os.path.join(tmp, "disk-fails")
free = os.path.join(tmp, "free-bytes")
db = os.path.join(tmp, "store.db")
env = dict(os.environ, LD_PRELOAD=SHIM, FAULTIO_FLAG=flag, FAULTIO_UNDER=db, FAULTIO_FREE=free)
srv = Server(db=db, env=env, args=["--max-body", str(MAX_BODY), "--ready-after", "0"])


def put(path, text):
    with open(path, "w") as f:
        f.write(text)


def post(i):
    return srv.json("POST", "/v1/articles", {"id": "a%d" % i, "text": TEXT % i,
                                             "source": "Valley Post", "date": "2031-05-08"})


def ready():
    st, r = srv.json("GET", "/readyz")
    return st, r


st, r = post(0)
check(st == 201, "an article stored: %s %r" % (st, r))
# a few pages left: a client write fails, the server is not ready
put(free, "8192")
put(flag, "full")
st, r = post(1)
check(st == 503 and r.get("error") == "store_failed"
      and "disk is full" in r.get("detail", ""),
      "a write on a full disk, the client told why: %s %r" % (st, r))
st, r = ready()
check(st == 503 and "full" in r.get("error", ""), "not ready, the disk full: %s %r" % (st, r))
# the disk takes small writes again, but has 8 KiB free: each probe commits
# its row and the server stays not ready, saying what it waits for
os.unlink(flag)
answers = []
for _ in range(3):
    time.sleep(1.1)  # a retry each time (at most one a second)
    st, r = ready()
    answers.append(st)
check(answers == [503, 503, 503], "/readyz on a disk with 8 KiB free: %r (before: 200 each time)"
      % answers)
check("8192 bytes free" in r.get("error", "") and str(2 * MAX_BODY) in r.get("error", ""),
      "the answer names the room there is and the room needed: %r" % r)
st, r = post(2)  # a small article fits and is stored: still not ready
check(st == 201, "a small article on that disk is stored: %s %r" % (st, r))
st, r = ready()
check(st == 503, "not ready after it either: %s %r" % (st, r))
st, h = srv.json("GET", "/healthz")
check(st == 200 and h.get("status") == "degraded", "/healthz says degraded: %s %r" % (st, h))
# one byte short of the room, then the room
put(free, str(2 * MAX_BODY - 1))
time.sleep(1.1)
st, r = ready()
check(st == 503, "one byte short of twice --max-body: not ready: %s %r" % (st, r))
put(free, str(2 * MAX_BODY))
time.sleep(1.1)
st, r = ready()
check(st == 200 and r == {"status": "ready"}, "ready with twice --max-body free: %s %r" % (st, r))
st, h = srv.json("GET", "/healthz")
check(st == 200 and h == {"status": "ok"}, "/healthz ok again: %s %r" % (st, h))
# taken writes do not look at the room: ready stays ready until one fails
put(free, "8192")
st, r = post(3)
check(st == 201, "a write while ready: %s %r" % (st, r))
st, r = ready()
check(st == 200, "a ready server stays ready while its writes work: %s %r" % (st, r))
err = srv.stderr()
check(err.count("the store takes writes again") == 1, "the recovery said once: %r" % err[-800:])
os.unlink(free)
code, err = srv.stop()
check(code == 0, "clean stop: %s %r" % (code, err[-500:]))

# a start on a full disk that must write (a store of format 1 is brought to
# format 2): exit 1 naming the file and the system's reason, the store as
# it was, its articles there at the next start
con = sqlite3.connect(db)
con.execute("PRAGMA user_version = 1")
con.commit()
con.close()
put(flag, "full")
srv.proc = None
try:
    srv.start()
    started = True
except RuntimeError as e:
    started, why = False, str(e)
os.unlink(flag)
check(not started and srv.proc.wait(30) == 1 and db in why and "No space left on device" in why,
      "a start on a full disk: %r" % (why if not started else "started"))
con = sqlite3.connect(db)
check(con.execute("PRAGMA user_version").fetchone()[0] == 1, "the store as it was")
con.close()
srv.start()
check(all(srv.json("GET", "/v1/articles/a%d" % i)[0] == 200 for i in (0, 2, 3))
      and metrics(srv).get("precis_articles") == 3,
      "every article answered 201 there after the disk mends, none other: %r"
      % metrics(srv).get("precis_articles"))
code, err = srv.stop()
check(code == 0, "clean stop: %s %r" % (code, err[-500:]))
done()
