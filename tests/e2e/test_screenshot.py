"""Renders the seeds' digest as HTML and takes a screenshot with headless
Chromium when it is installed (skipped otherwise).  The PNG is left in the
build directory (digest-seeds.png) for a human to look at."""
import os
import shutil
import subprocess
import sys
import tempfile

from util import check, done, need_data, run

seeds = need_data("seeds")
browser = shutil.which("chromium") or shutil.which("chromium-browser")
if not browser:
    print("SKIP: chromium not installed")
    sys.exit(77)
rc, html, err = run(["digest", "-f", "html", seeds])
check(rc == 0, "html digest")
out_dir = os.getcwd()
page = os.path.join(out_dir, "digest-seeds.html")
png = os.path.join(out_dir, "digest-seeds.png")
with open(page, "w", encoding="utf-8") as f:
    f.write(html)
if os.path.exists(png):
    os.remove(png)
profile = tempfile.mkdtemp()
try:
    p = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                        "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync",
                        "--user-data-dir=" + profile, "--screenshot=" + png,
                        "--window-size=1200,2000", "file://" + page],
                       capture_output=True, timeout=120)
finally:
    shutil.rmtree(profile, ignore_errors=True)
check(p.returncode == 0, "chromium ran (%s)" % p.stderr.decode(errors="replace")[-300:])
check(os.path.exists(png) and os.path.getsize(png) > 20000, "screenshot written: %s" % png)
if os.path.exists(png):
    with open(png, "rb") as f:
        check(f.read(8) == b"\x89PNG\r\n\x1a\n", "a PNG")
print(png)
done()
