#!/usr/bin/env python3
"""Peak memory of `precis serve`'s largest answers, on a big feed.  Prints a
Markdown table; never fails a build.

    bench/serve_memory.py [--articles N] [--story K] [--copies C]

PRECIS=path (default build/precis), DATA=dir (default ../shared/data).
The feed is the first N articles (default 10,000) of Multi-News val's
clusters, each cluster a story of a few articles, posted 200 to a request;
then one long-running story of K articles (default 2,000): K distinct
Multi-News val articles, each after one shared paragraph of the same
event (as wire copy carries a story's background) and the first 150 words
of its own, which puts most of them in one story; then one wire story
republished C times (default 20,000; distinct ids, titles and outlets, the
same text), the story with the longest list of articles.  For each answer: its bytes, its time, and how much the server's
peak resident memory (VmHWM, reset before each request through
/proc/PID/clear_refs) rose above its resident memory before the request.
A digest is asked twice: made, then from the cache.
"""
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time

import serve_client

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
precis = os.path.abspath(os.environ.get("PRECIS", os.path.join(root, "build", "precis")))
data = os.environ.get("DATA", os.path.join(root, "..", "shared", "data"))
n_articles = 10000
story_size = 2000
copies = 20000
if "--articles" in sys.argv:
    n_articles = int(sys.argv[sys.argv.index("--articles") + 1])
if "--copies" in sys.argv:
    copies = int(sys.argv[sys.argv.index("--copies") + 1])
if "--story" in sys.argv:
    story_size = int(sys.argv[sys.argv.index("--story") + 1])
val = os.path.join(data, "multinews", "val.jsonl.gz")
if not os.path.exists(precis) or not os.path.exists(val) or not os.path.exists("/proc/self/clear_refs"):
    print("serve_memory.py: needs %s, %s and Linux's /proc; skipping" % (precis, val))
    sys.exit(0)

BACKGROUND = ("Background: the Halden rail bridge over the Glomma river was closed on 3 May 2031 "
              "after a grain barge struck its central pier; engineers from Norsk Bro inspected "
              "the pier, the railway authority Bane NOR cancelled every train between Halden "
              "and Sarpsborg, and the county opened a ferry service for commuters.")

STORY_WORDS = 150  # of each article, after the background, in the long story
docs = []
with gzip.open(val, "rt", encoding="utf-8") as f:
    for line in f:
        c = json.loads(line)
        for d in c["documents"]:
            if len(d.split()) >= 100:
                docs.append((c["id"], d))
        if len(docs) >= n_articles + story_size:
            break
feed = docs[:n_articles]
long_story = docs[n_articles:n_articles + story_size]

tmp = tempfile.mkdtemp(prefix="precis-bench-mem-")
db = os.path.join(tmp, "store.db")
# glibc gives freed memory back at once (one arena, blocks of 64 KiB or more
# mapped on their own, the top of the heap trimmed), so that the resident
# memory before a request is what is live, not what an earlier one freed
env = dict(os.environ, MALLOC_ARENA_MAX="1", MALLOC_TRIM_THRESHOLD_="0",
           MALLOC_MMAP_THRESHOLD_="65536")
proc = subprocess.Popen([precis, "serve", "--quiet", "--listen", "127.0.0.1:0", "--db", db,
                         "--threads", "1"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                        env=env)
line = proc.stdout.readline().decode()
port = int(line.split("http://127.0.0.1:")[1].split("/")[0])


def status(key):
    return serve_client.proc_field(proc.pid, "status", key) * 1024


def request(method, path, body=None):
    return serve_client.request(port, method, path, body)


def post_all(arts):
    for i in range(0, len(arts), 200):
        body = "\n".join(json.dumps(a) for a in arts[i:i + 200]).encode()
        st, out = request("POST", "/v1/articles", body)
        if st not in (200, 201):
            sys.exit("serve_memory.py: ingest answered %s: %r" % (st, out[:200]))


t0 = time.time()
post_all([{"id": "f%d" % i, "text": d, "date": "2031-05-%02d" % (1 + i * 27 // len(feed))}
          for i, (_cid, d) in enumerate(feed)])
t_feed = time.time() - t0
t0 = time.time()
post_all([{"id": "s%d" % i, "text": BACKGROUND + "\n\n" + " ".join(d.split()[:STORY_WORDS]),
           "date": "2031-06-%02d" % (1 + i % 28)} for i, (_cid, d) in enumerate(long_story)])
t_story = time.time() - t0
t0 = time.time()
wire = BACKGROUND + "\n\n" + docs[0][1]
post_all([{"id": "w%d" % i, "text": wire, "title": "Halden bridge: the ferry runs (%d)" % i,
           "source": "Outlet %d" % i, "url": "https://outlet%d.example/halden" % i,
           "date": "2031-07-%02d" % (1 + i % 28)} for i in range(copies)])
t_copies = time.time() - t0
st, out = request("GET", "/v1/stories?limit=1&order=largest")
wid = json.loads(out)["stories"][0]["id"]
n_wire = json.loads(out)["stories"][0]["articles"]
st, out = request("GET", "/v1/stories?limit=2&order=largest")
top = json.loads(out)["stories"][1]
sid = top["id"]
feed_bytes = sum(len(d) for _c, d in docs[:n_articles + story_size])
rows = []


def measure(label, path):
    with open("/proc/%d/clear_refs" % proc.pid, "w") as f:
        f.write("5")  # resets VmHWM to the current VmRSS
    before = status("VmRSS")
    t = time.time()
    st, out = request("GET", path)
    ms = (time.time() - t) * 1000
    peak = status("VmHWM")
    rows.append((label, path, st, len(out), ms, before, peak - before))


measure("list, 1,000 newest", "/v1/stories?limit=1000")
measure("list, 1,000 largest", "/v1/stories?limit=1000&order=largest")
measure("web page, 1,000 stories", "/?limit=1000")
measure("largest story (made)", "/v1/stories/%d" % sid)
measure("largest story (cached)", "/v1/stories/%d" % sid)
measure("its whole digest (made)", "/v1/stories/%d?digest=all" % sid)
measure("its whole digest (cached)", "/v1/stories/%d?digest=all" % sid)
measure("its page, whole digest", "/stories/%d?digest=all&limit=1000" % sid)
measure("its page, 1,000 articles", "/stories/%d?limit=1000" % sid)
measure("the wire story (made)", "/v1/stories/%d" % wid)
measure("the wire story (cached)", "/v1/stories/%d" % wid)
measure("its whole digest (made)", "/v1/stories/%d?digest=all" % wid)
st_db = os.path.getsize(db) + (os.path.getsize(db + "-wal") if os.path.exists(db + "-wal") else 0)
rss_end = status("VmRSS")
proc.terminate()
proc.wait()

print("## precis serve: peak memory of the largest answers\n")
print("%d feed articles (%.1f s to ingest) + one story of %d (%.1f s) + %d copies (%.1f s); "
      "%.1f MB of text, store %.1f MB; the long story: %d articles, the wire story: %d; "
      "server RSS at the end %.1f MB\n"
      % (len(feed), t_feed, len(long_story), t_story, copies, t_copies,
         (feed_bytes + copies * len(wire)) / 1e6, st_db / 1e6, top["articles"], n_wire,
         rss_end / 1e6))
print("| answer | status | bytes | ms | RSS before (MB) | peak rise (MB) | rise / bytes |")
print("|---|---:|---:|---:|---:|---:|---:|")
for label, path, st, n, ms, before, rise in rows:
    print("| %s `%s` | %d | %d | %.0f | %.1f | %.1f | %.1f |"
          % (label, path, st, n, ms, before / 1e6, rise / 1e6, rise / max(n, 1)))
