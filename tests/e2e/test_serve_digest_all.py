"""A story's whole digest: the page and the API bound each section to the
digest's 25 most important items, and say under a section what they left
out; on the page that says so with a link, `?digest=all`, to the same page
with every quote, figure, date and name (before session 25 it said
"(--digest-all shows all)", the command line's way, which a reader of the
page cannot take).  `GET /v1/stories/{id}?digest=all` is the same for a
client.  The bounded digest stays the one cached in the store; the links
to other pages of the story's articles keep `?digest=all`.

Session 26: the "show all" links keep the page's `limit` and `offset`
(before, `?digest=all` alone sent the reader back to the first page of
articles), and the whole digest is kept in memory under the story's
version, as the bounded one is in the store: made once per version of the
story, not at every request (precis_digests_total in /metrics counts
them; before, there was nothing to count and each request made it)."""
import json
import re

from serve_util import skip_without_server, Server, many_items_article
from util import check, done

skip_without_server()
HTML = {"Accept": "text/html"}
srv = Server()
st, r = srv.json("POST", "/v1/articles", {"id": "many-1", "text": many_items_article(),
                                          "source": "Halden Post", "date": "2031-05-08"})
check(st == 201, "the article stored: %s %r" % (st, r))
sid = r["articles"][0]["story"]

st, bounded = srv.json("GET", "/v1/stories/%d" % sid)
d = bounded.get("digest") or {}
om = d.get("omitted", {})
check(st == 200 and len(d.get("quotes", [])) == 25 and om.get("quotes", 0) > 0
      and om.get("timeline", 0) > 0 and om.get("entities", 0) > 0,
      "the bounded digest keeps 25 of each and says what it left out: %r" % om)
st, whole = srv.json("GET", "/v1/stories/%d?digest=all" % sid)
w = whole.get("digest") or {}
check(st == 200 and all(len(w.get(k, [])) == len(d.get(k, [])) + om.get(k, 0)
                        for k in ("quotes", "timeline", "entities"))
      and not any(v for k, v in w.get("omitted", {}).items() if k != "undated"),
      "?digest=all: every item, nothing omitted: %s %r" % (
          st, {k: len(w.get(k, [])) for k in ("quotes", "timeline", "entities")}))
check(whole.get("headline") == bounded.get("headline") and whole.get("documents") ==
      bounded.get("documents"), "the rest of the story is the same")
st, again = srv.json("GET", "/v1/stories/%d" % sid)
check(again.get("digest") == d, "the bounded digest is still the one answered (and cached)")
for q in ("digest=some", "digest=", "digest=ALL"):
    st, e = srv.json("GET", "/v1/stories/%d?%s" % (sid, q))
    check(st == 400 and e.get("error") == "invalid_query" and "digest" in e.get("detail", ""),
          "?%s refused, naming digest: %s %r" % (q, st, e))
st, e = srv.json("GET", "/v1/stories/999999?digest=all")
check(st == 404, "no such story with ?digest=all: %s" % st)

# the page: each "N more ... not shown" links to ?digest=all; that page
# shows them all and says nothing is left out
st, hd, page = srv.request("GET", "/stories/%d" % sid, headers=HTML)
page = page.decode()
hints = re.findall(r'<p class="who">(\d+) more (\w[\w ]*?) not shown \(<a href="\?digest=all">'
                   r'show all</a>\)\.</p>', page)
check(st == 200 and "--digest-all" not in page and
      {what.split()[0][:4] for _, what in hints} == {"quot", "time", "name"},
      "the page links each section's left-out items to ?digest=all: %r" % hints)
check(page.count("<blockquote") == 25, "25 quotes on the bounded page: %d"
      % page.count("<blockquote"))
st, hd, full = srv.request("GET", "/stories/%d?digest=all" % sid, headers=HTML)
full = full.decode()
check(st == 200 and "not shown" not in full and
      full.count("<blockquote") == len(w.get("quotes", [])) and
      full.count("<li><span class=\"date") == len(w.get("timeline", [])),
      "the page with ?digest=all shows every quote and date: %d quotes, %d dates"
      % (full.count("<blockquote"), full.count("<li><span class=\"date")))
# the links to other pages of the story's articles keep ?digest=all
st, r = srv.json("POST", "/v1/articles", {"id": "many-2", "text": many_items_article(),
                                          "source": "Valley Post", "date": "2031-05-09"})
check(st == 201 and r["articles"][0]["story"] == sid, "a copy joins the story: %s %r" % (st, r))
st, hd, full = srv.request("GET", "/stories/%d?digest=all&limit=1" % sid, headers=HTML)
nxt = '<a rel="next" href="/stories/%d?limit=1&amp;offset=1' % sid
check(st == 200 and (nxt + '&amp;digest=all#articles">') in full.decode(),
      "the next page of articles keeps ?digest=all: %r" % re.findall(r'<a rel="next"[^>]*>',
                                                                     full.decode()))
st, hd, page = srv.request("GET", "/stories/%d?limit=1" % sid, headers=HTML)
check(st == 200 and (nxt + '#articles">') in page.decode(), "and the bounded page's does not")
st, hd, bad = srv.request("GET", "/stories/%d?digest=everything" % sid, headers=HTML)
check(st == 400 and b"digest" in bad and b"<html" in bad.lower(),
      "a bad ?digest on the page: a 400 page naming it: %s" % st)

# the "show all" links keep the page of articles shown
st, hd, page = srv.request("GET", "/stories/%d?limit=1&offset=1" % sid, headers=HTML)
links = re.findall(r'\(<a href="([^"]*)">show all</a>\)', page.decode())
check(st == 200 and len(links) == 3 and
      set(links) == {"?limit=1&amp;offset=1&amp;digest=all"},
      "the show-all links keep limit and offset: %r" % links)
st, hd, page = srv.request("GET", "/stories/%d?offset=1" % sid, headers=HTML)
links = re.findall(r'\(<a href="([^"]*)">show all</a>\)', page.decode())
check(st == 200 and set(links) == {"?offset=1&amp;digest=all"},
      "only the parameters given: %r" % links)
st, hd, full = srv.request("GET", "/stories/%d?limit=1&offset=1&digest=all" % sid, headers=HTML)
full = full.decode()
check(st == 200 and 'start="2"' in full and "Articles 2–2 of 2" in full,
      "that page shows every item and the same page of articles")


# the whole digest is made once per version of the story
def digests():
    st, hd, data = srv.request("GET", "/metrics")
    out = {}
    for line in data.decode().splitlines():
        m = re.match(r'precis_digests_total\{kind="(\w+)",source="(\w+)"\} (\d+)$', line)
        if m:
            out[m.group(1), m.group(2)] = int(m.group(3))
    return out


m0 = digests()
check(len(m0) == 4, "precis_digests_total by kind and source: %r" % m0)
st, w1 = srv.json("GET", "/v1/stories/%d?digest=all" % sid)
m1 = digests()
st, w2 = srv.json("GET", "/v1/stories/%d?digest=all" % sid)
st, hd, p2 = srv.request("GET", "/stories/%d?digest=all" % sid, headers=HTML)
m2 = digests()
check(w1 == w2 and m2.get(("all", "made")) == m1.get(("all", "made"))
      and m2.get(("all", "cached"), 0) - m1.get(("all", "cached"), 0) == 2,
      "asked again (the API, the page): the same answer, from the cache: %r -> %r" % (m1, m2))
check(p2.decode().count("<blockquote") == len(w1["digest"]["quotes"]),
      "the page from the cache shows every quote")
st, r = srv.json("POST", "/v1/articles", {"id": "many-3", "text": many_items_article(),
                                          "source": "Coast Post", "date": "2031-05-10"})
check(st == 201 and r["articles"][0]["story"] == sid, "a third copy joins: %s %r" % (st, r))
st, w3 = srv.json("GET", "/v1/stories/%d?digest=all" % sid)
m3 = digests()
check(st == 200 and m3.get(("all", "made")) == m2.get(("all", "made"), 0) + 1
      and w3.get("articles") == 3 and w3 != w2,
      "the story changed: the whole digest made again, of its 3 articles: %r %r"
      % (m3, w3.get("articles")))
st, w4 = srv.json("GET", "/v1/stories/%d?digest=all" % sid)
check(w4 == w3 and digests().get(("all", "made")) == m3.get(("all", "made")),
      "and kept for that version")
code, err = srv.stop()
check(code == 0, "clean stop: %r" % err[-300:])
done()
