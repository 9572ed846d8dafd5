"""An article posted in the wait of --ready-after (writes work again after
a failure, /readyz still 503) is committed as any other, answered 201 and
kept through a crash.  Before session 29
/healthz and /readyz said "writes": "refused" throughout while such an
article was answered 201 (and precis_writes_refused was 1): now both say
"writes": "taken" from the first write that works, /readyz stays 503
until the wait ends, precis_writes_refused is 0 and precis_ready 0.  One write
is failed with tests/faultio (as test_serve_ready does)."""
import os

from serve_util import faulty_server, metrics, skip_without_server, Server
from util import check, done

skip_without_server()

TEXT = ("Crews finished repairs to the Halden rail bridge on Thursday, two weeks after a barge "
        "struck one of its piers. Trains will run on the bridge again from Monday. Article %d.")

srv, flag, db = faulty_server("precis-ready-wait-", ["--ready-after", "3600"])  # the wait outlasts the test


def post(i):
    return srv.json("POST", "/v1/articles", {"id": "a%d" % i, "text": TEXT % i,
                                             "source": "Valley Post", "date": "2031-05-08"})


check(post(1)[0] == 201, "an article stored before the failure")
m = metrics(srv)
check(m.get("precis_writes_refused") == 0 and m.get("precis_ready") == 1,
      "healthy: refused 0, ready 1: %r" % {k: m.get(k) for k in ("precis_writes_refused",
                                                                 "precis_ready")})

# a write fails: refused, not ready; the story it would have made is not
# counted (the count of stories is kept by the writes that commit)
OTHER = ("Police in Tromso arrested two men on Friday after a robbery at a jewellery shop in "
         "the town centre; they will be charged on Saturday.")
open(flag, "w").close()
st, r = post(2)
st2, r2 = srv.json("POST", "/v1/articles", {"id": "b1", "text": OTHER})
os.unlink(flag)
check(st == 503 and r.get("error") == "store_failed" and st2 == 503,
      "failed writes: %s %r %s" % (st, r, st2))
check(metrics(srv).get("precis_stories") == 1, "the story not made is not counted")
st, h = srv.json("GET", "/healthz")
check(st == 200 and h.get("status") == "degraded" and h.get("writes") == "refused"
      and h.get("writes_working_for") is None, "/healthz after the failure: %s %r" % (st, h))
m = metrics(srv)
check(m.get("precis_writes_refused") == 1 and m.get("precis_ready") == 0,
      "after the failure: refused 1, ready 0: %r" % m)

# the disk mended: the next article is stored and answered 201, and every
# answer says writes are taken while the server waits to be ready
st, r = post(3)
check(st == 201 and r.get("articles", [{}])[0].get("story"), "stored during the wait: %s %r"
      % (st, r))
st, h = srv.json("GET", "/healthz")
check(st == 200 and h.get("status") == "degraded" and h.get("writes") == "taken"
      and h.get("writes_working_for") is not None,
      "/healthz during the wait says writes are taken: %s %r" % (st, h))
st, r = srv.json("GET", "/readyz")
check(st == 503 and r.get("status") == "not_ready" and r.get("writes") == "taken",
      "/readyz during the wait: not ready, writes taken: %s %r" % (st, r))
m = metrics(srv)
check(m.get("precis_writes_refused") == 0 and m.get("precis_ready") == 0,
      "during the wait: refused 0, ready 0: %r" % m)

st, r = srv.json("POST", "/v1/articles", {"id": "b1", "text": OTHER})
check(st == 201 and metrics(srv).get("precis_stories") == 2, "a new story counted: %s %r"
      % (st, metrics(srv).get("precis_stories")))

# what was answered 201 during the wait survives a crash
srv.kill()
srv2 = Server(db=db)
for i in (1, 3):
    st, a = srv2.json("GET", "/v1/articles/a%d" % i)
    check(st == 200 and a.get("text") == TEXT % i, "a%d kept through the crash: %s %r"
          % (i, st, a))
st, a = srv2.json("GET", "/v1/articles/a2")
check(st == 404, "the article answered 503 was not stored: %s" % st)
code, err = srv2.stop()
check(code == 0, "clean stop: %s %r" % (code, err[-500:]))
done()
