"""Python threads summarize in parallel: the same results from 4 threads at
once as one after another, and the C calls release the GIL (another thread
runs while one is inside the library)."""
import itertools
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import precis
from conftest import PAGE_SNIPPET, val_lines_or_none


def jobs(texts):
    """Varied work: every non-empty subset of the example's documents with a
    method each, digests, segmentations and extractions."""
    names = list(precis.methods())
    out = []
    subsets = [list(c) for r in range(1, len(texts) + 1)
               for c in itertools.combinations(texts, r)]
    for i, docs in enumerate(subsets * 4):
        m = names[i % len(names)]
        out.append(lambda d=docs, m=m: precis.summarize(d, words=90, method=m).to_dict())
    for docs in subsets[-3:]:
        out.append(lambda d=docs: precis.digest(d, words=90))
    for t in texts:
        out.append(lambda t=t: precis.segment(t))
        out.append(lambda t=t: precis.segment(t, clean=False))
        out.append(lambda t=t: precis.extract(PAGE_SNIPPET + t + "</p></article></body></html>"))
    for line in val_lines_or_none(200) or []:
        out.append(lambda x=line: precis.summarize_json(x).to_jsonl())
        out.append(lambda x=line: precis.batch_line(x, words=120))
    lines = val_lines_or_none(200) or []
    for k in range(0, len(lines), 25):
        out.append(lambda b=b"\n".join(lines[k:k + 25]): precis.batch(b, words=120))
    return out


def test_four_threads_give_the_serial_results(volcano):
    _, texts = volcano
    work = jobs(texts)
    serial = [f() for f in work]
    with ThreadPoolExecutor(4) as pool:
        threaded = list(pool.map(lambda f: f(), work))
    assert threaded == serial
    # and again with the threads' jobs interleaved in another order
    with ThreadPoolExecutor(4) as pool:
        back = list(pool.map(lambda f: f(), work[::-1]))
    assert back[::-1] == serial


def test_the_gil_is_released_inside_the_library():
    """While one thread is inside a long C call, another Python thread keeps
    running.  A call holding the GIL would stop it for the whole call (it
    waits for the GIL after the 5 ms switch interval)."""
    big = [" ".join(f"Report {d} word{i} says the river rose again today." for i in range(40000))
           for d in range(2)]
    span = {}

    def call():
        span["start"] = time.perf_counter()
        precis.summarize(big, words=100, method="lead")
        span["end"] = time.perf_counter()

    ticks = []
    t = threading.Thread(target=call)
    t.start()
    while t.is_alive():
        ticks.append(time.perf_counter())
        for _ in range(1000):
            pass
    t.join()
    start, end = span["start"], span["end"]
    assert end - start > 0.05, "the call is too short to show anything"
    margin = 2 * sys.getswitchinterval()
    inside = [x for x in ticks if start + margin < x < end - margin]
    assert len(inside) > 10, (len(inside), end - start)


def test_options_live_through_the_call_when_the_cache_drops_them(monkeypatch):
    """Another thread may empty the options cache (it holds 256) while a
    call runs: every entry point keeps what its options point to (the
    method's string) until the library returns.  Here the cache keeps
    nothing, as if emptied at once; before the fix nearly every call read
    a freed method name ("unknown method '\\ufffd'")."""

    class NoCache(dict):
        def __setitem__(self, key, value):
            pass

    monkeypatch.setattr(precis, "_OPTIONS_CACHE", NoCache())
    docs = ["The storm destroyed forty fishing boats in the harbour overnight, officials said. "
            "Harbour officials said repairs would take months.",
            "Fishermen gathered on the quay on Tuesday morning to count their losses."]
    line = '{"id": 1, "documents": ["%s"]}' % docs[0]
    junk = []
    for i in range(100):
        assert precis.summarize(docs, words=20 + i % 7, method="lexrank").text
        assert precis.summarize_json(line, method="lexrank").text
        assert "summary" in precis.batch_line(line, method="lexrank")
        assert b"summary" in precis.batch(line.encode(), method="lexrank")
        junk.append(bytearray(b"\xff" * 24))  # reuses what a freed name held
