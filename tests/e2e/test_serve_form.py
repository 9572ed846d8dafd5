"""The paste page /new as an editor uses it: the length the form offers is
the length the server takes (the input's min and max, the check, the
error's words), the methods it offers are the library's and the one chosen
makes the summary, and a refused form comes back as the form, the error
over it, with what was typed in the box, the length and the method kept,
rather than a page that loses them."""
import html
import os
import re
import sys

from util import SRC, check, done, run
from serve_util import skip_without_server, Server

skip_without_server()

HTML = {"Accept": "text/html"}
B = "----precisform"
vol = os.path.join(SRC, "examples", "volcano")
ARTICLES = "\n|||||\n".join(open(os.path.join(vol, n), encoding="utf-8").read()
                            for n in sorted(os.listdir(vol)))


def post(text=None, words=None, files=(), method=None):
    parts = []
    if method is not None:
        parts.append('--%s\r\nContent-Disposition: form-data; name="method"\r\n\r\n%s\r\n'
                     % (B, method))
    if text is not None:
        parts.append('--%s\r\nContent-Disposition: form-data; name="text"\r\n\r\n%s\r\n'
                     % (B, text))
    if words is not None:
        parts.append('--%s\r\nContent-Disposition: form-data; name="words"\r\n\r\n%s\r\n'
                     % (B, words))
    body = "".join(parts).encode()
    for name, data in files:
        body += ('--%s\r\nContent-Disposition: form-data; name="file"; filename="%s"\r\n'
                 "Content-Type: application/octet-stream\r\n\r\n" % (B, name)).encode()
        body += data + b"\r\n"
    body += ("--%s--\r\n" % B).encode()
    st, hd, page = srv.request("POST", "/new", body,
                               dict(HTML, **{"Content-Type": "multipart/form-data; boundary=" + B}))
    return st, page.decode("utf-8", "replace")


def form_of(page):
    """(the box's text as a browser reads it, the length's input tag), or None."""
    box = re.search(r'<textarea id="text" name="text" dir="auto">(.*?)</textarea>', page, re.S)
    words = re.search(r'<input id="words"[^>]*>', page)
    if not box or not words:
        return None
    text = box.group(1)
    if text.startswith("\n"):  # the HTML parser drops a newline right after the tag
        text = text[1:]
    return html.unescape(text), words.group(0)


srv = Server()

# 1. the range the form offers is the one the server takes, and is said
st, hd, page = srv.request("GET", "/new", headers=HTML)
page = page.decode()
tag = form_of(page)[1]
lo = int(re.search(r'min="(\d+)"', tag).group(1))
hi = int(re.search(r'max="(\d+)"', tag).group(1))
check(lo >= 1 and hi > lo and ("%d to %d" % (lo, hi)) in page,
      "the label says the range the input takes: %r" % tag)
for w in (lo, hi):
    st, page = post(ARTICLES, w)
    check(st == 200 and "<h2>Summary</h2>" in page,
          "a length the form offers (%d) is taken: %s %s" % (w, st, page[-300:]))
for w in (lo - 1, hi + 1, "ten", "12abc", "99999999999999999999", "-5"):
    st, page = post(ARTICLES, w)
    err = re.search(r'<div class="error" role="alert">(.*?)</div>', page, re.S)
    check(st == 400 and err and ("from %d to %d" % (lo, hi)) in err.group(1),
          "a length the form does not offer (%r) is refused, naming the range: %s %r"
          % (w, st, err and err.group(1)))

# 2. a refused form comes back filled in: the text as typed (markup and
# all, escaped), the length as typed
typed = ('Héllo <b>&amp;</b> "quotes" </textarea><script>alert(1)</script>\n'
         + ARTICLES)
st, page = post(typed, "0")
got = form_of(page)
check(st == 400 and got and got[0] == typed, "the box keeps the text after a bad length")
check(got and 'value="0"' in got[1], "the length keeps what was typed: %r" % (got and got[1]))
check("<script>" not in page, "the text is escaped in the box")
check(re.search(r"<title>Bad length", page), "the tab's title says what is wrong")

# a text with no sentences: the form again, its text kept
st, page = post("   \n|||||\n  ", "80")
got = form_of(page)
check(st == 422 and "Nothing to summarize" in page and got and got[1].endswith('value="80">'),
      "nothing to summarize: the form again: %s" % st)

# a file that is not text: named, the text kept, and the files asked again
png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
st, page = post("Some text the editor typed.", None, [("photo.png", png)])
got = form_of(page)
check(st == 422 and got and got[0] == "Some text the editor typed." and "photo.png" in page
      and "choose them again" in page, "a file not text: the form again: %s" % st)

# a form refused before it is read (over the size limit) is the form too
small = Server(args=["--max-body", "2000"])
st, hd, page = small.request("POST", "/new", ("--%s\r\nContent-Disposition: form-data; name=\"text\""
                                              "\r\n\r\n%s\r\n--%s--\r\n" % (B, "x " * 3000, B)),
                             dict(HTML, **{"Content-Type": "multipart/form-data; boundary=" + B}))
page = page.decode()
check(st == 413 and form_of(page) is not None and 'role="alert"' in page,
      "a form too large: the form again, with the error: %s" % st)
check(small.stop()[0] == 0, "clean stop")

# 3. the methods the form offers are those of `precis --list-methods`, the
# default chosen; the one chosen makes the summary, as -m makes it on the
# command line; one not in the list is refused, the form kept
st, hd, page = srv.request("GET", "/new", headers=HTML)
page = page.decode()
offered = re.findall(r'<option value="([^"]+)"( selected)?>', page)
rc, out, err = run(["--list-methods"])
methods = [ln.split()[0] for ln in out.splitlines() if ln.strip()]
default = [ln.split()[0] for ln in out.splitlines() if "[default]" in ln]
check([m for m, _ in offered] == methods and [m for m, sel in offered if sel] == default,
      "the form offers the library's methods, the default chosen: %r" % offered)


def summary_of(page):
    m = re.search(r"<h2>Summary</h2>(.*?)<h2", page, re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", m.group(1))) if m else ""


got = {}
for method in ("lead", "centroid"):
    st, page = post(ARTICLES, 60, method=method)
    got[method] = summary_of(page)
    rc, out, err = run(["-m", method, "-w", "60", "-"], stdin=ARTICLES)
    norm = " ".join(got[method].split())
    check(st == 200 and rc == 0 and out.strip() and all(" ".join(ln.split()) in norm
                                                         for ln in out.splitlines() if ln.strip()),
          "method %s: the page's summary is `precis -m %s`'s: %s %r / %r"
          % (method, method, st, norm[:200], out[:200]))
check(got["lead"] != got["centroid"], "two methods, two summaries")
st, page = post(ARTICLES, "0", method="lead")
check(st == 400 and re.findall(r'<option value="([^"]+)" selected>', page) == ["lead"],
      "a refused form keeps the method chosen")
st, page = post(ARTICLES, 60, method="nonsense<b>")
err = re.search(r'<div class="error" role="alert">(.*?)</div>', page, re.S)
check(st == 400 and err and "method" in err.group(1) and form_of(page)
      and form_of(page)[0] == ARTICLES and "nonsense<b>" not in page,
      "a method not in the list is refused, the form kept: %s %r" % (st, err and err.group(1)))

code, err = srv.stop()
check(code == 0, "clean stop")
done()
