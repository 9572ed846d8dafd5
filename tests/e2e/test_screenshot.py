"""Renders digests as HTML and checks them in headless Chromium (skipped
when it is not installed): the example's digest (examples/volcano) and,
with the shared data, the seeds'.  Chromium's DOM of the page must hold the
sections, speakers and sources; a screenshot of each is left in the build
directory (digest-volcano.png, digest-seeds.png) for a human to look at.
Sources whose URL is not http(s) (javascript:, data:) are not linked."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

from util import SRC, check, done, have_data, run

browser = shutil.which("chromium") or shutil.which("chromium-browser")
if not browser:
    print("SKIP: chromium not installed")
    sys.exit(77)
out_dir = os.getcwd()


def chromium(page, *args):
    profile = tempfile.mkdtemp()
    try:
        return subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                               "--disable-quic", "--no-first-run",
                               "--disable-background-networking", "--disable-component-update",
                               "--disable-sync", "--user-data-dir=" + profile] + list(args)
                              + ["file://" + page], capture_output=True, timeout=120)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def shot(name, html, must):
    page = os.path.join(out_dir, "digest-%s.html" % name)
    png = os.path.join(out_dir, "digest-%s.png" % name)
    with open(page, "w", encoding="utf-8") as f:
        f.write(html)
    if os.path.exists(png):
        os.remove(png)
    p = chromium(page, "--dump-dom")
    check(p.returncode == 0, "chromium read %s (%s)" % (name, p.stderr.decode(errors="replace")[-300:]))
    dom = p.stdout.decode("utf-8", "replace")
    for text in must:
        check(text in dom, "%s: the page shows %r" % (name, text))
    p = chromium(page, "--screenshot=" + png, "--window-size=1200,2400")
    check(p.returncode == 0, "chromium ran (%s)" % p.stderr.decode(errors="replace")[-300:])
    check(os.path.exists(png) and os.path.getsize(png) > 20000, "screenshot written: %s" % png)
    if os.path.exists(png):
        with open(png, "rb") as f:
            check(f.read(8) == b"\x89PNG\r\n\x1a\n", "a PNG")
    print(png)


rc, html, err = run(["digest", "-f", "html", os.path.join(SRC, "examples", "volcano")])
check(rc == 0, "html digest of the example")
shot("volcano", html, ["Quotes", "Where sources disagree", "Timeline", "Who and where",
                       "Maren Solberg", "Jon Aas", "Northern Wire", "Coast Radio News",
                       "2031-03-03"])

# Only web addresses become links: a page's canonical javascript: URL is
# shown as text, an "Original url:" https one is linked.
with tempfile.TemporaryDirectory() as tmp:
    page = os.path.join(tmp, "a.html")
    with open(page, "w", encoding="utf-8") as f:
        f.write('<html><head><title>Bridge closed</title>'
                '<link rel="canonical" href="javascript:alert(1)"></head><body><article>'
                '<p>The council voted on Monday to close the old bridge to all cars from next '
                'spring, officials said.</p><p>The vote was seven to two after a long debate '
                'about traffic in the town centre.</p></article></body></html>')
    text = os.path.join(tmp, "b.txt")
    with open(text, "w", encoding="utf-8") as f:
        f.write("The council voted on Monday to close the bridge to all cars.\n\n"
                "Original url: https://example.org/bridge\n")
    rc, html, err = run(["digest", "-f", "html", page, text])
check(rc == 0, "html digest of a page and a text (%s)" % err[-200:])
check('href="javascript:' not in html.lower() and 'href="data:' not in html.lower(),
      "no javascript: or data: link")
check('href="https://example.org/bridge"' in html, "https URL linked")

seeds = have_data("seeds")
if seeds:
    rc, html, err = run(["digest", "-f", "html", seeds])
    check(rc == 0, "html digest of the seeds")
    shot("seeds", html, ["Rex Tillerson", "Syrian Observatory for Human Rights", "Reuters"])
done()
