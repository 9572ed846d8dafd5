"""10,000 calls leave the process's resident memory where it was: no C
object of the library (cluster, summary, digest, extraction, evaluator,
returned string) outlives its call, on success or on error."""
import os
import warnings

import pytest

import precis
from conftest import PAGE_SNIPPET


def rss_kib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def one_round(texts, i):
    """One summarize call, and every 10th call one of each other function
    or error path."""
    precis.summarize(texts[: 1 + i % len(texts)], words=60 + i % 100)
    if i % 10:
        return
    k = (i // 10) % 8
    if k == 0:
        precis.digest(texts, words=80)
    elif k == 1:
        precis.batch_line('{"id": %d, "documents": ["%s"]}' % (i, texts[2][:300]
                                                               .replace("\\", " ").replace('"', "'").replace("\n", " ")))
        precis.summarize_json('{"id": %d, "documents": ["%s"]}' % (i, texts[1][:500]
                                                                   .replace("\\", " ").replace('"', "'").replace("\n", " ")))
    elif k == 2:
        precis.extract(PAGE_SNIPPET + texts[0] + "</p></article></body></html>")
    elif k == 3:
        precis.segment(texts[2])
        precis.segment(texts[2], clean=False)
    elif k == 4:
        precis.rouge({"a": texts[0][:400]}, {"a": texts[1][:400]}, ngram=2, resamples=20)
    elif k == 5:
        with pytest.raises(precis.PrecisError):
            precis.summarize(texts, method="nosuch")
    elif k == 6:
        with pytest.raises(precis.PrecisError):
            precis.summarize_json('{"documents": ["unterminated')
    else:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            precis.summarize([texts[0].encode() + b"\xff\xfe", texts[1]], words=50)
        with pytest.raises(precis.PrecisError):
            precis.summarize(texts, max_documents=2)


@pytest.mark.skipif(os.environ.get("PRECIS_SANITIZED") == "1",
                    reason="ASan's quarantine holds freed memory: RSS says nothing")
def test_ten_thousand_calls_do_not_grow_rss(volcano):
    _, texts = volcano
    for i in range(1000):  # warm up: allocator arenas, caches, interned strings
        one_round(texts, i)
    before = rss_kib()
    for i in range(10_000):
        one_round(texts, i)
    grown = rss_kib() - before
    # A leak of one cluster per call (tens of KiB) would be hundreds of MB,
    # one returned string per call several MB.
    assert grown < 2048, f"RSS grew by {grown} KiB over 10,000 calls"
