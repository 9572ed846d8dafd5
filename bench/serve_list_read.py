#!/usr/bin/env python3
"""What the story lists (`GET /v1/stories`, the page `/`) read from the store,
on a store of many stories of short articles whose digests were made.
Prints a Markdown table; never fails a build.

    bench/serve_list_read.py [--articles N] [--digests D] [--kib K]

PRECIS=path (default build/precis), PRECIS_OLD=path (another build, e.g.
main's, run the same way in the same script for a ratio), DATA=dir
(default ../shared/data).  The feed is the first N articles (default
5,000) of Multi-News val's clusters, each cut to K KiB (default 2), posted
200 to a request (each cluster is a story of a few articles); then the
digests of the D largest stories (default 1,000) are asked once, as
readers do, so that the store holds them.  The server is then stopped and
started again before each list, so that SQLite's page cache is empty, and
each list is asked once: the bytes the server read through read()/pread()
during that request (rchar of /proc/PID/io), that is, the store's pages
the list needed (and /metrics, which counts the stories).  Then the first 100 articles again (new ids, so
that each joins its story, most of them with a digest), one to a request, and the growth of the store's files (database
plus write-ahead log) is printed per article.
"""
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from serve_client import proc_field, request

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
data = os.environ.get("DATA", os.path.join(root, "..", "shared", "data"))


def arg(name, default):
    return int(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


n_articles = arg("--articles", 5000)
n_digests = arg("--digests", 1000)
kib = arg("--kib", 2)
builds = [("this build", os.environ.get("PRECIS", os.path.join(root, "build", "precis")))]
if os.environ.get("PRECIS_OLD"):
    builds.insert(0, ("PRECIS_OLD", os.environ["PRECIS_OLD"]))
val = os.path.join(data, "multinews", "val.jsonl.gz")
if not all(os.path.exists(p) for _, p in builds) or not os.path.exists(val) \
        or not os.path.exists("/proc/self/io"):
    print("serve_list_read.py: needs %s, %s and Linux's /proc; skipping"
          % (" ".join(p for _, p in builds), val))
    sys.exit(0)

articles = []
with gzip.open(val, "rt", encoding="utf-8") as f:
    for line in f:
        c = json.loads(line)
        for i, d in enumerate(c["documents"]):
            t = d.encode("utf-8")[:kib * 1024].decode("utf-8", "ignore")
            if len(t.split()) < 50:
                continue
            articles.append({"id": "%s-%d" % (c["id"], i), "title": t.split(". ")[0][:120],
                             "source": "outlet %d" % (len(articles) % 97), "text": t})
        if len(articles) >= n_articles:
            break
feed = articles[:n_articles]

LISTS = ["/v1/stories", "/v1/stories?limit=1000", "/v1/stories?order=largest", "/metrics",
         "/", "/?order=largest"]


class Server:
    def __init__(self, precis, db):
        t0 = time.perf_counter()
        self.proc = subprocess.Popen([precis, "serve", "--quiet", "--listen", "127.0.0.1:0",
                                      "--db", db], stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL)
        line = self.proc.stdout.readline().decode()
        self.port = int(line.split("http://127.0.0.1:")[1].split("/")[0])
        self.start_ms = (time.perf_counter() - t0) * 1000

    def request(self, method, path, body=None):
        return request(self.port, method, path, body)

    def io(self, what="rchar"):
        return proc_field(self.proc.pid, "io", what)

    def stop(self):
        self.proc.terminate()
        self.proc.wait()


def store_bytes(db):
    return sum(os.path.getsize(db + s) for s in ("", "-wal") if os.path.exists(db + s))


def run(precis):
    tmp = tempfile.mkdtemp(prefix="s29-serve-listbench-")
    db = os.path.join(tmp, "store.db")
    out = {}
    try:
        sv = Server(precis, db)
        for i in range(0, len(feed), 200):
            st, _ = sv.request("POST", "/v1/articles",
                               "\n".join(json.dumps(a) for a in feed[i:i + 200]))
            assert st in (200, 201), (st, _[:300])
        st, body = sv.request("GET", "/v1/stories?order=largest&limit=1000")
        ids = [s["id"] for s in json.loads(body)["stories"]][:n_digests]
        for sid in ids:
            sv.request("GET", "/v1/stories/%d" % sid)
        sv.stop()
        out["store"] = store_bytes(db)
        starts = []
        for path in LISTS:
            sv = Server(precis, db)
            r0 = sv.io()
            st, body = sv.request("GET", path)
            out[path] = (sv.io() - r0, len(body), st)
            starts.append(sv.start_ms)
            sv.stop()
        sv = Server(precis, db)
        w0 = sv.io("wchar")
        # a copy of an article of the feed (a new id) joins its story
        for a in feed[:100]:
            sv.request("POST", "/v1/articles", json.dumps(dict(a, id=a["id"] + "-again")))
        out["written"] = (sv.io("wchar") - w0) / 100
        sv.stop()
        out["store2"] = store_bytes(db)
        out["start"] = statistics.median(starts)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out


results = [(name, run(p)) for name, p in builds]
print("%d articles of %d KiB, digests of the %d largest stories made; store %s"
      % (n_articles, kib, n_digests,
         ", ".join("%s %.1f MB" % (n, r["store"] / 1e6) for n, r in results)))
print()
print("| list (first request after a start) | " + " | ".join(
    "%s: read, answer" % n for n, _ in results) + (" | ratio |" if len(results) > 1 else ""))
print("|---|" + "---|" * (len(results) + (len(results) > 1)))
for path in LISTS:
    cells = ["%.0f KB, %.0f KB" % (r[path][0] / 1e3, r[path][1] / 1e3) for _, r in results]
    ratio = ""
    if len(results) > 1:
        new = results[-1][1][path][0]
        ratio = " %.1fx |" % (results[0][1][path][0] / new) if new else " none read now |"
    print("| `%s` | %s |%s" % (path, " | ".join(cells), ratio))
print("| written per article, 100 posted one by one | " + " | ".join(
    "%.1f KB" % (r["written"] / 1e3) for _, r in results) + (" | %.1fx |" % (
        results[0][1]["written"] / max(1, results[-1][1]["written"])) if len(results) > 1 else ""))
print("| start after a clean stop, to the listening line (median of %d) | " % len(LISTS)
      + " | ".join("%.0f ms" % r["start"] for _, r in results) + (" | |" if len(results) > 1 else ""))
print("| store after them (clean stop) | " + " | ".join(
    "%.1f MB" % (r["store2"] / 1e6) for _, r in results) + (" | |" if len(results) > 1 else ""))
