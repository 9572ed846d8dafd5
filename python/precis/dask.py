"""precis on Dask: summarize a bag or a dataframe of clusters on any Dask
scheduler (threads, processes, or a distributed.Client over many machines).

Every worker needs the precis package and libprecis (docs/scale.md).  Each
partition is summarized by one task, cluster after cluster; the GIL is
released inside the C calls, so a worker's threads run in parallel too.

    import dask.bag as db
    import precis.dask
    lines = db.read_text("clusters-*.jsonl.gz")          # one partition per file
    out = precis.dask.summarize_bag(lines, output="line")  # `precis batch`'s lines
    out.to_textfiles("out/part-*.jsonl", last_endline=True)
"""
import functools
import json

import precis

__all__ = ["summarize_bag", "summarize_dataframe", "summarize_records", "summarize_files"]

_OUTPUTS = ("dict", "line", "summary")


def _at(e, where):
    """The PrecisError e (or a TypeError or ValueError of the package)
    said after where it lies ("line 3", "record 3", "row 7"), as `precis
    batch` opens its messages: its own "precis: " and a "line 1: " of a
    single line's call are dropped."""
    msg = e.message if isinstance(e, precis.PrecisError) else str(e)
    for head in ("precis: ", "line 1: "):
        if msg.startswith(head):
            msg = msg[len(head):]
    code = e.code if isinstance(e, precis.PrecisError) else 4
    return precis.PrecisError(code, f"{where}: {msg}")


def _summarize_one(record, n, output, errors, options):
    """One cluster, the partition's record n (from 1) -> its result; None
    for a blank line (skipped).  A fault is said after where it lies:
    "line N: " for a JSON line (as `precis batch` counts lines; the
    package's messages had no place, or "line 1" for every record),
    "record N: " for a dict."""
    try:
        if isinstance(record, (str, bytes, bytearray)):
            if not record.strip(" \t\r\n" if isinstance(record, str) else b" \t\r\n"):
                return None  # JSON white space alone, as `precis batch` skips
            try:
                why = precis._not_text(bytes(record)) if not isinstance(record, str) else None
                if why:  # a row of an image's bytes: said so, not "invalid JSON at byte 0"
                    raise precis.PrecisError(4, why)
                if output == "line":
                    return precis.batch_line(record, **options)
                s = precis.summarize_json(record, **options)
            except (precis.PrecisError, TypeError, ValueError) as e:
                raise _at(e, f"line {n}") from None
        elif isinstance(record, dict):
            if "documents" not in record:
                raise precis.PrecisError(4, f"record {n}: no \"documents\"")
            s = _summarize_cell(record["documents"], f"record {n}", "documents", options)
            s.id = record.get("id")
        else:
            raise precis.PrecisError(4, f"record {n}: a cluster is a JSON line (str or bytes) "
                                     f"or a dict with \"documents\", not "
                                     f"{type(record).__name__}")
    except precis.PrecisError as e:
        if errors == "raise":
            raise
        # a record of another type has no id (reading one raised a
        # TypeError out of errors="record" until session 41)
        cid = (record.get("id") if isinstance(record, dict)
               else _line_id(record) if isinstance(record, (str, bytes, bytearray)) else None)
        if output == "line":
            return json.dumps({"id": cid, "error": str(e)}, ensure_ascii=False)
        return {"id": cid, "error": str(e)}
    if output == "line":
        return s.to_jsonl()
    if output == "dict":
        return {"id": s.id, "summary": s.text}
    return s


def _line_id(line):
    """The id of a line, also of one that is no valid JSON but opens with
    its id ({"id": "x", ... cut short), as `precis batch` recovers it (it
    was None here where batch's line named the cluster): the package's own
    reading of it, the one precis.batch's error lines use (this copy read
    "1.x" as 1 where batch reads no id, until session 40)."""
    try:
        obj = json.loads(line)
        return obj.get("id") if isinstance(obj, dict) else None
    except ValueError:
        pass
    if isinstance(line, str):
        line = line.encode("utf-8", "surrogatepass")
    return precis._leading_id(line)


def _tune_worker():
    """precis.tune_malloc() in a distributed worker process (a process given
    to the work, as `precis batch` is), never in the client's process (a
    local scheduler runs the tasks there)."""
    try:
        from distributed import get_worker

        get_worker()
    except (ImportError, ValueError):
        return
    precis.tune_malloc()


def _check(output, errors):
    if output not in _OUTPUTS:
        raise ValueError(f"precis.dask: output must be one of {', '.join(_OUTPUTS)}, "
                         f"not {output!r}")
    if errors not in ("raise", "record"):
        raise ValueError(f"precis.dask: errors must be 'raise' or 'record', not {errors!r}")


def _as_block(records):
    """The records as one block of JSON lines (bytes) for precis.batch, or
    None when they are not all single lines (str or bytes, a final line
    feed allowed, as read_text gives them)."""
    parts = []
    for r in records:
        if isinstance(r, str):
            r = r.encode("utf-8", "surrogatepass")
        elif not isinstance(r, (bytes, bytearray)):
            return None
        if r.find(b"\n", 0, len(r) - 1) >= 0:
            return None  # a line feed inside: one record, not two
        if r.endswith(b"\n"):
            r = r[:-1]  # read_text's line feed: joined below, once (line N is
            # the partition's Nth record, as `precis batch` counts it)
        if r.endswith(b"\r"):
            r = r[:-1]
        if b"\r" in r:
            # a CR inside (no JSON holds one raw): the block would be read
            # with CR line ends, as a classic Mac OS file, and the records
            # after it cut there and failed (session 39)
            return None
        parts.append(r)
    return b"\n".join(parts)


def summarize_records(records, *, output="dict", errors="raise", **options):
    """Summarizes an iterable of clusters in this process; returns a list
    with one result per cluster, in order (blank lines give none).

    A cluster is a JSON Lines line (str or bytes, read exactly as `precis
    batch` reads it) or a dict {"id": ..., "documents": [...]} whose
    documents are what precis.summarize takes.  output: "dict" gives
    {"id", "summary"} (sentences joined by newlines), "line" the line
    `precis batch` writes (a str without newline), "summary" a
    precis.Summary.  errors: "raise" (default) raises the first PrecisError;
    "record" gives {"id", "error"} (as a JSON line for output="line") in the
    failed cluster's place (for output="line", the line `precis batch`
    writes, "line N: " counting the lines of this partition).  options: as
    for precis.summarize (words, method, order, ...).

    For output="line" and clusters given as JSON lines, the partition goes
    to precis.batch() as one block: no Python object is made per cluster but
    its line and output line."""
    _check(output, errors)
    _tune_worker()
    if output == "line":
        records = list(records)
        block = _as_block(records)
        if block is not None:  # one precis.batch call for the whole partition
            try:
                text = precis.batch(block, errors=errors, **options).decode("utf-8")
                return text.split("\n")[:-1]
            except precis.PrecisError as e:
                # the partition as a whole is judged not text or UTF-16
                # (precis.batch refuses it as `precis batch` skips such a
                # file): with errors="record" each record still gets its
                # answer, record by record below
                if errors == "raise" or not str(e).startswith("precis: data: not "):
                    raise
    out = []
    for n, r in enumerate(records, 1):
        res = _summarize_one(r, n, output, errors, options)
        if res is not None:
            out.append(res)
    return out


def summarize_bag(bag, *, output="dict", errors="raise", **options):
    """A dask.bag.Bag of the summaries of a Bag of clusters, partition for
    partition and in the same order (see summarize_records for the kinds of
    clusters, output, errors and options).  Lazy: call .compute(),
    .to_textfiles(...) or .to_dataframe() on the result."""
    _check(output, errors)
    # partial, not keyword arguments: map_partitions has its own `output`
    fn = functools.partial(summarize_records, output=output, errors=errors, **options)
    return bag.map_partitions(fn)


_WHITE = " \t\r\n\f\v"


def _text_of(doc):
    """The text (or page) of one document as precis.summarize takes it."""
    if isinstance(doc, dict):
        doc = doc.get("text") if doc.get("text") is not None else doc.get("html")
    return doc if isinstance(doc, (str, bytes, bytearray, memoryview)) else None


def _summarize_documents(docs, options):
    """precis.summarize of a cluster given as a list of documents (a dict's
    "documents", a DataFrame's cell), and an error where `precis batch`
    (and precis.summarize_json) gives one for the same cluster as a JSON
    line: no documents, or none with any text but white space
    (PrecisError EEMPTY, batch's words).  precis.summarize gives such a
    cluster an empty summary; here the same cluster answered as a dict
    and as a line had a summary "" in one and an error in the other
    (session 40).  Checked only when the summary is empty: a cluster of
    page furniture alone keeps its empty summary, as in batch."""
    docs = precis._as_list(docs)  # a generator is read once, here
    s = precis.summarize(docs, **options)
    if len(s) == 0:
        if not docs:
            raise precis.PrecisError(7, "no documents")
        for d in docs:
            t = _text_of(d)
            if t is None:
                return s
            if isinstance(t, str):
                t = t.encode("utf-8", "surrogatepass")
            if bytes(t).strip(_WHITE.encode()):  # as the library's check, ASCII white space
                return s
        raise precis.PrecisError(7, "no document has any text")
    return s


_DOC_WHY = 'expected a string or an object with a string "text" or "html"'


def _summarize_cell(docs, where, name, options):
    """_summarize_documents of a cluster given as Python values (a dict's
    "documents", a DataFrame's cell), its faults said in `precis batch`'s
    words for the same fault in a JSON line ('"documents" must be an
    array', 'documents[1]: expected a string or an object with a string
    "text" or "html"'), after where it lies (`where`: "row 7", "record
    3"; `name`: the column or key): a PrecisError (EPARSE), where the
    package's own words named Python's types and no row ("documents[1]
    must be str or bytes, not int", a TypeError, until session 41).  Any
    other error of the row gets the same opening."""
    try:
        docs = precis._as_list(docs)  # a generator is read once, here
    except TypeError:
        raise precis.PrecisError(4, f'{where}: "{name}" must be an array') from None
    for i, d in enumerate(docs):
        if _text_of(d) is None:
            raise precis.PrecisError(4, f"{where}: {name}[{i}]: {_DOC_WHY}")
    try:
        return _summarize_documents(docs, options)
    except (precis.PrecisError, TypeError, ValueError) as e:  # TypeError: metadata of
        raise _at(e, where) from None  # another type


def _summarize_frame(df, documents, column, errors, error_column, options):
    df = df.copy()
    cells = zip(df.index, df[documents])
    if errors == "raise":
        df[column] = [_summarize_cell(docs, f"row {i}", documents, options).text
                      for i, docs in cells]
        return df
    texts, why = [], []
    for i, docs in cells:
        try:
            texts.append(_summarize_cell(docs, f"row {i}", documents, options).text)
            why.append(None)
        except precis.PrecisError as e:
            # the row's error in its own column, the partition's other
            # rows answered: one bad row lost the whole partition (and the
            # computation) before session 40
            texts.append(None)
            why.append(str(e))
    df[column] = texts
    df[error_column] = why
    return df


def summarize_dataframe(df, *, documents="documents", column="summary", errors="raise",
                        error_column="error", **options):
    """A dask (or pandas) DataFrame with a new column `column` holding the
    summary text of the clusters in column `documents` (each a list of
    documents as precis.summarize takes them).

    errors: "raise" (default) raises the first bad row's error
    (PrecisError, or TypeError for a cell that is no list of documents);
    "record" adds a column `error_column` (default "error") holding None
    for a row summarized and the error's message for a row that failed,
    whose summary is then None, and goes on with the other rows.  A row
    with no documents, or none with any text, is an error ("no documents",
    "no document has any text", the words of `precis batch`).
    options: as for precis.summarize."""
    if documents not in df.columns:
        raise KeyError(f"precis.dask: no column {documents!r}")
    _check("dict", errors)
    if errors == "record" and error_column == column:
        raise ValueError(f"precis.dask: error_column and column are both {column!r}")
    if not hasattr(df, "map_partitions"):  # a pandas DataFrame
        return _summarize_frame(df, documents, column, errors, error_column, options)
    import pandas as pd

    new = {column: pd.Series([], dtype=object)}
    if errors == "record":
        new[error_column] = pd.Series([], dtype=object)
    meta = df._meta.assign(**new)
    return df.map_partitions(_summarize_frame, documents, column, errors, error_column, options,
                             meta=meta)


# ---- files in, files out ---------------------------------------------------

def _compression(path):
    from fsspec.utils import infer_compression

    return infer_compression(path)


def _expand(inputs):
    """The input files in the order given, each glob (local or URL)
    expanded in name order."""
    from fsspec.core import get_fs_token_paths

    out = []
    for pattern in inputs:
        fs, _, paths = get_fs_token_paths(pattern, mode="rb")
        if not paths:
            raise FileNotFoundError(f"precis.dask: {pattern}: no such file")
        out.extend(fs.unstrip_protocol(p) if "://" in pattern else p for p in paths)
    return out


def _line_start(fs, path, offset):
    """The offset of the first line of path that starts at `offset` or
    after it (the file's size when none does)."""
    if offset == 0:
        return 0
    with fs.open(path, "rb") as f:
        f.seek(offset - 1)
        pos = offset - 1
        while True:
            data = f.read(1 << 16)
            if not data:
                return pos
            i = data.find(b"\n")
            if i >= 0:
                return pos + i + 1
            pos += len(data)


def _lines_before(fs, path, cuts):
    """The number of line feeds of path before each offset of `cuts`
    (ascending), in one pass over the file."""
    out, seen, pos = [], 0, 0
    with fs.open(path, "rb") as f:
        for cut in cuts:
            while pos < cut:
                data = f.read(min(1 << 20, cut - pos))
                if not data:
                    break
                seen += data.count(b"\n")
                pos += len(data)
            out.append(seen)
    return out


def _blocks(paths, blocksize, count_lines=False):
    """(path, compression, offset, length, lines before) of the blocks of
    the inputs, in input order: a plain file is cut about every
    `blocksize` bytes, at the start of a line (so each block holds whole
    lines), a compressed one is one block (length None: to its end).  The
    lines before a block are counted when count_lines, else None (counted
    by its task should one of its lines fail)."""
    from fsspec.core import url_to_fs

    out = []
    for path in paths:
        comp = _compression(path)
        fs, local = url_to_fs(path)
        size = fs.info(local)["size"]
        if comp is not None or not blocksize or size is None:
            out.append((path, comp, 0, None, 0))
            continue
        n = max(1, -(-size // blocksize))
        cuts = sorted({_line_start(fs, local, round(i * size / n)) for i in range(n)} | {size})
        before = (_lines_before(fs, local, cuts) if count_lines and len(cuts) > 2
                  else [0] + [None] * (len(cuts) - 1))
        out.extend((path, None, a, b - a, k)
                   for a, b, k in zip(cuts, cuts[1:], before) if b > a)
    return out


def _summarize_block(path, comp, offset, length, lines, out_path, errors, options):
    """One task: summarizes the JSON lines of a block of a file with
    precis.batch_file (a megabyte at a time) into out_path, their lines
    numbered as the file's (`lines` before the block; None: not counted
    yet).  Returns (out_path, clusters).  A line that fails with
    errors="raise" is named by the file and its line in the file, as
    `precis batch` names it: "PATH: line N: ..." (a block's "line N" was
    counted from the block's start, without the file, until session 41)."""
    import fsspec

    _tune_worker()
    # gzip is read by batch_file (by its signature), as `precis batch`
    # reads it: a corrupt stream stops at the line where it was found,
    # said in precis's words ("line N: gzip data corrupt at byte B ..."),
    # where Python's gzip module raised zlib.error (session 42)
    if comp == "gzip":
        comp = None
    try:
        with fsspec.open(path, "rb", compression=comp) as f, \
                fsspec.open(out_path, "wb", compression=_compression(out_path)) as g:
            if offset:
                f.seek(offset)
            n = precis.batch_file(f, g, size=length, errors=errors, lines_before=lines or 0,
                                  **options)
    except precis.PrecisError as e:
        if lines is None and e.line:  # counted now, once, for the message
            from fsspec.core import url_to_fs

            fs, local = url_to_fs(path)
            lines = _lines_before(fs, local, [offset])[0]
        msg = e.message
        if e.line and msg.startswith(f"line {e.line}: "):
            msg = f"line {e.line + (lines or 0)}: " + msg[len(f"line {e.line}: "):]
        raise precis.PrecisError(e.code, f"{path}: {msg}", e.offset,
                                 e.line + (lines or 0) if e.line else 0) from None
    return out_path, n


def summarize_files(inputs, out, *, blocksize=None, partitions=None, gzip=False,
                    errors="raise", compute=True, **options):
    """Summarizes JSON Lines files into JSON Lines parts, `precis batch` on
    Dask: each task reads one block of the input (bytes), summarizes its
    clusters with precis.batch and writes its part, so no cluster passes
    through the scheduler or from worker to worker and no Python object is
    made per cluster but its line.

    inputs      paths, globs or URLs (fsspec: s3://, hdfs://, ...) of .jsonl
                files, or .gz (any compression fsspec infers from the name),
                in the order given (a glob's files in name order)
    out         directory (or URL) of the parts: part-00000.jsonl,
                part-00001.jsonl, ... (.jsonl.gz with gzip=True), the parts
                an earlier run left there removed first (compute=True); the parts
                concatenated in name order are batch's output for the inputs
                concatenated in order (blank lines skipped)
    blocksize   bytes per block of a plain file (default: the inputs' size
                over `partitions`, 1-64 MiB); a compressed file is one block
    partitions  blocks wanted in all (default 4 per worker thread of the
                current Client, or 8)
    errors, options   as for precis.batch

    Returns [(part path, clusters)] in order, or the dask.delayed tasks
    when compute=False.  Every worker needs precis and libprecis, and must
    see the input and output paths."""
    import dask
    from fsspec.core import url_to_fs

    if errors not in ("raise", "record"):
        raise ValueError(f"precis.dask: errors must be 'raise' or 'record', not {errors!r}")
    inputs = _expand([inputs] if isinstance(inputs, str) else inputs)
    if not blocksize:
        if not partitions:
            try:
                from distributed import get_client

                partitions = 4 * sum(get_client().nthreads().values())
            except (ImportError, ValueError):
                partitions = 8
        total = 0
        for path in inputs:
            fs, _ = url_to_fs(path)
            total += fs.info(path)["size"] or 0
        blocksize = min(64 << 20, max(1 << 20, -(-total // max(1, partitions))))
    # error lines number the lines of each file, as batch's: counted before
    # the tasks when there may be many (errors="record"), else by the task
    # that fails
    blocks = _blocks(inputs, blocksize, count_lines=errors == "record")
    ext = ".jsonl.gz" if gzip else ".jsonl"
    sep = "" if out.endswith("/") else "/"
    task = dask.delayed(_summarize_block, pure=False)
    tasks = [task(path, comp, off, n, k, f"{out}{sep}part-{i:05d}{ext}", errors, options)
             for i, (path, comp, off, n, k) in enumerate(blocks)]
    if not compute:
        return tasks
    fs, root = url_to_fs(out)
    fs.makedirs(root, exist_ok=True)
    # the parts of an earlier run (with more blocks, or the other extension)
    # would be read with these as one output: removed first
    for old in fs.glob(root.rstrip("/") + "/part-[0-9][0-9][0-9][0-9][0-9].jsonl*"):
        fs.rm(old)
    return list(dask.compute(*tasks))
