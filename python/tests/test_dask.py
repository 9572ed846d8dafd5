"""precis on Dask, on a LocalCluster of 2 worker processes: 200 clusters of
Multi-News val give `precis batch`'s output line for line, through
examples/dask_batch.py (gzip and plain shards in, parts out in input
order) and through precis.dask's bag and dataframe functions.  Skipped
(exit 77 under CTest) when the shared data is absent."""
import gzip
import json
import os
import subprocess
import sys

import pytest

import precis
import precis.dask
from conftest import BIN, DATA, SOURCE, val_lines

N = 200
if os.environ.get("PRECIS_SANITIZED") == "1":
    # Two sanitized worker processes take minutes; the library calls are
    # summarize_json's, which test_api.py runs under the sanitizers.
    pytest.skip("sanitizer build: the Dask run is left to the plain build",
                allow_module_level=True)
if not os.path.exists(os.path.join(DATA, "multinews", "val.jsonl.gz")):
    pytest.skip(f"{DATA}/multinews/val.jsonl.gz is absent (shared data): skipped",
                allow_module_level=True)


@pytest.fixture(scope="module")
def lines():
    return val_lines(N)


@pytest.fixture(scope="module")
def batch(lines):
    if not os.access(BIN, os.X_OK):
        pytest.skip(f"no precis program at {BIN} (set PRECIS_BIN)")
    p = subprocess.run([BIN, "batch"], input=b"\n".join(lines) + b"\n", capture_output=True)
    assert p.returncode == 0, p.stderr
    out = p.stdout.decode().splitlines()
    assert len(out) == N
    return out


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    c = Client(cluster)
    yield c
    c.close()
    cluster.close()


def test_example_script_equals_batch(lines, batch, tmp_path):
    """Three input shards (gzip, plain, plain with a blank line), parts out."""
    shards = [lines[:70], lines[70:150], lines[150:]]
    with gzip.open(tmp_path / "a.jsonl.gz", "wb") as f:
        f.write(b"\n".join(shards[0]) + b"\n")
    (tmp_path / "b.jsonl").write_bytes(b"\n".join(shards[1]) + b"\n")
    (tmp_path / "c.jsonl").write_bytes(b"\n\n".join(shards[2]))  # no final newline
    out = tmp_path / "out"
    script = os.path.join(SOURCE, "examples", "dask_batch.py")
    p = subprocess.run([sys.executable, script, "--workers", "2", "--out", str(out),
                        str(tmp_path / "a.jsonl.gz"), str(tmp_path / "b.jsonl"),
                        str(tmp_path / "c.jsonl")], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    assert "200 clusters" in p.stderr
    parts = sorted(os.listdir(out))
    assert len(parts) >= 3 and parts[0] == "part-00000.jsonl"
    got = "".join((out / x).read_text() for x in parts).splitlines()
    assert got == batch


def test_files_in_blocks_equal_batch(lines, batch, client, tmp_path):
    """summarize_files: plain files cut into blocks of 64 KiB (lines cross
    the cuts), a gzip file whole, a glob; parts in input order."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_bytes(b"\n".join(lines[:90]) + b"\n")
    with gzip.open(tmp_path / "b.jsonl.gz", "wb") as f:
        f.write(b"\n".join(lines[90:120]) + b"\n")
    (tmp_path / "in" / "c.jsonl").write_bytes(b"\n".join(lines[120:]))  # no final newline
    size = (tmp_path / "in" / "a.jsonl").stat().st_size
    parts = precis.dask.summarize_files(
        [str(tmp_path / "in" / "a.jsonl"), str(tmp_path / "b.jsonl.gz"),
         str(tmp_path / "in" / "c*.jsonl")], str(tmp_path / "out"), blocksize=64 << 10)
    assert len(parts) > size // (64 << 10) + 2  # a.jsonl in several blocks
    assert [os.path.basename(p) for p, _ in parts] == \
        [f"part-{i:05d}.jsonl" for i in range(len(parts))]
    assert sum(k for _, k in parts) == N
    got = b"".join(open(p, "rb").read() for p, _ in parts).decode().splitlines()
    assert got == batch
    gz = precis.dask.summarize_files(str(tmp_path / "in" / "c.jsonl"), str(tmp_path / "gz"),
                                     partitions=3, gzip=True)
    assert [os.path.basename(p) for p, _ in gz] == ["part-00000.jsonl.gz"]
    assert gzip.open(gz[0][0]).read().decode().splitlines() == batch[120:]
    # a second run into the same folder with fewer blocks leaves no part of
    # the first (concatenated, they were both runs' output)
    again = precis.dask.summarize_files(str(tmp_path / "in" / "c.jsonl"), str(tmp_path / "out"),
                                        partitions=1)
    left = sorted(os.listdir(tmp_path / "out"))
    assert left == [os.path.basename(p) for p, _ in again] == ["part-00000.jsonl"]


def test_files_with_bad_lines(client, tmp_path):
    good = b'{"id": 1, "documents": ["A fine document. It has two sentences."]}'
    (tmp_path / "bad.jsonl").write_bytes(good + b'\n{"id": 2, "documents": 7}\n' + good + b"\n")
    out = str(tmp_path / "out")
    with pytest.raises(precis.PrecisError, match="line 2: .*must be an array"):
        precis.dask.summarize_files(str(tmp_path / "bad.jsonl"), out)
    parts = precis.dask.summarize_files(str(tmp_path / "bad.jsonl"), out, errors="record")
    lines = open(parts[0][0]).read().splitlines()
    assert len(lines) == 3 and json.loads(lines[1]) == \
        {"id": 2, "error": 'line 2: "documents" must be an array'}
    with pytest.raises(FileNotFoundError):
        precis.dask.summarize_files(str(tmp_path / "none*.jsonl"), out)


def test_bag_of_lines_and_of_dicts_equal_batch(lines, batch, client):
    import dask.bag as db

    bag = db.from_sequence(lines, npartitions=8)
    out = precis.dask.summarize_bag(bag, output="line").compute()
    assert out == batch
    dicts = db.from_sequence([json.loads(x) for x in lines], npartitions=5)
    res = precis.dask.summarize_bag(dicts).compute()
    assert [json.dumps(r, ensure_ascii=False) for r in res] == \
        [json.dumps({"id": json.loads(b)["id"], "summary": json.loads(b)["summary"]},
                    ensure_ascii=False) for b in batch]
    summaries = precis.dask.summarize_bag(db.from_sequence(lines[:10], npartitions=2),
                                          output="summary").compute()
    assert [s.to_jsonl() for s in summaries] == batch[:10]
    assert summaries[0].markdown().startswith(summaries[0].sentences[0].text)


def test_dataframe_equals_batch(lines, batch, client):
    import dask.dataframe as dd
    import pandas as pd

    rows = [json.loads(x) for x in lines]
    pdf = pd.DataFrame({"id": [r["id"] for r in rows], "documents": [r["documents"] for r in rows]})
    ddf = dd.from_pandas(pdf, npartitions=6)
    out = precis.dask.summarize_dataframe(ddf).compute()
    assert list(out["id"]) == [r["id"] for r in rows]
    assert list(out["summary"]) == [json.loads(b)["summary"] for b in batch]
    small = precis.dask.summarize_dataframe(pdf.head(5), words=50, column="short")
    assert list(small["short"]) == [precis.summarize(d, words=50).text for d in pdf.documents[:5]]


def test_errors_raise_or_are_recorded(client):
    import dask.bag as db

    bad = ['{"id": 1, "documents": ["A fine document. It has two sentences."]}',
           '{"id": 2, "documents": ["broken',
           "   ",
           '{"id": 3, "documents": 7}',
           '{"id": 4.x, "documents": [']  # no id to batch (jansson): none here either
    out = precis.dask.summarize_bag(db.from_sequence(bad, npartitions=2), errors="record").compute()
    assert [r["id"] for r in out] == [1, 2, 3, None]  # 2 read where the line opens, as batch
    # line 2 is cut inside its object: "JSON cut short at byte B" since
    # s44-readers ("invalid JSON at byte B ...: premature end of input")
    assert "summary" in out[0] and "JSON cut short" in out[1]["error"] \
        and "array" in out[2]["error"]
    with pytest.raises(precis.PrecisError):
        precis.dask.summarize_bag(db.from_sequence(bad, npartitions=2)).compute()
    with pytest.raises(ValueError):
        precis.dask.summarize_bag(db.from_sequence(bad), output="xml")


def test_error_lines_count_records_as_batch_counts_lines(lines):
    """read_text keeps each line's line feed: line N is still the
    partition's Nth record (it was 2N - 1)."""
    recs = [lines[0] + b"\n", b"{bad\n", lines[1] + b"\n", b'{"id":"e","documents":[]}\n']
    got = precis.dask.summarize_records(recs, output="line", errors="record")
    errs = [json.loads(x)["error"] for x in got if "error" in json.loads(x)]
    assert [e.split(":")[0] for e in errs] == ["line 2", "line 4"], errs


def test_bad_rows_binary_rows_and_empty_partitions():
    """Session 39's audit of the Dask front: a cut-short row keeps the id it
    opens with in every output (it was None for "dict"); a row of an
    image's bytes is "not text (a PNG image)" (it was "invalid JSON at
    byte 0"), and with errors="record" a partition that opens with one
    still answers its other rows (a raw CR in it read the block with CR
    line ends: the rows after it failed); an empty partition gives
    nothing."""
    import random

    import dask
    import dask.bag as db

    good = json.dumps({"id": "g", "documents": [
        "The ferry board voted on Monday to shut the old pier for repairs. Divers found "
        "cracks in three of its piles.", "Passengers will board at the north quay from next "
        "week, the board said. The repairs will cost about two million."]})
    rnd = random.Random(3)
    png = b"\x89PNG\r\n\x1a\n" + bytes(rnd.randrange(256) for _ in range(400))
    cr = b"\x89 stray\r bytes" + bytes(rnd.randrange(128, 256) for _ in range(400))
    want = precis.batch_line(good)
    with dask.config.set(scheduler="sync"):
        for output in ("dict", "line"):
            rows = [good, '{"id": "cut", "documents": ["a', png, cr, good.encode()]
            out = precis.dask.summarize_bag(db.from_sequence(rows, npartitions=1),
                                            output=output, errors="record").compute()
            got = [json.loads(x) if output == "line" else x for x in out]
            assert [r["id"] for r in got] == ["g", "cut", None, None, "g"], got
            assert "summary" in got[0] and "summary" in got[4], got
            assert "JSON cut short" in got[1]["error"], got  # s44-readers's words
            assert got[2]["error"] == "line 3: not text (a PNG image)", got
            assert "error" in got[3]
            if output == "line":
                assert out[4] == want
            for first in (png, cr):  # a partition that opens with one
                out = precis.dask.summarize_bag(db.from_sequence([first, good], npartitions=1),
                                                output=output, errors="record").compute()
                got = [json.loads(x) if output == "line" else x for x in out]
                assert len(got) == 2 and "error" in got[0] and "summary" in got[1], got
            with pytest.raises(precis.PrecisError, match="not text"):
                precis.dask.summarize_bag(db.from_sequence([png, good], npartitions=1),
                                          output=output).compute()
            empty = db.from_sequence([good], npartitions=1).repartition(3)
            out = precis.dask.summarize_bag(empty, output=output, errors="record").compute()
            assert len(out) == 1
        assert precis.dask.summarize_records([], output="line") == []


def test_dataframe_records_a_bad_rows_error_and_goes_on():
    """summarize_dataframe(errors="record") (session 40): a partition
    holding good rows and bad ones (a document of an image's bytes, no
    documents, documents of white space alone, a number for a document, no
    list at all) answers every good row and names each bad row's fault in
    the column "error"; by default the first bad row raises, as before.
    A cluster without text is an error as `precis batch` and
    summarize_json say, also given as a dict to summarize_bag (its summary
    was "" there while its JSON line failed)."""
    import warnings

    import dask
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd

    good = ["The ferry board voted on Monday to shut the old pier for repairs. Divers found "
            "cracks in three of its piles.", "Passengers will board at the north quay from "
            "next week, the board said. The repairs will cost about two million."]
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 2
    rows = [good, [png], [], [" \n\t"], [7], None, good]
    pdf = pd.DataFrame({"id": list(range(len(rows))), "documents": rows})
    want = precis.summarize(good).text
    errors = [None, "row 1: nothing to summarize: no input was read as text",
              "row 2: no documents", "row 3: no document has any text",
              'row 4: documents[0]: expected a string or an object with a string "text" or '
              '"html"', 'row 5: "documents" must be an array', None]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", precis.PrecisWarning)  # the image: skipped
        with dask.config.set(scheduler="sync"):
            for frame in (pdf, dd.from_pandas(pdf, npartitions=1)):
                out = precis.dask.summarize_dataframe(frame, errors="record", column="s",
                                                      error_column="why")
                if hasattr(out, "compute"):
                    out = out.compute()
                assert list(out.columns) == ["id", "documents", "s", "why"]
                assert list(out["why"]) == errors
                assert list(out["s"]) == [want, None, None, None, None, None, want]
                with pytest.raises(precis.PrecisError, match="nothing to summarize"):
                    out = precis.dask.summarize_dataframe(frame)
                    if hasattr(out, "compute"):
                        out.compute()
            for docs in ([], [" "], [{"text": ""}]):
                with pytest.raises(precis.PrecisError, match="no document"):
                    precis.dask.summarize_dataframe(pd.DataFrame({"documents": [docs]}))
            got = precis.dask.summarize_bag(db.from_sequence([{"id": 1, "documents": []}]),
                                            errors="record").compute()
            assert got == [{"id": 1, "error": "record 1: no documents"}]
            line = precis.dask.summarize_bag(db.from_sequence(['{"id": 1, "documents": []}']),
                                             errors="record").compute()
            assert line == [{"id": 1, "error": "line 1: no documents"}]
    with pytest.raises(ValueError, match="errors must be"):
        precis.dask.summarize_dataframe(pdf, errors="ignore")
    with pytest.raises(ValueError, match="error_column"):
        precis.dask.summarize_dataframe(pdf, errors="record", error_column="summary")


def test_errors_say_what_and_where(tmp_path):
    """Session 41: the Dask front's errors in precis's words (`precis
    batch`'s for the same fault in a JSON line) and where they lie: "row
    LABEL" of a DataFrame, "record N" of a bag of dicts (a record of
    another type is no crash under errors="record": reading its id raised
    a TypeError), "line N" of a bag of JSON lines, and "PATH: line N" of
    summarize_files, N counted in the file as batch counts it, also in a
    block after the first (it was counted from the block's start).  They
    said "precis: documents[0] must be str or bytes, not int" (a
    TypeError) with no row, a JSON line's error had no line."""
    import dask
    import dask.bag as db
    import pandas as pd

    good = ["The ferry board voted on Monday to shut the old pier for repairs. Divers found "
            "cracks in three of its piles."]
    why = 'expected a string or an object with a string "text" or "html"'
    pdf = pd.DataFrame({"docs": [good, [7], None, [{"text": 5}], good]}, index=list("abcde"))
    with dask.config.set(scheduler="sync"):
        out = precis.dask.summarize_dataframe(pdf, documents="docs", errors="record")
        assert list(out["error"]) == [None, f"row b: docs[0]: {why}",
                                      'row c: "docs" must be an array', f"row d: docs[0]: {why}",
                                      None]
        with pytest.raises(precis.PrecisError, match=f"^row b: docs\\[0\\]: expected"):
            precis.dask.summarize_dataframe(pdf, documents="docs")
        recs = [{"id": 1, "documents": good}, {"id": 2, "documents": [good[0], 7]},
                {"id": 3}, 5, '{"id": 4, "documents": 7}']
        got = precis.dask.summarize_bag(db.from_sequence(recs, npartitions=1),
                                        errors="record").compute()
        assert [r.get("error") for r in got] == [
            None, f"record 2: documents[1]: {why}", 'record 3: no "documents"',
            'record 4: a cluster is a JSON line (str or bytes) or a dict with "documents", '
            "not int", 'line 5: "documents" must be an array'], got
        assert [r["id"] for r in got] == [1, 2, 3, None, 4]
        with pytest.raises(precis.PrecisError, match="^record 2: documents"):
            precis.dask.summarize_bag(db.from_sequence(recs, npartitions=1)).compute()
        line = json.dumps({"id": 1, "documents": good})
        bad = tmp_path / "bad.jsonl"
        bad.write_text("\n".join([line] * 40 + ['{"id": 2, "documents": 7}'] + [line] * 5)
                       + "\n")
        with pytest.raises(precis.PrecisError,
                           match=f'^{bad}: line 41: "documents" must be an array'):
            precis.dask.summarize_files(str(bad), str(tmp_path / "out"), blocksize=1024)
        parts = precis.dask.summarize_files(str(bad), str(tmp_path / "out"), blocksize=1024,
                                            errors="record")
        assert len(parts) > 3
        lines = b"".join(open(p, "rb").read() for p, _ in parts).decode().splitlines()
        want = subprocess.run([BIN, "batch", str(bad)], capture_output=True).stdout.decode()
        assert lines == want.splitlines()
        assert json.loads(lines[40]) == {"id": 2, "error": 'line 41: "documents" must be an array'}


def test_files_gzip_cut_short(client, tmp_path):
    """A .gz file cut short: an error naming the file, the line and the
    byte, as `precis batch` exits 1 (session 43; a PrecisWarning in the
    worker, lost to the caller, and the lines before written as whole)."""
    good = b'{"id": %d, "documents": ["A fine document. It has two sentences."]}\n'
    data = b"".join(good % i for i in range(1, 6))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(gzip.compress(data, mtime=0)[:-8])
    for errors in ("raise", "record"):
        with pytest.raises(precis.PrecisError,
                           match=r"cut\.jsonl\.gz: line \d: gzip data cut short at byte \d+ "
                                 r"\(member 1\)"):
            precis.dask.summarize_files(str(path), str(tmp_path / "out"), errors=errors)


def test_files_corrupt_gzip(client, tmp_path):
    """A .gz file corrupt inside a line: said in precis's words with the
    file, the line and the byte, as `precis batch` says it, whatever
    `errors`, where Python's GzipFile raised BadGzipFile (session 42)."""
    good = b'{"id": %d, "documents": ["A fine document. It has two sentences."]}\n'
    lines = [good % i for i in range(1, 6)]
    head = b"".join(lines[:2]) + lines[2][:20]
    second = bytearray(gzip.compress(lines[2][20:] + b"".join(lines[3:]), mtime=0))
    second[10] |= 0x06  # a block type that does not exist
    path = tmp_path / "bad.jsonl.gz"
    path.write_bytes(gzip.compress(head, mtime=0) + bytes(second))
    for errors in ("raise", "record"):
        with pytest.raises(precis.PrecisError,
                           match=r"bad\.jsonl\.gz: line 3: gzip data corrupt at byte \d+ "
                                 r"\(member 2: invalid block type\)"):
            precis.dask.summarize_files(str(path), str(tmp_path / "out"), errors=errors)
