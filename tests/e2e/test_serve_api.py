"""precis serve: every route of the JSON API through a live server on a free
port of 127.0.0.1 (standard library client only), the curl examples of
docs/api.md, the web pages as plain HTML, and a clean stop on SIGTERM."""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from util import PRECIS, SRC, check, done, run
from serve_util import skip_without_server, Server, read_example_articles

skip_without_server()

srv = Server()
# how fast it starts is a figure of bench/serve.py, not a timed test (a
# loaded machine or a sanitizer build takes longer); Server() fails when the
# server does not say where it listens within 30 s
print("started on an empty store in %.3f s" % srv.start_seconds)

# ---- health, metrics ------------------------------------------------------
st, body = srv.json("GET", "/healthz")
check(st == 200 and body.get("status") == "ok", "healthz: %s %s" % (st, body))

# ---- summarize and digest: the same JSON as the CLI's -f json --------------
vol = os.path.join(SRC, "examples", "volcano")
docs = []
for name in sorted(os.listdir(vol)):
    with open(os.path.join(vol, name), encoding="utf-8") as f:
        docs.append(f.read())
cluster = {"id": "volcano", "documents": docs, "words": 80}
st, body = srv.json("POST", "/v1/summarize", cluster)
check(st == 200 and isinstance(body.get("sentences"), list) and body["sentences"],
      "summarize answers a summary: %s %s" % (st, str(body)[:200]))
line = json.dumps({"id": "volcano", "documents": docs})
rc, cli_json, _ = run(["-w", "80", "-f", "json", "-"], stdin="\n|||||\n".join(docs))
if rc == 0 and st == 200:
    cli = json.loads(cli_json)
    check([s["text"] for s in cli["sentences"]] == [s["text"] for s in body["sentences"]],
          "summarize gives the sentences of precis -f json")
    check(set(cli.keys()) == set(body.keys()), "same JSON fields as -f json: %s vs %s"
          % (sorted(cli.keys()), sorted(body.keys())))

st, body = srv.json("POST", "/v1/digest", dict(cluster, method="lead", order="time"))
check(st == 200 and "quotes" in body and "summary" in body,
      "digest answers the digest JSON: %s %s" % (st, str(body)[:200]))

# ---- extract ------------------------------------------------------------------
page = ("<!DOCTYPE html><html><head><title>Dam opens | River Times</title></head><body>"
        "<nav>Home | World | Sport</nav><article><h1>Dam opens</h1>"
        + "".join("<p>The new dam on the river opened on Tuesday, officials said, after %d years"
                  " of building and a long dispute over its cost.</p>" % (i + 3) for i in range(4))
        + "</article><footer>Copyright River Times</footer></body></html>")
st, hd, data = srv.request("POST", "/v1/extract", page, {"Content-Type": "text/html"})
ex = json.loads(data)
check(st == 200 and "dam on the river" in ex.get("text", "") and "Copyright" not in ex["text"],
      "extract answers the article: %s %s" % (st, str(ex)[:200]))
st, ex2 = srv.json("POST", "/v1/extract", {"html": page, "url": "https://river.example/dam"},
                   {"Content-Type": "application/json"})
check(st == 200 and ex2.get("text") == ex.get("text") and ex2.get("url"),
      "extract takes JSON {html, url}: %s" % str(ex2)[:200])
st, body = srv.json("POST", "/v1/extract", "<html><head><title>x</title></head><body></body></html>",
                    {"Content-Type": "text/html"})
check(st == 422 and body.get("error") == "no_article", "a page without article: 422 %s" % body)

# ---- articles and stories -------------------------------------------------------
arts = read_example_articles()
first = arts[0]
one = {k: v for k, v in first.items() if k != "story_dir"}
st, body = srv.json("POST", "/v1/articles", one)
check(st == 201 and body["articles"][0]["id"] == first["id"] and body["articles"][0]["story"] > 0,
      "one article stored and assigned: %s %s" % (st, body))
st, again = srv.json("POST", "/v1/articles", one)
check(st == 200 and again["articles"][0].get("duplicate") is True
      and again["articles"][0]["story"] == body["articles"][0]["story"],
      "the same article again is answered with its story, not stored twice: %s" % again)
rest = "\n".join(json.dumps({k: v for k, v in a.items() if k != "story_dir"}) for a in arts[1:])
st, body2 = srv.json("POST", "/v1/articles", rest + "\n")
check(st == 201 and len(body2["articles"]) == len(arts) - 1,
      "JSON Lines of articles: %s %s" % (st, str(body2)[:200]))
assigned = {first["id"]: body["articles"][0]["story"]}
for a in body2.get("articles", []):
    assigned[a["id"]] = a["story"]
# Each example folder is one story: its articles land together, and two
# folders never share a story.
by_dir = {}
for a in arts:
    by_dir.setdefault(a["story_dir"], set()).add(assigned.get(a["id"]))
for d, stories in by_dir.items():
    check(len(stories) == 1, "the articles of examples/%s form one story: %s" % (d, stories))
all_stories = [next(iter(s)) for s in by_dir.values()]
check(len(set(all_stories)) == len(all_stories), "different examples, different stories")

st, lst = srv.json("GET", "/v1/stories?limit=50")  # more than the examples
check(st == 200 and len(lst["stories"]) == len(by_dir), "story list: %s" % str(lst)[:300])
st, big = srv.json("GET", "/v1/stories?order=largest&limit=1")
check(st == 200 and len(big["stories"]) == 1
      and big["stories"][0]["articles"] == max(len(v) for v in
                                               [[a for a in arts if a["story_dir"] == d]
                                                for d in by_dir]),
      "largest first: %s" % big)
st, none = srv.json("GET", "/v1/stories?since=2999-01-01")
check(st == 200 and none["stories"] == [], "since filters by last update: %s" % none)
sid = assigned[first["id"]]
st, story = srv.json("GET", "/v1/stories/%d" % sid)
check(st == 200 and story["id"] == sid and story["digest"] and story["digest"].get("summary"),
      "a story with its articles and digest: %s" % str(story)[:300])
check(len(story.get("documents", [])) == sum(1 for a in arts if a["story_dir"] == first["story_dir"]),
      "the story lists its articles")
check(story.get("headline") == story["digest"]["summary"][0]["text"],
      "the headline is the digest's lead sentence: %r" % story.get("headline"))
st, nope = srv.json("GET", "/v1/stories/999999")
check(st == 404 and nope.get("error") == "not_found", "unknown story: 404")

# The digest is computed when the story changes, not on every read: a second
# read is served from the store (the metric of digests computed stays).
st, story2 = srv.json("GET", "/v1/stories/%d" % sid)
check(story2.get("digest") == story.get("digest"), "the digest is the same on a second read")

# ---- metrics -----------------------------------------------------------------------
st, hd, m = srv.request("GET", "/metrics")
m = m.decode()
check(st == 200 and hd.get("content-type", "").startswith("text/plain"), "metrics answer")
for needle in ['precis_http_requests_total{route="/v1/summarize",status="200"} 1',
               "precis_http_request_duration_seconds_bucket{le=\"+Inf\"}",
               "precis_articles %d" % len(arts), "precis_stories %d" % len(by_dir),
               "precis_store_bytes "]:
    check(needle in m, "metrics has %r" % needle)

# ---- the web page -------------------------------------------------------------------
st, hd, html = srv.request("GET", "/")
html = html.decode()
check(st == 200 and "text/html" in hd["content-type"] and "/stories/%d" % sid in html,
      "the story list page links each story")
check("<script" not in html and "script-src" not in hd.get("content-security-policy", "x")
      and "default-src 'none'" in hd.get("content-security-policy", ""),
      "no script on the page, and none allowed")
check('name="viewport"' in html, "phone-width viewport")
st, hd, sp = srv.request("GET", "/stories/%d" % sid)
sp = sp.decode()
check(st == 200 and "<h2>Summary</h2>" in sp and "<h2>Quotes</h2>" in sp and 'href="/"' in sp,
      "story page: the digest with the site's navigation")
st, hd, newp = srv.request("GET", "/new")
check(st == 200 and b'enctype="multipart/form-data"' in newp, "paste page has an upload form")
# The paste form, as a browser without JavaScript sends it.
boundary = "----precisTestBoundary"
parts = []
parts.append('--%s\r\nContent-Disposition: form-data; name="text"\r\n\r\n%s\r\n'
             % (boundary, "\n|||||\n".join(docs[:2])))
parts.append('--%s\r\nContent-Disposition: form-data; name="file"; filename="c.txt"\r\n'
             'Content-Type: text/plain\r\n\r\n%s\r\n' % (boundary, docs[2]))
parts.append('--%s\r\nContent-Disposition: form-data; name="words"\r\n\r\n60\r\n--%s--\r\n'
             % (boundary, boundary))
st, hd, res = srv.request("POST", "/new", "".join(parts),
                          {"Content-Type": "multipart/form-data; boundary=" + boundary})
res = res.decode()
check(st == 200 and "<h2>Summary</h2>" in res and res.count('<li id="src-') == 3,
      "a pasted and uploaded cluster gives its digest page: %s %s" % (st, res[:300]))

# ---- docs/api.md's curl examples run as written ---------------------------------------
curl = shutil.which("curl")
if curl:
    with open(os.path.join(SRC, "docs", "api.md"), encoding="utf-8") as f:
        doc = f.read()
    blocks = re.findall(r"```sh\n(.*?)```", doc, re.S)
    cmds = [c for b in blocks for c in re.split(r"\n(?=curl )", b.strip()) if c.startswith("curl ")]
    check(len(cmds) >= 6, "docs/api.md has curl examples (%d)" % len(cmds))
    workdir = tempfile.mkdtemp()
    shutil.copytree(os.path.join(SRC, "examples"), os.path.join(workdir, "examples"))
    for c in cmds:
        c = c.replace("localhost:8080", "127.0.0.1:%d" % srv.port).replace(
            "127.0.0.1:8080", "127.0.0.1:%d" % srv.port)
        p = subprocess.run(["bash", "-c", c.replace("\\\n", " ") + " -s -o /dev/null"
                            " -w '%{http_code}'"], capture_output=True, cwd=workdir, timeout=60)
        code = p.stdout.decode()[-3:]
        check(p.returncode == 0 and code.startswith("2"),
              "docs/api.md example answers 2xx: %s -> %s %s" % (c[:80], code, p.stderr[-200:]))
else:
    print("note: curl not installed; docs/api.md examples not run")

# ---- SIGTERM: clean stop --------------------------------------------------------------
code, err = srv.stop()
check(code == 0 and "store is closed" in err, "SIGTERM stops cleanly: %s %s" % (code, err[-300:]))

# ---- a merge of two stories: the store moves the articles, a replay agrees --------------
# tests/data/split_story.jsonl: a hurricane story opened twice (the landfall,
# then the shelters), joined by the article that tells both.
srv = Server()
with open(os.path.join(SRC, "tests", "data", "split_story.jsonl")) as f:
    split = f.read()
st, body = srv.json("POST", "/v1/articles", split)
got = {a["id"]: a for a in body.get("articles", [])}
check(st == 201 and len(got) == 6, "split story stored: %s %s" % (st, str(body)[:300]))
h1, h2, h3 = (got.get(k, {}) for k in ("h1", "h2", "h3"))
check(h3.get("story") == h1.get("story") and h3.get("merged") == h2.get("story") != h1.get("story"),
      "the answer names the story merged away: %s" % body)
st, story = srv.json("GET", "/v1/stories/%d" % h1.get("story", 0))
ids = sorted(d.get("id") for d in story.get("documents", []))
check(st == 200 and ids == ["h1", "h2", "h3", "h4"] and story.get("articles") == 4,
      "the merged story has the four articles: %s %s" % (st, ids))
st, gone = srv.json("GET", "/v1/stories/%d" % h2.get("story", 0))
check(st == 404, "the story merged away is gone: %s" % st)
st, dup = srv.json("POST", "/v1/articles", split.splitlines()[2])
check(dup.get("articles", [{}])[0].get("story") == h1.get("story"),
      "a retry of the article of the merged-away story answers the story it is in now")
srv.kill()  # no snapshot: the restart replays the six articles
srv.start()
st, lst = srv.json("GET", "/v1/stories?limit=50")  # more than the examples
check(st == 200 and sorted(s["articles"] for s in lst["stories"]) == [2, 4],
      "after a replay: the same two stories: %s" % lst)
# the default window is the library's (60 days, as precis cluster): a story that
# goes quiet for a month and comes back is still one story
late = json.loads(split.splitlines()[0])
late.update(id="h1-a-month-later", date="2024-10-11T06:00:00Z")
st, body = srv.json("POST", "/v1/articles", json.dumps(late))
check(st == 201 and body.get("articles", [{}])[0].get("story") == h1.get("story"),
      "an article 30 days after its story's last one joins it: %s" % body)
code, err = srv.stop()
check(code == 0 and "would now join another story" not in err,
      "the replay agrees with the store: %s" % err[-300:])

# ---- SIGTERM right after start-up, again and again: the stop signal is taken by
# sigwait in the main thread, never lost to another thread or to the moment
# between a flag's test and a pause() --------------------------------------------
stops = 0
for _ in range(12):
    srv = Server()
    code, err = srv.stop()
    stops += code == 0 and "store is closed" in err
check(stops == 12, "SIGTERM right after start-up stops the server every time: %d of 12" % stops)
done()
