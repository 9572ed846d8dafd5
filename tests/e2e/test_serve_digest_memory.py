"""`precis serve --max-digest-memory BYTES`: the memory one story's digest
may take while it is made (the library's max_cluster_memory, as `precis
--max-cluster-memory`).  A story whose digest needs more is answered
`500 digest_failed` by the API, naming the limit, and its page says the
digest could not be made; the store is not blamed (it read well), the
articles stay stored and listed, and a story whose digest fits is served
by the same server.  Without the option the same articles make a digest.

This is the server's one way to fail the library, not the store, from
outside (session 32): before it, story_digest's -2 answer had no test."""
import glob
import os

from serve_util import skip_without_server, Server
from util import check, done, run, SRC

skip_without_server()
HTML = {"Accept": "text/html"}
LIMIT = 100000  # room to read the example's four articles, not to summarize them
ARTICLES = sorted(glob.glob(os.path.join(SRC, "examples", "volcano", "*.txt")))
SMALL = ("The council of Marnoor voted on Tuesday to close the old harbour market for a year "
         "of works on its roof.")


def post_all(srv):
    story = None
    for i, path in enumerate(ARTICLES):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        st, r = srv.json("POST", "/v1/articles", {"id": "v%d" % i, "text": text,
                                                  "source": "Outlet %d" % i,
                                                  "date": "2031-03-03"})
        check(st == 201, "article %s stored: %s %r" % (os.path.basename(path), st, r))
        story = r["articles"][0]["story"] if st == 201 else story
    return story


check(len(ARTICLES) == 4, "the volcano example's four articles: %r" % ARTICLES)

# The same articles with the library's default limit: a digest.
free = Server()
sid = post_all(free)
st, r = free.json("GET", "/v1/stories/%d" % sid)
check(st == 200 and r.get("digest", {}).get("summary"),
      "without --max-digest-memory the story's digest is made: %s %r" % (st, str(r)[:300]))
free.stop()

tight = Server(args=["--max-digest-memory", str(LIMIT)])
sid = post_all(tight)
st, r = tight.json("GET", "/v1/stories/%d" % sid)
detail = r.get("detail", "")
check(st == 500 and r.get("error") == "digest_failed" and "--max-digest-memory" in detail
      and str(LIMIT) in detail,
      "a digest past the limit: 500 digest_failed naming the limit: %s %r" % (st, r))
st, hd, data = tight.request("GET", "/stories/%d" % sid, headers=HTML)
page = data.decode("utf-8", "replace")
check(st == 500 and "digest could not be made" in page and "--max-digest-memory" in page
      and "read from the store" not in page,
      "its page: 500 saying the digest could not be made, not the store: %s %r"
      % (st, page[-500:]))
st, r = tight.json("GET", "/v1/articles/v0")
check(st == 200 and r.get("id") == "v0",
      "the articles stay stored and readable: %s %r" % (st, str(r)[:200]))
st, r = tight.json("POST", "/v1/articles", {"id": "small", "text": SMALL, "source": "Post",
                                            "date": "2031-03-04"})
check(st == 201, "a short article on another event stored: %s %r" % (st, r))
small = r["articles"][0]["story"] if st == 201 else None
check(small is not None and small != sid, "in a story of its own: %r vs %r" % (small, sid))
st, r = tight.json("GET", "/v1/stories/%d" % small)
check(st == 200 and r.get("digest", {}).get("summary"),
      "a story whose digest fits is served by the same server: %s %r" % (st, str(r)[:300]))
st, r = tight.json("GET", "/healthz")
check(st == 200, "the server stays healthy: %s %r" % (st, r))
tight.stop()

# The option's bounds are checked at start-up: no server below 64 KiB.
rc, out, err = run(["serve", "--max-digest-memory", "1000", "--db", ":memory:"], timeout=30)
check(rc == 2 and "--max-digest-memory expects an integer from 65536" in err,
      "a limit no digest fits is refused at start-up: %s %r" % (rc, err))
done()
