"""Headlines on precis serve's pages: each says its language (lang=) when it
is not the page's English, a Latin-script one too (French, told by the
story's first article, since a headline alone is too short to tell), so that
a screen reader reads it in its own voice; in the list and over the story
alike.  The headline over a story's digest is that digest's lead, on the
page and in the API, even when an article arrives while the digest is made
(the row's headline was then an older one, its first article's title)."""
import html
import json
import random
import re
import sys
import threading

from util import check, done, run
from serve_util import skip_without_server, Server, read_example_articles

skip_without_server()

HTML = {"Accept": "text/html"}
H = {"Content-Type": "application/json"}
srv = Server()
dirs = {}
for a in read_example_articles():
    st, body = srv.json("POST", "/v1/articles", {k: v for k, v in a.items() if k != "story_dir"}, H)
    check(st == 201, "ingest %s: %s" % (a["id"], st))
    dirs[body["articles"][0]["story"]] = a["story_dir"]
# a Spanish story whose title alone reads as no language in particular
for i, t in enumerate(["La alcaldesa de Ronda inauguró el lunes el nuevo puente peatonal sobre"
                       " el río, que estuvo cerrado durante dos años por las obras.",
                       "El puente peatonal de Ronda se abrió el lunes después de dos años de"
                       " obras, según dijo la alcaldesa a los vecinos que esperaban."]):
    st, body = srv.json("POST", "/v1/articles",
                        {"id": "es-%d" % i, "title": "Ronda 2031", "text": t}, H)
    dirs[body["articles"][0]["story"]] = "es-ronda"


def want(d):
    code = d.split("-")[0]
    return code if code in ("ar", "el", "fr", "hi", "ja", "ru", "zh", "es", "tr", "ko") else None


st, hd, page = srv.request("GET", "/?limit=100", headers=HTML)
items = re.findall(r'<li><a dir="auto"( lang="([a-z]+)")? href="/stories/(\d+)">', page.decode())
check(len(items) == len(dirs), "every story listed: %d of %d" % (len(items), len(dirs)))
for _, lang, sid in items:
    d = dirs.get(int(sid), "?")
    check((lang or None) == want(d), "list: story %s (%s) lang=%r, want %r" % (sid, d, lang, want(d)))
for sid, d in sorted(dirs.items()):
    st, hd, page = srv.request("GET", "/stories/%d" % sid, headers=HTML)
    m = re.search(r'<h1 dir="auto"(?: lang="([a-z]+)")?>', page.decode())
    check(st == 200 and m and m.group(1) == want(d),
          "page: story %d (%s) lang=%r, want %r" % (sid, d, m and m.group(1), want(d)))

# an article that arrives while a digest is made: the page's heading and the
# API's headline are still the lead of the digest they show
vol = [a for a in read_example_articles() if a["story_dir"] == "volcano"]
pool = [x for a in vol for x in re.split(r"(?<=[.!?])\s+", a.get("text") or "") if len(x) > 40]
rng = random.Random(7)


def article(i, title=None):
    a = {"id": "race-%d" % i, "text": " ".join(rng.sample(pool, min(8, len(pool))))}
    if title:
        a["title"] = title
    st, body = srv.json("POST", "/v1/articles", a, H)
    return body["articles"][0]["story"]


race = article(0, "First title of the race story")
for i in range(1, 120):
    article(i)
n = 120


for rnd in range(6):
    got = {}
    path = "/stories/%d" % race if rnd % 2 == 0 else "/v1/stories/%d" % race

    def fetch():
        got["r"] = srv.request("GET", path, headers=HTML)

    t = threading.Thread(target=fetch)
    t.start()
    threading.Event().wait(0.01)  # the digest is being made
    article(n)
    n += 1
    t.join()
    st, hd, body = got["r"]
    body = body.decode()
    if path.startswith("/v1/"):
        j = json.loads(body)
        head, lead = j["headline"], j["digest"]["summary"][0]["text"]
    else:
        head = html.unescape(re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S).group(1))
        lead = html.unescape(re.sub(r"<[^>]+>", "", re.search(
            r"<h2>Summary</h2>\n<p[^>]*>(.*?)<a class", body, re.S).group(1)))
    check(st == 200 and lead.startswith(head.rstrip("\u2026").rstrip()),
          "round %d %s: the headline is the digest's lead: %r / %r" % (rnd, path, head[:60], lead[:60]))

code, err = srv.stop()
check(code == 0, "clean stop")
done()
