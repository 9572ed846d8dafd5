"""precis serve: a body that is not text gets 415 unsupported_media_type,
in JSON, with the CLI's words for such a file (session 39, bad input second
round).  A Content-Type of a kind that is never an article (image/,
audio/, video/, font/, model/) is refused before the body is read, naming
what the route reads; bytes that are
not text (an image, compressed data) under any other type, or none, are
refused once read: "the body is not text (a PNG image)".  Before, both
were read and answered 400 invalid_utf8 (or invalid_json), as if the
client had sent broken JSON.  JSON under a form's type (curl -d) or
application/octet-stream is still read, and nothing refused is stored."""
import json
import random

from util import check, done
from serve_util import metrics, skip_without_server, Server

skip_without_server()

srv = Server()
rnd = random.Random(5)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(rnd.randrange(256) for _ in range(3000))
NOISE = bytes(rnd.randrange(256) for _ in range(3000))
DOC = ("The harbour bridge in Vell was closed on Monday after a crack was found in one of its "
       "main cables, the city said. Engineers will inspect the other cables this week.")
SUMMARY = json.dumps({"documents": [DOC]}).encode()
ARTICLE = json.dumps({"id": "m1", "text": DOC, "date": "2031-06-02"}).encode()


def answer(path, body, ctype):
    st, hd, data = srv.request("POST", path, body, {"Content-Type": ctype} if ctype else {})
    try:
        return st, hd.get("content-type", ""), json.loads(data.decode())
    except ValueError:
        return st, hd.get("content-type", ""), {"_raw": data[:200]}


for path in ("/v1/summarize", "/v1/digest", "/v1/extract", "/v1/articles"):
    for ctype in ("image/png", "IMAGE/JPEG", "video/mp4; codecs=avc1", "audio/mpeg", "font/woff2",
                  " image/gif"):
        st, ct, body = answer(path, PNG, ctype)
        check(st == 415 and ct.startswith("application/json")
              and body.get("error") == "unsupported_media_type"
              and body.get("detail", "").startswith("Content-Type %s: this route reads "
                                                    % ctype.split(";")[0].strip()),
              "%s with Content-Type %s: 415 in JSON naming it: %s %r" % (path, ctype, st, body))
    for ctype in ("application/json", "application/x-www-form-urlencoded", None):
        st, ct, body = answer(path, PNG, ctype)
        check(st == 415 and body.get("error") == "unsupported_media_type"
              and body.get("detail") == "the body is not text (a PNG image)",
              "%s: a PNG's bytes as %s: 415 'not text (a PNG image)': %s %r"
              % (path, ctype, st, body))
    st, ct, body = answer(path, NOISE, "application/json")
    check(st == 415 and body.get("detail", "").startswith("the body is not text"),
          "%s: random bytes: 415 not text: %s %r" % (path, st, body))

# text under a form's type or octet-stream is read as before
for ctype in ("application/json", "application/x-www-form-urlencoded",
              "application/octet-stream"):
    st, ct, body = answer("/v1/summarize", SUMMARY, ctype)
    check(st == 200 and "Vell" in body["sentences"][0]["text"],
          "JSON as %s is summarized: %s %r" % (ctype, st, body))
# broken JSON is still 400 invalid_json, a Latin-1 byte 400 invalid_utf8
st, ct, body = answer("/v1/summarize", b'{"documents": ["a", ', "application/json")
check(st == 400 and body.get("error") == "invalid_json", "broken JSON: 400: %s %r" % (st, body))
st, ct, body = answer("/v1/summarize", b'{"documents": ["caf\xe9 cr\xe8me."]}', "application/json")
check(st == 400 and body.get("error") == "invalid_utf8", "Latin-1: 400: %s %r" % (st, body))
# nothing refused was stored; a good article is
check(metrics(srv).get("precis_articles", 0) == 0, "nothing stored: %r" % metrics(srv))
st, ct, body = answer("/v1/articles", ARTICLE, "application/json")
check(st == 201 and metrics(srv).get("precis_articles") == 1, "an article is stored: %s" % st)

rc, err = srv.stop()
check(rc == 0, "server stops cleanly: %d %s" % (rc, err[-300:]))
done()
