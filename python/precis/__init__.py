"""precis: multi-document news summarization with source tracing.

A binding over the C library libprecis (include/precis.h) through CFFI's
ABI mode: no compiler is needed to install it, only the shared library
(``make python`` or ``make install``).  Every C call releases the GIL, so
Python threads summarizing different clusters run in parallel.

    >>> import precis
    >>> s = precis.summarize(["First article ...", "Second article ..."], words=100)
    >>> print(s.text)
    >>> s.sentences[0].sources, s.sentences[0].score

Functions: summarize, summarize_json, batch_line, batch, batch_file, digest,
extract, segment, rouge, methods, default_method, tune_malloc.  Errors of the library
raise PrecisError; repairs it makes to the input (invalid UTF-8, a document
cut to a size limit) are reported as PrecisWarning.  See docs/python.md.
"""
import json as _json
import re as _re
import struct as _struct
from json.encoder import encode_basestring as _encode_basestring  # json.dumps's, C
import threading as _threading
import warnings as _warnings
import zlib as _zlib
from itertools import repeat as _repeat
from typing import NamedTuple as _NamedTuple

from ._binding import LIBRARY_PATH, ffi as _ffi, lib as _lib

__version__ = "0.1.0"
__all__ = [
    "summarize", "summarize_json", "batch_line", "batch", "batch_file", "tune_malloc", "digest", "extract", "segment", "rouge",
    "methods", "languages", "default_method", "Summary", "Sentence", "PrecisError",
    "PrecisWarning", "LIBRARY_PATH",
]

# C types, resolved once (a string would be parsed at every call)
_T_CHAR_PP = _ffi.typeof("char **")
_T_CHARARR = _ffi.typeof("char[]")
_T_CONST_CHAR_PARR = _ffi.typeof("const char *[]")
_T_CLUSTER_PP = _ffi.typeof("precis_cluster **")
_T_DIGEST_PP = _ffi.typeof("precis_digest **")
_T_DOC_META_P = _ffi.typeof("precis_doc_meta *")
_T_ERROR_P = _ffi.typeof("precis_error *")
_T_EXTRACTED_PP = _ffi.typeof("precis_extracted **")
_T_OPTIONS_P = _ffi.typeof("precis_options *")
_T_ROUGE_PP = _ffi.typeof("precis_rouge **")
_T_ROUGE_OPTIONS_P = _ffi.typeof("precis_rouge_options *")
_T_SENTENCE_P = _ffi.typeof("precis_sentence *")
_T_DOCUMENTARR = _ffi.typeof("precis_document[]")
_T_SUMMARY_PP = _ffi.typeof("precis_summary **")
_T_SIZE_T_P = _ffi.typeof("size_t *")
_T_SIZE_TARR = _ffi.typeof("size_t[]")

_bytes = bytes  # the functions' keyword `bytes` (a length) hides the type

_STATUS = {0: "OK", 1: "ENOMEM", 2: "EINVAL", 3: "EIO", 4: "EPARSE",
           5: "ELIMIT", 6: "EMETHOD", 7: "EEMPTY"}
# The code of a library warning that the input was not read whole (a gzip
# stream cut short or corrupt): the package raises it after the part read.
_EIO = 3


class PrecisError(Exception):
    """An error status of the library.

    ``status`` is its name ("EINVAL", "EPARSE", "ELIMIT", "EMETHOD",
    "ENOMEM", ...), ``code`` its number, ``message`` the library's message
    (naming the document or the byte of the fault where it can), ``offset``
    and ``line`` where in the input it lies (0 when not applicable)."""

    def __init__(self, code, message=None, offset=0, line=0):
        self.code = int(code)
        self.status = _STATUS.get(self.code, str(code))
        self.message = message or _ffi.string(_lib.precis_strerror(code)).decode()
        self.offset = offset
        self.line = line
        super().__init__(self.message)

    def __reduce__(self):  # pickled whole (Dask sends it between processes)
        return (PrecisError, (self.code, self.message, self.offset, self.line))


class PrecisWarning(UserWarning):
    """The library repaired its input: invalid UTF-8 replaced, a document cut
    to max_document_bytes, a page cut to the HTML parser's limit, ..."""


def _error(code, err=None, prefix=""):
    """A PrecisError from a status and the precis_error the call filled."""
    if err is not None and err.code and err.message != _ffi.NULL:
        msg = _ffi.string(err.message).decode("utf-8", "replace")
        return PrecisError(code, prefix + msg, err.offset, err.line)
    return PrecisError(code, prefix + _ffi.string(_lib.precis_strerror(code)).decode())


def _warn(err, prefix=""):
    if err.code and err.message != _ffi.NULL:
        msg = _ffi.string(err.message).decode("utf-8", "replace")
        _warnings.warn(prefix + msg, PrecisWarning, stacklevel=3)


def _take_string(pp, np):
    """Bytes of a string returned by the library, which is then freed."""
    try:
        return _ffi.unpack(pp[0], np[0])
    finally:
        _lib.precis_free(pp[0])


# ---- options ---------------------------------------------------------------

_ORDERS = {"source": 0, "score": 1, "time": 2, "reading": 3}
_LIMITS = ("max_document_bytes", "max_sentence_bytes", "max_graph_sentences",
           "max_cluster_bytes", "max_documents", "max_cluster_memory",
           "max_line_bytes")


def _count(name, value):
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"precis: {name} must be an int, not {type(value).__name__}")
    if value < 0:
        raise ValueError(f"precis: {name} must be >= 0, got {value}")
    if value >= 1 << 63:  # a size_t of the library's options (OverflowError in cffi)
        raise ValueError(f"precis: {name} is too large: {value}")
    return value


_OPTIONS_CACHE = {}


def _options(words=None, bytes=None, sentences=None, method=None, order=None,
             redundancy=None, limits=None, line_format=0):
    """A filled precis_options and the objects its pointers refer to; the
    same object for the same arguments (the library only reads it, so
    threads share it).  line_format: the precis_format of batch's line
    (_line_format)."""
    try:
        # with the types: words=True or 1.0 must not find words=1's options
        key = (words, bytes, sentences, method, order, redundancy, type(words),
               type(bytes), type(sentences), type(redundancy), line_format)
        if limits:
            key += tuple(sorted((k, type(v), v) for k, v in limits.items()))
        hit = _OPTIONS_CACHE.get(key)
    except TypeError:  # an unhashable argument: _make_options says why
        key = hit = None
    if hit is None:
        hit = _make_options(words, bytes, sentences, method, order, redundancy, limits)
        hit[0].line_format = line_format
        if key is not None:
            if len(_OPTIONS_CACHE) > 256:
                _OPTIONS_CACHE.clear()
            _OPTIONS_CACHE[key] = hit
    return hit


# batch's line: format=None the line {"id", "summary"} (PRECIS_FORMAT_TEXT);
# "json" the line of `precis batch -f json`, the summary's JSON with its id
# (PRECIS_FORMAT_JSON); "dict" that line read by json.loads
_LINE_FORMATS = {None: 0, "json": 2, "dict": 2}


def _line_format(format, what, dicts=True):
    """precis_options.line_format for batch's `format` argument."""
    if format not in _LINE_FORMATS or (format == "dict" and not dicts):
        names = "None, 'json' or 'dict'" if dicts else "None or 'json'"
        raise ValueError(f"precis: {what} format must be {names}, not {format!r}")
    return _LINE_FORMATS[format]


def _make_options(words, bytes, sentences, method, order, redundancy, limits):
    o = _ffi.new(_T_OPTIONS_P)
    _lib.precis_options_init(o)
    keep = [o]
    given = [(n, v) for n, v in (("words", words), ("bytes", bytes),
                                 ("sentences", sentences)) if v is not None]
    if len(given) > 1:
        raise ValueError("precis: give one of words, bytes, sentences, not "
                         + " and ".join(n for n, _ in given))
    if given:
        name, value = given[0]
        o.unit = {"words": 0, "bytes": 1, "sentences": 2}[name]
        o.budget = _count(name, value)
    if method is not None:
        if not isinstance(method, str):
            raise TypeError("precis: method must be a str (see precis.methods())")
        m = _ffi.new(_T_CHARARR, method.encode())
        keep.append(m)
        o.method = m
    if order is not None:
        if order not in _ORDERS:
            raise ValueError(f"precis: order must be one of {', '.join(_ORDERS)}, "
                             f"not {order!r}")
        o.order = _ORDERS[order]
    if redundancy is not None:
        if isinstance(redundancy, bool) or not isinstance(redundancy, (int, float)):
            raise TypeError(f"precis: redundancy must be a number, not {type(redundancy).__name__}")
        r = float(redundancy)
        if not 0.0 < r <= 1.0:  # as --redundancy: 0 would be the library's default, 0.5
            raise ValueError(f"precis: redundancy must be within (0, 1], got {redundancy}")
        o.redundancy = r
    for name, value in (limits or {}).items():
        if name == "language":
            if value is None:  # the default, as for every option
                continue
            if not isinstance(value, str):
                raise TypeError("precis: language must be an ISO 639-1 code (str)")
            code = _language_code(value)
            if code is None:  # as the CLI's --language refuses it
                raise ValueError(f"precis: unknown language {value!r} (see precis.languages())")
            lang = _ffi.new(_T_CHARARR, code.encode())
            keep.append(lang)
            o.language = lang
            continue
        if name not in _LIMITS:
            raise TypeError(f"precis: unknown option {name!r} "
                            f"(limits: {', '.join(_LIMITS)})")
        if value is not None:
            setattr(o, name, _count(name, value))
    return o, keep


# ---- documents -------------------------------------------------------------

def _utf8(value, what):
    """(UTF-8 bytes, True if given as str) of a text given as str or bytes.
    A str's lone surrogates pass through as bytes the library then repairs
    (replaced by U+FFFD, with a warning)."""
    if isinstance(value, str):
        return value.encode("utf-8", "surrogatepass"), True
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value), False
    raise TypeError(f"precis: {what} must be str or bytes, not {type(value).__name__}")


_META = ("source", "title", "date", "url", "name")


def _not_text(data):
    """Why bytes are not text ("not text (a PNG image)"), or None: the
    library's judgement (precis_looks_binary), which every reader of the
    CLI applies to a file."""
    why = _ffi.new("char[]", 256)
    if data and _lib.precis_looks_binary(data, len(data), why, 256):
        return _ffi.string(why).decode("utf-8", "replace")
    return None


class _Doc:
    """One input document as the library gets it."""
    __slots__ = ("data", "is_str", "html", "meta", "ascii", "skipped")

    def __init__(self, doc, i):
        self.meta = None
        self.html = False
        self.ascii = None  # whether data is ASCII (its byte offsets are character offsets)
        self.skipped = None  # why bytes that are not text were left out
        if isinstance(doc, dict):
            if doc.get("text") is not None:
                self.data, self.is_str = _utf8(doc["text"], f"documents[{i}]['text']")
            elif doc.get("html") is not None:
                self.data, self.is_str = _utf8(doc["html"], f"documents[{i}]['html']")
                self.html = True
            else:
                raise TypeError(f"precis: documents[{i}]: a dict needs a 'text' or "
                                "an 'html' (str or bytes)")
            meta = {}
            for key in _META:
                v = doc.get(key)
                if v is not None:
                    if not isinstance(v, str):
                        raise TypeError(f"precis: documents[{i}]['{key}'] must be a "
                                        f"str, not {type(v).__name__}")
                    if "\0" in v:  # the library reads C strings: it would be cut there
                        raise ValueError(f"precis: documents[{i}]['{key}'] must not hold NUL")
                    meta[key] = v
            self.meta = meta
        else:
            self.data, self.is_str = _utf8(doc, f"documents[{i}]")
        if not self.is_str:
            # bytes that are not text (an image, a PDF, compressed data)
            # are left out, as `precis FILE` skips such a file: they were
            # read as text, a page of U+FFFD (session 39).  The document
            # keeps its place, empty, so the indices of the others hold
            self.skipped = _not_text(self.data)
            if self.skipped:
                self.data = b""

    def byte_offsets(self):
        """Whether its offsets as given are its UTF-8 byte offsets (bytes,
        or a str of ASCII)."""
        if not self.is_str:
            return True
        if self.ascii is None:
            self.ascii = self.data.isascii()
        return self.ascii


def _as_list(documents):
    if isinstance(documents, (str, bytes, bytearray, dict)):
        return [documents]  # one document
    if isinstance(documents, (list, tuple)):
        return documents
    try:
        return list(documents)
    except TypeError:
        raise TypeError("precis: documents must be a list of str, bytes or dict, "
                        f"not {type(documents).__name__}") from None


def _frozen(value):
    """A value the caller cannot change under a Summary: bytearray and
    memoryview as bytes (a memoryview does not pickle either)."""
    return bytes(value) if isinstance(value, (bytearray, memoryview)) else value


def _snapshot(documents):
    """The documents as a Summary keeps them to render later (markdown(),
    html(), to_dict()): a dict copied, a mutable buffer made bytes, so
    that changing the caller's input afterwards renders no other summary."""
    return tuple({k: _frozen(v) for k, v in d.items()} if isinstance(d, dict) else _frozen(d)
                 for d in documents)


def _documents(documents):
    """The _Docs of documents; a PrecisWarning for each left out as not
    text ("documents[1]: skipped: not text (a PNG image)", the CLI's words
    for a file), PrecisError (EEMPTY) when every one was, as the CLI exits
    1 with "nothing to summarize: no input was read as text"."""
    docs = [_Doc(d, i) for i, d in enumerate(_as_list(documents))]
    for i, d in enumerate(docs):
        if d.skipped:
            _warnings.warn(f"documents[{i}]: skipped: {d.skipped}", PrecisWarning, stacklevel=3)
    if docs and all(d.skipped for d in docs):
        raise PrecisError(7, "precis: nothing to summarize: no input was read as text")
    return docs


_NAMES = []
_NAMES_LOCK = _threading.Lock()


def _doc_name(i):
    """"document N" (as precis batch names documents), made once."""
    if i >= len(_NAMES):
        with _NAMES_LOCK:
            while len(_NAMES) <= i:
                _NAMES.append(_ffi.new(_T_CHARARR, f"document {len(_NAMES) + 1}".encode()))
    return _NAMES[i]


class _Cluster:
    """A precis_cluster, freed on close (use with `with`): the staged calls,
    for what is rendered from a cluster (digest, markdown, segment)."""

    def __init__(self, docs, opts):
        pp = _ffi.new(_T_CLUSTER_PP)
        st = _lib.precis_cluster_new(pp, _ffi.NULL)
        if st:
            raise PrecisError(st)
        self.c = pp[0]
        self.summary = _ffi.NULL
        try:
            self._add(docs, opts)
        except BaseException:
            self.close()
            raise

    def _add(self, docs, opts):
        warn = _ffi.new(_T_ERROR_P)
        meta = _ffi.new(_T_DOC_META_P)
        for i, d in enumerate(docs):
            keep = []
            meta.name = _doc_name(i)
            meta.source = meta.title = meta.date = meta.url = _ffi.NULL
            if d.meta:
                for key, v in d.meta.items():
                    b = _ffi.new(_T_CHARARR, v.encode("utf-8", "surrogatepass"))
                    keep.append(b)
                    setattr(meta, key, b)
            n = len(d.data)
            # A page opens with '<' (after white space, a BOM, comments):
            # a text without one needs no call (each call is a GIL handoff)
            if not d.html and b"<" in d.data and _lib.precis_looks_like_html(d.data, n):
                d.html = True  # read as a page: offsets are of its article text
            if d.html:
                st = _lib.precis_cluster_add_html(self.c, d.data, n, meta, opts, warn)
            else:
                st = _lib.precis_cluster_add_document(self.c, d.data, n, meta, opts, warn)
            if st:
                raise _error(st, warn, f"documents[{i}]: ")
            _warn(warn, f"documents[{i}]: ")

    def summarize(self, opts):
        pp = _ffi.new(_T_SUMMARY_PP)
        st = _lib.precis_summarize(self.c, opts, pp)
        if st:
            raise _summarize_error(st, opts)
        self.summary = pp[0]
        return self.summary

    def render(self, fmt):
        pp, np = _ffi.new(_T_CHAR_PP), _ffi.new(_T_SIZE_T_P)
        st = _lib.precis_summary_render(self.summary, fmt, pp, np)
        if st:
            raise PrecisError(st)
        return _take_string(pp, np)

    def close(self):
        if self.summary != _ffi.NULL:
            _lib.precis_summary_free(self.summary)
            self.summary = _ffi.NULL
        if self.c != _ffi.NULL:
            _lib.precis_cluster_free(self.c)
            self.c = _ffi.NULL

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


# ---- packed results --------------------------------------------------------
# A summary comes in ONE library call (precis_summarize_documents or
# precis_summarize_line) as one buffer holding all its sentences (the layout
# of precis_packed in include/precis.h), decoded here at once: each C call
# gives up the GIL and takes it back, a hand-over when another thread waits,
# and a call per sentence or per field would cost more than the decoding.

_HEAD = _struct.Struct("=12Q")     # precis_packed
_SENT = _struct.Struct("=6Qd5Q")   # precis_packed_sentence
_WARN = _struct.Struct("=6Q")      # precis_packed_warning
_LINE_AT = 8 * 8                   # precis_packed.line, line_len
_LINE = _struct.Struct("=2Q")
_TEXT_AT = 4 * 8                   # precis_packed.text, text_len
_TEXT = _LINE
_PACKED_HTML = 1
_BUFFER = 1 << 16       # bytes of a thread's buffer at first (a summary needs ~3 KB)
_BUFFER_KEPT = 1 << 22  # a larger result gets a buffer of its own, not kept


class _Scratch(_threading.local):
    """Each thread's buffer for packed results, and the out parameters of
    the packed calls (made once per thread, not per call)."""

    def __init__(self):
        self.buf = bytearray(_BUFFER)
        self.cbuf = _ffi.from_buffer(self.buf)
        self.lenp = _ffi.new(_T_SIZE_T_P)
        self.err = _ffi.new(_T_ERROR_P)


_scratch = _Scratch()


def _call_packed(fn, arg, n, opts, sc):
    """fn(arg, n, opts, ...) with the packed result in a buffer (sc.buf, or a
    larger one when it did not fit: the library is called again).  Returns
    (status, buffer); the buffer is valid until this thread's next packed
    call."""
    buf = sc.buf
    st = fn(arg, n, opts, sc.cbuf, len(buf), sc.lenp, sc.err)
    if st == 0 and sc.lenp[0] > len(buf):
        size = sc.lenp[0]
        buf = bytearray(max(size, 2 * len(sc.buf)))
        cbuf = _ffi.from_buffer(buf)
        st = fn(arg, n, opts, cbuf, len(buf), sc.lenp, sc.err)
        if size <= _BUFFER_KEPT:
            sc.buf, sc.cbuf = buf, cbuf
    return st, buf


def _packed_error(st, err, opts):
    """The PrecisError of a failed packed call."""
    return _summarize_error(st, opts) if st == 6 else _error(st, err)


def _records(count):
    """The struct of `count` precis_packed_sentence records (made once per
    count)."""
    st = _RECORDS.get(count)
    if st is None:
        st = _RECORDS.setdefault(count, _struct.Struct("=" + "6Qd5Q" * count))
    return st


_RECORDS = {}


def _unpack(buf, docs):
    """(sentences, header fields) of a packed result.  docs: the _Doc list
    (offsets of a str document become character offsets), or None (byte
    offsets).  The records are read with one struct call and the Sentence
    tuples made by C loops (map, zip): a loop in Python per sentence would
    cost several times more."""
    head = _HEAD.unpack_from(buf)
    count = head[1]
    if not count:
        return [], head
    t0 = head[4]
    texts = buf[t0:t0 + head[5]].decode("utf-8", "replace").split("\n")
    v = _records(count).unpack_from(buf, _HEAD.size)
    doc, inp, b0, b1, score, so, sc = (v[2::12], v[3::12], v[4::12], v[5::12], v[6::12],
                                       v[7::12], v[8::12])
    if len(texts) != count:  # a line feed inside a sentence: each from its bytes
        texts = [buf[a:a + n].decode("utf-8", "replace") for a, n in zip(v[0::12], v[1::12])]
    if max(sc) == 1:
        src = [(d,) for d in doc]
    else:
        unpack_from = _struct.unpack_from
        src = [(d,) if k == 1 else unpack_from(f"={k}Q", buf, o) for d, o, k in zip(doc, so, sc)]
    c0, c1 = b0, b1
    if docs is not None:  # character offsets (the library's) where a str is not ASCII
        chars = [not f & _PACKED_HTML and not docs[i].byte_offsets()
                 for i, f in zip(inp, v[9::12])]
        c0 = [c if ch else b for ch, c, b in zip(chars, v[10::12], b0)]
        c1 = [c if ch else b for ch, c, b in zip(chars, v[11::12], b1)]
    return list(map(_new_sentence, _repeat(Sentence),
                    zip(texts, doc, src, score, c0, c1, b0, b1, inp))), head


def _packed_text(buf):
    """The sentences' texts of a packed result, joined by line feeds."""
    t0, tlen = _TEXT.unpack_from(buf, _TEXT_AT)
    return buf[t0:t0 + tlen].decode("utf-8", "replace")


def _packed_warnings(buf, head):
    """[(document position, message)] of the repairs of a packed result."""
    out = []
    for k in range(head[11]):
        inp, _, _, _, m0, mlen = _WARN.unpack_from(buf, head[10] + k * _WARN.size)
        out.append((inp, buf[m0:m0 + mlen].decode("utf-8", "replace")))
    return out


def _document_array(docs):
    """A precis_document[] of docs and the objects its pointers refer to."""
    arr = _ffi.new(_T_DOCUMENTARR, len(docs))
    keep = [arr]
    from_buffer, new = _ffi.from_buffer, _ffi.new
    for i, d in enumerate(docs):
        e = arr[i]
        t = from_buffer(d.data)
        keep.append(t)
        e.text, e.len = t, len(d.data)
        if d.html:
            e.html = 1
        if d.meta:
            m = e.meta
            for key, v in d.meta.items():
                b = new(_T_CHARARR, v.encode("utf-8", "surrogatepass"))
                keep.append(b)
                setattr(m, key, b)
    return arr, keep


# ---- summaries -------------------------------------------------------------

class Sentence(_NamedTuple):
    """One sentence of a summary (a named tuple).

    text        the display form (white space collapsed, markup removed)
    doc         0-based index of the document it was taken from among the
                summary's documents (Summary.documents; a near copy of an
                earlier document, a wire story run twice, is merged into it
                and has no index of its own)
    sources     every document carrying its content (doc and the others),
                ascending: the [n] markers of the Markdown form, less one
    score       the method's score (comparable within one summary only)
    start, end  where it lies in its document as given: character offsets
                of a str, byte offsets of bytes (for an HTML page, of the
                extracted article text)
    byte_start, byte_end   the same as byte offsets in the UTF-8 text
    input       the position of its document in the documents given (the
                same as doc unless a near copy before it was merged):
                documents[input][start:end] is where the sentence lies
    """
    text: str
    doc: int
    sources: tuple
    score: float
    start: int
    end: int
    byte_start: int
    byte_end: int
    input: int


_new_sentence = tuple.__new__  # Sentence(...) without the Python-level __new__


_ESCAPES = {i: f"\\u{i:04x}" for i in range(0x20)}
_ESCAPES.update({ord('"'): '\\"', ord("\\"): "\\\\", ord("\n"): "\\n",
                 ord("\t"): "\\t", ord("\r"): "\\r"})


def _json_string(s):
    """s as a JSON string the way the library writes it (UTF-8 kept, only
    quotes, backslashes and control characters escaped), so that batch
    lines written from Python equal `precis batch`'s byte for byte.
    Python's json writes the same but for \\b and \\f (the library:
    \\u0008, \\u000c), which take the slow path."""
    if "\b" in s or "\f" in s:
        return '"' + s.translate(_ESCAPES) + '"'
    return _encode_basestring(s)


_JSON = 2


class Summary:
    """A summary: its sentences in output order, with their sources.

    sentences   list of Sentence
    text        the sentences, one per line (as `precis -f text`, without the
                final newline)
    method      the ranking method used
    documents   one dict per input document (index, sentences, name, and the
                metadata known: source, title, date, url)
    id          the cluster's id (summarize_json), else None

    markdown() and html() render it with the library's renderers, to_dict()
    gives the library's JSON form (docs/json.md), to_jsonl() the line
    `precis batch` writes.  A Summary holds no C memory: it can be kept,
    pickled and sent between processes.

    The sentences are decoded from the library's packed result when first
    read (text and to_jsonl() need no Sentence objects)."""

    __slots__ = ("_sentences", "_packed", "_docs", "method", "_id", "_id_json", "_source",
                 "_dict", "_line")

    def __init__(self, sentences, method, source, id_json=None, line=None, packed=None,
                 docs=None):
        self._sentences = sentences  # None: not decoded yet from
        self._packed = packed        # the packed result (bytes)
        self._docs = docs            # the _Doc list for character offsets, or None
        self.method = method
        self._source = source
        self._id_json = id_json
        self._id = None
        self._dict = None
        self._line = line  # batch's line as the library wrote it (bytes), or None

    @property
    def id(self):
        if self._id is None and self._id_json is not None:
            self._id = _json.loads(self._id_json)
        return self._id

    @id.setter
    def id(self, value):
        self._id = value
        # numpy and pandas scalars (a DataFrame's index) written as the
        # numbers or text they hold
        self._id_json = _json.dumps(value, ensure_ascii=False, default=_plain_id)
        self._line = None

    @property
    def documents(self):
        return self._json()["documents"]

    def _json(self):
        if self._dict is None:
            self._dict = _json.loads(self._render(_JSON))
        return self._dict

    @property
    def sentences(self):
        if self._sentences is None:
            self._sentences = _unpack(self._packed, self._docs)[0]
            self._packed = self._docs = None
        return self._sentences

    @sentences.setter
    def sentences(self, value):
        self._sentences = value
        self._packed = self._docs = None

    @property
    def text(self):
        if self._sentences is None:
            return _packed_text(self._packed)
        return "\n".join(s.text for s in self._sentences)

    def __str__(self):
        return self.text

    def __len__(self):
        return len(self.sentences)

    def __iter__(self):
        return iter(self.sentences)

    def __repr__(self):
        words = sum(len(s.text.split()) for s in self.sentences)
        return (f"<precis.Summary {len(self.sentences)} sentences, {words} words, "
                f"method {self.method}>")

    def __getstate__(self):
        self.sentences  # decoded: the state holds no packed result
        return {k: getattr(self, k) for k in self.__slots__ if k not in ("_packed", "_docs")}

    def __setstate__(self, state):
        self._packed = self._docs = None
        for k, v in state.items():
            setattr(self, k, v)

    def to_dict(self):
        """The library's JSON form of the summary as a dict (docs/json.md):
        {"method", "sentences": [{"text", "doc", "start", "end", "score",
        "also"}], "documents": [...]}, offsets in bytes of the UTF-8 text."""
        return _json.loads(self._render(_JSON))

    def to_jsonl(self):
        """The line `precis batch` writes for this cluster, without the
        final newline: {"id": <id as given>, "summary": "s1\\ns2"}."""
        if self._line is not None:
            return self._line[:-1].decode("utf-8")
        return ('{"id": ' + (self._id_json if self._id_json is not None else "null")
                + ', "summary": ' + _json_string(self.text) + "}")

    def _render(self, fmt):
        # A Summary keeps no C objects (they would hold the cluster's
        # memory until it is dropped); rendering, documents and to_dict()
        # summarize its input again, which gives the same summary (the
        # library is deterministic).
        return _render_again(self._source, fmt).decode("utf-8")

    def markdown(self):
        """The summary with [n] source markers and the list of sources, as
        `precis -f markdown` prints it."""
        return self._render(1)

    def html(self):
        """One self-contained HTML page, as `precis -f html` prints it."""
        return self._render(3)


def summarize(documents, words=None, *, method=None, order=None, bytes=None,
              sentences=None, redundancy=None, **limits):
    """Summarizes one cluster of documents about one event.

    documents   a list of documents, each a str, bytes (UTF-8; invalid bytes
                are replaced, with a PrecisWarning) or a dict with "text" or
                "html" (a web page, whose article is extracted) and optional
                "title", "source", "date", "url"; a single str is one
                document.  A str or bytes that opens like an HTML page is
                read as one.
    words, bytes, sentences   the length (one of them; default: 230 words and
                at most half the input); a sentence that does not fit is
                skipped, never cut
    method      a ranking method (precis.methods()); default the library's
    order       "reading" (default: the opening sentence first, then source
                order), "source", "time" or "score"
    redundancy  content-word overlap (0..1) at which two sentences count as
                one
    limits      max_document_bytes, max_sentence_bytes, max_graph_sentences,
                max_cluster_bytes, max_documents, max_cluster_memory
                (docs/limits.md); language="fr" (an ISO 639-1 code, see
                languages()) instead of identifying each document's

    Returns a Summary.  Raises PrecisError (EMETHOD for an unknown method,
    ELIMIT when a document is refused by a limit, ...), TypeError or
    ValueError for arguments of the wrong kind."""
    kw = dict(words=words, bytes=bytes, sentences=sentences, method=method,
              order=order, redundancy=redundancy, limits=limits)
    documents = _as_list(documents)
    docs = _documents(documents)
    opts, held = _options(**kw)  # held: what opts points to, alive through the calls
    arr, keep = _document_array(docs)
    sc = _scratch
    st, buf = _call_packed(_lib.precis_summarize_documents, arr, len(docs), opts, sc)
    if st:
        raise _packed_error(st, sc.err, opts)
    head = _HEAD.unpack_from(buf)
    warns = _packed_warnings(buf, head) if head[11] else ()
    # the sentences are decoded when first read; the documents are kept
    # for it only when an offset in characters differs from the byte's
    s = Summary(None, _method_name(method), ("docs", _snapshot(documents), kw),
                packed=_bytes(buf[:head[0]]),
                docs=None if all(d.byte_offsets() for d in docs) else docs)
    for i, msg in warns:  # after this thread's buffer is read: a warning
        # filter may call precis again
        _warnings.warn(f"documents[{i}]: {msg}", PrecisWarning, stacklevel=2)
    return s


def _run_docs(docs, kw, take):
    """take(cluster) of the summary of docs (staged calls)."""
    opts, keep = _options(**kw)
    with _Cluster(docs, opts) as c:
        c.summarize(opts)
        return take(c)


def _run_json(line, kw, take):
    """take(cluster) of the summary of a JSON line (staged calls)."""
    opts, keep = _options(**kw)
    pp, idp = _ffi.new(_T_CLUSTER_PP), _ffi.new(_T_CHAR_PP)
    err = _ffi.new(_T_ERROR_P)
    st = _lib.precis_cluster_from_json(line, len(line), opts, _ffi.NULL, pp, idp, err)
    if st:
        raise _error(st, err)
    _lib.precis_free(idp[0])
    c = _Cluster.__new__(_Cluster)
    c.c, c.summary = pp[0], _ffi.NULL
    with c:
        c.summarize(opts)
        return take(c)


def _render_again(source, fmt):
    """Renders a summary again from its input (see Summary._render)."""
    kind, data, kw = source
    take = lambda c: c.render(fmt)  # noqa: E731
    if kind == "json":
        return _run_json(data, kw, take)
    return _run_docs([_Doc(d, i) for i, d in enumerate(data)], kw, take)


_DEFAULT_METHOD = []


def _method_name(method):
    if method is not None:
        return method
    if not _DEFAULT_METHOD:
        _DEFAULT_METHOD.append(default_method())
    return _DEFAULT_METHOD[0]


def summarize_json(line, words=None, *, method=None, order=None, bytes=None,
                   sentences=None, redundancy=None, **limits):
    """Summarizes one JSON Lines cluster {"id": ..., "documents": [...]}
    (str or bytes), read exactly as `precis batch` reads it; the Summary's
    `id` is the line's id and to_jsonl() gives batch's output line.  Raises
    PrecisError (EPARSE with the byte offset of the fault, ELIMIT, ...)."""
    data, _ = _utf8(line, "line")
    kw = dict(words=words, bytes=bytes, sentences=sentences, method=method,
              order=order, redundancy=redundancy, limits=limits)
    opts, held = _options(**kw)  # held: what opts points to, alive through the calls
    sc = _scratch
    st, buf = _call_packed(_lib.precis_summarize_line, data, len(data), opts, sc)
    if st:
        raise _packed_error(st, sc.err, opts)
    head = _HEAD.unpack_from(buf)
    i0, ilen, l0, llen = head[6:10]
    id_json = buf[i0:i0 + ilen].decode("utf-8") if ilen else None
    warns = _packed_warnings(buf, head) if head[11] else ()
    # batch's line, written by the library with the rest (to_jsonl() then
    # costs a decode: a quarter of what escaping the text in Python costs)
    s = Summary(None, _method_name(method), ("json", _frozen(data), kw), id_json,
                _bytes(buf[l0:l0 + llen]), packed=_bytes(buf[:head[0]]))
    for i, msg in warns:  # as summarize(): after the buffer is read
        _warnings.warn(f"documents[{i}]: {msg}", PrecisWarning, stacklevel=2)
    return s


def batch_line(line, words=None, *, format=None, method=None, order=None, bytes=None,
               sentences=None, redundancy=None, **limits):
    """The line `precis batch` writes for one JSON Lines cluster (str or
    bytes), without the final newline: summarize_json(line).to_jsonl()
    without building the Summary; format="json" the line of `precis batch
    -f json`, "dict" that line as a dict (see batch()).  None for a blank
    line (skipped by `precis batch` and every front end).  Errors as for
    summarize_json.  For many lines, batch() is faster."""
    form = _line_format(format, "batch_line")
    data, _ = _utf8(line, "line")
    if not data.strip(_BLANK):
        return None
    opts, held = _options(words, bytes, sentences, method, order, redundancy, limits, form)
    sc = _scratch
    st, buf = _call_packed(_lib.precis_summarize_line, data, len(data), opts, sc)
    if st:
        raise _packed_error(st, sc.err, opts)
    l0, llen = _LINE.unpack_from(buf, _LINE_AT)
    text = buf[l0:l0 + llen - 1].decode("utf-8")  # without the line feed
    return _json.loads(text) if format == "dict" else text


def batch(data, words=None, *, errors="raise", format=None, method=None, order=None,
          bytes=None, sentences=None, redundancy=None, **limits):
    """What `precis batch` writes for a block of JSON Lines clusters: data
    holds many lines {"id": ..., "documents": [...]} (bytes or str, lines
    separated by "\n"; bytes may be gzip, recognised by its signature); returns one output line {"id": ..., "summary": ...}
    per cluster, each ending in "\n", in input order, as one bytes (a str
    when data is a str).  Blank lines are skipped.

    This is the fast path for many clusters (precis.dask's): the options are
    set up once, and no Python object is made per cluster but the line and
    its output.  The GIL is released inside each library call.

    errors="raise" (default) raises PrecisError for the first line that
    fails, its message starting "line N: " (N counted from 1 in data);
    "record" writes {"id":...,"error":"line N: ..."} in its place instead,
    in the compact ASCII form `precis batch` writes.  Options as for
    summarize().

    format="json" gives the lines `precis batch -f json` writes instead:
    per cluster {"id": ..., "method": ..., "sentences": [{"text", "doc",
    "start", "end", "score", "also"}, ...], "documents": [...]}
    (docs/json.md), each sentence traced to its document and its bytes
    there; format="dict" the same lines read, a list of dicts (an error
    line in errors="record" is the dict {"id", "error"}).

    gzip data that is corrupt (a bad block, a wrong CRC) or cut short
    raises PrecisError (EPARSE) "line N: gzip data corrupt at byte B
    (member M: ...)" or "line N: gzip data cut short at byte B (member
    M)", N the line where inflating stopped, whatever `errors`, as
    `precis batch` stops there with exit status 1; the lines before it are
    summarized, their result (what batch() would return) in the error's
    ``output``.  The unfinished line of a corrupt stream is not read (its
    bytes are the last zlib gave before it found the damage); that of a
    stream cut short is, with errors="record", as the error line `precis
    batch` writes for it (a cut short stream warned and went on until
    session 43)."""
    if errors not in ("raise", "record"):
        raise ValueError(f"precis: errors must be 'raise' or 'record', not {errors!r}")
    form = _line_format(format, "batch")
    is_str = isinstance(data, str)
    block, _ = _utf8(data, "data")
    stop = None  # where a gzip stream cut short or corrupt stopped
    if block[:2] == _GZIP_MAGIC:  # gzip, recognised by its signature as everywhere
        block, stop = _gunzip(block, "data")
    _refuse_utf16(block, "data")
    if block[:3] == _BOM:  # as `precis batch` skips it at the start of a file
        block = block[3:]
    eol = b"\r" if _cr_lines(block) else b"\n"
    tail = 0  # the unfinished line where the stream stopped, read (see above)
    if stop:
        whole = block.rfind(eol) + 1
        tail = _read_tail(stop, errors) and whole < len(block)
        block = block if tail else block[:whole]
    kw = dict(words=words, bytes=bytes, sentences=sentences, method=method,
              order=order, redundancy=redundancy, limits=limits)
    out = []
    opts, held = _options(**kw, line_format=form)
    n = _batch_lines(block, opts, errors, out, eol=eol)
    if format == "dict":
        res = [_json.loads(x) for x in out]
    else:
        res = b"".join(out)
        res = res.decode("utf-8") if is_str else res
    if stop:
        raise _corrupt_error(n - tail, stop, res)
    return res


def batch_file(fin, fout, words=None, *, size=None, chunk=1 << 20, errors="raise",
               format=None, method=None, order=None, bytes=None, sentences=None,
               redundancy=None, lines_before=0, **limits):
    """batch() from a binary file to a binary file: reads JSON lines from
    fin (to its end, or `size` bytes) `chunk` bytes at a time and writes
    the output lines to fout as they come, so memory stays flat however
    large the input.  Returns the number of output lines written.  Errors
    and options as for batch() (line numbers counted from fin's position,
    after `lines_before` lines: a part of a file read from its middle
    numbers its lines as the whole file's); format None or "json" as for
    batch().  Corrupt or cut short gzip data raises PrecisError after the
    lines before it are written, as batch() does (its ``output`` the number
    written)."""
    if errors not in ("raise", "record"):
        raise ValueError(f"precis: errors must be 'raise' or 'record', not {errors!r}")
    form = _line_format(format, "batch_file", dicts=False)
    if not isinstance(chunk, int) or chunk <= 0:  # 0 read nothing and wrote nothing
        raise ValueError(f"precis: chunk must be a positive number of bytes, not {chunk!r}")
    kw = dict(words=words, bytes=bytes, sentences=sentences, method=method,
              order=order, redundancy=redundancy, limits=limits)
    opts, held = _options(**kw, line_format=form)  # held: what opts points to, alive through the calls
    if size is None and fin.seekable():  # gzip, by its signature, as `precis batch` reads it
        at = fin.tell()
        magic = fin.read(2)
        fin.seek(at)
        if magic == _GZIP_MAGIC:
            fin = _GzipStream(fin, "fin")
    if not isinstance(lines_before, int) or lines_before < 0:
        raise ValueError(f"precis: lines_before must be a number of lines, not {lines_before!r}")
    carry, lines, written = b"", lines_before, 0
    judged = False  # whether the input's first bytes were looked at (UTF-16, not text)
    cr = None  # whether lines end in CR: decided at the first line end
    left = size
    while True:
        want = chunk if left is None else min(chunk, left)
        data = fin.read(want) if want > 0 else b""
        if left is not None:
            left -= len(data)
        if not judged:  # the input's first 64 KiB, or all of it, as `precis batch` judges
            if data and len(carry) + len(data) < _SNIFF:
                carry += data
                continue
            data, carry = carry + data, b""
            _refuse_utf16(data, "fin")
            judged = True
            if data[:3] == _BOM:
                data = data[3:]  # at the start of the file, as `precis batch`
        if cr is None:
            cr = _cr_lines(carry + data, final=not data)
        eol = b"\r" if cr else b"\n"
        stop = getattr(fin, "corrupt", None)
        tail = 0
        if not data:  # a corrupt stream's unfinished line is not read (see batch())
            tail = bool(carry) and (not stop or _read_tail(stop, errors))
            data, last = (carry if tail else b""), True
        else:
            data, last = carry + data, False
            cut = data.rfind(eol) + 1
            if cut == 0:  # no whole line yet: read on
                carry = data
                continue
            data, carry = data[:cut], data[cut:]
        out = []
        lines += _batch_lines(data, opts, errors, out, line0=lines, eol=eol)
        if out:
            fout.write(b"".join(out))
            written += len(out)
        if last:
            if stop:
                raise _corrupt_error(lines - tail - lines_before, stop, written, lines_before)
            return written


def _read_tail(stop, errors):
    """Whether the unfinished line where a gzip stream stopped is read: not
    when the stream is corrupt (zlib gave its bytes just before it found
    the damage), nor when `errors` is "raise" (the stop is the error);
    with "record" a line cut short gets the error line `precis batch`
    writes for it."""
    return errors == "record" and stop.startswith("gzip data cut short")


def _corrupt_error(n, why, output, before=0):
    """The PrecisError (EPARSE) of gzip data found corrupt or cut short
    after n whole lines: "line N: gzip data corrupt ...", N (after `before`
    lines) the line it stopped in; ``output`` what was made of the lines
    before it."""
    e = PrecisError(4, f"line {before + n + 1}: {why}", 0, before + n + 1)
    e.output = output
    return e


def _plain_id(value):
    """An id json cannot write: a numpy or pandas scalar's own value
    (.item()), else its text."""
    item = getattr(value, "item", None)
    if callable(item):
        v = item()
        if isinstance(v, (int, float, str, bool)) or v is None:
            return v
    return str(value)


_GZIP_MAGIC = b"\x1f\x8b"


class _GzipStream:
    """A gzip file inflated as it is read, members in turn, as `precis
    batch` streams one (src/cli/lines.c), for batch_file(): where it stops
    early, a PrecisWarning in precis_gunzip's words naming the byte of the
    file and the member, as batch() and the CLI say it: cut short (what
    came out before is kept), or followed by bytes that are not gzip
    (ignored: nothing was lost); corrupt data sets .corrupt to that
    message instead, an error batch_file() raises (session 42).  Python's
    gzip.GzipFile raised
    EOFError or BadGzipFile there, after the lines before were written,
    and passed NUL bytes after the last member in silence (until session
    40).  read(n) gives at most n bytes, b"" at the end."""

    _BLOCK = 1 << 16  # bytes of the file read at a time, as lines.c reads them

    def __init__(self, fin, name):
        self.fin, self.name = fin, name
        self.z = _zlib.decompressobj(31)
        self.pos = 0  # bytes of fin read
        self.member = 1
        self.done = False
        self.corrupt = None  # the message where the data was found corrupt

    def _more(self):
        data = self.fin.read(self._BLOCK)
        self.pos += len(data)
        return data

    def _stop(self, msg):
        self.done = True
        _warnings.warn(f"{self.name}: gzip data {msg}", PrecisWarning, stacklevel=3)

    def _cut(self):
        """The stream ends inside a member: an error batch_file() raises
        after the lines before, as for corrupt data (a warning until session
        43: the rest of the file is lost)."""
        self.done = True
        self.corrupt = (f"gzip data cut short at byte {self.pos} (member {self.member}); "
                        "the part before kept")

    def _next_member(self):
        """After a member: the input of the next one, or None at the end."""
        rest = self.z.unused_data
        while len(rest) < 2:  # the signature may be split by a read
            more = self._more()
            if not more:
                break
            rest += more
        if not rest:
            self.done = True
            return None
        if rest[:2] != _GZIP_MAGIC:
            at = self.pos - len(rest)
            while self._more():
                pass
            self._stop(f"followed by {self.pos - at} bytes that are not gzip, at byte {at} "
                       f"(after member {self.member}); ignored")
            return None
        self.z = _zlib.decompressobj(31)
        self.member += 1
        return rest

    def _corrupt(self, saved, data, error):
        """What came out of data before the byte where inflating failed (fed
        one byte at a time to a copy of the state before it), and the
        warning naming that byte, as zlib names it to the C readers."""
        out, start = [], self.pos - len(data)  # data always ends where fin was read to
        for i in range(len(data)):
            try:
                out.append(saved.decompress(data[i:i + 1]))
            except _zlib.error:
                start += i + 1
                break
        why = str(error).split(": ", 1)[-1]
        self.done = True  # an error (batch_file raises it), not a warning
        self.corrupt = (f"gzip data corrupt at byte {start} (member {self.member}: {why}); "
                        "the part before kept")
        return b"".join(out)

    def read(self, n):
        out, got = [], 0
        while got < n and not self.done:
            if self.z.eof:
                data = self._next_member()
                if data is None:
                    break
            else:
                data = self.z.unconsumed_tail or self._more()
                if not data:
                    self._cut()
                    break
            saved = self.z.copy()
            try:
                chunk = self.z.decompress(data, n - got)
            except _zlib.error as e:
                chunk = self._corrupt(saved, data, e)
            out.append(chunk)
            got += len(chunk)
        return b"".join(out)


def _gunzip(data, name):
    """gzip bytes held whole, inflated by the library's precis_gunzip as
    every reader of precis does: members in turn; a stream cut short,
    corrupt, or followed by bytes that are not gzip gives what came out
    before it with a PrecisWarning naming the byte and the member (Python's
    gzip.decompress raised EOFError or BadGzipFile until session 40).
    Returns (bytes, None), or (bytes, message) when the data is corrupt
    (session 42) or cut short (session 43): the rest of it is lost, an
    error for the caller to raise after the part before, not a warning."""
    out = _ffi.new("char **")
    n = _ffi.new("size_t *")
    err = _ffi.new("precis_error *")
    st = _lib.precis_gunzip(data, len(data), 0, out, n, err)
    if out[0] == _ffi.NULL:
        raise _error(st, err)
    block = _take_string(out, n)
    if err.code == _EIO:  # cut short or corrupt: the caller's error, after the lines before
        return block, _ffi.string(err.message).decode("utf-8", "replace")
    _warn(err, name + ": ")
    return block, None
_BOM = b"\xef\xbb\xbf"  # a UTF-8 byte order mark
_SNIFF = 1 << 16  # the bytes judged for text, as precis_looks_binary reads them


def _refuse_utf16(head, what):
    """PrecisError (EPARSE) when bytes open as UTF-16 text (a byte order
    mark, or ASCII interleaved with NUL bytes), as `precis batch` skips such
    a file (src/cli/common.c, cli_utf16): JSON Lines are UTF-8, and every
    line failed, each with a message about a byte 0xff (session 39).  Also
    when they are not text (precis_looks_binary: an image, a PDF), which
    `precis batch` skips as "not text (a PNG image)" and which failed line
    by line too."""
    h = head[:4]
    if h[:2] in (b"\xff\xfe", b"\xfe\xff"):
        enc = "utf-16"
    elif len(h) == 4 and 0 < h[0] < 0x80 and h[1] == 0 and 0 < h[2] < 0x80 and h[3] == 0:
        enc = "utf-16-le"
    elif len(h) == 4 and h[0] == 0 and 0 < h[1] < 0x80 and h[2] == 0 and 0 < h[3] < 0x80:
        enc = "utf-16-be"
    else:
        why = _not_text(head[:_SNIFF])  # a PNG, a PDF: skipped by `precis batch` too
        if why:
            raise PrecisError(4, f"precis: {what}: {why}")
        return
    raise PrecisError(4, f"precis: {what}: not UTF-8: {enc.upper()} text; decode it first "
                      f"(.decode('{enc}'))")


_MALLOC_TUNED = []


def tune_malloc():
    """Sets the C library's allocator as `precis batch` sets it for many
    clusters: memory freed after a cluster stays in the process for the
    next (glibc's mallopt: M_TRIM_THRESHOLD 256 MiB, M_MMAP_THRESHOLD
    64 MiB) instead of going back to the kernel and being faulted in again,
    which costs about 7 % more CPU per cluster (bench/python.py).  It holds
    for the whole process and its other libraries, for good: call it in a
    process that summarizes in bulk (precis.dask's tasks call it in the
    workers).  Returns True when set, False where the C library is not
    glibc (nothing is changed)."""
    if _MALLOC_TUNED:
        return _MALLOC_TUNED[0]
    ok = False
    try:
        import ctypes
        import platform

        if platform.libc_ver()[0] == "glibc":
            libc = ctypes.CDLL(None)
            # M_TRIM_THRESHOLD = -1, M_MMAP_THRESHOLD = -3 (malloc.h)
            ok = bool(libc.mallopt(-1, 256 << 20)) and bool(libc.mallopt(-3, 64 << 20))
    except (OSError, AttributeError):
        ok = False
    _MALLOC_TUNED.append(ok)
    return ok


_BLANK = b" \t\r"


def _cr_lines(data, final=True):
    """Whether the lines of `data` end in a CR alone, as `precis batch`
    decides it (src/cli/lines.c): by the input's first line end, when that
    is a CR not followed by a line feed (classic Mac OS text; JSON holds no
    raw CR inside a string).  None while the first line end is not seen
    (or is a CR at the very end of data that is not final)."""
    nl = data.find(b"\n")
    cr = data.find(b"\r", 0, nl if nl >= 0 else len(data))
    if cr >= 0 and cr + 1 < len(data):
        return data[cr + 1] != 0x0A
    if nl >= 0:
        return False
    return False if final else None


def _batch_lines(data, opts, errors, out, line0=0, eol=b"\n"):
    """Appends to `out` batch's output line (bytes, with its line feed) for
    each JSON line of `data` (bytes; lines separated by line feeds, blank
    ones skipped); returns the number of lines.  errors: "raise" or
    "record" (see batch()); line0:
    lines before data, for the numbers in messages; eol: what ends a line
    (a CR in an input whose lines end in CR alone, _cr_lines).  One library call per
    line (precis_summarize_line), the line passed where it lies in data (no
    copy of each)."""
    sc = _scratch
    call, line_of = _lib.precis_summarize_line, _LINE.unpack_from
    append, find, size = out.append, data.find, len(data)
    base = _ffi.from_buffer(data)
    start, n = 0, line0
    while start < size:
        end = find(eol, start)
        if end < 0:
            end = size
        n += 1
        line_start, start = start, end + 1
        if end == line_start or (data[line_start] in _BLANK
                                 and not data[line_start:end].strip(_BLANK)):
            continue
        st, buf = _call_packed(call, base + line_start, end - line_start, opts, sc)
        if not st:
            l0, llen = line_of(buf, _LINE_AT)
            append(bytes(buf[l0:l0 + llen]))
            continue
        e = _packed_error(st, sc.err, opts)
        e = PrecisError(e.code, f"line {n}: {e.message}", e.offset, n)
        if errors == "raise":
            raise e
        append(_error_line(data[line_start:end], e.message))
    return n - line0


_LEADING_ID = _re.compile(rb'[ \t]*\{[ \t]*"id"[ \t]*:[ \t]*')


def _leading_id(line):
    """The id of a line that is no valid JSON but opens {"id": ID (a str or
    an integer jansson reads), as `precis batch` reads it; else None."""
    m = _LEADING_ID.match(line)
    if not m:
        return None
    rest = line[m.end():].decode("utf-8", "surrogateescape")
    try:
        value, end = _json.JSONDecoder().raw_decode(rest)
    except (ValueError, RecursionError):  # nested deeper than Python's json goes
        return None
    if type(value) is int:
        # jansson reads a number to its last digit, '.' or exponent: "1.x",
        # "1e+" and "01" are no number to it, where Python's scanner stops
        # at 1 (or 0) and read an id batch does not see (session 40)
        if rest[end:end + 1] in (".", "e", "E") or rest[end:end + 1].isdigit():
            return None
        return value if -(1 << 63) <= value < (1 << 63) else None
    if type(value) is str:
        try:
            value.encode("utf-8")  # no lone surrogate, escaped or undecodable
        except UnicodeEncodeError:
            return None
        return value
    return None


def _error_line(line, message):
    """The line `precis batch` writes for a line that failed: the id taken
    from the line when it is a JSON object holding one, or when it opens as
    one ({"id": ID, then a fault)."""
    cid = None
    try:
        obj = _json.loads(line)
        if isinstance(obj, dict):
            cid = obj.get("id")
    except (ValueError, RecursionError):  # '[' x 10,000: deeper than Python's json goes
        cid = _leading_id(line)
    text = _json.dumps({"id": cid, "error": message}, separators=(",", ":"))
    # jansson, which batch writes with, spells \u escapes in capitals
    return (_UPPER_ESCAPE.sub(lambda m: m.group(1) + "\\u" + m.group(2).upper(), text)
            + "\n").encode()


_UPPER_ESCAPE = _re.compile(r"(?<!\\)((?:\\\\)*)\\u([0-9a-f]{4})")


def _summarize_error(st, opts):
    """The PrecisError of a failed precis_summarize."""
    if st == 6:  # PRECIS_EMETHOD
        m = _ffi.string(opts.method).decode("utf-8", "replace")
        return PrecisError(st, f"unknown method '{m}' (known: {', '.join(methods())})")
    return PrecisError(st)


# ---- digest ----------------------------------------------------------------

_DIGEST_FORMATS = {"json": 2, "markdown": 1, "html": 3}


def digest(documents, words=None, *, format="json", method=None, order=None,
           bytes=None, sentences=None, redundancy=None, **limits):
    """The digest of a cluster: the summary, sources, quotes with their
    speakers, figures on which the sources disagree, the timeline and the
    people, organisations and places (docs/digest.md).

    documents and the summary options as for summarize().  Returns a dict in
    the shape of docs/digest.md's JSON schema for format="json" (default),
    or the rendered str for "markdown" and "html"."""
    if format not in _DIGEST_FORMATS:
        raise ValueError(f"precis: digest format must be json, markdown or html, "
                         f"not {format!r}")
    opts, keep = _options(words, bytes, sentences, method, order, redundancy, limits)
    docs = _documents(documents)
    with _Cluster(docs, opts) as c:
        summary = c.summarize(opts)
        dp = _ffi.new(_T_DIGEST_PP)
        st = _lib.precis_digest_new(c.c, opts, dp)
        if st:
            raise PrecisError(st)
        try:
            pp, np = _ffi.new(_T_CHAR_PP), _ffi.new(_T_SIZE_T_P)
            st = _lib.precis_digest_render(dp[0], summary, _DIGEST_FORMATS[format], pp, np)
            if st:
                raise PrecisError(st)
            out = _take_string(pp, np).decode("utf-8")
        finally:
            _lib.precis_digest_free(dp[0])
    return _json.loads(out) if format == "json" else out


# ---- HTML, segmentation ----------------------------------------------------

def extract(html, *, max_document_bytes=None):
    """The article of a web page (str or bytes; gzip-compressed, any charset
    the page declares): a dict {"text", "title", "byline", "date", "site",
    "url"}, the text's paragraphs separated by blank lines, metadata None
    when the page gives none.  As `precis extract -f json`.  gzip data cut
    short or corrupt raises PrecisError (EPARSE) "gzip data cut short at
    byte B (member M); the part before kept", the dict of the part before
    in its ``output``, as `precis extract` prints it and exits 1 (a
    warning until session 43)."""
    data, _ = _utf8(html, "html")
    opts, keep = _options(limits={"max_document_bytes": max_document_bytes})
    xp = _ffi.new(_T_EXTRACTED_PP)
    warn = _ffi.new(_T_ERROR_P)
    st = _lib.precis_html_extract(data, len(data), opts, xp, warn)
    if st:
        raise _error(st, warn)
    lost = _error(4, warn) if warn.code == _EIO else None
    if not lost:
        _warn(warn)
    x = xp[0]
    try:
        n = _ffi.new(_T_SIZE_T_P)
        text = _lib.precis_extracted_text(x, n)

        def field(p):
            return None if p == _ffi.NULL else _ffi.string(p).decode("utf-8", "replace")
        res = {
            "text": _ffi.unpack(text, n[0]).decode("utf-8", "replace"),
            "title": field(_lib.precis_extracted_title(x)),
            "byline": field(_lib.precis_extracted_byline(x)),
            "date": field(_lib.precis_extracted_date(x)),
            "site": field(_lib.precis_extracted_site(x)),
            "url": field(_lib.precis_extracted_url(x)),
        }
    finally:
        _lib.precis_extracted_free(x)
    if lost:
        lost.output = res
        raise lost
    return res


@_ffi.callback("int(void *, size_t, size_t)")
def _on_span(ctx, start, end):
    _ffi.from_handle(ctx).append((start, end))
    return 0


def segment(text, *, clean=True, max_sentence_bytes=None):
    """Splits a text into sentences; returns a list of them.

    clean=True (default): the text is read as one document is for a summary
    (web boilerplate dropped, white space normalised) and the sentences are
    the display forms `precis segment` prints.  clean=False: the segmenter
    alone on the text as given (English rules: abbreviations, initials,
    decimals, quotes, ellipses); the sentences are slices of `text` (str or
    bytes as given), surrounding white space excluded."""
    data, is_str = _utf8(text, "text")
    if clean:
        opts, keep = _options(limits={"max_sentence_bytes": max_sentence_bytes})
        out = []
        with _Cluster([_Doc(data, 0)], opts) as c:
            s = _ffi.new(_T_SENTENCE_P)
            for i in range(_lib.precis_cluster_sentence_count(c.c)):
                _lib.precis_cluster_sentence(c.c, i, s)
                out.append(_ffi.unpack(s.text, s.len).decode("utf-8", "replace"))
        return out if is_str else [o.encode() for o in out]
    spans = []
    handle = _ffi.new_handle(spans)
    st = _lib.precis_segment(data, len(data), _on_span, handle)
    if st:
        raise PrecisError(st)
    if not is_str:
        return [data[a:b] for a, b in spans]
    return [data[a:b].decode("utf-8", "surrogatepass") for a, b in spans]


# ---- ROUGE -----------------------------------------------------------------

def _sentences(value, what):
    if isinstance(value, Summary):
        return value.text
    if isinstance(value, str):
        return value
    raise TypeError(f"precis: {what} must be a str (sentences separated by "
                    f"newlines) or a Summary, not {type(value).__name__}")


def _by_id(value, what):
    if isinstance(value, dict):
        return {str(k): v for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return {str(i): v for i, v in enumerate(value)}
    raise TypeError(f"precis: {what} must be a dict (id -> ...) or a list, "
                    f"not {type(value).__name__}")


def rouge(summaries, references, *, ngram=0, stem=False, stopwords=False,
          word_limit=0, byte_limit=0, formula="A", alpha=0.5, confidence=95.0,
          resamples=1000, skip_distance=None, skip_unigrams=False,
          skip_both=False, wlcs_weight=0.0, lcs=True, count_mode=0, seed=0,
          per_eval=False, unicode_tokens=False, name="system", format="dict"):
    """ROUGE-1.5.5 scores of system summaries against references, figure for
    figure as the Perl script and `precis eval` give them.

    summaries   {id: summary} or a list (ids "0", "1", ...); a summary is a
                str of sentences separated by newlines, or a Summary
    references  the same ids: each one reference (str) or a list of them
    ngram       -n N: ROUGE-1 .. ROUGE-N (0: none)
    stem, stopwords, word_limit, byte_limit, formula ('A' or 'B'), alpha,
    confidence, resamples, skip_distance (-2 D; None: no ROUGE-S),
    skip_unigrams (-u), skip_both (-U), wlcs_weight (-w W), lcs (False = -x),
    count_mode (-t), per_eval (-d), seed: as precis eval's flags;
    unicode_tokens: words of any script (precis eval --tokenize unicode;
    docs/languages.md) instead of ROUGE-1.5.5's ASCII tokens.

    Returns, for format "dict" (default), the system's entry of `precis eval
    --format json`: {"system", "evaluations", "metrics": {"ROUGE-1": {"R":
    {"avg", "ci_low", "ci_high"}, "P": ..., "F": ...}, ...}}; for "text",
    "json" or "csv" the report as precis eval prints it.  Raises
    PrecisError (EINVAL) for inconsistent options, KeyError for a summary
    without references."""
    fmts = {"dict": 1, "text": 0, "json": 1, "csv": 2}
    if format not in fmts:
        raise ValueError("precis: rouge format must be dict, text, json or csv")
    if formula not in ("A", "B"):
        raise ValueError(f"precis: formula must be 'A' or 'B', not {formula!r}")
    o = _ffi.new(_T_ROUGE_OPTIONS_P)
    _lib.precis_rouge_options_init(o)
    o.max_ngram = _count("ngram", ngram)
    o.stem, o.remove_stopwords = int(bool(stem)), int(bool(stopwords))
    o.word_limit, o.byte_limit = _count("word_limit", word_limit), _count("byte_limit", byte_limit)
    o.formula = formula.encode()
    o.alpha, o.confidence = float(alpha), float(confidence)
    o.resamples = _count("resamples", resamples)
    if skip_distance is not None:
        o.skip_bigrams, o.skip_distance = 1, int(skip_distance)
    o.skip_unigrams, o.skip_both = int(bool(skip_unigrams)), int(bool(skip_both))
    o.wlcs_weight = float(wlcs_weight)
    o.no_lcs = int(not lcs)
    o.per_eval, o.count_mode, o.seed = int(bool(per_eval)), int(count_mode), _count("seed", seed)
    o.unicode_tokens = int(bool(unicode_tokens))
    if o.word_limit and o.byte_limit:
        raise ValueError("precis: use word_limit or byte_limit, not both")
    evp = _ffi.new(_T_ROUGE_PP)
    st = _lib.precis_rouge_new(o, _ffi.NULL, evp)
    if st:
        raise PrecisError(st, "inconsistent ROUGE options or no metric selected"
                          if st == 2 else None)
    ev = evp[0]
    try:
        refs = _by_id(references, "references")
        peer = name.encode()
        if not peer or b"\0" in peer:
            raise ValueError("precis: name must be a non-empty str without NUL")
        for id_, summ in _by_id(summaries, "summaries").items():
            if id_ not in refs:
                raise KeyError(f"precis: summary {id_!r} has no reference")
            r = refs[id_]
            r = [r] if isinstance(r, (str, Summary)) else list(r)
            if not r:
                raise ValueError(f"precis: references[{id_!r}] is empty")
            rb = [_sentences(x, f"references[{id_!r}]").encode("utf-8", "surrogatepass")
                  for x in r]
            cand = _sentences(summ, f"summaries[{id_!r}]").encode("utf-8", "surrogatepass")
            rv = _ffi.new(_T_CONST_CHAR_PARR, [_ffi.from_buffer(b) for b in rb])
            rl = _ffi.new(_T_SIZE_TARR, [len(b) for b in rb])
            idb = id_.encode()
            if b"\0" in idb:
                raise ValueError("precis: an id must not hold NUL")
            st = _lib.precis_rouge_add(ev, idb, peer, cand, len(cand), rv, rl, len(rb))
            if st:
                raise PrecisError(st, f"summary {id_!r} given twice" if st == 2 else None)
        if _lib.precis_rouge_eval_count(ev) == 0:
            raise ValueError("precis: no summary to score")
        pp, np = _ffi.new(_T_CHAR_PP), _ffi.new(_T_SIZE_T_P)
        st = _lib.precis_rouge_report(ev, fmts[format], pp, np)
        if st:
            raise PrecisError(st)
        out = _take_string(pp, np).decode("utf-8")
    finally:
        _lib.precis_rouge_free(ev)
    if format == "dict":
        return _json.loads(out)["systems"][0]
    return out


# ---- methods ---------------------------------------------------------------

def methods():
    """The ranking methods: {name: one-line description}, in the library's
    order (as `precis --list-methods`)."""
    out = {}
    for i in range(_lib.precis_method_count()):
        out[_ffi.string(_lib.precis_method_name(i)).decode()] = \
            _ffi.string(_lib.precis_method_description(i)).decode()
    return out


def languages():
    """The language profiles: {ISO 639-1 code: English name}
    (docs/languages.md).  summarize(..., language="fr") analyses every
    document in that language; by default each document's is identified."""
    return {_ffi.string(_lib.precis_language_code(i)).decode():
            _ffi.string(_lib.precis_language_name(i)).decode()
            for i in range(_lib.precis_language_count())}


def _language_code(tag):
    """The profile's code a language tag names: the code in any case,
    alone or before a region or script subtag ("EN", "en-US", "pt_BR",
    "zh-Hans"; BCP 47 tags are case-insensitive), or None."""
    head, sep, rest = tag.replace("_", "-").partition("-")
    code = head.lower()
    if (sep and not rest) or code not in languages():
        return None
    return code


def default_method():
    """The name of the method used when none is given."""
    return _ffi.string(_lib.precis_default_method()).decode()
