"""Syndicated copies (issue 14, point 5): the seeds plus a second copy of
the Reuters seed give the same summary as the seeds alone, with Reuters
listed once; a near copy from another outlet (another header and footer
line, one paragraph dropped) gives the same summary too and is listed as
the Reuters document's other outlet in every format.  The copies are made
in a temporary directory, never in the repository."""
import json
import os
import shutil
import tempfile

from util import check, done, need_data, run

seeds = need_data("seeds")
REUTERS = "001_ac61e94c7b0ffc5c.txt"
tmp = tempfile.mkdtemp()


def outputs(d, fmt):
    rc, out, err = run(["-w", "200", "-f", fmt, d])
    check(rc == 0, "precis -f %s %s: rc=%d %s" % (fmt, d, rc, err))
    return out


def digest(d, fmt):
    rc, out, err = run(["digest", "-f", fmt, d])
    check(rc == 0, "precis digest -f %s %s: rc=%d %s" % (fmt, d, rc, err))
    return out


try:
    alone = {f: outputs(seeds, f) for f in ("text", "markdown", "json")}

    # 1. an exact second copy of the Reuters file, named to sort last
    twice = os.path.join(tmp, "twice")
    shutil.copytree(seeds, twice)
    shutil.copy(os.path.join(seeds, REUTERS), os.path.join(twice, "999_reuters_again.txt"))
    text = outputs(twice, "text")
    check(text == alone["text"], "same summary with the Reuters copy:\n%s\n---\n%s"
          % (text, alone["text"]))
    md = outputs(twice, "markdown")
    def md_path(p):  # a path as Markdown writes it (its _ and * escaped)
        return p.replace("\\", "\\\\").replace("_", "\\_").replace("*", "\\*")
    check(md.replace(md_path(twice), md_path(seeds)) == alone["markdown"],
          "same Markdown with the Reuters copy:\n%s" % md)
    # in the sources (the summary may quote a sentence that names Reuters)
    check(md.split("Sources:")[-1].count("Reuters") == 1,
          "Reuters listed once: %r" % md.split("Sources:")[-1])
    js = json.loads(outputs(twice, "json"))
    ref = json.loads(alone["json"])
    check([s["text"] for s in js["sentences"]] == [s["text"] for s in ref["sentences"]],
          "same JSON sentences")
    check([s["also"] for s in js["sentences"]] == [s["also"] for s in ref["sentences"]],
          "same sources per sentence")
    docs = js["documents"]
    check(len(docs) == 5, "5 documents, the copy not one of them: %d" % len(docs))
    reuters = [d for d in docs if d.get("source") == "Reuters"]
    check(len(reuters) == 1 and len(reuters[0].get("copies", [])) == 1
          and reuters[0]["copies"][0]["name"].endswith("999_reuters_again.txt"),
          "the Reuters document lists its copy: %r" % reuters)
    check(all("copies" not in d for d in docs if d.get("source") != "Reuters"),
          "no other document has copies")
    check(digest(twice, "markdown").replace(twice, seeds) == digest(seeds, "markdown"),
          "same digest with the Reuters copy")

    # 2. a near copy run by another outlet: its own URL line on top, the
    # dateline gone, one paragraph dropped, a footer line added; named to
    # sort between the seeds
    near = os.path.join(tmp, "near")
    shutil.copytree(seeds, near)
    with open(os.path.join(seeds, REUTERS), encoding="utf-8") as f:
        paras = f.read().split("\n")
    paras[0] = paras[0].replace("WASHINGTON (Reuters) - ", "")
    del paras[3]
    with open(os.path.join(near, "001b_wire_copy.txt"), "w", encoding="utf-8") as f:
        f.write("Original url: https://www.cnbc.com/2017/04/09/tillerson-russia-syria.html\n\n"
                + "\n".join(paras)
                + "\n\nFollow CNBC on Twitter and Facebook for more stories like this one.\n")
    text = outputs(near, "text")
    check(text == alone["text"], "same summary with a near copy:\n%s" % text)
    md = outputs(near, "markdown")
    src = md.split("Sources:")[-1]
    check("2. Reuters — also: cnbc.com" in src and src.count("cnbc") == 1,
          "Markdown lists the other outlet once: %r" % src)
    js = json.loads(outputs(near, "json"))
    cp = js["documents"][1].get("copies", [])
    check(len(js["documents"]) == 5 and len(cp) == 1 and cp[0]["source"] == "cnbc.com"
          and cp[0]["url"].startswith("https://www.cnbc.com/"),
          "JSON lists the near copy's metadata: %r" % js["documents"][1])
    html = outputs(near, "html")
    check('<span class="who">also: cnbc.com</span>' in html, "HTML lists the other outlet")
    for fmt in ("markdown", "html"):
        check("also: cnbc.com" in digest(near, fmt), "digest %s lists the other outlet" % fmt)
    dj = json.loads(digest(near, "json"))
    check(any(d.get("copies") for d in dj["documents"]), "digest JSON lists the copy")

    # 3. the same topic, a different article: not a copy
    other = os.path.join(tmp, "other")
    shutil.copytree(seeds, other)
    with open(os.path.join(other, "005_other.txt"), "w", encoding="utf-8") as f:
        f.write("Tillerson is expected in Moscow this week for talks with Russian officials.\n\n"
                "Russian officials said on Monday they would ask the inspectors to visit the "
                "air base before any talks, and that the strike broke international law.\n\n"
                "The Kremlin said Putin had no plans to meet the secretary of state, though a "
                "meeting could still be arranged if the talks with Lavrov went well.\n")
    js = json.loads(outputs(other, "json"))
    check(len(js["documents"]) == 6 and all("copies" not in d for d in js["documents"]),
          "an article sharing one sentence is its own document")
finally:
    shutil.rmtree(tmp, ignore_errors=True)
done()
