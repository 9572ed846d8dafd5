"""Headlines on precis serve's pages: each says its language (lang=) when it
is not the page's English, a Latin-script one too (French, told by the
story's first article, since a headline alone is too short to tell), so that
a screen reader reads it in its own voice; in the list and over the story
alike."""
import re
import sys

from util import check, done, run
from serve_util import Server, read_example_articles

rc, out, err = run(["serve", "--help"])
if rc != 0 and "not built" in err:
    print("SKIP: precis built without the server")
    sys.exit(77)

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
    return code if code in ("ar", "el", "fr", "hi", "ja", "ru", "zh", "es") else None


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

code, err = srv.stop()
check(code == 0, "clean stop")
done()
