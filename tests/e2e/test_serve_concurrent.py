"""`precis serve` answers a request the same whatever runs beside it: every
(cluster, options) pair is asked once alone, then by 8 clients at once, each
in its own order, against 4 worker threads, then alone again.  The clusters
are the bundled examples (eight languages: per-thread caches of a language's
tables, stemmers per language) with an HTML page among the documents, and
Multi-News val clusters when the shared data is there; the options differ
per request (budget in each unit, methods, the digest), so that state
leaking from one request into a shared table or a thread's cache would show
as a changed answer.  A load of 6,000 requests once seemed to change three
answers for good (session 23; never reproduced: it is what this test would
catch).  Built with ThreadSanitizer (`make check-tsan`), the server must
also stop without a report."""
import gzip
import json
import os
import random
import threading

from serve_util import Server
from util import SRC, check, done, have_data

ex = os.path.join(SRC, "examples")
clusters = []
for story in sorted(os.listdir(ex)):
    d = os.path.join(ex, story)
    files = sorted(f for f in os.listdir(d) if f.endswith(".txt")) if os.path.isdir(d) else []
    if files:
        docs = []
        for f in files:
            with open(os.path.join(d, f), encoding="utf-8") as fh:
                docs.append(fh.read())
        clusters.append(docs)
with open(os.path.join(ex, "api-page.html"), encoding="utf-8") as fh:
    clusters[0] = clusters[0] + [{"html": fh.read()}]
val = have_data("multinews/val.jsonl.gz")
if val:
    with gzip.open(val, "rt", encoding="utf-8") as fh:
        for _, line in zip(range(24), fh):
            clusters.append(json.loads(line)["documents"])

OPTIONS = [("summarize", {}), ("summarize", {"words": 50}), ("summarize", {"words": 400}),
           ("summarize", {"sentences": 3}), ("summarize", {"bytes": 700}),
           ("summarize", {"method": "lexrank", "words": 120}),
           ("summarize", {"method": "coverage", "order": "score"}),
           ("digest", {"words": 100})]
asks = [("/v1/" + ep, json.dumps(dict(opts, documents=docs)).encode())
        for docs in clusters for ep, opts in OPTIONS]

s = Server(db=":memory:", args=["--threads", "4", "--quiet"])
try:
    def ask(i):
        st, _, data = s.request("POST", asks[i][0], asks[i][1],
                                {"Content-Type": "application/json"}, timeout=300)
        return st, data

    alone = [ask(i) for i in range(len(asks))]
    check(all(st == 200 for st, _ in alone),
          "every request answered 200 alone: %s" % sorted({st for st, _ in alone}))

    changed, failed = [], []

    def client(seed):
        order = list(range(len(asks)))
        random.Random(seed).shuffle(order)
        for i in order:
            try:
                got = ask(i)
            except OSError as e:
                failed.append((i, repr(e)))
                continue
            if got != alone[i]:
                changed.append(i)

    clients = [threading.Thread(target=client, args=(k,)) for k in range(8)]
    for t in clients:
        t.start()
    for t in clients:
        t.join()
    check(not failed, "no request failed under load: %s" % failed[:3])
    def first(ids):
        """The cluster and options of the first of ids, for a message."""
        return ids and (ids[0] // len(OPTIONS), OPTIONS[ids[0] % len(OPTIONS)])

    check(not changed, "under load, %d of %d answers differ from the answer alone (first: %s)"
          % (len(changed), 8 * len(asks), first(changed)))
    after = [i for i in range(len(asks)) if ask(i) != alone[i]]
    check(not after, "after the load, %d answers differ from before it (first: %s)"
          % (len(after), first(after)))
finally:
    rc, err = s.stop()
check(rc == 0, "the server stops cleanly (a ThreadSanitizer report exits 66): rc=%d %s"
      % (rc, err[-3000:]))
done()
