"""precis extract and HTML input through the CLI: text and JSON output, HTML
files, gzip, directories mixing text and HTML, stdin sniffing, JSON Lines
"html" documents; then the F1 of the dev pages of the article-extraction
benchmark, printed (not asserted: bench/extract.sh is the benchmark)."""
import gzip
import json
import os
import sys
import tempfile

from util import SRC, check, done, have_data, run

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Bridge closes | Daily Planet</title>
<meta property="og:title" content="Council closes the old bridge">
<meta property="og:site_name" content="Daily Planet">
<meta property="article:published_time" content="2024-03-05">
<link rel="canonical" href="https://planet.example/bridge"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council closes the old bridge</h1>
<div class="share-tools">Share on Facebook</div>
<p>The city council voted on Tuesday to close the old bridge, citing a report
that found cracks in three of its supports, and said repairs would take a year.</p>
<p>Engineers had warned for years that the bridge, built in 1931, was carrying
far more traffic than it was designed for, according to the report.</p>
<p>Mayor Ana Ruiz said the decision was painful but necessary, adding that buses
would be rerouted over the north crossing.</p></article>
<footer>Copyright Daily Planet</footer></body></html>
"""

tmp = tempfile.mkdtemp()
page = os.path.join(tmp, "bridge.html")
with open(page, "w") as f:
    f.write(PAGE)

rc, out, err = run(["extract", page])
paras = out.strip().split("\n\n")
check(rc == 0 and len(paras) == 3, "extract gives three paragraphs: %r" % out)
check("Share on" not in out and "Copyright" not in out and "Home" not in out,
      "extract drops boilerplate")
rc, out, err = run(["extract", "-f", "json", page])
d = json.loads(out)
check(d["title"] == "Council closes the old bridge" and d["site"] == "Daily Planet"
      and d["date"] == "2024-03-05" and d["url"] == "https://planet.example/bridge",
      "extract -f json carries the metadata: %r" % d)
rc, out2, err = run(["extract", "-"], PAGE)
check(rc == 0 and out2.strip() == "\n\n".join(paras), "extract reads stdin")
gz = os.path.join(tmp, "bridge.html.gz")
with gzip.open(gz, "wt") as f:
    f.write(PAGE)
rc, out3, err = run(["extract", gz])
check(rc == 0 and out3.strip() == "\n\n".join(paras), "extract inflates gzip")
rc, out, err = run(["extract"])
check(rc == 2, "extract without a file is a usage error")
rc, out, err = run(["extract", os.path.join(tmp, "missing.html")])
check(rc == 1, "extract of a missing file fails")

# summarize: a directory mixing text and HTML (plain and gzip), stdin, JSON Lines
d2 = os.path.join(tmp, "cluster")
os.mkdir(d2)
with open(os.path.join(d2, "a.html"), "w") as f:
    f.write(PAGE)
with gzip.open(os.path.join(d2, "b.htm.gz"), "wt") as f:
    f.write(PAGE.replace("Tuesday", "Wednesday"))
with open(os.path.join(d2, "c.txt"), "w") as f:
    f.write("The bridge was closed on Tuesday after engineers found cracks in it.\n")
rc, out, err = run(["-f", "json", "--sentences", "10", d2])
s = json.loads(out)
text = json.dumps(s)
check(rc == 0 and "<p>" not in text and "Share on" not in text, "summarize reads HTML files")
check("Daily Planet" in text, "HTML metadata reaches the summary sources")
rc, out, err = run(["--sentences", "3", "-"], PAGE)
check(rc == 0 and "bridge" in out and "<" not in out, "summarize sniffs HTML on stdin")
line = json.dumps({"id": "h", "documents": [{"html": PAGE}, PAGE]})
rc, out, err = run(["batch", "--sentences", "2"], line + "\n")
check(rc == 0 and "cracks" in json.loads(out)["summary"], "batch takes HTML documents")

# the dev pages: F1 printed, not asserted
gold = have_data(os.path.join("extraction", "aeb-dev.jsonl.gz"))
if gold:
    sys.path.insert(0, os.path.join(SRC, "bench"))
    import extract_score
    golds, preds = {}, {}
    with gzip.open(gold, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            golds[r["id"]] = r["gold_text"]
            rc, out, err = run(["extract", "-"], r["html"])
            check(rc == 0, "extract succeeds on dev page %s" % r["id"][:12])
            preds[r["id"]] = out
    F, P, R, _ = extract_score.score(golds, preds)
    print("dev pages: F1 %.4f P %.4f R %.4f (%d pages)" % (F, P, R, len(golds)))
done()
