"""Every function of the precis package against the precis program on the
same input, with its errors and edge cases (empty, huge, invalid UTF-8,
bytes against str)."""
import gzip
import json
import os
import pickle
import subprocess
import warnings

import pytest

import precis
from conftest import BIN, val_lines


def named(paths, texts):
    """The documents as dicts named like the CLI names files (their path),
    so that rendered outputs compare byte for byte."""
    return [{"text": t, "name": p} for p, t in zip(paths, texts)]


# ---- summarize ---------------------------------------------------------------

def test_summarize_equals_cli_in_every_format(volcano, cli):
    paths, texts = volcano
    s = precis.summarize(named(paths, texts), words=120)
    assert s.to_dict() == json.loads(cli("-w", "120", "-f", "json", *paths))
    assert s.text + "\n" == cli("-w", "120", *paths).decode()
    assert s.markdown() == cli("-w", "120", "-f", "markdown", *paths).decode()
    assert s.html() == cli("-w", "120", "-f", "html", *paths).decode()
    assert s.method == precis.default_method()
    assert 0 < sum(len(x.text.split()) for x in s) <= 120


def test_every_method_and_order_equals_cli(volcano, cli):
    paths, texts = volcano
    for m in precis.methods():
        for order in ("source", "time", "score"):
            s = precis.summarize(named(paths, texts), words=80, method=m, order=order)
            want = json.loads(cli("-w", "80", "-m", m, "--order", order, "-f", "json", *paths))
            assert s.to_dict() == want, (m, order)
            assert s.method == m
    s = precis.summarize(texts, words=200, order="score")
    scores = [x.score for x in s]
    assert scores == sorted(scores, reverse=True)


def test_budgets(volcano):
    _, texts = volcano
    s = precis.summarize(texts, sentences=3)
    assert len(s) == 3
    s = precis.summarize(texts, bytes=400)
    # The budget counts the sentences' bytes, not the line breaks between them.
    assert 0 < sum(len(x.text.encode()) for x in s) <= 400
    assert len(precis.summarize(texts, words=1000).sentences) > len(
        precis.summarize(texts, words=60).sentences)


def test_sentences_carry_sources_and_offsets(volcano):
    _, texts = volcano
    s = precis.summarize(texts, words=200)
    assert len(s) >= 3
    for x in s:
        assert x.doc in x.sources and list(x.sources) == sorted(set(x.sources))
        assert all(0 <= d < len(texts) for d in x.sources)
        original = texts[x.doc][x.start:x.end]
        # the display text collapses white space; the words are the same
        assert original.split()[:3] == x.text.split()[:3], (original, x.text)
        assert texts[x.doc].encode()[x.byte_start:x.byte_end].decode() == original
    md = s.markdown()
    for x in s:
        assert x.text + " " + "".join(f"[{d + 1}]" for d in x.sources) in md


def test_given_name_inserted_in_text_and_listed_in_to_dict():
    """A person named first by the surname alone gets the given name the
    cluster writes (docs/methods.md, "Names made explicit"): the same text
    in every form, the insertion in to_dict(), the offsets of the sentence
    as written."""
    docs = ["Volkov said the storm destroyed forty fishing boats in the harbour.\n\n"
            "Later Volkov said the harbour would be rebuilt before winter.\n",
            "Foreign Minister Sergei Volkov arrived in Orma on Monday for talks.\n\n"
            "The ministry has been led by Sergei Volkov, 61, since 2015.\n"]
    s = precis.summarize(docs, sentences=10, order="source", redundancy=1)
    first = s.sentences[0]
    assert first.text.startswith("Sergei Volkov said the storm")
    assert docs[0][first.start:first.end].startswith("Volkov said the storm")
    assert s.text.startswith("Sergei Volkov said")
    d = s.to_dict()["sentences"]
    assert d[0]["text"] == first.text
    assert d[0]["edits"] == [{"at": 0, "inserted": "Sergei "}]
    assert all("edits" not in x for x in d[1:])
    assert json.loads(s.to_jsonl())["summary"].startswith("Sergei Volkov said")


def test_str_and_bytes_give_the_same_summary_with_offsets_of_each():
    doc = ("Café owners in Zürich said the storm flooded 40 streets on Monday. "
           "The city’s mayor promised help for every shop that was damaged. "
           "Rain is expected to continue until Wednesday, forecasters said.")
    other = ("The storm flooded dozens of streets in Zürich on Monday. "
             "The mayor promised help for the damaged shops.")
    s = precis.summarize([doc, other], sentences=2)
    b = precis.summarize([doc.encode(), other.encode()], sentences=2)
    assert s.text == b.text and s.to_dict() == b.to_dict()
    moved = 0
    for xs, xb in zip(s, b):
        src = [doc, other][xs.doc]
        assert src[xs.start:xs.end] == xs.text
        assert src.encode()[xb.start:xb.end].decode() == xs.text
        assert (xb.start, xb.end) == (xs.byte_start, xs.byte_end)
        moved += xs.start != xb.start
    assert moved  # a sentence after "é" and "’": characters != bytes


STORY = (
    "The river Aldane burst its banks near the town of Vesk on Tuesday night, flooding three "
    "villages and cutting the main road to the coast.\n\n"
    "Rescue teams in boats reached the village of Orma at dawn and took more than two hundred "
    "people to a school on higher ground.\n\n"
    "The regional governor, Tomas Ferel, said the water had risen faster than at any time since "
    "records began in 1911.\n\n"
    "Engineers were checking the dam upstream at Lorn, which held, and the weather office said "
    "more rain was expected on Thursday.\n\n"
    "Farmers said the flood came two weeks before the harvest and that most of the maize in the "
    "valley was under water.\n")
OTHER = (
    "Café owners in Vesk — the worst hit — counted their losses on Wednesday as the water of "
    "the Aldane slowly went down.\n\n"
    "A volunteer from the Red Cross said nine hundred people had slept in the school at Orma "
    "and in two churches near the station.\n\n"
    "The national weather office warned that the ground could take no more rain and that the "
    "river would rise again if the storm arrived on Thursday.\n")


def test_offsets_of_a_document_after_a_dropped_copy():
    # The second document is the first run by another outlet under its own
    # (non-ASCII) first line: merged at ingest, so the third document is
    # the summary's second; its offsets must be read in the third input,
    # not in the copy (which crashed or gave wrong character offsets).
    docs = [STORY, "ZÜRICH — Wire service report\n\n" + STORY, OTHER]
    for given in (docs, [d.encode() for d in docs]):
        s = precis.summarize(given, sentences=12)
        assert len(s.documents) == 2
        assert {x.input for x in s} == {0, 2}
        for x in s:
            assert x.input == (2 if x.doc == 1 else 0)
            src = given[x.input]
            original = src[x.start:x.end]
            if isinstance(original, bytes):
                original = original.decode()
            assert original.split()[:3] == x.text.split()[:3], (original, x.text)
            assert src.encode()[x.byte_start:x.byte_end] == original.encode() \
                if isinstance(src, str) else src[x.byte_start:x.byte_end] == original.encode()
    line = json.dumps({"id": 1, "documents": docs})
    j = precis.summarize_json(line, sentences=12)
    b = precis.summarize(docs, sentences=12)
    assert [(x.input, x.byte_start, x.byte_end) for x in j] == \
        [(x.input, x.byte_start, x.byte_end) for x in b]


def test_documents_with_metadata_and_time_order():
    docs = [
        {"text": "Later report. The bridge reopened to traffic on Friday after repairs "
                 "to the cracked pillar were completed by the city.",
         "source": "Wire B", "date": "2024-05-10", "title": "Bridge reopens",
         "url": "https://example.org/b"},
        {"text": "First report. The bridge was closed on Tuesday when engineers found a "
                 "crack in one of its pillars during an inspection.",
         "source": "Wire A", "date": "2024-05-07"},
    ]
    s = precis.summarize(docs, sentences=4, order="time")
    assert [x.doc for x in s][0] == 1  # the older document first
    d = s.documents
    assert d[0]["source"] == "Wire B" and d[0]["url"] == "https://example.org/b"
    assert d[1]["date"] == "2024-05-07" and "url" not in d[1]
    md = s.markdown()
    assert "1. Wire B: Bridge reopens (2024-05-10) <https://example.org/b>" in md
    assert "2. Wire A (2024-05-07)" in md
    # a NUL would cut the C string the library reads: refused, naming the field
    bad = dict(docs[1], source="Wire\0A")
    with pytest.raises(ValueError, match=r"documents\[1\]\['source'\] must not hold NUL"):
        precis.summarize([docs[0], bad])


def test_html_documents(volcano):
    _, texts = volcano
    page = ("<!doctype html><html><head><title>Keldar erupts</title>"
            "<meta property='og:site_name' content='Page Times'></head><body>"
            "<nav>Home | World | Sport</nav><article>"
            + "".join(f"<p>{p}</p>" for p in texts[1].split("\n\n") if p.strip())
            + "</article><footer>Copyright</footer></body></html>")
    for doc in ({"html": page}, page, page.encode()):
        s = precis.summarize([doc, texts[0]], words=100)
        assert s.documents[0].get("source") == "Page Times"
        assert s.documents[0].get("title") == "Keldar erupts"
        assert "Home | World" not in s.text


def test_empty_inputs():
    for docs in ([], [""], ["", b""], [" \n\n "], ()):
        s = precis.summarize(docs)
        assert s.text == "" and len(s) == 0 and s.sentences == []
        assert s.to_jsonl() == '{"id": null, "summary": ""}'
    assert precis.summarize("").text == ""
    assert precis.segment("") == [] and precis.segment("", clean=False) == []
    assert precis.extract("")["text"] == ""


def test_one_string_is_one_document(volcano):
    _, texts = volcano
    assert precis.summarize(texts[0], words=80).text == precis.summarize([texts[0]], words=80).text


def test_iterables_of_documents(volcano):
    _, texts = volcano
    want = precis.summarize(texts, words=80).text
    assert precis.summarize(tuple(texts), words=80).text == want
    assert precis.summarize(iter(texts), words=80).text == want
    assert precis.summarize((t for t in texts), words=80).text == want


def test_invalid_utf8_is_repaired_with_a_warning():
    doc = (b"The dam burst at dawn on Sunday, flooding the valley below. "
           b"Rescuers reached the \xff\xfe village by boat in the afternoon. "
           b"Officials said no one was hurt in the flood.")
    with pytest.warns(precis.PrecisWarning, match="documents\\[0\\]"):
        s = precis.summarize([doc], sentences=3)
    assert any("\ufffd" in x.text for x in s)
    bad = [x for x in s if "\ufffd" in x.text][0]
    assert doc[bad.byte_start:bad.byte_end].startswith(b"Rescuers")
    # a str with a lone surrogate reaches the library as invalid bytes too
    with pytest.warns(precis.PrecisWarning):
        s = precis.summarize(["The dam burst \udc80 at dawn on Sunday, flooding the valley."])
    assert "\ufffd" in s.text


def test_summarize_json_warns_of_a_repair_as_summarize_does():
    long = "The committee met again on Tuesday to discuss the new budget plan. " * 200
    line = json.dumps({"id": 3, "documents": ["The budget plan was approved.", long]})
    with pytest.warns(precis.PrecisWarning, match="documents\\[1\\].*cut"):
        s = precis.summarize_json(line, words=40, max_document_bytes=1000)
    assert s.id == 3 and len(s) > 0


def test_a_document_left_out_as_another_story_is_said():
    """The summary says which document it left out (session 36): a warning
    naming it, as a repair's, and "another_story" in its documents."""
    docs = ['Floodwater from the swollen Marren river covered the lower streets of Halden on Tuesday. Rescue crews in boats carried forty residents from flooded homes near the river bank. The mayor of Halden said the river had not risen so high since the great flood of 1962. Schools in the lower town stayed closed while the floodwater drained away slowly.',
            'The Marren river burst its banks at Halden after three days of heavy rain, officials said. Rescue crews evacuated residents from the flooded streets by boat on Tuesday morning. The mayor said the flood was the worst the town had seen since 1962 and asked for help. Army trucks brought sandbags to the river bank to protect the old bridge of Halden.',
            'A baker from Lusk won the national prize for sourdough loaves at a fair in Cardale. Judges praised the crisp crust and the tangy crumb of her entry among sixty competitors. Her grandmother taught her the recipe when she was nine years old, the winner told judges. Next spring she plans to open a second shop selling pastries and rye cakes in Cardale.',
            'Heavy rain sent the Marren river over its banks in Halden, flooding hundreds of homes. Boats of the rescue crews took residents to a school on the hill above the flooded town. The mayor of Halden thanked the army for the sandbags that saved the old bridge. Forecasters expect more rain on Thursday, and the river may rise again, officials said.']
    with pytest.warns(precis.PrecisWarning, match="documents\\[2\\].*another story"):
        s = precis.summarize(docs, words=250)
    assert [d.get("another_story", False) for d in s.documents] == [False, False, True, False]
    assert "sourdough" not in s.text
    with pytest.warns(precis.PrecisWarning, match="documents\\[2\\].*another story"):
        precis.summarize_json(json.dumps({"id": 1, "documents": docs}), words=250)

def test_huge_document_and_limits():
    sentence = "The committee met again on Tuesday to discuss the new budget plan. "
    huge = sentence * 80_000  # 5.4 MB, one document
    s = precis.summarize([huge, "The budget plan was approved by the committee."], words=50)
    # the 5.4 MB document is read whole (which sentence ranks first is the
    # learned weights' business, not this test's)
    assert 0 < len(s) and s.documents[0]["sentences"] == 80_000
    with pytest.warns(precis.PrecisWarning, match="cut"):
        precis.summarize([huge], max_document_bytes=100_000)
    with pytest.raises(precis.PrecisError) as e:
        precis.summarize(["a b c. d e f.", "g h i.", "j k l."], max_documents=2)
    assert e.value.status == "ELIMIT" and "documents[2]" in str(e.value)
    with pytest.raises(precis.PrecisError) as e:
        precis.summarize([huge], max_cluster_bytes=1000)
    assert e.value.status == "ELIMIT"
    long_run = " ".join(f"word{i}" for i in range(5000))  # no sentence end
    parts = precis.segment(long_run, max_sentence_bytes=1000)
    assert len(parts) > 30 and all(len(x.encode()) <= 1000 for x in parts)
    # nothing lost; the display opens the document's first sentence with a capital
    assert " ".join(parts) == "W" + long_run[1:]


def test_argument_errors(volcano):
    _, texts = volcano
    with pytest.raises(precis.PrecisError) as e:
        precis.summarize(texts, method="nosuch")
    assert e.value.status == "EMETHOD" and "learned" in e.value.message
    assert e.value.code == 6 and isinstance(e.value, Exception)
    with pytest.raises(TypeError):
        precis.summarize(42)
    with pytest.raises(TypeError):
        precis.summarize([42])
    with pytest.raises(TypeError):
        precis.summarize([{"title": "no text"}])
    with pytest.raises(TypeError):
        precis.summarize([{"text": "x", "source": 3}])
    with pytest.raises(TypeError):
        precis.summarize(texts, method=3)
    with pytest.raises(ValueError):
        precis.summarize(texts, words=-1)
    with pytest.raises(TypeError):
        precis.summarize(texts, words=2.5)
    with pytest.raises(ValueError, match="words and bytes"):
        precis.summarize(texts, words=10, bytes=100)
    with pytest.raises(ValueError):
        precis.summarize(texts, order="alphabetical")
    for r in (1.5, 0, -0.1, float("nan")):  # as --redundancy refuses them
        with pytest.raises(ValueError, match="redundancy"):
            precis.summarize(texts, redundancy=r)
    with pytest.raises(TypeError, match="unknown option"):
        precis.summarize(texts, max_things=3)


def test_summary_read_before_and_after_its_sentences():
    # The sentences are decoded from the packed result when first read:
    # text, to_jsonl() and pickling give the same before and after, and
    # character offsets of non-ASCII str documents are right either way.
    docs = [OTHER, STORY]
    fresh = [precis.summarize(docs, sentences=6) for _ in range(3)]
    text = fresh[0].text
    assert "\n".join(x.text for x in fresh[0].sentences) == text
    assert fresh[0].text == text
    t = pickle.loads(pickle.dumps(fresh[1]))  # pickled undecoded
    assert t.sentences == fresh[0].sentences and t.text == text
    for x in fresh[2]:
        assert docs[x.input][x.start:x.end].split()[:2] == x.text.split()[:2]
    assert any(x.start != x.byte_start for x in fresh[2])  # "é", "—" before it
    line = json.dumps({"id": "k", "documents": docs})
    j1, j2 = precis.summarize_json(line, sentences=6), precis.summarize_json(line, sentences=6)
    assert j1.to_jsonl() == j2.to_jsonl() and j1.text == text
    j2.sentences  # noqa: B018 - decoded
    assert j1.to_jsonl() == j2.to_jsonl() and [x.text for x in j2] == text.split("\n")
    j1.sentences = j1.sentences[:1]
    assert j1.text == j2.sentences[0].text


def test_summary_is_plain_data(volcano):
    _, texts = volcano
    s = precis.summarize(texts, words=100)
    t = pickle.loads(pickle.dumps(s))
    assert t.text == s.text and t.sentences == s.sentences and t.to_dict() == s.to_dict()
    assert t.markdown() == s.markdown()
    assert str(s) == s.text and "sentences" in repr(s)
    d = s.to_dict()
    d["sentences"].clear()  # a copy: the summary is unchanged
    assert len(s.to_dict()["sentences"]) == len(s)
    with pytest.raises(AttributeError):
        s.sentences[0].text = "changed"


# ---- summarize_json and batch lines ------------------------------------------

def batch_input():
    """Clusters with ids of every JSON kind and texts needing escapes."""
    body = ("The council voted 7 to 2 on Monday to approve the \"green corridor\" plan. "
            "Work on the\tfirst section starts in May, the mayor said.\n\n"
            "Critics said the plan costs too much; a back\\slash stays. "
            "The vote followed a four-hour debate in the council chamber.")
    lines = [
        {"id": "a-1", "documents": [body, "The council approved the plan on Monday."]},
        {"id": 17, "documents": [{"text": body, "source": "Gazette", "date": "2024-03-04"}]},
        {"id": None, "documents": [body]},
        {"documents": [body]},
        {"id": ["x", 1], "documents": ["A short one: two sentences. The second is here."]},
        {"id": "ünï", "documents": ["Ünïcode text is kept as it is. Ça va très bien, merci."]},
    ]
    return [json.dumps(x, ensure_ascii=i % 2 == 0) for i, x in enumerate(lines)]


def test_summarize_json_lines_equal_batch(cli):
    lines = batch_input()
    want = cli("batch", "-w", "40", input=("\n".join(lines) + "\n").encode()).decode()
    got = "".join(precis.summarize_json(line, words=40).to_jsonl() + "\n" for line in lines)
    assert got == want
    b = "".join(precis.summarize_json(line.encode(), words=40).to_jsonl() + "\n" for line in lines)
    assert b == want
    fast = "".join(precis.batch_line(line, words=40) + "\n" for line in lines)
    assert fast == want
    assert precis.batch_line("  \t") is None and precis.batch_line(b"") is None
    # the block path: one call for all the lines, bytes in and out (str: str)
    block = "\n".join(lines)
    assert precis.batch(block.encode(), words=40) == want.encode()
    assert precis.batch(block + "\n", words=40) == want
    assert precis.batch("\n \n" + block.replace("\n", "\r\n\t\n"), words=40) == want
    assert precis.batch(b"") == b"" and precis.batch(" \n\t\n") == ""
    s = precis.summarize_json(lines[1], words=40)
    assert s.id == 17 and s.documents[0]["source"] == "Gazette"
    assert precis.summarize_json(lines[0]).id == "a-1"
    assert precis.summarize_json(lines[3]).id is None


def test_summarize_json_matches_summarize(volcano):
    _, texts = volcano
    line = json.dumps({"id": 1, "documents": texts})
    a = precis.summarize_json(line, words=90)
    b = precis.summarize(texts, words=90)
    assert a.text == b.text and [x.sources for x in a] == [x.sources for x in b]
    assert a.markdown() == b.markdown()


def test_summarize_json_errors():
    with pytest.raises(precis.PrecisError) as e:
        precis.summarize_json('{"id": 1, "documents": ["a", ')
    assert e.value.status == "EPARSE" and e.value.offset > 0 and "byte" in e.value.message
    with pytest.raises(precis.PrecisError, match="must be an array"):
        precis.summarize_json('{"id": 1, "documents": "text"}')
    with pytest.raises(precis.PrecisError, match=r"documents\[1\]"):
        precis.summarize_json('{"id": 1, "documents": ["a", 3]}')
    with pytest.raises(precis.PrecisError, match="max_line_bytes"):
        precis.summarize_json('{"id": 1, "documents": ["' + "x" * 200 + '"]}',
                              max_line_bytes=100)
    with pytest.raises(TypeError):
        precis.summarize_json({"documents": []})
    with pytest.raises(precis.PrecisError) as e:
        precis.batch_line('{"id": 1, "documents": ["a", ')
    assert e.value.status == "EPARSE"


def test_batch_errors_are_raised_or_written_as_batch_writes_them():
    good = '{"id": 1, "documents": ["A fine document. It has two sentences."]}'
    bad = [good, '{"id": 2, "documents": ["broken', '{"id": 3, "documents": 7}',
           '{"id": "\u00e9\\\\u00e9", "documents": 7}', "nonsense",
           '{"id": 5, "documents": []}', '{"id": 6, "documents": [" ", {"text": ""}]}', good,
           # no valid JSON, but the id before the fault is read
           '{ "id" : "n\u00e9", "documents": [', '{"id": -9, "documents": [1',
           '{"id": 1.5, "documents": [', '{"id": "\\ud800", "documents": [',
           '{"id": true, "documents": [', '{"id": 99999999999999999999, "documents": [',
           # a number garbled after its digits is none to jansson (session 40:
           # Python's scanner read 1, 1 and 0 there)
           '{"id": 1.x, "documents": [', '{"id": 1e+, "documents": [', '{"id": 01, "documents": [',
           '{"id": 4x, "documents": [']
    data = "\n".join(bad) + "\n"
    p = subprocess.run([BIN, "batch"], input=data.encode(), capture_output=True)
    if p.returncode not in (0, 1):
        pytest.skip(f"no precis program at {BIN}")
    assert p.returncode == 1  # batch's exit status for failed lines
    assert precis.batch(data, errors="record") == p.stdout.decode()
    assert [json.loads(x)["id"] for x in p.stdout.decode().splitlines()] == \
        [1, 2, 3, "\u00e9\\u00e9", None, 5, 6, 1, "n\u00e9", -9, None, None, None, None,
         None, None, None, 4]
    raw = b'{"id": 12, "documents": ["\xff"]}\n'
    p = subprocess.run([BIN, "batch"], input=raw, capture_output=True)
    assert precis.batch(raw, errors="record") == p.stdout and json.loads(p.stdout)["id"] == 12
    with pytest.raises(precis.PrecisError) as e:
        precis.batch(data)
    # a line cut inside its object, in the CLI's and the server's words
    # (s44-readers; "line 2: invalid JSON at byte 31 ... premature end")
    assert e.value.status == "EPARSE" and e.value.message.startswith("line 2: JSON cut short at")
    assert e.value.line == 2
    with pytest.raises(precis.PrecisError, match="line 1: unknown method 'nope'"):
        precis.batch(good, method="nope")
    for line, why in (('{"id": 5, "documents": []}', "no documents"),
                      ('{"documents": [" \\n", {"text": ""}]}', "no document has any text")):
        with pytest.raises(precis.PrecisError, match=why) as e:
            precis.summarize_json(line)
        assert e.value.status == "EEMPTY"
    with pytest.raises(ValueError):
        precis.batch(good, errors="skip")
    with pytest.raises(TypeError):
        precis.batch([good])


def test_batch_file_in_small_chunks_equals_batch(cli):
    """Chunks far shorter than a line, no final newline, a byte limit."""
    import io

    lines = batch_input()
    want = cli("batch", "-w", "40", input=("\n".join(lines) + "\n").encode())
    data = ("\n\n".join(lines)).encode()  # blank lines between, none at the end
    for chunk in (7, 100, 1 << 20):
        out = io.BytesIO()
        assert precis.batch_file(io.BytesIO(data), out, words=40, chunk=chunk) == len(lines)
        assert out.getvalue() == want
    # size: only the first two lines (and the blank one between) are read
    first = data.index(b"\n\n", data.index(b"\n\n") + 2)
    out = io.BytesIO()
    f = io.BytesIO(data + b"\n")
    assert precis.batch_file(f, out, words=40, size=first, chunk=50) == 2
    assert out.getvalue() == b"".join(want.splitlines(keepends=True)[:2])
    out = io.BytesIO()
    precis.batch_file(io.BytesIO(b'{"id": 1}\n{"id": 2, "documents": 7}'), out, errors="record")
    assert [json.loads(x)["error"][:7] for x in out.getvalue().splitlines()] == \
        ["line 1:", "line 2:"]
    assert precis.tune_malloc() in (True, False) and precis.tune_malloc() == precis.tune_malloc()


def test_batch_lines_ending_in_cr_and_nested_too_deep_as_batch_reads_them():
    """Lines ending in a CR alone are lines, as `precis batch` reads them
    (src/cli/lines.c), in batch() and in batch_file() at any chunk size; a
    line nested deeper than Python's json goes is an error line like any
    other with errors="record" (it raised RecursionError)."""
    import io

    lines = batch_input()
    deep = '{"id": "deep", "documents": ' + "[" * 10000 + "]" * 10000 + "}"
    data = "\r".join(lines[:2] + ["[" * 10000 + "]" * 10000, deep] + lines[2:]) + "\r"
    p = subprocess.run([BIN, "batch", "-w", "40"], input=data.encode(), capture_output=True)
    if p.returncode not in (0, 1):
        pytest.skip(f"no precis program at {BIN}")
    out = p.stdout.decode().splitlines()
    assert p.returncode == 1 and len(out) == len(lines) + 2
    assert json.loads(out[2]) == {"id": None, "error": json.loads(out[2])["error"]}
    assert json.loads(out[3])["id"] == "deep" and "error" in json.loads(out[3])
    assert precis.batch(data, words=40, errors="record") == p.stdout.decode()
    for chunk in (5, 300, 1 << 20):
        f = io.BytesIO()
        assert precis.batch_file(io.BytesIO(data.encode()), f, words=40, chunk=chunk,
                                 errors="record") == len(out)
        assert f.getvalue() == p.stdout
    lf = "\n".join(lines) + "\n"
    assert precis.batch(lf.replace("\n", "\r\n"), words=40) == precis.batch(lf, words=40)


def test_summary_of_more_sentences_than_fetched_at_first():
    """Sentences are fetched 32 at a time at first: a longer summary gets
    all of its sentences, the same as the library's JSON gives."""
    def sentence(k):  # words of its own, so that no two sentences overlap
        return " ".join(f"{chr(98 + k % 20)}{chr(98 + k // 20 % 20)}{w}" for w in
                        ("ox", "rain", "port", "mill", "crane", "tide")).capitalize() + "."
    docs = [" ".join(sentence(30 * d + i) for i in range(30)) for d in range(3)]
    s = precis.summarize(docs, sentences=45, method="lead")
    assert len(s.sentences) == 45
    assert [x.text for x in s.sentences] == [x["text"] for x in s.to_dict()["sentences"]]
    assert [x.start for x in s.sentences] == [x["start"] for x in s.to_dict()["sentences"]]


def test_summary_line_follows_a_new_id():
    s = precis.summarize_json('{"id": 1, "documents": ["A fine document. It has two sentences."]}')
    assert s.to_jsonl().startswith('{"id": 1, "summary": ')
    s.id = "x"
    assert s.to_jsonl() == '{"id": "x", "summary": ' + json.dumps(s.text) + "}"
    assert pickle.loads(pickle.dumps(s)).to_jsonl() == s.to_jsonl()


def test_val_lines_equal_batch(cli):
    lines = val_lines(100)
    want = cli("batch", input=b"\n".join(lines) + b"\n").decode()
    got = "".join(precis.summarize_json(x).to_jsonl() + "\n" for x in lines)
    assert got == want
    assert "".join(precis.batch_line(x) + "\n" for x in lines) == want
    assert precis.batch(b"\n".join(lines)) == want.encode()
    # the same clusters as parsed Python objects through summarize()
    for x, w in zip(lines, want.splitlines()):
        obj = json.loads(x)
        s = precis.summarize(obj["documents"])
        assert json.loads(w)["summary"] == s.text


# ---- digest ------------------------------------------------------------------

def test_digest_equals_cli(volcano, cli):
    paths, texts = volcano
    d = precis.digest(named(paths, texts), words=120)
    assert d == json.loads(cli("digest", "-w", "120", "-f", "json", *paths))
    for key in ("summary", "documents", "quotes", "figures", "timeline", "entities"):
        assert key in d
    assert d["quotes"] and d["timeline"] and d["entities"]
    md = precis.digest(named(paths, texts), words=120, format="markdown")
    assert md == cli("digest", "-w", "120", "-f", "markdown", *paths).decode()
    page = precis.digest(named(paths, texts), words=120, format="html")
    assert page == cli("digest", "-w", "120", "-f", "html", *paths).decode()
    with pytest.raises(ValueError):
        precis.digest(texts, format="pdf")
    assert precis.digest([])["summary"] == []


# ---- extract -----------------------------------------------------------------

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Storm closes port | Coast News</title>
<meta property="og:title" content="Storm closes port">
<meta property="og:site_name" content="Coast News">
<meta property="article:published_time" content="2024-02-01T08:00:00Z">
<link rel="canonical" href="https://coast.example/storm">
</head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>Storm closes port</h1><p class="byline">By Ana Lind</p>
<p>A winter storm closed the port of Harl on Thursday, stranding six ferries and
their passengers overnight, the harbour authority said.</p>
<p>Winds of up to 120 km/h were measured on the breakwater before dawn, and the
authority said the port would stay closed until the wind dropped.</p>
<p>“We have never seen waves like this in February,” said harbour master Ole Brandt.</p>
</article><aside><h2>Related</h2><ul><li><a href="/x">Ten things to do in Harl</a></li></ul></aside>
</main><footer>© Coast News. Subscribe now!</footer></body></html>"""


def test_extract_equals_cli(cli, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    want = json.loads(cli("extract", "-f", "json", str(page)))
    x = precis.extract(PAGE)
    assert x == want
    assert "stranding six ferries" in x["text"] and "Subscribe" not in x["text"]
    assert x["url"] == "https://coast.example/storm" and x["site"] == "Coast News"
    assert precis.extract(PAGE.encode()) == x
    assert precis.extract(gzip.compress(PAGE.encode())) == x
    latin = PAGE.replace('charset="utf-8"', 'charset="iso-8859-1"').encode("latin-1", "replace")
    assert "stranding six ferries" in precis.extract(latin)["text"]
    bare = tmp_path / "bare.html"
    bare.write_text("<html><body><nav>menu</nav></body></html>")
    assert precis.extract(bare.read_text()) == json.loads(cli("extract", "-f", "json", str(bare)))
    with pytest.warns(precis.PrecisWarning):
        precis.extract(PAGE, max_document_bytes=300)
    with pytest.raises(TypeError):
        precis.extract(None)


# ---- segment -----------------------------------------------------------------

def test_segment_equals_cli(volcano, cli):
    paths, texts = volcano
    for p, t in zip(paths, texts):
        assert precis.segment(t) == cli("segment", p).decode().splitlines()
    assert precis.segment(texts[0].encode()) == [s.encode() for s in precis.segment(texts[0])]


def test_segment_raw():
    text = "Dr. Smith arrived at 5 p.m. on Monday. He met the U.S. envoy, Mr. J. R. Doe.  Then he left…"
    assert precis.segment(text, clean=False) == [
        "Dr. Smith arrived at 5 p.m. on Monday.", "He met the U.S. envoy, Mr. J. R. Doe.",
        "Then he left…"]
    assert precis.segment(text.encode(), clean=False)[2] == "Then he left…".encode()
    assert precis.segment(b"a \xff b. Next one here.", clean=False) == [b"a \xff b.", b"Next one here."]
    golden = os.path.join(os.environ.get("PRECIS_DATA_DIR", ""), "sbd", "golden_rules_en.jsonl")
    if os.path.exists(golden):
        with open(golden, encoding="utf-8") as f:
            rules = [json.loads(x) for x in f if x.strip()]
        # the segmenter's own test is tests/unit/test_golden_rules.c; here the
        # spans must come back as the right slices of the text
        assert sum(precis.segment(r["text"], clean=False) == r["sentences"]
                   for r in rules) >= len(rules) * 0.9


# ---- rouge -------------------------------------------------------------------

def test_rouge_equals_cli(cli, tmp_path):
    refs = {"a": ["the cat sat on the mat\nit was happy", "a cat was on a mat"],
            "b": "dogs bark at night\nthe neighbours complain",
            "c": "rain fell all day in the city"}
    summ = {"a": "the cat sat\nhappy it was", "b": "a dog barks loudly at night",
            "c": "it rained in the city all day long"}
    with open(tmp_path / "refs.jsonl", "w") as f:
        for k, v in refs.items():
            f.write(json.dumps({"id": k, "summaries" if isinstance(v, list) else "summary": v}) + "\n")
    with open(tmp_path / "system.jsonl", "w") as f:
        for k, v in summ.items():
            f.write(json.dumps({"id": k, "summary": v}) + "\n")
    r, s = str(tmp_path / "refs.jsonl"), str(tmp_path / "system.jsonl")
    for flags, kw in ((["-n", "2"], dict(ngram=2)),
                      (["-n", "2", "-m", "-s"], dict(ngram=2, stem=True, stopwords=True)),
                      (["-2", "4", "-u", "-w", "1.2", "-f", "B"],
                       dict(skip_distance=4, skip_unigrams=True, wlcs_weight=1.2, formula="B")),
                      (["-n", "1", "-l", "3", "-x", "-r", "50", "-c", "90"],
                       dict(ngram=1, word_limit=3, lcs=False, resamples=50, confidence=90)),
                      (["-n", "1", "-t", "1", "-p", "0.2"], dict(ngram=1, count_mode=1, alpha=0.2)),
                      (["-n", "2", "--tokenize", "unicode"], dict(ngram=2, unicode_tokens=True))):
        want = json.loads(cli("eval", *flags, "--format", "json", "--refs", r, "--sys", s))
        assert precis.rouge(summ, refs, **kw) == want["systems"][0], flags
    text = cli("eval", "-n", "2", "-d", "--refs", r, "--sys", s).decode()
    assert precis.rouge(summ, refs, ngram=2, per_eval=True, format="text") == text
    csv = cli("eval", "-n", "2", "--format", "csv", "--refs", r, "--sys", s).decode()
    assert precis.rouge(summ, refs, ngram=2, format="csv") == csv


def test_rouge_inputs_and_errors(volcano):
    _, texts = volcano
    s = precis.summarize(texts, words=60)
    res = precis.rouge([s], [s.text], ngram=1)
    assert res["evaluations"] == 1 and res["metrics"]["ROUGE-1"]["F"]["avg"] == 1.0
    with pytest.raises(KeyError):
        precis.rouge({"x": "a b"}, {"y": "a b"})
    with pytest.raises(ValueError):
        precis.rouge({}, {})
    with pytest.raises(ValueError):
        precis.rouge(["a"], ["a"], word_limit=3, byte_limit=10)
    with pytest.raises(precis.PrecisError) as e:
        precis.rouge(["a"], ["a"], lcs=False)  # no metric selected
    assert e.value.status == "EINVAL"
    with pytest.raises(precis.PrecisError):
        precis.rouge(["a"], ["a"], alpha=2)
    with pytest.raises(TypeError):
        precis.rouge([3], ["a"])
    with pytest.raises(ValueError):
        precis.rouge(["a"], ["a"], formula="C")


# ---- methods, errors, loading ------------------------------------------------

def test_language_option_equals_cli(volcano, cli):
    paths, texts = volcano
    langs = precis.languages()
    assert "en" in langs and "fr" in langs
    for lang in ("en", "de"):
        s = precis.summarize(named(paths, texts), words=90, language=lang)
        assert s.to_dict() == json.loads(cli("-w", "90", "--language", lang, "-f", "json", *paths))
    with pytest.raises(TypeError):
        precis.summarize(texts, language=7)
    for code in ("xx", "en-", "english", ""):  # refused as `precis --language xx` refuses it
        with pytest.raises(ValueError, match="unknown language"):
            precis.summarize(texts, language=code)
    # a tag in any case, with a region subtag, names the same profile
    want = precis.summarize(named(paths, texts), words=90, language="pt").to_dict()
    for tag in ("PT", "pt-BR", "pt_PT"):
        got = precis.summarize(named(paths, texts), words=90, language=tag).to_dict()
        assert got == want and {d["language"] for d in got["documents"]} == {"pt"}


def test_methods_equal_cli(cli):
    m = precis.methods()
    listed = cli("--list-methods").decode()
    assert list(m) and all(name in listed and desc in listed for name, desc in m.items())
    assert precis.default_method() in m


def test_library_path_and_errors():
    assert os.path.exists(precis.LIBRARY_PATH) or "/" not in precis.LIBRARY_PATH
    e = precis.PrecisError(1)
    assert e.status == "ENOMEM" and e.message
    e = pickle.loads(pickle.dumps(precis.PrecisError(4, "bad byte", 17, 2)))
    assert (e.status, e.message, e.offset, e.line, str(e)) == ("EPARSE", "bad byte", 17, 2, "bad byte")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        precis.summarize(["A clean document. Nothing to repair here at all."])


def test_batch_json_traces_each_sentence_to_its_source(cli):
    """batch(format="json") writes what `precis batch -f json` writes, byte
    for byte (through the library's packed line, not a second writer), and
    format="dict" reads it: each sentence's doc, start and end slice its
    text out of the document the line gives (bytes of its UTF-8, a near
    copy merged into the document it copies: `doc` indexes the summary's
    documents, each named "document N" after its place in the line)."""
    import io

    harbour = ("The harbour café in Brestaven reopened on Monday after the storm. "
               "Its owner, Zoé Marchand, said volunteers from the town had rebuilt the roof.")
    fleet = ("Fishermen in Brestaven went back to sea on Tuesday. The storm had kept "
             "the fleet in port for a week, and the harbour café was shut.\n\n"
             "The   harbour master said   the quay would be repaired by June.")
    lines = batch_input() + [json.dumps({"id": "copy", "documents": [
        harbour, {"text": harbour, "source": "Wire"}, fleet]})]
    data = ("\n".join(lines) + "\n").encode()
    want = cli("batch", "-w", "40", "-f", "json", input=data)
    assert precis.batch(data, words=40, format="json") == want
    assert precis.batch(data.decode(), words=40, format="json") == want.decode()
    out = io.BytesIO()
    assert precis.batch_file(io.BytesIO(data), out, words=40, chunk=100, format="json") == len(lines)
    assert out.getvalue() == want
    got = precis.batch(data, words=40, format="dict")
    assert got == [json.loads(x) for x in want.splitlines()]
    assert precis.batch_line(lines[-1], words=40, format="dict") == got[-1]
    assert precis.batch_line(lines[-1], words=40, format="json") + "\n" == \
        want.splitlines(keepends=True)[-1].decode()
    traced = 0
    for line, summary in zip(lines, got):
        given = json.loads(line)
        assert summary["id"] == given.get("id")
        docs = [d["text"] if isinstance(d, dict) else d for d in given["documents"]]
        for x in summary["sentences"]:
            name = summary["documents"][x["doc"]]["name"]
            doc = docs[int(name.split()[-1]) - 1].encode()
            assert " ".join(doc[x["start"]:x["end"]].decode().split()) == x["text"], x
            traced += 1
    assert traced >= len(lines)
    # the copy's document counted in the names: the fleet is "document 3"
    assert any(x["text"].startswith("The harbour master said the quay") for x in got[-1]["sentences"])
    # the default format is still {"id", "summary"}; a failed line is the same
    # error line in both forms
    assert precis.batch(data, words=40) == cli("batch", "-w", "40", input=data)
    bad = b'{"id": 5, "documents": 7}\n'
    assert precis.batch(bad, errors="record", format="json") == precis.batch(bad, errors="record")
    assert precis.batch(bad, errors="record", format="dict")[0]["id"] == 5
    for wrong in ("xml", "text", 2):
        with pytest.raises(ValueError, match="format must be"):
            precis.batch(data, format=wrong)
    with pytest.raises(ValueError, match="batch_file format must be None or 'json'"):
        precis.batch_file(io.BytesIO(data), io.BytesIO(), format="dict")


def test_batch_reads_gzip_as_the_cli_does(cli):
    """gzip is recognised by its signature everywhere (README): batch() of
    gzip bytes and batch_file() of a gzip file give batch's lines."""
    import gzip
    import io

    lines = batch_input()
    data = ("\n".join(lines) + "\n").encode()
    want = cli("batch", "-w", "40", input=gzip.compress(data))
    assert precis.batch(gzip.compress(data), words=40) == want
    out = io.BytesIO()
    assert precis.batch_file(io.BytesIO(gzip.compress(data)), out, words=40, chunk=64) == len(lines)
    assert out.getvalue() == want


def test_batch_reads_bad_gzip_as_the_cli_does(cli):
    """batch() of gzip bytes inflates them with the library's precis_gunzip:
    a stream followed by bytes that are not gzip gives every line, with
    the CLI's words as a PrecisWarning (it raised EOFError or
    BadGzipFile); one cut short or corrupt raises after the lines before."""
    import gzip

    data = ("\n".join(batch_input()) + "\n").encode()
    g = gzip.compress(data, mtime=0)
    crc = bytearray(g)
    crc[-8] ^= 0xFF
    for bad, words in ((g + b"not gzip\n", "followed by 9 bytes that are not gzip"),):
        with pytest.warns(precis.PrecisWarning) as got:
            out = precis.batch(bad, words=40)
        said = [str(w.message) for w in got]
        assert out == cli("batch", "-w", "40", input=data), said
        p = subprocess.run([BIN, "batch", "-w", "40"], input=bad, capture_output=True)
        gz = [m for m in said if "gzip data" in m]
        assert gz and words in gz[0] and gz[0][len("data: "):] in p.stderr.decode(), (said, p.stderr)
    # corrupt (a wrong CRC) or cut short (in the trailer: every line
    # whole): an error, as `precis batch` exits 1 (session 42 for corrupt,
    # session 43 for cut short; a warning before), after the lines before,
    # whatever `errors`
    for bad, words in ((bytes(crc), "corrupt"), (g[:-4], "cut short")):
        p = subprocess.run([BIN, "batch", "-w", "40"], input=bad, capture_output=True)
        for errors in ("raise", "record"):
            with pytest.raises(precis.PrecisError) as e:
                precis.batch(bad, words=40, errors=errors)
            n = data.count(b"\n")
            assert e.value.status == "EPARSE" and e.value.line == n + 1
            assert e.value.message.startswith(f"line {n + 1}: gzip data {words} at byte ")
            assert e.value.message in p.stderr.decode() and p.returncode == 1
            assert e.value.output == p.stdout == cli("batch", "-w", "40", input=data)


def _corrupt_inside_a_line(lines, at):
    """gzip of the JSON lines whose second member, from the middle of line
    `at` (0-based) on, has a block type that does not exist: zlib stops
    inside that line with half of it out."""
    import gzip

    head = b"".join(lines[:at]) + lines[at][:len(lines[at]) // 2]
    tail = lines[at][len(lines[at]) // 2:] + b"".join(lines[at + 1:])
    second = bytearray(gzip.compress(tail, mtime=0))
    second[10] |= 0x06
    return gzip.compress(head, mtime=0) + bytes(second)


def test_corrupt_gzip_stops_before_the_unfinished_line_as_the_cli_does(cli):
    """The unfinished line where a corrupt stream stopped is not read (it
    was answered as garbage: an error line with errors="record", or the
    error of that line with "raise"); the lines before are, and the
    PrecisError names the line and the byte in the CLI's words, in batch(),
    batch_file() whatever the chunk, and Dask's summarize_files (session
    42)."""
    import io

    lines = [(x + "\n").encode() for x in batch_input()]
    bad = _corrupt_inside_a_line(lines, 2)
    p = subprocess.run([BIN, "batch", "-w", "40"], input=bad, capture_output=True)
    err = p.stderr.decode()
    assert p.returncode == 1 and p.stdout.count(b"\n") == 2 and "invalid JSON" not in err
    for errors in ("raise", "record"):
        with pytest.raises(precis.PrecisError) as e:
            precis.batch(bad, words=40, errors=errors)
        assert e.value.line == 3 and e.value.message.startswith("line 3: gzip data corrupt at ")
        assert "member 2: invalid block type" in e.value.message and e.value.message in err
        assert e.value.output == p.stdout
        for chunk in (1 << 20, 33):
            out = io.BytesIO()
            with pytest.raises(precis.PrecisError) as e:
                precis.batch_file(io.BytesIO(bad), out, words=40, chunk=chunk, errors=errors)
            assert e.value.message in err and e.value.line == 3
            assert out.getvalue() == p.stdout and e.value.output == 2


def test_batch_file_reads_bad_gzip_as_the_cli_does(cli):
    """batch_file() streams a gzip file as `precis batch` does (members in
    turn, a block at a time): a stream cut short, corrupt, or followed by
    bytes that are not gzip (text, or the NUL bytes of a padded block)
    gives the lines before it and a PrecisWarning in the CLI's words, the
    same byte and member, whatever the chunk; corrupt or cut short, an
    error after the lines before, in the CLI's words (session 40: Python's
    GzipFile raised BadGzipFile or EOFError after writing some lines, and
    passed NUL bytes in silence)."""
    import gzip
    import io

    lines = batch_input()
    data = ("\n".join(lines) + "\n").encode()
    g = gzip.compress(data[:100], mtime=0) + gzip.compress(data[100:], mtime=0)
    crc = bytearray(g)
    crc[-8] ^= 0xFF
    block = bytearray(g)
    block[12] ^= 0xFF  # the first member's deflate header
    for bad in (g + b"not gzip\n", g + b"\0" * 512, bytes(crc), g[:-4], g[:len(g) - 30],
                bytes(block)):
        p = subprocess.run([BIN, "batch", "-w", "40"], input=bad, capture_output=True)
        for chunk in (1 << 20, 33):
            # corrupt: an error (session 42); cut short too (session 43)
            if bad in (bytes(crc), bytes(block), g[:-4], g[:len(g) - 30]):
                out = io.BytesIO()
                with pytest.raises(precis.PrecisError) as e:
                    precis.batch_file(io.BytesIO(bad), out, words=40, chunk=chunk,
                                      errors="record")
                assert out.getvalue() == p.stdout and e.value.output == p.stdout.count(b"\n")
                assert e.value.message.split(": ", 1)[1] in p.stderr.decode(), p.stderr
                continue
            out = io.BytesIO()
            with pytest.warns(precis.PrecisWarning) as got:
                n = precis.batch_file(io.BytesIO(bad), out, words=40, chunk=chunk, errors="record")
            said = [str(w.message) for w in got if "gzip data" in str(w.message)]
            assert out.getvalue() == p.stdout and n == p.stdout.count(b"\n")
            assert len(said) == 1 and said[0].startswith("fin: gzip data ")
            assert said[0][len("fin: "):] in p.stderr.decode(), (said, p.stderr)


def test_gzip_cut_short_raises_after_the_lines_before_as_the_cli_exits_1(cli):
    """A gzip stream cut short inside a line: batch(), batch_file() (any
    chunk) answer the lines before and raise PrecisError (EPARSE) naming
    the line the cut fell in and the byte, in `precis batch`'s words, as
    it exits 1 (session 43: a PrecisWarning, the lines before returned as
    if whole).  With errors="record" the cut line gets the error line
    batch writes for it; with "raise" the cut is the error."""
    import gzip
    import io

    lines = [(x + "\n").encode() for x in batch_input()]
    data = b"".join(lines)
    g = gzip.compress(data, mtime=0)
    cut = g[:len(g) * 2 // 3]
    import zlib

    part = zlib.decompressobj(31).decompress(cut)
    assert not part.endswith(b"\n")  # inside a line: the line the cut fell in
    n = part.count(b"\n") + 1
    p = subprocess.run([BIN, "batch", "-w", "40"], input=cut, capture_output=True)
    err = p.stderr.decode()
    assert p.returncode == 1 and f"line {n}: gzip data cut short at byte" in err, err
    for errors in ("raise", "record"):
        with pytest.raises(precis.PrecisError) as e:
            precis.batch(cut, words=40, errors=errors)
        assert e.value.status == "EPARSE" and e.value.line == n
        assert e.value.message.startswith(f"line {n}: gzip data cut short at byte ")
        assert e.value.message in err
        want = p.stdout if errors == "record" else b"".join(p.stdout.splitlines(True)[:n - 1])
        assert e.value.output == want
        for chunk in (1 << 20, 33):
            out = io.BytesIO()
            with pytest.raises(precis.PrecisError) as e:
                precis.batch_file(io.BytesIO(cut), out, words=40, chunk=chunk, errors=errors)
            assert e.value.message in err and e.value.line == n
            assert out.getvalue() == want and e.value.output == want.count(b"\n")


def test_extract_raises_on_gzip_cut_short_with_the_part_before(cli):
    """extract() of a gzip page cut short or corrupt raises PrecisError
    (EPARSE) in the words `precis extract` says before it exits 1, the
    article of the part before in ``output`` (a PrecisWarning until
    session 43); bytes after the last member stay a warning."""
    import gzip

    page = ("<html><body><article><p>" + " ".join(["The council met on Monday and voted to "
                                                     "close the old bridge to traffic."] * 20)
            + "</p></article></body></html>").encode()
    g = gzip.compress(page, mtime=0)
    for bad in (g[:len(g) * 2 // 3], g[:-8] + bytes([g[-8] ^ 0xFF]) + g[-7:]):
        p = subprocess.run([BIN, "extract", "-f", "json", "-"], input=bad, capture_output=True)
        with pytest.raises(precis.PrecisError) as e:
            precis.extract(bad)
        assert p.returncode == 1 and e.value.status == "EPARSE"
        assert e.value.message.startswith("gzip data ") and e.value.message in p.stderr.decode()
        assert e.value.output["text"] == json.loads(p.stdout)["text"]
    with pytest.warns(precis.PrecisWarning, match="followed by 4 bytes that are not gzip"):
        assert precis.extract(g + b"junk")["text"]


# ---- what an aggregator's engineer met (session 22) -------------------------

def test_batch_skips_a_byte_order_mark_as_the_cli_does(cli):
    line = json.dumps({"id": "b", "documents": ["The council met on Monday and voted to "
                                                 "close the old bridge to traffic."]}).encode()
    data = b"\xef\xbb\xbf" + line + b"\n"
    assert precis.batch(data) == precis.batch(line + b"\n")
    import io
    out = io.BytesIO()
    precis.batch_file(io.BytesIO(data), out)
    assert out.getvalue() == precis.batch(line + b"\n")


def test_batch_refuses_utf16_by_name_as_the_cli_does():
    """UTF-16 bytes (a Windows editor's "Unicode") are refused at once, with
    what to do; every line failed, each with a message about byte 0xff."""
    import io
    text = json.dumps({"id": "u", "documents": ["The council met on Monday and voted to "
                                                 "close the old bridge to traffic."]}) + "\n"
    for data, enc in ((b"\xff\xfe" + text.encode("utf-16-le"), "utf-16"),
                      (text.encode("utf-16-be"), "utf-16-be")):
        for errors in ("raise", "record"):
            with pytest.raises(precis.PrecisError, match=r"data: not UTF-8: %s text; decode "
                               r"it first \(\.decode\('%s'\)\)" % (enc.upper(), enc)):
                precis.batch(data, errors=errors)
        with pytest.raises(precis.PrecisError, match="fin: not UTF-8: %s text" % enc.upper()):
            precis.batch_file(io.BytesIO(data), io.BytesIO(), chunk=3)
    assert precis.batch(text.encode("utf-16").decode("utf-16").encode()).startswith(b'{"id": "u"')


def test_batch_file_refuses_a_chunk_that_reads_nothing():
    import io
    for chunk in (0, -1):
        with pytest.raises(ValueError, match="chunk"):
            precis.batch_file(io.BytesIO(b'{"id":1,"documents":["a b c."]}\n'), io.BytesIO(),
                              chunk=chunk)


def test_language_none_is_the_default(volcano):
    paths, texts = volcano
    assert precis.summarize(texts, language=None).text == precis.summarize(texts).text


def test_an_id_json_cannot_write_is_written_as_its_value(volcano):
    paths, texts = volcano
    s = precis.summarize(texts, words=40)

    class Scalar:  # a numpy or pandas scalar's shape: .item() gives the value
        def __init__(self, v):
            self.v = v

        def item(self):
            return self.v
    s.id = Scalar(5)
    assert json.loads(s.to_jsonl())["id"] == 5
    s.id = Scalar("c-7")
    assert json.loads(s.to_jsonl())["id"] == "c-7"


def test_a_summary_keeps_its_input_as_it_was(volcano):
    """Changing the documents after summarize() renders no other summary,
    and a summary of memoryview documents pickles."""
    paths, texts = volcano
    docs = [{"text": t} for t in texts]
    s = precis.summarize(docs, words=60)
    before = s.markdown()
    docs[0]["text"] = "Nothing happened at all today in the town, officials said."
    assert s.markdown() == before
    buf = bytearray(texts[0].encode())
    s2 = precis.summarize([buf, texts[1]], words=60)
    md = s2.markdown()
    buf[:5] = b"XXXXX"
    assert s2.markdown() == md
    s3 = precis.summarize([memoryview(texts[0].encode()), texts[1]], words=60)
    assert pickle.loads(pickle.dumps(s3)).markdown() == s3.markdown()


def test_options_out_of_range_name_themselves(volcano):
    paths, texts = volcano
    with pytest.raises(ValueError, match="words is too large"):
        precis.summarize(texts, words=2 ** 70)
    with pytest.raises(TypeError, match="redundancy must be a number"):
        precis.summarize(texts, redundancy="x")


def test_bytes_that_are_not_text_are_refused_as_the_cli_refuses_them(tmp_path, cli):
    """Bytes of an image (or other binary data) given as a document are left
    out with the CLI's words for such a file, the others summarized; they
    were read as text, a page of U+FFFD (session 39).  batch() and
    batch_file() refuse such data as `precis batch` skips such a file."""
    import io
    import random
    good = ["The ferry board voted on Monday to shut the old pier for repairs. Divers found "
            "cracks in three of its piles last month.",
            "Passengers will board at the north quay from next week, the ferry board said. "
            "The repairs will cost about two million."]
    rnd = random.Random(7)
    png = b"\x89PNG\r\n\x1a\n" + _bytes_of(rnd, 600)
    (tmp_path / "p.png").write_bytes(png)
    err = subprocess.run([BIN, "-w", "40", str(tmp_path / "p.png")], capture_output=True).stderr
    assert b"skipped: not text (a PNG image)" in err
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        s = precis.summarize([good[0], png, good[1]], words=40)
    assert [str(x.message) for x in w] == ["documents[1]: skipped: not text (a PNG image)"]
    assert s.text == precis.summarize([good[0], b"", good[1]], words=40).text
    assert {x.doc for x in s.sentences} <= {0, 2} and "\ufffd" not in s.text
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        noise = _bytes_of(rnd, 3000)
        s = precis.summarize([{"text": noise, "title": "x"}, good[0]], words=40)
    assert len(w) == 1 and str(w[0].message).startswith("documents[0]: skipped: not text")
    assert s.text and "\ufffd" not in s.text
    with pytest.raises(precis.PrecisError, match="nothing to summarize: no input was read as "
                       "text") as e, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        precis.summarize([png])
    assert e.value.status == "EEMPTY"
    # a str is text whatever it holds; bytes of text are read as before
    assert precis.summarize(good[0].encode(), words=40).text
    with pytest.raises(precis.PrecisError, match=r"data: not text \(a PNG image\)"):
        precis.batch(png, errors="record")
    with pytest.raises(precis.PrecisError, match=r"fin: not text \(a PNG image\)"):
        precis.batch_file(io.BytesIO(png), io.BytesIO(), chunk=3)
    # a line cut in the middle of a character by a small chunk is still text
    line = (json.dumps({"id": "é", "documents": good}, ensure_ascii=False) + "\n").encode()
    out = io.BytesIO()
    assert precis.batch_file(io.BytesIO(line * 3), out, chunk=9) == 3
    assert out.getvalue() == precis.batch(line * 3)


def _bytes_of(rnd, n):
    return bytes(rnd.randrange(256) for _ in range(n))
