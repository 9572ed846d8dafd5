"""precis serve: the page of a story merged into another (a bookmark, a
link an editor sent before the merge) redirects to the story its articles
went to, through later merges too, instead of 'No such story'; a story
number never used is still a 404.  Feeds the DUC 2003 stream (30 TDT
stories, Oct-Dec 1998), whose young stories merge a dozen times.  A long
story's page tells what it leaves out without the command line's
--digest-all hint."""
import json
import os
import subprocess
import sys

from util import SRC, check, done, need_data, run
from serve_util import metrics, skip_without_server, Server

skip_without_server()
duc = need_data(os.path.join("duc2003", "task2.jsonl"))
stream = subprocess.run([sys.executable, os.path.join(SRC, "bench", "stories_duc.py"), duc],
                        capture_output=True, text=True, check=True).stdout.splitlines()

srv = Server()
H = {"Content-Type": "application/json"}
HTML = {"Accept": "text/html"}
merged = {}  # story merged away -> the story it went into
stories_of = {}  # article id -> its answer
for line in stream:
    a = json.loads(line)
    a.pop("cluster", None)
    st, body = srv.json("POST", "/v1/articles", a, H)
    check(st == 201, "ingest %s: %s" % (a["id"], st))
    for r in body.get("articles", []):
        stories_of[r["id"]] = r
        if r.get("merged"):
            merged[r["merged"]] = r["story"]
check(len(merged) >= 3, "the stream merges stories: %s" % merged)


def final(i):
    while i in merged:
        i = merged[i]
    return i


st, lst = srv.json("GET", "/v1/stories?limit=1000")
live = {s["id"] for s in lst["stories"]}
# the number of stories is kept by the writes since session 29 (no COUNT(*)
# at each page and scrape): made and merged away, it is the list's
n_stories = metrics(srv).get("precis_stories")
check(n_stories == len(live) == len(set(final(r["story"]) for r in stories_of.values())),
      "/metrics counts the stories listed: %s, %d listed" % (n_stories, len(live)))
st, hd, page = srv.request("GET", "/", headers=HTML)
check(" in %d stories" % len(live) in page.decode(), "so does the page")
for m in sorted(merged):
    st, hd, page = srv.request("GET", "/stories/%d" % m, headers=HTML)
    want = "/stories/%d" % final(m)
    check(st == 301 and hd.get("location") == want,
          "story %d's page leads to %s: %s %s" % (m, want, st, hd.get("location")))
    check(final(m) in live, "story %d went into a story that is listed (%d)" % (m, final(m)))
    st, hd, page = srv.request("GET", want, headers=HTML)
    check(st == 200 and b"<h2>Summary</h2>" in page, "%s: %s" % (want, st))
    # the API keeps its documented 404 for a story merged away, and says
    # where its articles went
    st, body = srv.json("GET", "/v1/stories/%d" % m)
    check(st == 404 and body.get("error") == "not_found" and body.get("merged_into") == final(m),
          "/v1/stories/%d: %s %s" % (m, st, body))
# a long story's page says how much it leaves out, without the command
# line's "--digest-all": with a link to the page that shows it all
more = 0
for i in sorted(live):
    st, hd, page = srv.request("GET", "/stories/%d" % i, headers=HTML)
    check(st == 200 and b"--digest-all" not in page, "story %d's page: %s, no CLI hint" % (i, st))
    more += b' not shown (<a href="?digest=all">show all</a>).</p>' in page
check(more > 0, "long stories' pages tell what they leave out (%d)" % more)
never = max(live | set(merged)) + 1000
st, hd, page = srv.request("GET", "/stories/%d" % never, headers=HTML)
check(st == 404 and "location" not in hd, "a story number never used: %s" % st)

code, err = srv.stop()
check(code == 0, "clean stop")
# after a restart the old numbers still lead where they did
srv.start()
m = min(merged)
st, hd, page = srv.request("GET", "/stories/%d" % m, headers=HTML)
check(st == 301 and hd.get("location") == "/stories/%d" % final(m),
      "after a restart, story %d still leads to %d: %s" % (m, final(m), st))
code, err = srv.stop()
check(code == 0, "clean stop")
done()
