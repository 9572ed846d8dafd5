"""`precis serve` when its disk fails under it and then mends: a write whose
commit fails is answered 503 and stores nothing; the story stream, rebuilt
from the store after it, cannot be rebuilt while the store cannot be read
either; the rebuild is tried again at each write, and the first write after
the disk mends is stored (before session 25 it was answered 503 "invalid
argument", the stream being gone).  Every article answered 2xx is in the
store once, with the story it was answered, through a restart; every
article answered 503 is not.  The failure is injected from outside the
server: tests/faultio/faultio.c, loaded with LD_PRELOAD, fails SQLite's
reads and writes of the store with EIO while a flag file exists."""
import json
import os
import tempfile

from serve_util import faultio_shim, skip_without_server, Server
from util import check, done

skip_without_server()
SHIM = faultio_shim()

TEXT = ("Crews finished repairs to the Halden rail bridge on Thursday, two weeks after a barge "
        "struck one of its piers. Trains will run on the bridge again from Monday, the rail "
        "operator said. Article %d.")
OTHER = ("The city council of Marnoor voted on Tuesday to close the old harbour market for "
         "a year of works on its roof and its quays. Article %d.")

tmp = tempfile.mkdtemp(prefix="precis-recover-")
flag = os.path.join(tmp, "disk-fails")
env = dict(os.environ, LD_PRELOAD=SHIM, FAULTIO_FLAG=flag,
           FAULTIO_UNDER=os.path.join(tmp, "store.db"))
srv = Server(db=os.path.join(tmp, "store.db"), args=["--snapshot-every", "4"], env=env)

acked, refused = {}, []


def post(i, text=TEXT):
    st, r = srv.json("POST", "/v1/articles", {"id": "a%d" % i, "text": text % i,
                                              "source": "Valley Post", "date": "2031-05-08"})
    if st in (200, 201):
        for a in r["articles"]:
            acked[a["id"]] = a["story"]
    else:
        refused.append("a%d" % i)
    return st, r


for i in range(6):
    st, r = post(i, TEXT if i % 2 == 0 else OTHER)
    check(st == 201, "article %d stored before the disk fails: %s %r" % (i, st, r))
open(flag, "w").close()  # the disk fails
st, r = post(6)
check(st == 503 and r.get("error") == "store_failed" and "I/O" in r.get("detail", ""),
      "a write on a failing disk: 503 naming why: %s %r" % (st, r))
# reads on the failing disk: 500 with the system's reason, kept by the
# read that failed while it held the store (store_error)
for path in ("/v1/stories", "/v1/articles/a0", "/v1/stories/%d" % acked["a0"]):
    st, r = srv.json("GET", path)
    check(st == 500 and r.get("error") == "store_failed" and r.get("detail")
          and r["detail"] != "not an error", "a read on a failing disk: %s %s %r" % (path, st, r))
# the story's page names the store's failure too: its digest is not at fault
# (before session 31 it said "The story's digest could not be made.")
st, hd, data = srv.request("GET", "/stories/%d" % acked["a0"], headers={"Accept": "text/html"})
page = data.decode("utf-8", "replace")
check(st == 500 and "could not be read from the store: " in page
      and "digest could not be made" not in page,
      "a story's page on a failing disk: 500 naming the store's reason: %s %r" % (st, page[-600:]))
st, r = post(7)
check(st == 503 and "could not be rebuilt" in r.get("detail", ""),
      "the next write, the stream not rebuilt yet: 503 saying so: %s %r" % (st, r))
st, r = post(8)
check(st == 503, "and the one after: %s %r" % (st, r))
os.unlink(flag)  # the disk mends
st, r = post(9)
check(st == 201 and r["articles"][0]["story"] == acked["a0"],
      "the first write after the disk mends is stored, in its story: %s %r" % (st, r))
for i in range(10, 16):
    st, r = post(i, TEXT if i % 2 == 0 else OTHER)
    check(st == 201, "article %d stored after: %s %r" % (i, st, r))
check(acked["a10"] == acked["a0"] and acked["a11"] == acked["a1"] != acked["a0"],
      "articles after the recovery join the stories of those before: %r" % acked)
st, r = post(6)  # a refused article sent again is stored now, once
check(st == 201 and not r["articles"][0].get("duplicate"), "a refused article sent again: %r" % r)
refused.remove("a6")
err = srv.stderr()
check(err.count("writes are refused until the story stream is rebuilt") == 1
      and err.count("story stream rebuilt from the store") == 1,
      "the failure and the recovery each said once: %r" % err[-1500:])


def count_articles(s):
    st, hd, data = s.request("GET", "/metrics")
    for line in data.decode().splitlines():
        if line.startswith("precis_articles "):
            return int(float(line.split()[1]))
    return -1


check(count_articles(srv) == len(acked), "the store holds the %d acknowledged articles, no more: %d"
      % (len(acked), count_articles(srv)))
code, err = srv.stop()
check(code == 0, "clean stop after the recovery: %s %r" % (code, err[-500:]))
srv.env = None  # a healthy disk, without the shim
srv.start()
check(count_articles(srv) == len(acked), "after a restart: %d articles (%d acknowledged)"
      % (count_articles(srv), len(acked)))
for id_, story in sorted(acked.items()):
    st, a = srv.json("GET", "/v1/articles/" + id_)
    check(st == 200 and a.get("story") == story, "%s kept in story %s: %s %r"
          % (id_, story, st, a.get("story")))
for id_ in refused:
    st, a = srv.json("GET", "/v1/articles/" + id_)
    check(st == 404, "%s, answered 503, is not stored: %s" % (id_, st))
st, r = post(16)
check(st == 201 and r["articles"][0]["story"] == acked["a0"], "a write after the restart: %r" % r)
srv.stop()
done()
