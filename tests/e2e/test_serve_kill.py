"""precis serve never loses what it acknowledged.  A reference server takes a
stream of articles one request at a time; a second server takes the same
stream, is killed with SIGKILL in the middle (from another thread, while a
request is in flight), started
again on the same store, and the client sends again every article it had no
answer for (a retry is answered with the article's story, not stored twice).
Every acknowledged article must be in the store with the story it was
answered with, and the final stories must be the reference's, ids and all: the
restart rebuilds the story stream from its snapshot and the articles after
it (--snapshot-every 7 makes both parts matter).  An answer that says
"merged": M moves the articles answered with story M before into its story,
as the store does."""
import gzip
import json
import os
import threading
import time

from util import DATA, SRC, check, done, run
from serve_util import skip_without_server, Server, read_example_articles
import sys

skip_without_server()

stream_path = os.path.join(DATA, "stories", "mn-val-stream.jsonl.gz")
if os.path.exists(stream_path):
    arts = []
    with gzip.open(stream_path, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            arts.append({"id": str(a["id"]), "text": a["text"], "date": a.get("date")})
            if len(arts) == 240:
                break
    arts.sort(key=lambda a: a["date"] or "")
else:
    print("note: %s absent; using the bundled examples" % stream_path)
    arts = [{k: v for k, v in a.items() if k != "story_dir"} for a in read_example_articles()]
HDR = {"Content-Type": "application/json"}


def stories_of(srv):
    """{article id: story} as the store holds it, through the API."""
    st, lst = srv.json("GET", "/v1/stories?limit=1000")
    out = {}
    for s in lst.get("stories", []):
        st2, one = srv.json("GET", "/v1/stories/%d" % s["id"])
        for d in one.get("documents", []):
            out[d["id"]] = s["id"]
    return out


def follow(answers, merged):
    """{article id: story} with the merges answered since applied."""
    def final(s):
        while s in merged:
            s = merged[s]
        return s
    return {i: final(s) for i, s in answers.items()}


ref = Server(args=["--snapshot-every", "7", "--quiet"])
ref_story, ref_merged = {}, {}
for a in arts:
    st, body = ref.json("POST", "/v1/articles", a, HDR)
    check(st == 201, "reference ingest %s: %s" % (a["id"], st))
    ref_story[a["id"]] = body["articles"][0]["story"]
    if body["articles"][0].get("merged"):
        ref_merged[body["articles"][0]["merged"]] = body["articles"][0]["story"]
ref.stop()
ref_story = follow(ref_story, ref_merged)

srv = Server(args=["--snapshot-every", "7", "--quiet"])
acked, merged = {}, {}
lock = threading.Lock()
next_i = [0]
kill_after = len(arts) // 2


def client():
    while True:
        with lock:
            i = next_i[0]
            if i >= len(arts):
                return
            next_i[0] += 1
        try:
            st, body = srv.json("POST", "/v1/articles", arts[i], HDR)
        except Exception:
            return  # the server died under us: this one is not acknowledged
        if st in (200, 201):
            with lock:
                acked[arts[i]["id"]] = body["articles"][0]["story"]
                if body["articles"][0].get("merged"):
                    merged[body["articles"][0]["merged"]] = body["articles"][0]["story"]


# One client, in the reference's order; the kill comes from another thread
# at a moment the client does not choose.
t = threading.Thread(target=client)
t.start()
while len(acked) < kill_after:
    time.sleep(0.001)
srv.kill()
t.join()
n_acked = len(acked)
print("killed with SIGKILL after %d acknowledged articles (of %d)" % (n_acked, len(arts)))

srv.start()
after = stories_of(srv)
acked = follow(acked, merged)
# an article with no words to cluster by is stored in no story (story null)
lost = [i for i in acked if i not in after and acked[i] is not None]
# (a story answered but gone from the store was merged away by an article
# whose answer the kill took: its articles moved with the merge)
moved = [i for i in acked
         if i in after and after[i] != acked[i] and acked[i] in set(after.values())]
check(not lost, "every acknowledged article is in the store after SIGKILL (%d lost)" % len(lost))
check(not moved, "every acknowledged article keeps its story (%d moved)" % len(moved))
# The client retries everything it has no answer for.
for a in arts:
    if a["id"] in acked:
        continue
    st, body = srv.json("POST", "/v1/articles", a, HDR)
    check(st in (200, 201), "retry %s answered: %s" % (a["id"], st))
    acked[a["id"]] = body["articles"][0]["story"]
    if body["articles"][0].get("merged"):
        merged[body["articles"][0]["merged"]] = body["articles"][0]["story"]
acked = follow(acked, merged)
final = stories_of(srv)
storyless = {i for i, s in acked.items() if s is None}
check(all(final[i] == s or s not in set(final.values())
          for i, s in acked.items() if i not in storyless),
      "the stories as answered, merges followed")
check(len(final) + len(storyless) == len(arts) and not storyless & set(final),
      "all %d articles stored once (%d in stories, %d in none)"
      % (len(arts), len(final), len(storyless)))
code, err = srv.stop()
check(code == 0, "clean stop")

# Restarting again and reading gives the same stories (nothing replays into
# another story).
srv.start()
check(stories_of(srv) == final, "the same stories after a clean restart")
srv.stop()

# A damaged snapshot (it is derived from the articles, which the store keeps
# whole) is rebuilt from every stored article: the server starts, says so,
# and every article keeps its story (it refused to start).
import sqlite3
con = sqlite3.connect(srv.db)
n_snap = con.execute("SELECT count(*) FROM snapshot").fetchone()[0]
con.execute("UPDATE snapshot SET data = substr(data, 1, 40) || zeroblob(64)")
con.commit()
con.close()
check(n_snap == 1, "a snapshot was stored: %d" % n_snap)
srv.start()
check(stories_of(srv) == final, "the same stories after a rebuild from a damaged snapshot")
code, err = srv.stop()
check(code == 0 and "snapshot unreadable" in err and "rebuilding" in err,
      "the damaged snapshot is named and rebuilt: %d %r" % (code, err[-400:]))
srv.start()
check(stories_of(srv) == final, "and the snapshot saved at that stop restores them")
code, err = srv.stop()
check(code == 0 and "unreadable" not in err.split("rebuilding")[-1], "no rebuild the next time")

# SIGTERM finishes the requests in flight: a request whose body is half sent
# when the signal comes is still answered, and the server then exits 0.
import signal
import socket
srv = Server(args=["--quiet"])
body = json.dumps({"documents": [a["text"] for a in arts[:3]], "words": 50}).encode()
s = socket.create_connection(("127.0.0.1", srv.port))
s.sendall(b"POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
          b"Content-Length: %d\r\n\r\n" % len(body) + body[:len(body) // 2])
time.sleep(0.3)
srv.proc.send_signal(signal.SIGTERM)
time.sleep(0.3)
check(srv.proc.poll() is None, "the server waits for the request in flight")
s.sendall(body[len(body) // 2:])
s.settimeout(20)
resp = b""
while b"\r\n\r\n" not in resp or len(resp) < 200:
    chunk = s.recv(65536)
    if not chunk:
        break
    resp += chunk
s.close()
check(resp.startswith(b"HTTP/1.1 200"), "the request in flight at SIGTERM is answered: %r" % resp[:40])
code, err = srv.stop()
check(code == 0, "then the server exits 0 (%s)" % code)

# The same stories as the reference, ids and all: the stream rebuilt from
# its snapshot and the replayed articles is the stream that was killed.
nr, nk = len(set(ref_story.values())), len(set(final.values()))
print("stories: reference %d, killed and restarted %d; merges: reference %d, killed %d"
      % (nr, nk, len(ref_merged), len(merged)))
diff = [i for i in ref_story if final.get(i) != ref_story[i]]
check(not diff, "the same stories as without the kill (%d articles differ, e.g. %s)"
      % (len(diff), diff[:3]))
done()
