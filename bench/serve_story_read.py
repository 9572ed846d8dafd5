#!/usr/bin/env python3
"""What `GET /v1/stories/{id}` reads from the store and sends, for a story of
long articles.  Prints a Markdown table; never fails a build.

    bench/serve_story_read.py [--articles K] [--kib N] [--repeat R]

PRECIS=path (default build/precis).  One wire story republished K times
(default 1,000; distinct ids, titles and outlets, the same text of N KiB,
default 20), posted 100 to a request; then the story asked R times
(default 20) with its digest cached (one request before, not counted).
For each: the bytes the server read through read()/pread() (rchar of
/proc/PID/io: SQLite's reads of the store past its own cache of 2 MB,
from the kernel's page cache or the disk), for the API's answer and the
web page's (`/stories/{id}?limit=1000`), the
answer's bytes, the digest's bytes and its `documents` list's, and the
median time.  Needs no data set.
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import serve_client

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
precis = os.path.abspath(os.environ.get("PRECIS", os.path.join(root, "build", "precis")))


def arg(name, default):
    return int(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


k = arg("--articles", 1000)
kib = arg("--kib", 20)
repeat = arg("--repeat", 20)
if not os.path.exists(precis) or not os.path.exists("/proc/self/io"):
    print("serve_story_read.py: needs %s and Linux's /proc; skipping" % precis)
    sys.exit(0)

PARA = ("Crews finished repairs to the Halden rail bridge on Thursday, two weeks after a grain "
        "barge struck one of its piers, and the railway authority said trains would run on "
        "the bridge again from Monday morning. ")
text = (PARA * (kib * 1024 // len(PARA) + 1))[:kib * 1024]

tmp = tempfile.mkdtemp(prefix="s28-serve-bench-")
db = os.path.join(tmp, "store.db")
proc = subprocess.Popen([precis, "serve", "--quiet", "--listen", "127.0.0.1:0", "--db", db],
                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
line = proc.stdout.readline().decode()
port = int(line.split("http://127.0.0.1:")[1].split("/")[0])
pid = proc.pid


def request(method, path, body=None, headers=None):
    return serve_client.request(port, method, path, body, headers)


def rchar():
    return serve_client.proc_field(pid, "io", "rchar")


try:
    for start in range(0, k, 100):
        batch = [{"id": "wire-%d" % i, "title": "Halden bridge reopens (%d)" % i,
                  "source": "Outlet %d" % i, "date": "2031-05-08", "text": text}
                 for i in range(start, min(k, start + 100))]
        st, _ = request("POST", "/v1/articles", "\n".join(json.dumps(a) for a in batch))
        assert st in (200, 201), st
    st, data = request("GET", "/v1/stories?order=largest&limit=1")
    sid = json.loads(data)["stories"][0]["id"]
    st, data = request("GET", "/v1/stories/%d" % sid)  # makes the digest
    times, reads = [], []
    for _ in range(repeat):
        r0, t0 = rchar(), time.perf_counter()
        st, data = request("GET", "/v1/stories/%d" % sid)
        times.append((time.perf_counter() - t0) * 1000)
        reads.append(rchar() - r0)
    o = json.loads(data)
    page_reads = []
    for _ in range(repeat):
        r0 = rchar()
        request("GET", "/stories/%d?limit=1000" % sid, headers={"Accept": "text/html"})
        page_reads.append(rchar() - r0)
    digest = json.dumps(o["digest"])
    docs = json.dumps(o["digest"]["documents"])
    print("| story | articles in it | store read per request (API, page) | answer | digest"
          " | digest's documents | median time |")
    print("|---|---|---|---|---|---|---|")
    print("| %d x %d KiB | %d | %.1f KB, %.1f KB | %.0f KB | %.0f KB | %.0f KB | %.1f ms |"
          % (k, kib, o["articles"], statistics.median(reads) / 1e3,
             statistics.median(page_reads) / 1e3, len(data) / 1e3,
             len(digest) / 1e3, len(docs) / 1e3, statistics.median(times)))
finally:
    proc.terminate()
    proc.wait()
