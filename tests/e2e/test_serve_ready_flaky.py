"""/readyz on a disk that fails a write now and then does not flap.  A
failed write ends readiness at once; writes that work (articles, or the
probe of /readyz) restore it only once they have worked for --ready-after
seconds with none failing (server/health.c).  Before session 28 the first
write that worked after a failure made the server ready again, so a disk
failing one write in two or three had /readyz answer 200 and 503 in turn,
and a balancer put the server in and out of its rotation at every write.
The disk is failed from outside by tests/faultio/faultio.c under
LD_PRELOAD: EIO on every read and write of the store while a flag file
exists; the test makes it fail one write in three."""
import os
import tempfile
import time

from serve_util import faultio_shim, skip_without_server, Server
from util import check, done

skip_without_server()
SHIM = faultio_shim()

TEXT = ("Crews finished repairs to the Halden rail bridge on Thursday, two weeks after a barge "
        "struck one of its piers. Trains will run on the bridge again from Monday. Article %d.")
READY_AFTER = 3

tmp = tempfile.mkdtemp(prefix="precis-flaky-")
flag = os.path.join(tmp, "disk-fails")
db = os.path.join(tmp, "store.db")
env = dict(os.environ, LD_PRELOAD=SHIM, FAULTIO_FLAG=flag, FAULTIO_UNDER=db)
srv = Server(db=db, env=env, args=["--ready-after", str(READY_AFTER)])
n = 0


def post(fail):
    """One article, on a disk that fails while it is written when `fail`."""
    global n
    n += 1
    if fail:
        open(flag, "w").close()
    try:
        st, r = srv.json("POST", "/v1/articles", {"id": "a%d" % n, "text": TEXT % n,
                                                  "source": "Valley Post", "date": "2031-05-08"})
    finally:
        if fail:
            os.unlink(flag)
    return st, r


def ready():
    return srv.json("GET", "/readyz")


st, r = post(False)
check(st == 201, "an article stored: %s %r" % (st, r))
check(ready()[0] == 200, "ready before any failure")

# one write in three fails, for about four --ready-after: every answer of
# /readyz in between is 503, none 200 (before: 200 after each write that
# worked), and the answer says for how long writes have worked
answers, working, stored, failed = [], [], 0, 0
t0 = time.time()
i = 0
while time.time() - t0 < 4 * READY_AFTER:
    st, r = post(i % 3 == 0)
    if st == 201:
        stored += 1
    else:
        check(st == 503 and r.get("error") == "store_failed", "a failed write: %s %r" % (st, r))
        failed += 1
    # the clock as the post left it: /healthz does not probe (a /readyz
    # that probes right after a failure starts the clock again, and under
    # a sanitizer's slowness every third /readyz did, at each failure)
    working.append(srv.json("GET", "/healthz")[1].get("writes_working_for"))
    st, r = ready()
    answers.append(st)
    i += 1
    time.sleep(0.3)
check(failed >= 3 and stored >= 6, "%d writes failed, %d stored" % (failed, stored))
check(set(answers) == {503}, "/readyz while one write in three fails: %r" % answers)
check(r.get("status") == "not_ready" and r.get("ready_after") == READY_AFTER,
      "the answer says for how long writes must work: %r" % r)
post(True)  # the clock stopped: the write below starts it
check(None in working and all(w is None or 0 <= w < READY_AFTER for w in working)
      and any(w is not None for w in working),
      "and how long they have worked (null after a failure): %r" % working)
check(post(False)[0] == 201 and srv.json("GET", "/healthz")[1].get("status") == "degraded",
      "/healthz stays degraded meanwhile")

# the disk mends: writes work, and /readyz says ready once they have for
# --ready-after seconds (not before), the probe alone finding it out
t_ok = time.time()  # the write just above started the clock
early = []
while time.time() - t_ok < READY_AFTER - 0.5:
    early.append(ready()[0])
    time.sleep(0.4)
check(set(early) == {503}, "not ready before --ready-after: %r" % early)
time.sleep(max(0, t_ok + READY_AFTER + 1.1 - time.time()))
st, r = ready()
check(st == 200 and r == {"status": "ready"}, "ready after --ready-after of writes that worked: "
      "%s %r" % (st, r))
st, h = srv.json("GET", "/healthz")
check(st == 200 and h == {"status": "ok"}, "/healthz ok again: %s %r" % (st, h))

# one failed write after the probe had worked once: the clock starts again
post(True)
time.sleep(1.1)
st, r = ready()  # a probe that works: the clock starts
check(st == 503 and r.get("writes_working_for") is not None, "the probe starts the clock: %r" % r)
post(True)
st, r = ready()
check(st == 503 and r.get("writes_working_for") is None, "a failure stops it: %r" % r)
err = srv.stderr()
check(err.count("the store takes writes again") == 1, "the recovery said once: %r" % err[-800:])
code, err = srv.stop()
check(code == 0, "clean stop: %s %r" % (code, err[-500:]))
done()
