"""What a browser reads beside a page of precis serve: every page names its
icon inline (an SVG in a data: URL the Content-Security-Policy allows), so
no browser asks for /favicon.ico, and a client that asks anyway is answered
204, not 404 in every log; the style sheets (the site's and the digest's)
give font sizes in rem or em, which follow the reader's own default size,
never in px (a source marker was 11px)."""
import re
import sys
import urllib.parse
import xml.etree.ElementTree as ET

from util import check, done, run
from serve_util import skip_without_server, Server, read_example_articles

skip_without_server()

HTML = {"Accept": "text/html"}
srv = Server(args=["--access-log", "-"])
for a in read_example_articles():
    if a["story_dir"] == "volcano":
        st, body = srv.json("POST", "/v1/articles", {k: v for k, v in a.items() if k != "story_dir"},
                            {"Content-Type": "application/json"})
        check(st == 201, "ingest %s: %s" % (a["id"], st))
story = srv.json("GET", "/v1/stories")[1]["stories"][0]["id"]

# the icon: named inline on every page, a valid SVG, allowed by the CSP
pages = {}
for path in ("/", "/new", "/stories/%d" % story, "/stories/999999", "/no/such/page"):
    st, hd, page = srv.request("GET", path, headers=HTML)
    page = page.decode()
    pages[path] = page
    icon = re.search(r'<link rel="icon" href="data:image/svg\+xml,([^"]*)">', page)
    check(icon, "%s names its icon inline" % path)
    if icon:
        svg = urllib.parse.unquote(icon.group(1))
        try:
            root = ET.fromstring(svg)
            ok = root.tag.endswith("svg")
        except ET.ParseError:
            ok = False
        check(ok, "%s: the icon is an SVG: %r" % (path, svg[:80]))
    check("data:" in hd.get("content-security-policy", "").split("img-src")[1].split(";")[0],
          "%s: the CSP allows the data: icon" % path)
for method in ("GET", "HEAD"):
    st, hd, body = srv.request(method, "/favicon.ico")
    check(st == 204 and body == b"" and "max-age" in hd.get("cache-control", ""),
          "%s /favicon.ico: 204, cached, no body: %s %r" % (method, st, hd))
st, hd, body = srv.request("POST", "/favicon.ico", b"x")
check(st == 405, "POST /favicon.ico: 405: %s" % st)

# font sizes in rem or em: in the site's sheet and the digest's own
st, hd, css = srv.request("GET", "/static/style.css")
sheets = [css.decode()] + re.findall(r"<style>(.*?)</style>", pages["/stories/%d" % story], re.S)
check(len(sheets) == 2, "two style sheets: the site's and the digest's")
for sheet in sheets:
    sizes = re.findall(r"font(?:-size)?:\s*(?:bold\s+)?([\d.]+[a-z%]*)", sheet)
    check(sizes and all(not s.endswith("px") for s in sizes),
          "font sizes in relative units: %s" % sizes)
marker = re.search(r"a\.src\{font:bold ([\d.]+)rem", sheets[1])
check(marker and float(marker.group(1)) >= 0.75,
      "a source marker is at least .75rem: %r" % (marker and marker.group(0)))

code, err = srv.stop()
check(code == 0, "clean stop")
log = srv.proc.stdout.read().decode()
icon_lines = [l for l in log.splitlines() if "/favicon.ico" in l]
check(len(icon_lines) == 3 and all(" 404 " not in l for l in icon_lines),
      "no 404 for the icon in the access log: %s" % icon_lines)
done()
