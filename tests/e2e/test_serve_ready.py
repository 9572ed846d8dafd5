"""What `precis serve` tells a load balancer and a monitor while its store
refuses writes.  After a write that failed, the server answers reads but
refuses articles until a write works again (test_serve_recover).  Before
session 26 /healthz answered 200 {"status": "ok"} all along, and nothing
else said it.  Now /healthz stays the liveness answer (200) but its body
says "degraded", the error and since when; /readyz answers 503 with the
same while writes are refused, and tries the writes again itself (at most
once a second), so that a server a balancer stopped sending to comes back
when the disk mends, without a write; /metrics has precis_writes_refused,
precis_writes_refused_since_seconds and precis_write_failures_total.  The
disk is failed from outside, with tests/faultio/faultio.c under
LD_PRELOAD (EIO on every read and write of the store while a flag file
exists)."""
import calendar
import os
import time

from serve_util import faulty_server, metrics, skip_without_server
from util import check, done

skip_without_server()

TEXT = ("Crews finished repairs to the Halden rail bridge on Thursday, two weeks after a barge "
        "struck one of its piers. Trains will run on the bridge again from Monday. Article %d.")

srv, flag, db = faulty_server("precis-ready-", ["--ready-after", "0"])  # one write that works: ready


def post(i):
    return srv.json("POST", "/v1/articles", {"id": "a%d" % i, "text": TEXT % i,
                                             "source": "Valley Post", "date": "2031-05-08"})


def iso_seconds(s):
    try:
        return calendar.timegm(time.strptime(s, "%Y-%m-%dT%H:%M:%SZ"))
    except ValueError:
        return 0


# healthy: both answers say so, the gauge is 0
st, h = srv.json("GET", "/healthz")
check(st == 200 and h == {"status": "ok"}, "/healthz of a healthy server: %s %r" % (st, h))
st, r = srv.json("GET", "/readyz")
check(st == 200 and r == {"status": "ready"}, "/readyz of a healthy server: %s %r" % (st, r))
st, hd, body = srv.request("HEAD", "/readyz")
check(st == 200 and body == b"", "HEAD /readyz: %s" % st)
m = metrics(srv)
check(m.get("precis_writes_refused") == 0 and m.get("precis_writes_refused_since_seconds") == 0
      and m.get("precis_write_failures_total") == 0,
      "the gauges of a healthy server: %r" % {k: v for k, v in m.items() if "write" in k})
for i in range(3):
    st, r = post(i)
    check(st == 201, "article %d stored: %s %r" % (i, st, r))
story = r["articles"][0]["story"]
st, r = srv.json("GET", "/readyz")
check(st == 200, "/readyz after writes that worked: %s %r" % (st, r))

# the disk fails: a write is refused, and every answer says so
t_fail = time.time()
open(flag, "w").close()
st, r = post(3)
check(st == 503 and r.get("error") == "store_failed", "a write on a failing disk: %s %r" % (st, r))
st, h = srv.json("GET", "/healthz")
check(st == 200 and h.get("status") == "degraded" and h.get("writes") == "refused"
      and "I/O" in h.get("error", "") and h.get("failures") == 1,
      "/healthz stays 200 (alive) and says the writes are refused, and why: %s %r" % (st, h))
since = h.get("since", "")
check(abs(iso_seconds(since) - t_fail) <= 2, "since when: %r (the failure at %.0f)"
      % (since, t_fail))
st, r = srv.json("GET", "/readyz")
check(st == 503 and r.get("status") == "not_ready" and r.get("since") == since
      and r.get("error") and ("I/O" in r["error"] or "could not be rebuilt" in r["error"]),
      "/readyz: 503 naming the error and since when: %s %r" % (st, r))
st, hd, body = srv.request("HEAD", "/readyz")
check(st == 503 and body == b"", "HEAD /readyz while refusing: %s" % st)
m = metrics(srv)
check(m.get("precis_writes_refused") == 1
      and abs(m.get("precis_writes_refused_since_seconds", 0) - t_fail) <= 2
      and m.get("precis_write_failures_total") == 1,
      "the gauges while writes are refused: %r" % {k: v for k, v in m.items() if "write" in k})
# more failed writes: counted, and the state keeps the time of the first
time.sleep(1.1)
st, r = post(4)
check(st == 503 and "could not be rebuilt" in r.get("detail", ""), "a second write: %s %r"
      % (st, r))
st, r = srv.json("GET", "/readyz")  # the probe tries again (a second has passed), and fails
check(st == 503 and r.get("since") == since and r.get("failures") == 2,
      "/readyz after a retry on the failing disk: the same since, 2 writes failed: %s %r"
      % (st, r))
# probes in a burst: answered at once, without a retry each
t0 = time.time()
for _ in range(20):
    st, r = srv.json("GET", "/readyz")
    check(st == 503, "a burst of probes: 503")
check(time.time() - t0 < 5, "20 probes answered in %.2f s" % (time.time() - t0))

# the disk mends: with no write, /readyz finds it out itself
os.unlink(flag)
time.sleep(1.1)
st, r = srv.json("GET", "/readyz")
check(st == 200 and r == {"status": "ready"},
      "/readyz after the disk mends, with no write in between: %s %r" % (st, r))
st, h = srv.json("GET", "/healthz")
check(st == 200 and h == {"status": "ok"}, "/healthz after: %s %r" % (st, h))
m = metrics(srv)
check(m.get("precis_writes_refused") == 0 and m.get("precis_writes_refused_since_seconds") == 0
      and m.get("precis_write_failures_total") == 2,
      "the gauges after: %r" % {k: v for k, v in m.items() if "write" in k})
st, r = post(5)
check(st == 201 and r["articles"][0]["story"] == story, "a write after: %s %r" % (st, r))
err = srv.stderr()
check(err.count("the store takes writes again") == 1, "the recovery said once: %r" % err[-800:])

# a write that works ends the state too (no probe in between)
open(flag, "w").close()
st, r = post(6)
check(st == 503, "the disk fails again: %s" % st)
st, h = srv.json("GET", "/healthz")
check(h.get("status") == "degraded" and h.get("since") != since, "a new since: %r" % h)
os.unlink(flag)
st, r = post(6)
check(st == 201, "the write after the disk mends: %s %r" % (st, r))
st, r = srv.json("GET", "/readyz")
check(st == 200, "ready after that write: %s %r" % (st, r))
check(metrics(srv).get("precis_articles") == 5, "5 articles stored")
code, err = srv.stop()
check(code == 0, "clean stop: %s %r" % (code, err[-500:]))
done()
