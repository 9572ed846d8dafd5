"""precis serve never loses what it acknowledged, killed the moment after.
Each request (JSON Lines of one to three articles) is answered 201, and the
server is killed with SIGKILL as soon as the answer is read, nothing else in
flight, then started again on the same store; every article acknowledged so
far must be there (GET /v1/articles/{id}), the store must hold no other,
and the answers must be the ones a server never killed gave to the same
requests (the story stream rebuilt from its snapshot and the articles after
it continues as if nothing happened; --snapshot-every 3 puts a snapshot in
some of the killed requests and not others).  With --sync normal (commits
survive the process) and --sync full.  test_serve_kill kills at a moment
the client does not choose, with a request in flight; this one kills at the
worst moment for an acknowledgement: right after it."""
import json
from urllib.parse import quote

from util import check, done
from serve_util import skip_without_server, Server, read_example_articles

skip_without_server()

arts = [{k: v for k, v in a.items() if k != "story_dir"} for a in read_example_articles()]
batches, i = [], 0
while i < len(arts):
    k = 1 + len(batches) % 3
    batches.append(arts[i:i + k])
    i += k
HDR = {"Content-Type": "application/json"}


def body(batch):
    return "\n".join(json.dumps(a) for a in batch)


def answers(r):
    return [(a.get("id"), a.get("story"), a.get("merged")) for a in r.get("articles", [])]


def metric(srv, name):
    st, hd, data = srv.request("GET", "/metrics")
    for line in data.decode().splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    return None


ARGS = ["--snapshot-every", "3", "--quiet"]
ref = Server(args=ARGS)
ref_answers = []
for b in batches:
    st, r = ref.json("POST", "/v1/articles", body(b), HDR)
    check(st == 201, "reference: %s %r" % (st, r))
    ref_answers.append(answers(r))
ref.stop()

for sync in ("normal", "full"):
    srv = Server(args=ARGS + ["--sync", sync])
    acked = []
    for n, b in enumerate(batches):
        st, r = srv.json("POST", "/v1/articles", body(b), HDR)
        check(st == 201 and answers(r) == ref_answers[n],
              "--sync %s, request %d answered as the reference: %s %r" % (sync, n, st, r))
        srv.kill()  # the moment after the acknowledgement
        acked += [a["id"] for a in b]
        srv.start()
        missing = [i for i in acked
                   if srv.request("GET", "/v1/articles/" + quote(i, safe=""))[0] != 200]
        check(not missing, "--sync %s, after the kill %d: every acknowledged article is there"
              " (%d missing: %r)" % (sync, n, len(missing), missing[:3]))
        check(metric(srv, "precis_articles") == len(acked),
              "--sync %s, after the kill %d: %d articles stored, %d acknowledged"
              % (sync, n, metric(srv, "precis_articles") or -1, len(acked)))
    # the last request sent again: the same stories, stored once
    st, r = srv.json("POST", "/v1/articles", body(batches[-1]), HDR)
    check(st == 200 and all(a.get("duplicate") for a in r["articles"])
          and [(a["id"], a["story"]) for a in r["articles"]]
          == [(i, s) for i, s, _m in ref_answers[-1]],
          "--sync %s: a retry of the last request is answered with its stories: %s %r"
          % (sync, st, r))
    code, err = srv.stop()
    check(code == 0, "--sync %s: clean stop: %s %r" % (sync, code, err[-300:]))
done()
