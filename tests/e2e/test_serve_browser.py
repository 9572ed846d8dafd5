"""precis serve in headless Chromium: ingests the bundled examples and a
story whose text, title, URL and quotes carry script payloads, then runs
tests/browser/serve.mjs (puppeteer-core on Debian's chromium): open /, click
a story, check the digest's sections and source links, check that no
payload runs, paste a cluster and read its summary, save screenshots in the
build directory.  Skips when node, chromium or puppeteer-core are missing,
unless PRECIS_REQUIRE_BROWSER=1 (set by .ci/run), where it fails instead."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

from util import SRC, check, done, run
from serve_util import Server, many_items_article, read_example_articles

REQUIRED = os.environ.get("PRECIS_REQUIRE_BROWSER") == "1"


def missing(what):
    print(("FAIL: " if REQUIRED else "SKIP: ") + what)
    sys.exit(1 if REQUIRED else 77)


rc, out, err = run(["serve", "--help"])
if rc != 0 and "not built" in err:
    missing("precis built without the server")
node = shutil.which("node")
browser = os.environ.get("CHROMIUM") or shutil.which("chromium")
mods = os.path.join(SRC, "tests", "browser", "node_modules", "puppeteer-core")
if not node:
    missing("node not installed")
if not browser:
    missing("chromium not installed (apt-get install chromium)")
if not os.path.isdir(mods):
    missing("puppeteer-core not installed (npm ci --prefix tests/browser)")

srv = Server()
H = {"Content-Type": "application/json"}
arts = [{k: v for k, v in a.items() if k != "story_dir"} for a in read_example_articles()]
for a in arts:
    st, body = srv.json("POST", "/v1/articles", a, H)
    check(st == 201, "ingest %s: %s" % (a["id"], st))
PAY = '<img src=x onerror="window.__xss=1;alert(1)">'
evil = [
    {"id": "x1", "title": "Tram fire <script>window.__xss=2;alert(2)</script> " + PAY,
     "url": "javascript:window.__xss=3;alert(3)", "source": "<b onmouseover=alert(4)>Evil",
     "date": "2031-07-01",
     "text": "A tram caught fire in the Qoro tunnel on Tuesday " + PAY + ", the fire service said."
             "\n\n\"Nobody was hurt <script>window.__xss=5;alert(5)</script>, and the tunnel"
             " will reopen tomorrow,\" said Nadia Haddad, the service's spokeswoman.\n\n"
             "About 40 passengers left the tram on foot, the service said."},
    {"id": "x3", "title": "Tunnelinspectionreport" * 12, "source": "Qoro Daily",
     "date": "2031-07-02",
     "text": "The inspection report " + "Tunnelinspectionreport" * 12 + " found cracks in the"
             " Qoro tunnel's lining, the transport office said on Wednesday."},
    {"id": "x2", "title": "Qoro tunnel tram fire: no one hurt", "source": "Qoro Daily",
     "url": "https://qoro.example/tram", "date": "2031-07-01",
     "text": "No one was hurt when a tram caught fire in the Qoro tunnel on Tuesday, the fire"
             " service said. About 40 passengers walked out of the tunnel. \"The tunnel will"
             " reopen tomorrow " + PAY + ",\" said Nadia Haddad."},
]
for a in evil:
    st, body = srv.json("POST", "/v1/articles", a, H)
    check(st in (201, 400), "ingest of a payload article answered: %s %s" % (st, body))
    if st == 400:  # a javascript: URL is refused; send it without
        a = dict(a, url=None)
        st, body = srv.json("POST", "/v1/articles", a, H)
        check(st == 201, "payload article stored without its URL: %s" % st)
# a story with more quotes, dates and names than its digest shows
st, body = srv.json("POST", "/v1/articles", {"id": "many-1", "text": many_items_article(),
                                            "source": "Halden Post", "date": "2031-05-08"}, H)
check(st == 201, "ingest of the article with many quotes: %s %s" % (st, body))
paste = tempfile.mktemp(suffix=".txt")
vol = os.path.join(SRC, "examples", "volcano")
with open(paste, "w", encoding="utf-8") as f:
    f.write("\n|||||\n".join(open(os.path.join(vol, n), encoding="utf-8").read()
                              for n in sorted(os.listdir(vol))))
out_dir = os.getcwd()
p = subprocess.run([node, os.path.join(SRC, "tests", "browser", "serve.mjs"),
                    "http://127.0.0.1:%d" % srv.port, out_dir, paste],
                   capture_output=True, timeout=300,
                   env=dict(os.environ, CHROMIUM=browser))
print(p.stdout.decode(errors="replace"))
if p.returncode != 0:
    print(p.stderr.decode(errors="replace")[-3000:])
check(p.returncode == 0, "the browser checks pass")
for png in ("serve-story.png", "serve-story-phone.png", "serve-paste.png"):
    path = os.path.join(out_dir, png)
    check(os.path.exists(path) and os.path.getsize(path) > 10000, "screenshot %s" % path)
    print(path)
code, err = srv.stop()
check(code == 0, "clean stop")
done()
