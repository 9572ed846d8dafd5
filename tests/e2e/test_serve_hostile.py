"""`precis serve` against hostile and broken clients, over real sockets:
slow clients that trickle their headers or their body (slowloris), clients
that hang up in the middle of a body or of an answer, a body over the
limit, invalid UTF-8 and NUL bytes in JSON strings, JSON nested deeper than
any article, a flood of query parameters, and many clients posting the same
article id at once.  After each, the server still answers; every refusal is
a 4xx whose detail names the problem; and after SIGKILL and a restart on the
same store, every article answered 2xx is there."""
import json
import socket
import struct
import sys
import threading
import time

from serve_util import skip_without_server, Server
from util import check, done, run

skip_without_server()

T0 = time.time()
TIMEOUT = 2  # --timeout: idle connections, headers, slow bodies
LIMIT = 100000  # --max-body
CAP = 32  # --max-connections
ARGS = ["--timeout", str(TIMEOUT), "--max-body", str(LIMIT), "--max-connections", str(CAP),
        "--threads", "4", "--snapshot-every", "3"]
srv = Server(args=ARGS)
JSON = {"Content-Type": "application/json"}
TEXT = ("Crews finished repairs to the Halden rail bridge on Thursday, two weeks after a barge "
        "struck one of its piers. Trains will run on the bridge again from Monday, the rail "
        "operator said.")
acked = {}  # id -> story, every article answered 2xx
lock = threading.Lock()


def article(id_, text=TEXT, **kw):
    return dict({"id": id_, "text": text, "source": "Valley Post", "date": "2031-05-08"}, **kw)


def post_articles(body, headers=JSON):
    """POSTs a body to /v1/articles; records the articles answered 2xx."""
    st, hd, data = srv.request("POST", "/v1/articles", body, headers, timeout=30)
    try:
        ans = json.loads(data.decode())
    except ValueError:
        ans = {"_raw": data[:200]}
    if 200 <= st < 300:
        with lock:
            for a in ans.get("articles", []):
                acked[a["id"]] = a.get("story")
    return st, ans


def alive(what):
    try:
        st, hd, data = srv.request("GET", "/healthz", timeout=5)
    except OSError as e:
        st, data = 0, repr(e).encode()
    check(st == 200, "the server answers after %s: %s %r" % (what, st, data[:80]))


def refused(st, ans, status, code, words, what):
    """A 4xx with the code, and a detail naming the problem."""
    detail = str(ans.get("detail", "")).lower()
    ok = st == status and ans.get("error") == code and all(w in detail for w in words)
    check(ok, "%s: %s %s, detail naming %s (got %s %r)" % (what, status, code, words, st, ans))


def connect():
    s = socket.create_connection(("127.0.0.1", srv.port))
    s.settimeout(10)
    return s


def closed_by_server(s, wait):
    """True when the server closed `s` within `wait` seconds."""
    s.settimeout(wait)
    try:
        while True:
            b = s.recv(4096)
            if not b:
                return True
    except socket.timeout:
        return False
    except OSError:
        return True


st, ans = post_articles(article("first"))
check(st == 201, "a good article is stored: %s %s" % (st, ans))

# 1. Slow clients.  More clients than --max-connections trickle their
#    headers (a byte every 0.3 s, never idle for --timeout), one trickles
#    a body: all are cut off once --timeout has passed, and the server
#    answers others meanwhile (libmicrohttpd's own timeout is one of
#    inactivity: a trickle held every connection, and every other client
#    was answered 503 busy for as long as it went on).
slow = []
for i in range(CAP + 4):
    s = connect()
    s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow-%d: " % i)
    slow.append(s)
body_slow = connect()
body_slow.sendall(b"POST /v1/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 5000\r\n\r\n{\"id\": \"slow-body\", \"text\": \"")
slow.append(body_slow)
stop = threading.Event()


def trickle():
    while not stop.is_set():
        for s in slow:
            try:
                s.send(b"a")
            except OSError:
                pass
        stop.wait(0.3)


tr = threading.Thread(target=trickle)
tr.start()
t_slow = time.time()
time.sleep(TIMEOUT + 2)
st, hd, data = srv.request("GET", "/healthz", timeout=5)
check(st == 200, "%d clients trickling headers for %.1f s (past --timeout %d): others answered "
      "(%s %r)" % (len(slow), time.time() - t_slow, TIMEOUT, st, data[:80]))
cut = sum(closed_by_server(s, 1.5) for s in slow)
stop.set()
tr.join()
check(cut == len(slow), "every slow client is cut off after --timeout (%d of %d)"
      % (cut, len(slow)))
for s in slow:
    s.close()
st, hd, data = srv.request("GET", "/v1/articles/slow-body")
check(st == 404, "the slow body was not stored: %s" % st)

# 2. Clients that hang up: in the middle of a body (closed, or reset), of
#    a chunked body, and right after a request, before its answer.
for i in range(12):
    body = json.dumps(article("cut-%d" % i)).encode()
    s = connect()
    if i % 3 == 2:
        s.sendall(b"POST /v1/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Transfer-Encoding: chunked\r\n\r\n%x\r\n" % len(body) + body + b"\r\n")
    else:
        s.sendall(b"POST /v1/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Content-Length: %d\r\n\r\n" % len(body) + body[:len(body) // 2])
    if i % 2:  # a reset rather than a close
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    s.close()
for i in range(12):
    s = connect()
    s.sendall(b"GET /v1/stories/1 HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n")
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    s.close()
time.sleep(0.3)
alive("24 clients hung up mid-body or before their answer")
missing = [i for i in range(12) if srv.request("GET", "/v1/articles/cut-%d" % i)[0] != 404]
check(not missing, "no article of a body cut short is stored: %s" % missing)

# 3. A body over --max-body: 413 naming the limit, by Content-Length and
#    chunked; nothing stored.
big = json.dumps(article("big", TEXT + " " + "word " * (LIMIT // 5))).encode()
st, ans = post_articles(big)
refused(st, ans, 413, "too_large", [str(LIMIT), "limit"], "a body over the limit")


def chunks():
    for k in range(0, len(big), 8192):
        yield big[k:k + 8192]


st, ans = post_articles(chunks())  # http.client sends an iterable chunked
refused(st, ans, 413, "too_large", [str(LIMIT), "limit"], "a chunked body over the limit")
check(srv.request("GET", "/v1/articles/big")[0] == 404, "the body over the limit is not stored")

# 4. Bytes that are not UTF-8, and NUL, in JSON strings: 400 naming them;
#    a batch with one such line stores none of its lines.
good = json.dumps(article("batch-ok")).encode()
bad_strings = [
    ("a byte 0xFF", b'"caf\xff"', "invalid_utf8", ["decode byte 0xff"]),
    ("Latin-1", b'"caf\xe9 cr\xe8me"', "invalid_utf8", ["decode byte 0xe9"]),
    ("an overlong '/'", b'"a\xc0\xafb"', "invalid_utf8", ["decode byte 0xc0"]),
    ("a UTF-16 surrogate in UTF-8", b'"a\xed\xa0\x80b"', "invalid_utf8", ["decode byte 0xed"]),
    ("a sequence cut short", b'"a\xe2\x82"', "invalid_utf8", ["decode byte 0xe2"]),
    ("an escaped NUL", b'"a\\u0000b"', "invalid_json", ["\\u0000 (nul)"]),
    ("a raw NUL", b'"a\x00b"', "invalid_json", ["control character 0x0"]),
    ("a lone escaped surrogate", b'"a\\ud800b"', "invalid_json", ["invalid unicode"]),
]
for what, s, code, words in bad_strings:
    for field in ("text", "id", "title"):
        one = dict(article("bad-" + field))
        one[field] = "@@"
        body = json.dumps(one).encode().replace(b'"@@"', s)
        st, ans = post_articles(good + b"\n" + body + b"\n")
        refused(st, ans, 400, code, words + ["line 2"], "%s in %s, line 2" % (what, field))
# a NUL byte outside any string: named, not taken for the end of the text
# (jansson: "end of file expected near end of file")
for what, body in [("before the object", b"\x00" + good), ("after it", good + b"\x00"),
                   ("between two fields", good[:-1] + b', \x00"x": 1}'),
                   ("in a line of a batch", good + b"\n" + good[:-1] + b"\x00}\n")]:
    st, ans = post_articles(body)
    refused(st, ans, 400, "invalid_json", ["nul byte"], "a NUL byte " + what)
check(srv.request("GET", "/v1/articles/batch-ok")[0] == 404,
      "a batch with a bad line stores none of it")
st, ans = srv.json("POST", "/v1/summarize", b'{"documents": ["a\\u0000b"]}', JSON)
refused(st, ans, 400, "invalid_json", ["\\u0000 (nul)"], "an escaped NUL in a cluster")
st, ans = srv.json("POST", "/v1/summarize", b'{"documents": ["ab"]}\x00', JSON)
refused(st, ans, 400, "invalid_json", ["nul byte"], "a NUL byte after a cluster")

# 5. JSON nested deeper than jansson goes (2048): 400 naming the depth,
#    quickly, as an article, a line of a batch and a cluster.
for depth in (3000, 40000):
    nest = b"[" * depth + b"]" * depth
    t = time.time()
    st, ans = post_articles(b'{"id": "deep", "text": "x", "title": ' + nest + b"}")
    refused(st, ans, 400, "invalid_json", ["depth"], "an article nested %d deep" % depth)
    st, ans = post_articles(good + b"\n" + b'{"id": "deep", "tags": ' + nest + b"}\n")
    refused(st, ans, 400, "invalid_json", ["depth", "line 2"], "a line nested %d deep" % depth)
    st, ans = srv.json("POST", "/v1/summarize", b'{"documents": ' + nest + b"}", JSON)
    refused(st, ans, 400, "invalid_json", ["depth"], "a cluster nested %d deep" % depth)
    check(time.time() - t < 5, "nesting %d deep refused in %.1f s" % (depth, time.time() - t))
alive("deeply nested JSON")

# 6. A flood of query parameters.  libmicrohttpd 0.9.75 keeps a record
#    per parameter in the connection's 32 KiB; some 500 in a line of a few
#    KiB did not fit, and it closed the connection without an answer.  The
#    server now answers every request line that fits: up to 100 parameters
#    in a target of up to 8 KiB are read (the first of each name counts);
#    past either, 414 uri_too_long naming the limit.  A long target with no
#    query is read as before.


def raw_get(target, headers=b""):
    """GETs a raw target on a fresh connection: (status, body), 0 for none."""
    s = connect()
    s.sendall(b"GET " + target + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + headers
              + b"\r\n")
    resp = b""
    try:
        while True:
            b = s.recv(65536)
            if not b:
                break
            resp += b
    except OSError:
        pass
    s.close()
    head, _, body = resp.partition(b"\r\n\r\n")
    line = head.split(b"\r\n", 1)[0].split()
    return (int(line[1]) if len(line) > 1 else 0), body


def as_json(body):
    try:
        return json.loads(body.decode())
    except ValueError:
        return {"_raw": body[:200]}


for n in (4, 100, 101, 500, 2000, 20000):
    q = "&".join(["limit=2"] + ["p%d=%d" % (k, k) for k in range(n - 2)] + ["limit=x"])
    t = time.time()
    status, body = raw_get(b"/v1/stories?" + q.encode())
    if n <= 100:
        check(status == 200, "%d query parameters (%d bytes): %s" % (n, len(q), status))
    elif len(q) < 30000:
        refused(status, as_json(body), 414, "uri_too_long", ["%d query parameters" % n, "100"],
                "%d query parameters in %d bytes" % (n, len(q)))
    else:  # past libmicrohttpd's memory for the line itself: its own 414
        check(status == 414, "%d query parameters (%d bytes): %s" % (n, len(q), status))
    check(time.time() - t < 5, "%d query parameters answered in %.2f s" % (n, time.time() - t))
# 100 parameters in the longest target, with headers that fill the rest of
# libmicrohttpd's memory: answered, 200 or 431 (headers too large), never
# a closed connection; one byte more is a 414.
for hbytes in (0, 10000, 20000, 30000):
    hdr = b"".join(b"X-H%d: %s\r\n" % (k, b"y" * 90) for k in range(hbytes // 100))
    base = b"/v1/stories?" + b"&".join(b"p%02d=" % k for k in range(100))
    pad = 8192 - len(base)
    target = base + b"x" * pad
    status, body = raw_get(target, hdr)
    check(status in (200, 431), "100 parameters, a target of %d bytes, %d bytes of headers: %s"
          % (len(target), len(hdr), status))
    status, body = raw_get(target + b"x", hdr)
    check(status in (414, 431), "a target with a query of %d bytes, %d bytes of headers: %s"
          % (len(target) + 1, len(hdr), status))
status, body = raw_get(b"/v1/stories?" + b"x" * 9000)
refused(status, as_json(body), 414, "uri_too_long", ["9012 bytes", "8192"], "a 9 KiB query")
status, body = raw_get(b"/v1/articles/" + b"x" * 20000)
refused(status, as_json(body), 404, "not_found", [], "a 20 KB article id with no query")
status, body = raw_get(b"/?" + b"&".join(b"p%d" % k for k in range(200)), b"Accept: text/html\r\n")
check(status == 414 and b"<html" in body.lower() and b"200 query parameters" in body,
      "a page with 200 parameters: a 414 page naming them (%s %r)" % (status, body[:80]))
for q in ("limit=0", "limit=99999999999999999999", "offset=-1", "since=1e400", "order=%00",
          "since=2031-13-45"):
    st, ans = srv.json("GET", "/v1/stories?" + q)
    refused(st, ans, 400, "invalid_query", [q.split("=")[0]], "?" + q)
alive("a flood of query parameters")

# 7. Many clients post the same article id at once: one stores it (201),
#    the others are answered that it is a duplicate (200), all with one
#    story; meanwhile others post distinct articles.
answers = []


def post_same(k):
    st, ans = post_articles(article("same-id", TEXT + " Version %d." % k))
    answers.append((st, ans))


def post_many(k):
    for j in range(4):
        st, ans = post_articles(article("many-%d-%d" % (k, j), TEXT + " Note %d-%d." % (k, j)))
        check(st == 201, "a distinct article under load is stored: %s %s" % (st, ans))


threads = [threading.Thread(target=post_same, args=(k,)) for k in range(16)]
threads += [threading.Thread(target=post_many, args=(k,)) for k in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
stored = [a for st, a in answers if st == 201]
dups = [a for st, a in answers if st == 200 and a["articles"][0].get("duplicate")]
stories = {a["articles"][0]["story"] for st, a in answers if a.get("articles")}
check(len(stored) == 1 and len(dups) == 15 and len(stories) == 1,
      "16 posts of one id at once: 1 stored, 15 duplicates, one story (%d, %d, %s; %s)"
      % (len(stored), len(dups), stories, [st for st, a in answers]))
st, ans = srv.json("GET", "/v1/articles/same-id")
check(st == 200 and ans.get("text", "").startswith(TEXT), "the id is stored once: %s" % st)

# 8. SIGKILL, then a start on the same store: every article answered 2xx
#    is there, in the story it was answered with (or the one it merged
#    into), and the server takes articles again.
srv.kill()
srv.start()
lost = []
for id_, story in acked.items():
    st, ans = srv.json("GET", "/v1/articles/" + id_)
    if st != 200 or ans.get("id") != id_:
        lost.append(id_)
check(not lost and len(acked) >= 18,
      "every one of %d acknowledged articles is there after SIGKILL: lost %s"
      % (len(acked), lost[:5]))
st, ans = post_articles(article("after-restart"))
check(st == 201, "the restarted server stores articles: %s %s" % (st, ans))
code, err = srv.stop()
check(code == 0, "clean stop after the hostile clients: exit %s, %s" % (code, err[-1500:]))
print("%.1f s" % (time.time() - T0))
done()
