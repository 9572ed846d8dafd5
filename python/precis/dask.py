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

__all__ = ["summarize_bag", "summarize_dataframe", "summarize_records"]

_OUTPUTS = ("dict", "line", "summary")


def _summarize_one(record, output, errors, options):
    """One cluster -> its result; None for a blank line (skipped, as
    `precis batch` skips it)."""
    try:
        if isinstance(record, (str, bytes, bytearray)):
            if not record.strip():
                return None
            if output == "line":
                return precis.batch_line(record, **options)
            s = precis.summarize_json(record, **options)
        elif isinstance(record, dict):
            if "documents" not in record:
                raise TypeError("precis.dask: a cluster dict needs 'documents'")
            s = precis.summarize(record["documents"], **options)
            s.id = record.get("id")
        else:
            raise TypeError("precis.dask: a cluster is a JSON line (str or bytes) or a "
                            f"dict with 'documents', not {type(record).__name__}")
    except (precis.PrecisError, TypeError, ValueError) as e:
        if errors == "raise":
            raise
        cid = record.get("id") if isinstance(record, dict) else _line_id(record)
        if output == "line":
            return json.dumps({"id": cid, "error": str(e)}, ensure_ascii=False)
        return {"id": cid, "error": str(e)}
    if output == "line":
        return s.to_jsonl()
    if output == "dict":
        return {"id": s.id, "summary": s.text}
    return s


def _line_id(line):
    try:
        obj = json.loads(line)
        return obj.get("id") if isinstance(obj, dict) else None
    except ValueError:
        return None


def _check(output, errors):
    if output not in _OUTPUTS:
        raise ValueError(f"precis.dask: output must be one of {', '.join(_OUTPUTS)}, "
                         f"not {output!r}")
    if errors not in ("raise", "record"):
        raise ValueError(f"precis.dask: errors must be 'raise' or 'record', not {errors!r}")


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
    failed cluster's place.  options: as for precis.summarize (words,
    method, order, ...)."""
    _check(output, errors)
    out = []
    for r in records:
        res = _summarize_one(r, output, errors, options)
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


def _summarize_frame(df, documents, column, options):
    df = df.copy()
    df[column] = [precis.summarize(docs, **options).text for docs in df[documents]]
    return df


def summarize_dataframe(df, *, documents="documents", column="summary", **options):
    """A dask (or pandas) DataFrame with a new column `column` holding the
    summary text of the clusters in column `documents` (each a list of
    documents as precis.summarize takes them).  Errors raise PrecisError.
    options: as for precis.summarize."""
    if documents not in df.columns:
        raise KeyError(f"precis.dask: no column {documents!r}")
    if not hasattr(df, "map_partitions"):  # a pandas DataFrame
        return _summarize_frame(df, documents, column, options)
    import pandas as pd

    meta = df._meta.assign(**{column: pd.Series([], dtype=object)})
    return df.map_partitions(_summarize_frame, documents, column, options, meta=meta)
