#!/usr/bin/env python3
"""Load on `precis serve` with wrk (Debian package wrk), beside `precis batch`
on the same clusters, in one run.  Prints a Markdown report; never fails a
build.

    bench/serve.py [--seconds 30] [--million]

PRECIS=path (default build/precis), DATA=dir (default ../shared/data).
The server is pinned to CPU 1 with one worker thread, wrk to CPU 0 with one
thread (the issue's setting on this 2-core machine):

- summarize: POST /v1/summarize with one Multi-News val cluster at 64 and 32
  connections; its clusters/s against `precis batch -j 1` on the same
  cluster repeated (peer row, same CPU);
- ingest: POST /v1/articles, each request one new article (unique ids) of
  Multi-News text, then requests of 100 articles each;
- RSS of the server at start and end of each run (VmRSS), and, with
  --million, over 1,000,000 requests of GET /v1/stories?limit=5 and
  summarize (RSS every 100,000);
- how long the server takes to say where it listens (its start).
"""
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.chdir(root)
precis = os.path.abspath(os.environ.get("PRECIS", "build/precis"))
data = os.environ.get("DATA", "../shared/data")
seconds = 30
million = "--million" in sys.argv
if "--seconds" in sys.argv:
    seconds = int(sys.argv[sys.argv.index("--seconds") + 1])
wrk = shutil.which("wrk")
val = os.path.join(data, "multinews", "val.jsonl.gz")
if not wrk or not os.path.exists(precis) or not os.path.exists(val):
    print("serve.py: needs wrk (apt-get install wrk), %s and %s; skipping" % (precis, val))
    sys.exit(0)

tmp = tempfile.mkdtemp(prefix="precis-bench-serve-")
clusters = []
with gzip.open(val, "rt", encoding="utf-8") as f:
    for line in f:
        c = json.loads(line)
        if sum(len(d.split()) for d in c["documents"]) > 300:
            clusters.append({"id": c["id"], "documents": c["documents"]})
        if len(clusters) == 200:
            break
cluster = clusters[0]
body_path = os.path.join(tmp, "cluster.json")
with open(body_path, "w") as f:
    json.dump(cluster, f)


def rss_kb(pid):
    with open("/proc/%d/status" % pid) as f:
        m = re.search(r"VmRSS:\s+(\d+)", f.read())
    return int(m.group(1)) if m else -1


def start_server(db):
    existed = os.path.exists(db) and os.path.getsize(db) > 0
    t0 = time.time()
    p = subprocess.Popen(["taskset", "-c", "1", precis, "serve", "--listen", "127.0.0.1:0",
                          "--db", db, "--threads", "1", "--quiet", "--max-connections", "1024"],
                         stdout=subprocess.PIPE)
    line = p.stdout.readline().decode()
    port = int(line.split("127.0.0.1:")[1].split("/")[0])
    print("server start on %s store: %.3f s" % ("an existing" if existed else "an empty",
                                                time.time() - t0))
    return p, port


def run_wrk(url, script, conns, secs):
    out = subprocess.run(["taskset", "-c", "0", wrk, "-t1", "-c%d" % conns, "-d%ds" % secs,
                          "--latency", "-s", script, url], capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    lat = dict(re.findall(r"\s+(50|99)%\s+([\d.]+\w+)", out))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    total = int(re.search(r"(\d+) requests in", out).group(1))
    return rps, lat.get("50"), lat.get("99"), int(non2xx.group(1)) if non2xx else 0, total


post_script = os.path.join(tmp, "post.lua")
with open(post_script, "w") as f:
    f.write('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
            'local f = io.open("%s", "rb")\nwrk.body = f:read("*a")\nf:close()\n' % body_path)

# Articles for ingest: Multi-News documents, each request a new id.
texts = [d for c in clusters for d in c["documents"] if len(d.split()) > 50][:400]
art_path = os.path.join(tmp, "texts.lua")
with open(art_path, "w") as f:
    f.write("texts = {\n" + ",\n".join(json.dumps(json.dumps(t)[1:-1]) for t in texts) + "}\n")
ingest_script = os.path.join(tmp, "ingest.lua")
with open(ingest_script, "w") as f:
    f.write('dofile("%s")\nlocal n = 0\nlocal per = tonumber(os.getenv("PER") or "1")\n'
            'request = function()\n  local lines = {}\n  for i = 1, per do\n    n = n + 1\n'
            '    lines[i] = string.format(\'{"id":"w%%d-%%d","text":"%%s","date":"2017-0%%d-1%%d"}\','
            ' math.random(1e9), n, texts[(n %% #texts) + 1], (n %% 9) + 1, n %% 10)\n  end\n'
            '  return wrk.format("POST", "/v1/articles", {["Content-Type"]="application/json"},'
            ' table.concat(lines, "\\n"))\nend\n' % art_path)

print("## precis serve under wrk\n")
print("wrk -t1 on CPU 0, the server (--threads 1) on CPU 1, %d s per row; one Multi-News val"
      " cluster of %d words.\n" % (seconds, sum(len(d.split()) for d in cluster["documents"])))

# Peer: precis batch -j 1 on the same cluster, same CPU.
reps = 300
batch_in = os.path.join(tmp, "batch.jsonl")
with open(batch_in, "w") as f:
    for i in range(reps):
        f.write(json.dumps(dict(cluster, id=i)) + "\n")
t0 = time.time()
with open(batch_in, "rb") as f:
    subprocess.run(["taskset", "-c", "1", precis, "batch", "-j", "1"], stdin=f,
                   stdout=subprocess.DEVNULL, check=False)
batch_cps = reps / (time.time() - t0)

print("| run | requests/s | p50 | p99 | non-2xx | RSS start | RSS end |")
print("|---|---:|---:|---:|---:|---:|---:|")
db = os.path.join(tmp, "store.db")
srv, port = start_server(db)
url = "http://127.0.0.1:%d" % port
rows = {}
for conns in (64, 32):
    r0 = rss_kb(srv.pid)
    rps, p50, p99, bad, total = run_wrk(url + "/v1/summarize", post_script, conns, seconds)
    rows[conns] = rps
    print("| summarize, %d connections | %.0f | %s | %s | %d | %.1f MB | %.1f MB |"
          % (conns, rps, p50, p99, bad, r0 / 1024, rss_kb(srv.pid) / 1024))
print("| `precis batch -j 1`, same cluster x%d (peer) | %.0f clusters/s | | | | | |"
      % (reps, batch_cps))
for per in (1, 100):
    os.environ["PER"] = str(per)
    r0 = rss_kb(srv.pid)
    rps, p50, p99, bad, total = run_wrk(url + "/v1/articles", ingest_script, 8, seconds)
    print("| ingest, %d article%s per request, 8 connections | %.0f (%.0f articles/s) | %s | %s |"
          " %d | %.1f MB | %.1f MB |" % (per, "s" if per > 1 else "", rps, rps * per, p50, p99,
                                        bad, r0 / 1024, rss_kb(srv.pid) / 1024))
print()
print("summarize at 32 connections: %.2f of `precis batch -j 1`'s clusters/s"
      % (rows[32] / batch_cps))
if million:
    print("\nRSS over 1,000,000 requests (summarize and story lists alternating):\n")
    get_script = os.path.join(tmp, "mix.lua")
    with open(get_script, "w") as f:
        f.write('local f = io.open("%s", "rb")\nlocal body = f:read("*a")\nf:close()\nlocal n = 0\n'
                'request = function()\n  n = n + 1\n  if n %% 2 == 0 then return wrk.format("GET",'
                ' "/v1/stories?limit=5") end\n  return wrk.format("POST", "/v1/summarize",'
                ' {["Content-Type"]="application/json"}, body)\nend\n' % body_path)
    done_req = 0
    print("| requests | RSS |")
    print("|---:|---:|")
    print("| 0 | %.1f MB |" % (rss_kb(srv.pid) / 1024))
    while done_req < 1000000:
        out = subprocess.run(["taskset", "-c", "0", wrk, "-t1", "-c32", "-d30s", "-s", get_script,
                              url], capture_output=True, text=True, timeout=120).stdout
        n = int(re.search(r"(\d+) requests in", out).group(1))
        done_req += n
        print("| %d | %.1f MB |" % (done_req, rss_kb(srv.pid) / 1024), flush=True)
srv.terminate()
srv.wait()
shutil.rmtree(tmp, ignore_errors=True)
