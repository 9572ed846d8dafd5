#!/usr/bin/env python3
"""`make serve`: starts `precis serve` on a store filled from examples/.

    tools/serve_examples.py PRECIS DB [LISTEN]

Starts the server (LISTEN defaults to 127.0.0.1:8080), posts every file of
every examples/*/ folder as an article when the store is empty, prints where
to point a browser, and runs until Ctrl-C (SIGINT) or SIGTERM, which it
passes on so that the server finishes its requests and closes the store.
example_articles() is also used by the server's tests."""
import json
import os
import signal
import subprocess
import sys
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def example_articles(root=ROOT):
    """One article per file of each examples/*/ folder, with its folder."""
    out = []
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
                    out.append({"id": "%s/%s" % (story, name), key: f.read(), "story_dir": story})
    return out


def main():
    precis, db = sys.argv[1], sys.argv[2]
    listen = sys.argv[3] if len(sys.argv) > 3 else "127.0.0.1:8080"
    proc = subprocess.Popen([precis, "serve", "--listen", listen, "--db", db],
                            stdout=subprocess.PIPE)
    line = proc.stdout.readline().decode()
    if "listening on" not in line:
        sys.exit(proc.wait() or 1)
    url = line.split("listening on ")[1].split()[0].rstrip("/")
    with urllib.request.urlopen(url + "/v1/stories?limit=1") as r:
        empty = not json.loads(r.read())["stories"]
    if empty:
        arts = [{k: v for k, v in a.items() if k != "story_dir"} for a in example_articles()]
        with open(os.path.join(ROOT, "examples", "api-cluster.json"), encoding="utf-8") as f:
            for i, d in enumerate(json.load(f)["documents"]):
                arts.append(dict(d, id="api-cluster/%d" % (i + 1)))
        body = "\n".join(json.dumps(a) for a in arts).encode()
        req = urllib.request.Request(url + "/v1/articles", body,
                                     {"Content-Type": "application/json"})
        with urllib.request.urlopen(req) as r:
            got = json.loads(r.read())
        print("precis serve: stored %d example articles in %d stories"
              % (got["stored"], len({a["story"] for a in got["articles"]})))
    print("precis serve: open %s/ in a browser; Ctrl-C stops it" % url, flush=True)
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda s, f: proc.send_signal(signal.SIGTERM))
    sys.exit(proc.wait())


if __name__ == "__main__":
    main()
