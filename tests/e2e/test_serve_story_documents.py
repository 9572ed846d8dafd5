"""GET /v1/stories/{id} lists at most 1,000 of the story's articles
(`documents`), in arrival order, `limit` (1 to 1000) and `offset` choosing
which, as for the list of stories; the row's `articles` says how many there
are.  Before session 27 it listed them all: an answer that grew with the
story (6.0 MB for a story of 20,008 articles, bench/serve_memory.py), made
whole in memory and held there until the client had it.  The digest's own
list of documents lists at most 12 of each document's near copies (session
28)."""
import json

from util import check, done
from serve_util import skip_without_server, Server

skip_without_server()

TEXT = ("Crews finished repairs to the Halden rail bridge on Thursday, two weeks after a barge "
        "struck one of its piers. Trains will run on the bridge again from Monday, the railway "
        "said, and the ferry that carried commuters across the Glomma will stop on Sunday.")
N = 1003  # one wire story republished: one story, past the default

srv = Server(args=["--quiet"])
body = "\n".join(json.dumps({"id": "w%04d" % i, "text": TEXT, "source": "Outlet %d" % i,
                             "date": "2031-05-08"}) for i in range(N))
st, r = srv.json("POST", "/v1/articles", body, {"Content-Type": "application/json"})
check(st == 201 and r.get("stored") == N, "%d copies stored: %s" % (N, st))
stories = {a["story"] for a in r.get("articles", [])}
check(len(stories) == 1, "one story: %r" % sorted(stories)[:5])
sid = stories.pop()


def ids(query=""):
    st, s = srv.json("GET", "/v1/stories/%d%s" % (sid, query))
    return st, s, [d["id"] for d in s.get("documents", [])]


everything = ["w%04d" % i for i in range(N)]
st, s, got = ids()
check(st == 200 and s.get("articles") == N and got == everything[:1000],
      "no limit: the first 1,000 of %d, in arrival order, the row counting all: %s %r %d"
      % (N, st, s.get("articles"), len(got)))
check(s.get("digest") and s.get("headline"), "the digest and headline as before")
st, s, got = ids("?offset=1000")
check(st == 200 and got == everything[1000:], "offset=1000: the rest: %r" % got)
st, s, got = ids("?limit=2&offset=5")
check(st == 200 and got == ["w0005", "w0006"], "limit=2&offset=5: %r" % got)
st, s, got = ids("?limit=1000&offset=%d" % N)
check(st == 200 and got == [] and s.get("articles") == N, "past the end: none: %r" % got)
st, s, got = ids("?digest=all&limit=3")
check(st == 200 and got == everything[:3] and s.get("digest"), "with digest=all: %r" % got)


def copies_listed(digest):
    """(the documents, each document's copies listed, and those left out)."""
    docs = digest.get("documents", [])
    return (docs, [len(d.get("copies", [])) for d in docs],
            sum(d.get("more_copies", 0) for d in docs))


# the digest's own documents: each lists at most 12 of its near copies,
# `more_copies` counting the rest, every article counted once (session 28:
# before, one document listed its 1,002 copies, about 120 bytes each)
for query in ("", "?digest=all"):
    st, s = srv.json("GET", "/v1/stories/%d%s" % (sid, query))
    docs, listed, more = copies_listed(s.get("digest") or {})
    check(st == 200 and docs and max(listed) == 12 and more > 0
          and len(docs) + sum(listed) + more == N
          and all(d.get("more_copies", 0) == 0 or len(d["copies"]) == 12 for d in docs),
          "digest%s: %d documents, copies listed %r, %d more, of %d articles"
          % (query, len(docs), listed, more, N))
    check(len(json.dumps(s["digest"])) < 20000, "the digest%s bounded: %d bytes"
          % (query, len(json.dumps(s["digest"]))))
    copy = docs[0]["copies"][0]
    check(copy.get("name", "").startswith("w") and copy.get("source", "").startswith("Outlet"),
          "a copy keeps its fields: %r" % copy)
# Exact copies past the 13th of a text are not given to the library when
# their outlet is one the text had (session 29: a story of 20,003 copies
# held them all, +83 MB to make its digest): what the digest lists and the
# page shows is what all of them give.  30 copies from the document's own
# outlet, one without a source whose URL names an outlet, 25 outlets more:
# the page names the outlet of the URL and the first 20 others, then "...",
# and the JSON counts every article.
TEXT2 = ("Police in Tromso arrested two men on Friday after a robbery at a jewellery shop in the "
         "town centre. The men were held overnight and will be charged on Saturday, police said.")
arts = [{"id": "r%02d" % i, "text": TEXT2, "source": "Wire"} for i in range(30)]
arts.append({"id": "r-url", "text": TEXT2, "url": "https://www.reuters.com/world/tromso"})
arts += [{"id": "r-late%02d" % i, "text": TEXT2, "source": "Late outlet %02d" % i}
         for i in range(25)]
st, r = srv.json("POST", "/v1/articles", "\n".join(json.dumps(a) for a in arts),
                 {"Content-Type": "application/json"})
check(st == 201 and len({a["story"] for a in r.get("articles", [])}) == 1,
      "the second story's %d articles: %s" % (len(arts), st))
sid2 = r["articles"][0]["story"]
for query in ("", "?digest=all"):
    st, s = srv.json("GET", "/v1/stories/%d%s" % (sid2, query))
    docs, listed, more = copies_listed(s.get("digest") or {})
    check(st == 200 and len(docs) == 1 and listed == [12] and more == len(arts) - 13
          and [c["name"] for c in docs[0]["copies"]] == ["r%02d" % i for i in range(1, 13)],
          "digest%s of the second story: copies r01-r12 listed, %d more: %r %r"
          % (query, len(arts) - 13, listed, more))
st, hd, page = srv.request("GET", "/stories/%d" % sid2)
page = page.decode()
shown = ["Reuters"] + ["Late outlet %02d" % i for i in range(19)]
check(st == 200 and all(o in page for o in shown) and "Late outlet 19" not in page
      and "Late outlet 18, ..." in page,
      "the page names the outlet of the URL, then 19 others and '...': %s %r"
      % (st, [o for o in shown if o not in page]))
for bad in ("?limit=0", "?limit=1001", "?limit=x", "?offset=-1"):
    st, e = srv.json("GET", "/v1/stories/%d%s" % (sid, bad))
    check(st == 400 and e.get("error") == "invalid_query", "%s: 400 invalid_query: %s %r"
          % (bad, st, e))
code, err = srv.stop()
check(code == 0, "clean stop: %s %r" % (code, err[-300:]))
done()
