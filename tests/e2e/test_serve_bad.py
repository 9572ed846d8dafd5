"""precis serve: bad requests get a clear JSON answer and change nothing;
slow clients time out, connections past the cap get 503, writes need the
token when one is set, and the server refuses a public address without one.
Prints the table of answers."""
import json
import os
import socket
import sys
import tempfile
import time

from util import check, done, run
from serve_util import skip_without_server, Server

skip_without_server()

tmp = tempfile.mkdtemp()
token = "s3cret-token-for-tests-0123456789"
tok = os.path.join(tmp, "token")
with open(tok, "w") as f:
    f.write(token + "\n")
srv = Server(args=["--max-body", "100000", "--timeout", "2", "--max-connections", "6",
                   "--token-file", tok])
AUTH = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}

good = {"id": "g1", "text": "The harbour bridge in Vell was closed on Monday after a crack was"
        " found in one of its main cables, the city said.", "source": "Vell Daily",
        "date": "2031-06-02"}
st, body = srv.json("POST", "/v1/articles", good, AUTH)
check(st == 201, "a good article is stored: %s %s" % (st, body))


def articles():
    st, hd, m = srv.request("GET", "/metrics")
    for line in m.decode().splitlines():
        if line.startswith("precis_articles "):
            return int(line.split()[1])
    return -1


before = articles()
cases = [
    ("malformed JSON", "POST", "/v1/summarize", b'{"documents": ["a", ', AUTH, 400, "invalid_json"),
    ("not an object", "POST", "/v1/summarize", b'[1, 2]', AUTH, 400, "invalid_json"),
    ("documents missing", "POST", "/v1/summarize", b'{"id": 1}', AUTH, 400, "missing_field"),
    ("documents of wrong type", "POST", "/v1/digest", b'{"documents": "text"}', AUTH, 400,
     "invalid_field"),
    ("a document of wrong type", "POST", "/v1/summarize", b'{"documents": [3]}', AUTH, 400,
     "invalid_field"),
    ("words not a number", "POST", "/v1/summarize", b'{"documents": ["a b c."], "words": "ten"}',
     AUTH, 400, "invalid_field"),
    ("words out of range", "POST", "/v1/summarize", b'{"documents": ["a b c."], "words": 0}',
     AUTH, 400, "invalid_field"),
    ("unknown method", "POST", "/v1/summarize", b'{"documents": ["a b c."], "method": "magic"}',
     AUTH, 400, "invalid_field"),
    ("bad order", "POST", "/v1/summarize", b'{"documents": ["a b c."], "order": "random"}',
     AUTH, 400, "invalid_field"),
    ("invalid UTF-8", "POST", "/v1/articles", b'{"id": "u1", "text": "caf\xe9 \xff"}', AUTH, 400,
     "invalid_utf8"),
    ("article without text", "POST", "/v1/articles", b'{"id": "t1", "title": "x"}', AUTH, 400,
     "missing_field"),
    ("text of wrong type", "POST", "/v1/articles", b'{"id": "t2", "text": 5}', AUTH, 400,
     "invalid_field"),
    ("title of wrong type", "POST", "/v1/articles", b'{"id": "t3", "text": "a b", "title": []}',
     AUTH, 400, "invalid_field"),
    ("empty text", "POST", "/v1/articles", b'{"id": "t4", "text": "   "}', AUTH, 422,
     "empty_text"),
    ("one bad line of three", "POST", "/v1/articles",
     (json.dumps(dict(good, id="b1")) + "\n{broken\n" + json.dumps(dict(good, id="b3"))).encode(),
     AUTH, 400, "invalid_json"),
    ("body over the limit", "POST", "/v1/articles",
     json.dumps(dict(good, id="big", text="word " * 40000)).encode(), AUTH, 413, "too_large"),
    ("no token", "POST", "/v1/articles", json.dumps(dict(good, id="n1")).encode(),
     {"Content-Type": "application/json"}, 401, "unauthorized"),
    ("wrong token", "POST", "/v1/articles", json.dumps(dict(good, id="n2")).encode(),
     {"Authorization": "Bearer nope", "Content-Type": "application/json"}, 401, "unauthorized"),
    ("unknown route", "GET", "/v2/things", None, {}, 404, "not_found"),
    ("path outside the routes", "GET", "/../../etc/passwd", None, {}, 404, "not_found"),
    ("unknown story", "GET", "/v1/stories/123456", None, {}, 404, "not_found"),
    ("wrong method", "GET", "/v1/summarize", None, {}, 405, "method_not_allowed"),
    ("wrong method on stories", "DELETE", "/v1/stories", None, {}, 405, "method_not_allowed"),
    ("bad limit", "GET", "/v1/stories?limit=0", None, {}, 400, "invalid_query"),
    ("bad since", "GET", "/v1/stories?since=yesterday", None, {}, 400, "invalid_query"),
]
print("| request | status | error | detail |")
print("|---|---|---|---|")
for what, method, path, body, headers, want_status, want_error in cases:
    st, hd, data = srv.request(method, path, body, headers)
    try:
        ans = json.loads(data)
    except ValueError:
        ans = {}
    print("| %s | %d | %s | %s |" % (what, st, ans.get("error"), ans.get("detail")))
    check(st == want_status and ans.get("error") == want_error and ans.get("detail"),
          "%s: want %d %s, got %d %r" % (what, want_status, want_error, st, data[:200]))
    if st == 405:
        check("allow" in hd, "405 names the allowed methods")
check(articles() == before, "the bad requests stored nothing (%d -> %d)" % (before, articles()))
st, body = srv.json("GET", "/v1/stories/%d" % 1)
check(st in (200, 404), "server still answers")

# A body announced far past the limit is refused before it is read.
s = socket.create_connection(("127.0.0.1", srv.port))
s.sendall(b"POST /v1/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
          b"Authorization: Bearer " + token.encode() + b"\r\nContent-Length: 900000000\r\n\r\n")
s.settimeout(10)
resp = s.recv(4096)
s.close()
check(b" 413 " in resp.split(b"\r\n")[0], "900 MB announced: 413 at once (%r)" % resp[:60])

# A slow client: headers never finished; the server closes it after --timeout.
s = socket.create_connection(("127.0.0.1", srv.port))
s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
s.settimeout(15)
t0 = time.time()
try:
    got = s.recv(4096)
except (socket.timeout, ConnectionResetError):
    got = b"timeout"
s.close()
check((got == b"" or got.startswith(b"HTTP/1.1 408")) and time.time() - t0 < 10,
      "a slow client is cut off after the timeout (%.1f s, %r)" % (time.time() - t0, got[:40]))

# Too many connections: past --max-connections, 503.
idle = [socket.create_connection(("127.0.0.1", srv.port)) for _ in range(8)]
time.sleep(0.3)
st, hd, data = srv.request("GET", "/healthz")
check(st == 503 and json.loads(data).get("error") == "busy",
      "connections past the cap get 503: %s %r" % (st, data[:100]))
for c in idle:
    c.close()
time.sleep(0.5)
st, body = srv.json("GET", "/healthz")
check(st == 200, "answers again once the connections closed: %s" % st)

code, err = srv.stop()
check(code == 0, "clean stop after the bad requests: exit %s, %s" % (code, err[-1500:]))

# Safe by default: a public address without a token is refused.
rc, out, err = run(["serve", "--listen", "0.0.0.0:0", "--db", ":memory:"], timeout=20)
check(rc == 2 and "token" in err, "0.0.0.0 without --token-file refused: %s %s" % (rc, err))
rc, out, err = run(["serve", "--listen", "nonsense"], timeout=20)
check(rc == 2 and "--listen" in err, "a bad --listen is named: %s" % err)
done()
