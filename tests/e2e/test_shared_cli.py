"""The CLI uses only the public API: precis-shared, the same sources linked
against libprecis.so (which exports the PRECIS_API symbols only), must load
that library and print byte for byte what the static precis prints, for
every product: summaries in each format, the digest, extraction, batch lines
and ROUGE reports."""
import os
import subprocess
import sys
import tempfile

from util import PRECIS, SRC, WRAPPER, check, done

SHARED = os.path.join(os.path.dirname(PRECIS), "precis-shared")
check(os.path.exists(SHARED), "precis-shared is built next to precis (%s)" % SHARED)
if not os.path.exists(SHARED):
    done()

dyn = subprocess.run(["readelf", "-d", SHARED], capture_output=True, text=True).stdout
check("libprecis.so" in dyn, "precis-shared needs libprecis.so: %s" % dyn[:300])

EXAMPLE = os.path.join(SRC, "examples", "volcano")
PAGE = b"""<!doctype html><html><head><title>Harbour reopens</title>
<meta property="og:site_name" content="Harbour Courier"></head><body><nav>Home | News</nav>
<article><h1>Harbour reopens</h1><p>The harbour reopened on Tuesday after the ash cloud
cleared, the port authority said in a statement.</p><p>Ferries to the islands will run
on a reduced timetable until Friday, it said, and cargo ships are \"queuing\" offshore.</p>
</article><footer>Subscribe now</footer></body></html>"""


def both(args, stdin=None):
    """(status, stdout) of the static and of the shared program."""
    out = []
    for exe in (PRECIS, SHARED):
        p = subprocess.run(WRAPPER + [exe] + args, input=stdin, capture_output=True, timeout=300)
        out.append((p.returncode, p.stdout))
    return out


def same(args, stdin=None):
    (rs, a), (rd, b) = both(args, stdin)
    check(rs == 0 and len(a) > 0, "precis %s works (exit %d, %d bytes)" % (" ".join(args), rs,
                                                                          len(a)))
    check((rs, a) == (rd, b), "precis-shared %s prints the same (exit %d vs %d, %d vs %d bytes)"
          % (" ".join(args), rs, rd, len(a), len(b)))
    return a


with tempfile.TemporaryDirectory() as tmp:
    for fmt in ("text", "markdown", "json", "html"):
        same(["-f", fmt, EXAMPLE])
        if fmt != "text":  # a digest has no plain-text form: refused (test_first_hour)
            same(["digest", "-f", fmt, EXAMPLE])
    same(["--list-methods"])
    page = os.path.join(tmp, "page.html")
    with open(page, "wb") as f:
        f.write(PAGE)
    same(["extract", page])
    same(["extract", "-f", "json", page])
    docs = []
    for name in sorted(os.listdir(EXAMPLE)):
        with open(os.path.join(EXAMPLE, name), encoding="utf-8") as f:
            docs.append(f.read())
    import json
    lines = "".join(json.dumps({"id": i, "documents": docs[i:] + docs[:i]}) + "\n"
                    for i in range(len(docs)))
    batch = same(["batch", "-w", "60"], lines.encode())
    sys_path = os.path.join(tmp, "sys.jsonl")
    refs_path = os.path.join(tmp, "refs.jsonl")
    with open(sys_path, "wb") as f:
        f.write(batch)
    with open(refs_path, "w") as f:
        for i in range(len(docs)):
            f.write(json.dumps({"id": i, "summary": docs[i].split("\n\n")[0]}) + "\n")
    for fmt in ("text", "json", "csv"):
        same(["eval", "-n", "2", "-m", "-d", "-r", "50", "--format", fmt, "--refs", refs_path,
              "--sys", sys_path])
done()
