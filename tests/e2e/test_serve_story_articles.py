"""A story's page lists every article of the story, 50 to a page like the
list of stories (limit=, offset=), with links to the previous and the next
page and one to show them all: the digest's Sources name only the articles
it cites (and the first 12), and near copies of one another as one, so an
editor could not reach the others.  Each article shows its title (or first
words), linked to its address when that is a web address, its outlet, date
and id."""
import html
import random
import re
import sys

from util import check, done, run
from serve_util import skip_without_server, Server, read_example_articles

skip_without_server()

HTML = {"Accept": "text/html"}
H = {"Content-Type": "application/json"}
srv = Server()
vol = [a for a in read_example_articles() if a["story_dir"] == "volcano"]
pool = [x for a in vol for x in re.split(r"(?<=[.!?])\s+", a.get("text") or "") if len(x) > 40]
rng = random.Random(11)
ids = []
for i in range(63):
    a = {"id": "v<%d>" % i, "text": " ".join(rng.sample(pool, min(8, len(pool)))),
         "source": "Outlet %d" % (i % 4), "date": "2031-03-%02d" % (1 + i % 20)}
    if i % 3 == 0:
        a["title"] = "Ash <update> %d" % i
    if i % 5 == 0:
        a["url"] = "https://news.example/ash/%d?a=1&b=2" % i
    st, body = srv.json("POST", "/v1/articles", a, H)
    check(st == 201, "ingest %d: %s" % (i, st))
    ids.append(a["id"])
stories = {s["id"]: s["articles"] for s in srv.json("GET", "/v1/stories")[1]["stories"]}
story = max(stories, key=stories.get)
total = stories[story]
check(total >= 55, "one story holds most articles: %s" % stories)


def page(q=""):
    st, hd, body = srv.request("GET", "/stories/%d%s" % (story, q), headers=HTML)
    body = body.decode()
    sec = body.split('<h2 id="articles">Articles</h2>', 1)
    items = re.findall(r"<li>(.*?)</li>", sec[1], re.S) if len(sec) == 2 else []
    got = [html.unescape(m) for m in re.findall(r"id <code>(.*?)</code>", "".join(items))]
    links = {rel: html.unescape(h) for rel, h in
             re.findall(r'<a rel="(prev|next)" href="([^"]+)"', sec[1] if len(sec) == 2 else "")}
    alls = [html.unescape(h) for h in re.findall(r'<a href="([^"]+)">all</a>', body)]
    return st, body, items, got, links, alls


st, body, items, first, links, alls = page()
check(st == 200 and len(first) == 50, "the first page lists 50 articles: %d" % len(first))
check("Articles 1–50 of %d" % total in body, "it says which and of how many")
check("next" in links and "prev" not in links and alls, "a next page and an 'all' link: %s" % links)
seen = list(first)
q = links.get("next", "")
while q:
    st, body, items, got, links, _ = page(q[q.index("?"):].split("#")[0])
    check(st == 200 and got and "prev" in links, "a next page: %s %d" % (st, len(got)))
    seen += got
    q = links.get("next", "")
mine = [i for i in ids if i in seen]
check(len(seen) == total and len(set(seen)) == total, "the pages list every article once: %d of %d"
      % (len(set(seen)), total))
st, body, items, allp, links, _ = page(alls[0][alls[0].index("?"):].split("#")[0] if alls else "")
check(st == 200 and allp == seen, "'all' lists them all, in the same order")
# titles escaped, first words when untitled, web addresses as links
titled = [it for it in items if "Ash &lt;update&gt;" in it]
check(titled and "<update>" not in body, "titles are escaped")
check(any(re.match(r'<a dir="auto" href="https://news\.example/ash/\d+\?a=1&amp;b=2">', it)
          for it in items), "a web address links the article")
check(any(it.startswith('<span dir="auto">') and "Ash" not in it.split("<div")[0] for it in items),
      "an untitled article shows its first words")
check(all("Outlet " in it for it in items), "each shows its outlet")
# bad or past-the-end offsets
st, hd, b = srv.request("GET", "/stories/%d?offset=abc" % story, headers=HTML)
check(st == 400 and b"offset" in b, "offset=abc: 400 naming offset: %s" % st)
st, body, items, got, links, _ = page("?offset=5000")
check(st == 200 and not got and "No articles past 5000" in body and "prev" in links,
      "past the end: says so, links back: %s" % st)

code, err = srv.stop()
check(code == 0, "clean stop")
done()
