"""precis serve: a gzip body is refused by name (s43-edges2).  It was
"415 the body is not text: 51% of its first 129 bytes are invalid UTF-8",
true of the compressed bytes but no help.  Now "the body is gzip data:
send it inflated (this server reads no Content-Encoding)", with or without
a Content-Encoding header: the server holds a body whole in memory under
--max-body, and a small compressed body can inflate far past it.  The same
body inflated is read, and nothing refused is stored."""
import gzip
import json

from util import check, done
from serve_util import metrics, skip_without_server, Server

skip_without_server()

srv = Server()
DOC = ("The harbour bridge in Vell was closed on Monday after a crack was found in one of its "
       "main cables, the city said. Engineers will inspect the other cables this week.")
BODIES = {
    "/v1/summarize": json.dumps({"documents": [DOC]}).encode(),
    "/v1/digest": json.dumps({"documents": [DOC]}).encode(),
    "/v1/extract": ("<html><body><article><p>%s</p></article></body></html>" % DOC).encode(),
    "/v1/articles": json.dumps({"id": "g1", "text": DOC, "date": "2031-06-02"}).encode(),
}
CTYPE = {"/v1/extract": "text/html"}


def answer(path, body, headers):
    st, hd, data = srv.request("POST", path, body, headers)
    try:
        return st, json.loads(data.decode())
    except ValueError:
        return st, {"_raw": data[:200]}


for path, body in BODIES.items():
    ctype = CTYPE.get(path, "application/json")
    for extra in ({}, {"Content-Encoding": "gzip"}):
        headers = dict({"Content-Type": ctype}, **extra)
        st, got = answer(path, gzip.compress(body, mtime=0), headers)
        check(st == 415 and got.get("error") == "unsupported_media_type"
              and got.get("detail") == "the body is gzip data: send it inflated "
                                       "(this server reads no Content-Encoding)",
              "%s, a gzip body %r: 415 naming gzip: %s %r" % (path, extra, st, got))
check(metrics(srv).get("precis_articles", 0) == 0, "nothing stored: %r" % metrics(srv))
for path, body in BODIES.items():
    st, got = answer(path, body, {"Content-Type": CTYPE.get(path, "application/json")})
    check(st in (200, 201), "%s, the same body inflated: read: %s %r" % (path, st, got))

rc, err = srv.stop()
check(rc == 0, "server stops cleanly: %d %s" % (rc, err[-300:]))
done()
