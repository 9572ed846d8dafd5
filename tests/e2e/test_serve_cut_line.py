"""precis serve: a body of JSON Lines articles with one line cut short
(s44-readers).  POST /v1/articles checks a request in full before it
stores anything, so the whole body is refused, 400, naming the line in the
CLI's words ("line 3: JSON cut short at byte N; nothing was stored"; it
said "line 3, byte N: premature end of input"), and nothing of it is
stored: a 2xx means stored, and a client that resends the body once
mended stores each article once (articles without an id get a new one on
every request, so a body half stored and resent would store them twice).
The lines before, sent again whole, are stored."""
import json

from util import check, done
from serve_util import metrics, skip_without_server, Server

skip_without_server()

srv = Server()
DOCS = [
    "The harbour bridge in Vell was closed on Monday after a crack was found in one of its "
    "main cables, the city said.",
    "Engineers will inspect the other cables of the Vell harbour bridge this week, the city's "
    "transport office said on Monday.",
    "Ferries will run every twenty minutes while the Vell bridge is closed, the operator said.",
]
LINES = [json.dumps({"text": d, "date": "2031-06-0%d" % (i + 1)}) for i, d in enumerate(DOCS)]
CUT = LINES[2][:60]
HEAD = {"Content-Type": "application/json"}

for body, line in (("\n".join(LINES[:2] + [CUT]), 3),               # the body ends inside it
                   ("\n".join([LINES[0], CUT, LINES[1]]) + "\n", 2),  # a line cut in the middle
                   ("\n".join([CUT, LINES[1]]), 1),                   # the first line cut
                   (CUT, 1)):                                        # one article, cut
    st, hd, data = srv.request("POST", "/v1/articles", body.encode(), HEAD)
    got = json.loads(data.decode())
    check(st == 400 and got.get("error") == "invalid_json"
          and got.get("detail") == "line %d: JSON cut short at byte %d; nothing was stored"
          % (line, len(CUT)),
          "a body with line %d cut short: refused whole, the line named: %s %r" % (line, st, got))
# one article over several lines with a mistake on its third: the body's
# error, not "line 1 cut short" (its first line alone is no object)
good = json.dumps({"text": DOCS[0], "date": "2031-06-01"}, indent=1)
pretty = good.replace('"date"', "date")
st, hd, data = srv.request("POST", "/v1/articles", pretty.encode(), HEAD)
got = json.loads(data.decode())
check(st == 400 and got.get("error") == "invalid_json" and "(line 3, column" in got.get("detail")
      and "cut short" not in got.get("detail"),
      "a pretty-printed article with a mistake: the body's byte, line and column: %s %r"
      % (st, got))
st, hd, data = srv.request("POST", "/v1/articles", good[:-30].encode(), HEAD)
got = json.loads(data.decode())
check(st == 400 and got.get("detail", "").startswith(
          "JSON cut short at byte %d (line %d, column "
          % (len(good) - 30, good[:-30].count("\n") + 1)),
      "a pretty-printed article cut short: the body's byte, line and column: %s %r" % (st, got))
check(metrics(srv).get("precis_articles", 0) == 0, "nothing stored: %r" % metrics(srv))
st, hd, data = srv.request("POST", "/v1/articles", "\n".join(LINES[:2]).encode(), HEAD)
got = json.loads(data.decode())
check(st == 201 and got.get("stored") == 2, "the good lines, sent again: stored: %s %r" % (st, got))
check(metrics(srv).get("precis_articles", 0) == 2, "two stored: %r" % metrics(srv))

rc, err = srv.stop()
check(rc == 0, "server stops cleanly: %d %s" % (rc, err[-300:]))
done()
