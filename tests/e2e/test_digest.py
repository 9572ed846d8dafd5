"""The digest of the seeds: the death toll disagreement is found with each
outlet's value, Tillerson's shared quote is attributed to him with its
sources, and the Markdown, JSON and HTML renderings hold together."""
import json
import os
import re

from util import SRC, check, done, need_data, run

seeds = need_data("seeds")

rc, md, err = run(["digest", "-w", "120", seeds])
check(rc == 0, "digest exits 0 (%s)" % err.strip())
for section in ["## Summary", "## Sources", "## Quotes", "## Where sources disagree", "## Timeline",
                "## Who and where"]:
    check(section in md, "markdown has %r" % section)

rc, js, err = run(["digest", "--digest-all", "-f", "json", seeds])
check(rc == 0, "json digest exits 0")
d = json.loads(js)
for key in ["summary", "documents", "quotes", "figures", "timeline", "entities"]:
    check(key in d, "json has %r" % key)

# The death toll: more than 70 (Moscow Times), at least 70 (Reuters), 87
# (Haaretz), 72 (Vice) -- flagged.
deaths = [g for g in d["figures"] if g["quantity"] == "deaths"]
check(len(deaths) == 1, "one deaths group")
if deaths:
    g = deaths[0]
    check(g["disagree"], "the deaths group is flagged")
    vals = {(v["text"].lower(), v["doc"]) for v in g["values"]}
    check(("more than 70", 0) in vals, "Moscow Times: more than 70")
    check(("at least 70", 1) in vals, "Reuters: at least 70")
    check(("87", 3) in vals, "Haaretz: 87")
    check(("72", 4) in vals, "Vice: 72")
    nums = {int(m) for v in g["values"] for m in re.findall(r"\d+", v["text"])}
    check({70, 72, 87} <= nums, "values 70, 72 and 87")
check(d["documents"][0]["source"] == "The Moscow Times", "outlet from the url")
check(d["documents"][1]["source"] == "Reuters", "outlet from the dateline")
check(d["documents"][0]["date"] == "2017-04-10", "date line of the Moscow Times")
check(d["documents"][2]["date"] == "2017-04-11", "date line of the LA Times")

# Tillerson's "every time one of these horrific attacks occurs": the seeds
# carry it in two outlets (Moscow Times, Reuters), not three.
every = [q for q in d["quotes"] if "every time one of these horrific attacks occurs" in q["text"]]
check(len(every) == 1, "the shared quote is one entry")
if every:
    q = every[0]
    check(q["speaker"] == "Rex Tillerson", "attributed to Tillerson (got %r)" % q["speaker"])
    check(len(q["sources"]) >= 2, "with at least two sources")
    check({s["doc"] for s in q["sources"]} == {0, 1}, "Moscow Times and Reuters")
check(not any("every time one of Assad" in q["text"] and q["speaker"] == "Rex Tillerson"
              for q in d["quotes"]), "Haley's 'every time' quote stays hers")
speakers = {q["speaker"] for q in d["quotes"]}
for name in ["Sergei Lavrov", "Nikki Haley", "Donald Trump", "Vladimir Putin", "Boris Johnson",
             "Hamish de Bretton-Gordon"]:
    check(name in speakers, "%s is quoted" % name)

# Timeline: "on Sunday evening" in the Moscow Times (Monday 10 April) is 9 April.
sunday = [e for e in d["timeline"] if e["expression"] == "on Sunday evening"]
check(sunday and sunday[0]["date"] == "2017-04-09", "Sunday resolved to 2017-04-09")
# Undated documents: relative dates against the cluster's median date, so
# every entry is placed; none is listed unresolved.
check(d["timeline"] and all(e["resolved"] for e in d["timeline"]), "every timeline entry dated")
check(d["omitted"]["undated"] == 0, "nothing left undated")
# One entry per event: no sentence twice, no fragment opening with a quote's tail.
texts = [s["text"] for e in d["timeline"] for s in e["sources"]]
check(len(texts) == len(set(texts)), "no timeline sentence twice")
check(not any(re.match(r'^\w+,["\u201d]', t) for t in texts), "no quote-tail fragments")
check(not any(e["expression"].lower() == "today" for e in d["timeline"]),
      "a 'today' inside a quote is no event")
# Outlets and ISO dates: no file name where the text names its outlet.
for doc in d["documents"]:
    check(doc["source"] is None or not doc["source"].endswith(".txt"), "outlet is no file name")
    check(doc["date"] is None or re.match(r"^\d{4}-\d\d-\d\d$", doc["date"]),
          "ISO date %r" % doc["date"])
# One entity, one row: the Security Council is one row, whole names kept.
names = [e["name"] for e in d["entities"]]
check(sum("Security Council" in n for n in names) == 1, "one Security Council row (%s)" %
      [n for n in names if "Council" in n])
check("Syrian Observatory for Human Rights" in names, "Syrian Observatory kept whole")
check(not any("-based" in n for n in names), "modifiers dropped")

# The default digest is bounded: at most 25 quotes, and says what it left out.
rc, js2, err = run(["digest", "-f", "json", seeds])
d2 = json.loads(js2)
check(len(d2["quotes"]) <= 25 and d2["omitted"]["quotes"] == len(d["quotes"]) - len(d2["quotes"]),
      "default digest keeps 25 quotes and counts the rest")

# The example: speakers named however attribution is written, outlets from
# the dateline and the "| Outlet" date line, people and places typed.
rc, ex, err = run(["digest", "-f", "json", os.path.join(SRC, "examples", "volcano")])
e = json.loads(ex)
spk = {q["speaker"] for q in e["quotes"]}
check({"Maren Solberg", "Jon Aas"} <= spk, "volcano speakers (%s)" % spk)
srcs = [doc["source"] for doc in e["documents"]]
check(srcs[1] == "Northern Wire" and srcs[3] == "Coast Radio News", "volcano outlets (%s)" % srcs)
check(e["documents"][1]["date"] == "2031-03-03", "dateline day gets the cluster's year")
kinds = {x["name"]: x["kind"] for x in e["entities"]}
check(kinds.get("Maren Solberg") == "person" and kinds.get("Palvik") == "place",
      "volcano entities (%s)" % kinds)
monday = [x for x in e["timeline"] if x["date"] == "2031-03-03"
          and any("erupt" in src["text"] for src in x["sources"])]
check(len(monday) == 1 and len(monday[0]["sources"]) == 4, "the eruption is one event, 4 sources")
# the article's last paragraphs among a photo credit, a "Related article:"
# line and a prompt are read (the cleaner dropped them with the tail)
texts = [src["text"] for x in e["timeline"] for src in x["sources"]]
check(any(t.startswith("Police evacuated the villages") for t in texts) and
      any(t.startswith("The regional government will decide") for t in texts),
      "the harbour article's last paragraphs are read: %r" % texts)

# Documents read from standard input have no file name: "standard input"
# when it holds one, "standard input, document N" for the Nth of several
# (the old "-#2" showed as "\-#2" in Markdown), in every format.
doc1 = "The dam on the Vasa river burst on Sunday night after heavy rain.\n"
doc2 = "Officials said the dam burst flooded 200 homes in the valley below.\n"
seed0 = os.path.join(seeds, sorted(os.listdir(seeds))[0])
rc, js, err = run(["digest", "-f", "json", seed0, "-"], doc1 + "|||||\n" + doc2)
names = [x["name"] for x in json.loads(js)["documents"]] if rc == 0 else None
check(names is not None and names[1:] == ["standard input, document 1",
                                          "standard input, document 2"],
      "stdin documents named in json: %r" % names)
rc, md, err = run(["digest", "-"], doc1 + "|||||\n" + doc2)
check(rc == 0 and "1. **standard input, document 1**" in md and "#" not in md.split("## Sources")[1]
      .split("##")[0] and "\\-" not in md, "stdin documents named in markdown: %r" % md[-300:])
rc, html, err = run(["digest", "-f", "html", "-"], doc1)
check(rc == 0 and "<b>standard input</b>" in html and "-#" not in html,
      "one stdin document is the standard input in html")

names = {e["name"]: e for e in d["entities"]}
check("Rex Tillerson" in names and names["Rex Tillerson"]["kind"] == "person", "Tillerson")
check("Syria" in names and names["Syria"]["kind"] == "place", "Syria")

rc, html, err = run(["digest", "-f", "html", seeds])
check(rc == 0 and html.startswith("<!DOCTYPE html>"), "html digest")
check('class="disagree"' in html, "html highlights the disagreement")
check('href="https://www.themoscowtimes.com' in html, "html links the sources")
check("<script" not in html and "http-equiv" not in html, "self-contained, no scripts")

rc, out, err = run(["--digest", "-f", "markdown", seeds])
check(rc == 0 and "## Quotes" in out, "--digest on summarize")
rc, out, err = run(["-f", "html", seeds])
check(rc == 0 and "<h1>Summary</h1>" in out and "<h2>Quotes</h2>" not in out,
      "html without --digest is the summary page, without the digest's sections")
done()
