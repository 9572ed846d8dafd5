#!/usr/bin/env python3
"""`make serve`: starts `precis serve` on a store filled from examples/.

    tools/serve_examples.py PRECIS DB [LISTEN]

Starts the server (LISTEN defaults to 127.0.0.1:8080), posts every file of
every examples/*/ folder as an article when the store is empty, prints where
to point a browser, and runs until Ctrl-C (SIGINT) or SIGTERM, which it
passes on so that the server finishes its requests and closes the store."""
import json
import os
import signal
import subprocess
import sys
import urllib.request

precis, db = sys.argv[1], sys.argv[2]
listen = sys.argv[3] if len(sys.argv) > 3 else "127.0.0.1:8080"
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
proc = subprocess.Popen([precis, "serve", "--listen", listen, "--db", db],
                        stdout=subprocess.PIPE)
line = proc.stdout.readline().decode()
if "listening on" not in line:
    sys.exit(proc.wait() or 1)
url = line.split("listening on ")[1].split()[0].rstrip("/")


def post(articles):
    body = "\n".join(json.dumps(a) for a in articles).encode()
    req = urllib.request.Request(url + "/v1/articles", body,
                                 {"Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.loads(r.read())


with urllib.request.urlopen(url + "/v1/stories?limit=1") as r:
    empty = not json.loads(r.read())["stories"]
if empty:
    arts = []
    ex = os.path.join(root, "examples")
    for story in sorted(os.listdir(ex)):
        d = os.path.join(ex, story)
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            p = os.path.join(d, name)
            if os.path.isfile(p) and not name.startswith("."):
                with open(p, encoding="utf-8", errors="replace") as f:
                    key = "html" if name.endswith((".html", ".htm")) else "text"
                    arts.append({"id": "%s/%s" % (story, name), key: f.read()})
    with open(os.path.join(ex, "api-cluster.json"), encoding="utf-8") as f:
        for i, d in enumerate(json.load(f)["documents"]):
            arts.append(dict(d, id="api-cluster/%d" % (i + 1)))
    got = post(arts)
    print("precis serve: stored %d example articles in %d stories"
          % (got["stored"], len({a["story"] for a in got["articles"]})))
print("precis serve: open %s/ in a browser; Ctrl-C stops it" % url, flush=True)
for sig in (signal.SIGINT, signal.SIGTERM):
    signal.signal(sig, lambda s, f: proc.send_signal(signal.SIGTERM))
sys.exit(proc.wait())
