"""precis serve's web page as an editor uses it: a story's page is titled
with its headline and tells its articles, outlets and dates; headlines in
the list and on the story's page take their own direction (Arabic reads
right to left); an untitled article's headline is its whole first
sentence, a title or first line of over 160 bytes ends in an ellipsis; an empty list says how stories
come; the paste box takes the direction of its text; the time of an
update reads as '2031-07-01 09:30 UTC'; the list marks the order it shows
(newest: by arrival, it says) and goes on page by page to every story; a file uploaded to /new that is
not text is refused by name, one not in UTF-8 is read with a note that
says so; HEAD tells the length of what GET sends."""
import html
import os
import re
import socket
import sys

from util import PRECIS, SRC, check, done, run
from serve_util import skip_without_server, Server, read_example_articles

skip_without_server()

# a new server's list says how stories come, rather than showing nothing
empty = Server()
st, hd, page = empty.request("GET", "/", headers={"Accept": "text/html"})
check(st == 200 and b"No stories yet" in page and b'href="/new"' in page,
      "an empty list explains itself: %r" % page[-300:])
check(empty.stop()[0] == 0, "clean stop")

srv = Server()
H = {"Content-Type": "application/json"}
HTML = {"Accept": "text/html"}
for a in read_example_articles():
    if a["story_dir"] not in ("volcano", "ar-water"):
        continue
    a = dict(a, date="2031-03-0%d" % (2 if a["story_dir"] == "ar-water" else 8),
             source=a["id"].split("/")[1][3:].split(".")[0])
    del a["story_dir"]
    st, body = srv.json("POST", "/v1/articles", a, H)
    check(st == 201, "ingest %s: %s" % (a["id"], st))

st, lst = srv.json("GET", "/v1/stories")
stories = lst["stories"]
check(len(stories) == 2, "two stories: %s" % [s["headline"] for s in stories])
for s in stories:
    st, hd, page = srv.request("GET", "/stories/%d" % s["id"], headers=HTML)
    page = page.decode()
    check(st == 200, "story page %d: %s" % (s["id"], st))
    # the headline is the digest's lead sentence: read it after the page made it
    st, one = srv.json("GET", "/v1/stories/%d" % s["id"])
    head = one["headline"]
    check(head and len(head) > 10, "story %d has a headline: %r" % (s["id"], head))
    title = re.search(r"<title>(.*?)</title>", page, re.S)
    check(title and html.unescape(title.group(1)).startswith(head),
          "the tab's title is the headline: %r" % (title and title.group(1)))
    h1 = re.findall(r"<h1[^>]*>(.*?)</h1>", page, re.S)
    check(len(h1) == 1 and html.unescape(h1[0]) == head,
          "one heading, the headline: %r" % h1)
    check(re.search(r'<h1 dir="auto"( lang="ar")?>', page),
          "the heading takes its text's direction")
    # ... and the Arabic one its language, for a screen reader's voice
    if re.search("[\u0600-\u06ff]", head):
        check('<h1 dir="auto" lang="ar">' in page, "the Arabic heading says lang=ar")
    n = one["articles"]
    meta = re.search(r'</h1><div class="meta">(.*?)</div>', page, re.S)
    check(meta and ("%d articles" % n) in meta.group(1) and "outlets" in meta.group(1)
          and one["first"] in meta.group(1),
          "under the headline: articles, outlets, dates: %r" % (meta and meta.group(1)))

st, hd, page = srv.request("GET", "/", headers=HTML)
page = page.decode()
check("No stories yet" not in page, "a list with stories does not say it has none")
links = re.findall(r'<li><a ([^>]*)>(.*?)</a>', page)
check(len(links) == 2 and all('dir="auto"' in a for a, t in links),
      "each headline in the list takes its own direction: %r" % links)
ar = [a for a, t in links if re.search("[\u0600-\u06ff]", t)]
check(len(ar) == 1, "the Arabic story is listed: %r" % links)
check(all(('lang="ar"' in a) == bool(re.search("[\u0600-\u06ff]", t)) for a, t in links),
      "the Arabic headline alone says lang=ar, the English one none: %r" % links)

# every story can be reached from the list: a page of `limit` stories links
# to the next one (and back), in either order, through all the stories
for order in ("newest", "largest"):
    st, api = srv.json("GET", "/v1/stories?order=%s" % order)
    want = [s["id"] for s in api["stories"]]
    seen, url, pages = [], "/?order=%s&limit=1" % order, 0
    while url and pages < 10:
        st, hd, page = srv.request("GET", html.unescape(url), headers=HTML)
        page = page.decode()
        check(st == 200, "%s: %s" % (url, st))
        seen += [int(i) for i in re.findall(r'href="/stories/(\d+)"', page)]
        nxt = re.search(r'<a rel="next" href="([^"]*)"', page)
        prev = re.search(r'<a rel="prev" href="([^"]*)"', page)
        check((prev is not None) == (pages > 0), "page %d links back: %s" % (pages, prev))
        url = nxt and nxt.group(1)
        pages += 1
    check(pages == len(want), "one page a story, the last without a next link: %d" % pages)
    check(seen == want, "the pages of the list show every story once, in order (%s): %s vs %s"
          % (order, seen, want))
    st, one = srv.json("GET", "/v1/stories?order=%s&limit=1&offset=1" % order)
    check([s["id"] for s in one["stories"]] == want[1:2], "the API skips `offset` stories")
for bad in ("-1", "x", "", "1e3", "99999999999999999999"):
    st, body = srv.json("GET", "/v1/stories?offset=" + bad)
    check(st == 400 and "offset" in body.get("detail", ""), "offset=%r: %s %s" % (bad, st, body))

# an article without a title is listed by its first sentence, cut by the
# library's sentence rules: not at the full stop of "U.S." or "Gen."
untitled = [
    ("u1", "Solemn-faced Kenyans whose relatives were killed in the bombing of a U.S. Embassy"
           " collected benefits on Friday. They said the sums failed to compensate them.",
     "Solemn-faced Kenyans whose relatives were killed in the bombing of a U.S. Embassy"
     " collected benefits on Friday."),
    ("u2", "A lawmaker on Saturday backed requests to question former dictator Gen. Augusto"
           " Pinochet in London. The request came from a Spanish judge.",
     "A lawmaker on Saturday backed requests to question former dictator Gen. Augusto"
     " Pinochet in London."),
]
long = ("Searchers recovered more bodies over the weekend from tons of gravel deposited by"
        " storm flooding in a southeastern Haitian town, pushing the national death toll from"
        " Hurricane Georges past 200 and raising fears of more")
untitled.append(("u3", long + "\n\nOfficials said on Monday the count would rise.",
                 long[:long.rindex(" ", 0, 161)] + "\u2026"))
titled = {"t1": "Zoo opens a penguin house " * 400, "t2": "Carrow keepers count 40 flamingos"}
untitled.append(("t1", "The zoo in Harwick opened a new penguin house on Monday, the director said.",
                 titled["t1"][:titled["t1"].rindex(" ", 0, 161)] + "\u2026"))
untitled.append(("t2", "Keepers in Carrow counted 40 flamingos on Tuesday, the zoo said.",
                 titled["t2"]))
for aid, text, head in untitled:
    a = {"id": aid, "text": text, "date": "1998-10-17"}
    if aid in titled:  # a title is the headline, cut as the first line is
        a["title"] = titled[aid]
    st, body = srv.json("POST", "/v1/articles", a, H)
    check(st == 201, "ingest %s: %s %s" % (aid, st, body))
    story = body["articles"][0]["story"]
    st, lst = srv.json("GET", "/v1/stories?limit=1000")
    got = [s["headline"] for s in lst["stories"] if s["id"] == story]
    check(got == [head], "%s: the headline is the first sentence or title, whole: %r" % (aid, got))

# a digest's lead sentence, which becomes the headline once the story's
# page is made, is cut as a title is (a 60-word heading before)
lead = ("The regional council of the northern highlands voted late on Thursday evening to close"
        " the old suspension bridge over the river Harwick for at least eighteen months while"
        " engineers replace the corroded main cables, the steel hangers and the whole deck of"
        " the crossing, officials said.")
a = {"id": "lead1", "text": lead + " Traffic will go through the town centre instead. The"
     " work will cost about 40 million euros, the council said on Friday.",
     "date": "1998-10-18", "title": "Bridge to close"}
st, body = srv.json("POST", "/v1/articles", a, H)
story = body["articles"][0]["story"]
srv.request("GET", "/stories/%d" % story, headers=HTML)  # makes the digest
st, lst = srv.json("GET", "/v1/stories?limit=1000")
got = [x["headline"] for x in lst["stories"] if x["id"] == story]
check(got and len(got[0].encode()) <= 163 and got[0].endswith("\u2026")
      and lead.startswith(got[0][:-1].rstrip()), "a digest's long lead is cut: %r" % got)

# the list tells when a story was updated in a form an editor reads, and
# the machine form in the <time> element's attribute
st, hd, page = srv.request("GET", "/", headers=HTML)
times = re.findall(r'updated <time datetime="([^"]+)">([^<]+)</time>', page.decode())
check(times and all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", a) and
                    b == a[:10] + " " + a[11:16] + " UTC" for a, b in times),
      "updated 2031-07-01 09:30 UTC, ISO in the attribute: %r" % times[:2])

# the list says which order it shows: that one as text, the other a link
for q, cur, other in (("", "newest", "largest"), ("?order=newest", "newest", "largest"),
                      ("?order=largest", "largest", "newest")):
    st, hd, page = srv.request("GET", "/" + q, headers=HTML)
    page = page.decode()
    check('<b aria-current="page">%s first</b>' % cur in page
          and '<a href="/?order=%s">%s first</a>' % (other, other) in page
          and 'href="/?order=%s"' % cur not in page.split("</p>")[0],
          "/%s marks %s as the order shown" % (q, cur))
    # newest is by arrival, not by the articles' dates (a backlog sent
    # today is "newest"): the page says so where it shows that order
    check(("is by arrival" in page.split("</p>")[0]) == (cur == "newest"),
          "/%s says what newest means only in that order" % q)

# the paste box takes the direction of what is pasted (Arabic, Hebrew)
st, hd, page = srv.request("GET", "/new", headers=HTML)
check(re.search(rb'<textarea id="text" name="text" dir="auto">', page), "the paste box: dir=auto")

# HEAD answers with the headers of GET, its Content-Length among them (a
# link checker's or a monitor's request), and no body: a request sent after
# it on the same connection is answered as itself
for path in ("/", "/new", "/stories/%d" % stories[0]["id"], "/static/style.css",
             "/v1/stories", "/stories/999999"):
    st_g, hd_g, body_g = srv.request("GET", path, headers=HTML)
    st_h, hd_h, body_h = srv.request("HEAD", path, headers=HTML)
    check(st_h == st_g and body_h == b"" and hd_h.get("content-length") == str(len(body_g))
          and hd_h.get("content-type") == hd_g.get("content-type"),
          "HEAD %s: %s, length %s (GET: %s, %d bytes)"
          % (path, st_h, hd_h.get("content-length"), st_g, len(body_g)))
s = socket.create_connection(("127.0.0.1", srv.port), timeout=10)
s.sendall(b"HEAD / HTTP/1.1\r\nHost: x\r\n\r\n"
          b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
raw = b""
while True:
    d = s.recv(65536)
    if not d:
        break
    raw += d
s.close()
check(raw.count(b"HTTP/1.1 200") == 2 and raw.split(b"\r\n\r\n")[1].startswith(b"HTTP/1.1 200"),
      "HEAD sends no body before the next answer: %r" % raw[:80])

# the paste page's digest keeps its own title (nothing stored, no headline)
vol = os.path.join(SRC, "examples", "volcano")
text = "\n|||||\n".join(open(os.path.join(vol, n), encoding="utf-8").read()
                         for n in sorted(os.listdir(vol)))
b = "----precisb"
body = ("--%s\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n%s\r\n--%s--\r\n"
        % (b, text, b)).encode()
st, hd, page = srv.request("POST", "/new", body,
                           {"Content-Type": "multipart/form-data; boundary=" + b})
check(st == 200 and b"<h1>Digest</h1>" in page, "a pasted cluster's digest: %s" % st)



def upload(files):
    """POST /new with files [(name, bytes)] as a browser sends them."""
    parts = []
    for name, data in files:
        parts.append(("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%s\"\r\n"
                      "Content-Type: application/octet-stream\r\n\r\n" % (b, name)).encode()
                     + data + b"\r\n")
    body = b"".join(parts) + ("--%s--\r\n" % b).encode()
    return srv.request("POST", "/new", body, {"Content-Type": "multipart/form-data; boundary=" + b,
                                              "Accept": "text/html"})


# a file that is not text (an image, a program) is refused, by name, not
# summarized as a run of stray letters
art = open(os.path.join(vol, sorted(os.listdir(vol))[0]), "rb").read()
png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
elf = open(PRECIS, "rb").read()[:200000]
for name, data in (("photo<1>.png", png), ("precis", elf)):
    st, hd, page = upload([("story.txt", art), (name, data)])
    page = page.decode(errors="replace")
    check(st == 422, "%s uploaded: %s" % (name, st))
    check(html.escape(name, quote=True).replace("&#x27;", "&#39;") in page and "not text" in page
          and "\ufffd" not in page, "the page names the file that is not text: %r" % page[-300:])
st, hd, page = upload([("story.txt", art)])
check(st == 200 and b"<h2>Summary</h2>" in page, "a text file alone is summarized: %s" % st)
check(b"Repaired while reading" not in page, "a UTF-8 file has nothing repaired")
# a file saved as Latin-1 (Windows-1252) is read with its bad bytes replaced,
# and the page says so, naming the file, as the command line warns
fr = os.path.join(SRC, "examples", "fr-bridge")
latin = open(os.path.join(fr, sorted(os.listdir(fr))[0]), encoding="utf-8").read()
st, hd, page = upload([("courrier-latin1.txt", latin.encode("latin-1"))])
note = re.search(rb'<div class="error" role="status">(.*?)</div>', page, re.S)
check(st == 200 and b"<h2>Summary</h2>" in page and note and b"courrier-latin1.txt" in note.group(1)
      and b"invalid UTF-8" in note.group(1),
      "the page tells what was repaired: %s %r" % (st, note and note.group(1)))

code, err = srv.stop()
check(code == 0, "clean stop")
done()
