"""`precis serve` against what an operator and a client met on a tour
(session 19): a second server on the same port or the same store, a client
that sends its body a byte at a time, articles without words, dates that are
no dates, a story's span from dates written two ways, a summary of nothing."""
import os
import random
import signal
import socket
import subprocess
import time

from serve_util import Server
from util import PRECIS, WRAPPER, check, done, run

TEXT = ("Crews finished repairs to the Halden rail bridge on Thursday, two weeks after a barge "
        "struck one of its piers. Trains will run on the bridge again from Monday, the rail "
        "operator said.")

a = Server(args=["--timeout", "2", "--max-connections", "8"])
try:
    # 1. one server per port and per store: a second one is refused (once it
    #    shared the port through SO_REUSEPORT and took half the requests, or
    #    the store, and gave unrelated articles one story id)
    for args, what in ((["--listen", "127.0.0.1:%d" % a.port,
                         "--db", os.path.join(a.tmp, "other.db")], "the same port"),
                       (["--listen", "127.0.0.1:0", "--db", a.db], "the same store")):
        p = subprocess.Popen(WRAPPER + [PRECIS, "serve"] + args, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
        try:
            _, err = p.communicate(timeout=20)
        except subprocess.TimeoutExpired:  # it started: kill it, and fail
            p.kill()
            _, err = p.communicate()
        err = err.decode()
        check(p.returncode not in (0, -9) and "in use" in err,
              "a second server on %s is refused: rc=%d err=%r" % (what, p.returncode, err[-300:]))

    # 2. a body that trickles in is cut off after --timeout (2 s here):
    #    at 1 byte every 0.5 s it would hold the connection for 50 s
    s = socket.create_connection(("127.0.0.1", a.port))
    s.sendall(b"POST /v1/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              b"Content-Length: 100\r\n\r\n")
    t0, closed = time.time(), None
    while time.time() - t0 < 20:
        try:
            s.sendall(b" ")
            s.settimeout(0.5)
            if s.recv(1) == b"":
                closed = time.time() - t0
                break
        except socket.timeout:
            continue
        except OSError:
            closed = time.time() - t0
            break
    s.close()
    check(closed is not None and closed < 10,
          "a trickling body is closed soon after --timeout: %r s" % closed)
    st, _ = a.json("GET", "/healthz")
    check(st == 200, "the server answers after the slow client: %d" % st)

    # 3. an article without words to cluster by is stored in no story: its
    #    answer says so, and no story 0 appears in the list
    st, r = a.json("POST", "/v1/articles", {"id": "w1", "text": "the of and a"})
    art = (r.get("articles") or [{}])[0]
    check(st == 201 and art.get("story", 0) is None and "no story" in art.get("warning", ""),
          "an article without words: story null and a warning: %d %r" % (st, r))
    st, r = a.json("POST", "/v1/articles", {"id": "b1", "text": TEXT, "date": "2031-01-09"})
    check(st == 201, "an article stored: %d %r" % (st, r))
    st, r = a.json("GET", "/v1/stories")
    ids = [x["id"] for x in r.get("stories", [])]
    check(st == 200 and 0 not in ids and len(ids) == 1, "no story 0 in the list: %r" % ids)
    st, _ = a.json("GET", "/v1/stories/0")
    check(st == 404, "/v1/stories/0 is no story: %d" % st)

    # 4. a date that is no date is refused (400 invalid_field), a date in
    #    another form is one: the story's span compares times
    for bad in ("yesterday", "2031-13-45", "-5", "99999999999999999999"):
        st, r = a.json("POST", "/v1/articles", {"id": "d-" + bad, "text": TEXT, "date": bad})
        check(st == 400 and r.get("error") == "invalid_field" and "date" in r.get("detail", ""),
              "date %r refused: %d %r" % (bad, st, r))
    st, r = a.json("POST", "/v1/articles", {"id": "b2", "text": TEXT,
                                           "date": "Fri, 3 Jan 2031 10:00:00 GMT"})
    sid = (r.get("articles") or [{}])[0].get("story")
    st, r = a.json("GET", "/v1/stories/%s" % sid)
    check(st == 200 and r.get("first") == "2031-01-03T10:00:00Z" and r.get("last") == "2031-01-09",
          "the span of dates written two ways: %r..%r" % (r.get("first"), r.get("last")))

    # 5. a summary or digest of documents without text: 422 empty_text, as
    #    /new and the CLI answer it
    for path in ("/v1/summarize", "/v1/digest"):
        st, r = a.json("POST", path, {"documents": ["   ", "\n\n"]})
        check(st == 422 and r.get("error") == "empty_text",
              "%s of white space: 422 empty_text: %d %r" % (path, st, r))

    # 6. a page's error is a page for a browser (it was the API's JSON), the
    #    API's stays JSON
    st, hd, body = a.request("GET", "/?order=bogus", headers={"Accept": "text/html"})
    check(st == 400 and hd.get("content-type", "").startswith("text/html") and
          b"order must be newest or largest" in body,
          "a bad query of the index answers a browser with a page: %d %r" % (st, body[:120]))
    st, hd, body = a.request("GET", "/v1/stories?order=bogus", headers={"Accept": "text/html"})
    check(st == 400 and hd.get("content-type", "").startswith("application/json"),
          "the API answers JSON whatever the Accept: %d %r" % (st, hd.get("content-type")))

    # 7. a story's headline without a title is its first sentence, not the
    #    first 160 bytes of its first line
    two = ("Officials in the port city of Marlow said the storm closed the harbour on Tuesday. "
           "The category of the storm was raised twice during the night as the winds grew.")
    st, r = a.json("POST", "/v1/articles", {"id": "h1", "text": two})
    sid = (r.get("articles") or [{}])[0].get("story")
    st, r = a.json("GET", "/v1/stories/%s" % sid)
    check(r.get("headline") == two.split(". ")[0] + ".",
          "the headline is the first sentence: %r" % r.get("headline"))

    # 8. an empty id, or one with a NUL, is refused: every article sent with
    #    "" was one article, the later ones answered as duplicates, unstored
    for bad in ("", "x\u0000y"):
        st, r = a.json("POST", "/v1/articles", {"id": bad, "text": TEXT})
        check(st == 400 and r.get("error", "").startswith("invalid_"),
              "id %r is refused: %d %r" % (bad, st, r))
    st, r = a.json("POST", "/v1/articles", {"id": 4242, "text": TEXT})
    st2, r2 = a.json("POST", "/v1/articles", {"id": "4242", "text": TEXT})
    check(st == 201 and st2 == 200 and (r2.get("articles") or [{}])[0].get("duplicate"),
          "ids are compared as text: 4242 and \"4242\" are one article: %d %d %r" % (st, st2, r2))
    # the index names no "0 outlets" for stories of articles sent without a source
    st, hd, page = a.request("GET", "/", headers={"Accept": "text/html"})
    page = page.decode()
    check(st == 200 and "article" in page and "0 outlets" not in page,
          "no '0 outlets' on the index: %r" % page[page.find("meta"):][:200])
finally:
    a.stop()

# 9. --listen localhost:PORT is loopback, as the name is on every system
#     (it was refused as "not loopback" without a token)
c = Server(args=["--listen", "localhost:0"])
try:
    st, _ = c.json("GET", "/healthz")
    check(st == 200, "--listen localhost:0 serves on 127.0.0.1: %d" % st)
finally:
    c.stop()

# 10. --access-log: one line per request as it ends, with its status, and a
#    line for a request that got no answer; a path cannot forge a line
log = os.path.join(a.tmp, "access.log")
b = Server(args=["--access-log", log, "--timeout", "2"])
try:
    b.json("GET", "/healthz")
    b.json("POST", "/v1/articles", {"id": "l1", "text": TEXT})
    b.request("GET", "/v1/stories/999999")
    b.request("GET", "/nowhere%0a2026-01-01T00:00:00Z%20127.0.0.1%20%22GET%20/%22%20200")
    b.request("HEAD", "/")
    s = socket.create_connection(("127.0.0.1", b.port))  # a body never sent
    s.sendall(b"POST /v1/articles HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\n{")
    s.close()
    time.sleep(0.5)
finally:
    b.stop()
with open(log, encoding="utf-8") as f:
    lines = f.read().splitlines()
got = [(l.split('"')[1], l.split('"')[2].split()[0]) for l in lines if l.count('"') == 2]
want = [("GET /healthz", "200"), ("POST /v1/articles", "201"), ("GET /v1/stories/999999", "404"),
        ("HEAD /", "200"), ("POST /v1/articles", "-")]
check(len(lines) == 6 and all(w in got for w in want),
      "one access line per request, statuses right: %r" % lines)
check(all(l[:4].isdigit() and l.endswith(("", "closed", "error")) for l in lines) and
      any("\\x0a" in l and "/nowhere" in l for l in lines),
      "a newline in a path is written \\x0a, never a line of its own: %r" % lines)
check(any(l.split('"')[0].split()[1] == "127.0.0.1" for l in lines), "the client is named")
# 11. a store that cannot grow (a file-size limit, as on a full disk): the
#     answer names why, the server lives on (SIGXFSZ killed it), the stop
#     says the store is not whole in one file and exits 1, and every
#     acknowledged article is there after a restart; --db "" is refused (an
#     SQLite temporary store keeps nothing)
import resource  # noqa: E402


def small_files():
    signal.signal(signal.SIGXFSZ, signal.SIG_DFL)
    resource.setrlimit(resource.RLIMIT_FSIZE, (300 * 1024, resource.RLIM_INFINITY))


if not WRAPPER:  # a checker's own files would meet the limit
    e = Server(preexec=small_files)
    acked, detail = [], ""
    rng = random.Random(5)
    for i in range(60):
        words = " ".join("".join(rng.choice("abcdefghij") for _ in range(7)) for _ in range(1500))
        st, r = e.json("POST", "/v1/articles", {"id": "f%d" % i, "text": words + "."})
        if st == 201:
            acked.append("f%d" % i)
        elif st == 503:
            detail = r.get("detail", "")
    check(e.proc.poll() is None and "cannot commit" in detail,
          "a store that cannot grow: 503 naming why, the server alive: %r" % detail)
    code, err = e.stop()
    check(code == 1 and "not complete in one file" in err,
          "the stop says so: %s %r" % (code, err[-300:]))
    e.preexec = None
    e.start()
    missing = [i for i in acked
               if not e.json("POST", "/v1/articles", {"id": i, "text": "x y z."})[1]
               .get("articles", [{}])[0].get("duplicate")]
    check(acked and not missing,
          "every acknowledged article kept (%d, %d missing)" % (len(acked), len(missing)))
    e.stop()
rc, out, err = run(["serve", "--db", "", "--listen", "127.0.0.1:0"])
check(rc == 2 and "empty name" in err, "--db '' refused: %d %r" % (rc, err))

# 12. an article is read back by its id (any id: its bytes percent-encoded
#     in the path): its story as it is now, its fields and its stored text
#     (extracted, when it came as HTML); an unknown id is a JSON 404
import json  # noqa: E402
import urllib.parse  # noqa: E402
g = Server()
page = ("<html><head><title>Halden bridge reopens</title></head><body><article><p>%s</p>"
        "</article><footer>Subscribe to our newsletter</footer></body></html>" % TEXT)
st, r = g.json("POST", "/v1/articles", "\n".join(json.dumps(a) for a in (
    {"id": "a/b c?", "text": TEXT, "source": "Valley Post", "date": "2031-01-09"},
    {"id": "h1", "html": page})))
story = [x.get("story") for x in r.get("articles", [])]
check(st == 201 and len(story) == 2, "two articles stored: %d %r" % (st, r))
st, a = g.json("GET", "/v1/articles/" + urllib.parse.quote("a/b c?", safe=""))
check(st == 200 and a.get("id") == "a/b c?" and a.get("story") == story[0]
      and a.get("source") == "Valley Post" and a.get("text") == TEXT,
      "an article read back by an id with a slash, a space and a '?': %d %r" % (st, a))
st, a = g.json("GET", "/v1/articles/h1")
check(st == 200 and a.get("title") == "Halden bridge reopens" and "Crews finished" in
      a.get("text", "") and "newsletter" not in a.get("text", ""),
      "an HTML article read back with its extracted text: %d %r" % (st, a))
st, a = g.json("GET", "/v1/articles/nope")
check(st == 404 and a.get("error") == "not_found" and "nope" in a.get("detail", ""),
      "an unknown article: JSON 404: %d %r" % (st, a))
st, _, _ = g.request("DELETE", "/v1/articles/h1")
check(st == 405, "an article cannot be deleted: %d" % st)
# 13. /v1/summarize names a request's documents as precis -f json and Python
#     name a JSON line's ("document 1", not "documents[0]")
line = {"documents": [TEXT, "The rail operator said trains would run on the Halden bridge "
                            "again from Monday, two weeks after a barge struck a pier."]}
st, r = g.json("POST", "/v1/summarize", line)
rc, out, _ = run(["-f", "json", "-"], stdin=json.dumps(line) + "\n")
cli_names = [d.get("name") for d in json.loads(out).get("documents", [])] if rc == 0 else None
check(st == 200 and [d.get("name") for d in r.get("documents", [])] == cli_names
      == ["document 1", "document 2"], "document names as the CLI's: %r %r" % (r, cli_names))
line["order"] = "reading"
st2, r2 = g.json("POST", "/v1/summarize", line)
check(st2 == 200 and r2 == r, "order \"reading\", the default, is taken: %d %r" % (st2, r2))
g.stop()
done()
