"""The digest of the seeds: the death toll disagreement is found with each
outlet's value, Tillerson's shared quote is attributed to him with its
sources, and the Markdown, JSON and HTML renderings hold together."""
import json
import re

from util import check, done, need_data, run

seeds = need_data("seeds")

rc, md, err = run(["digest", "-w", "120", seeds])
check(rc == 0, "digest exits 0 (%s)" % err.strip())
for section in ["## Summary", "## Sources", "## Quotes", "## Where sources disagree", "## Timeline",
                "## Who and where"]:
    check(section in md, "markdown has %r" % section)

rc, js, err = run(["digest", "-f", "json", seeds])
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
check(any(not e["resolved"] for e in d["timeline"]), "undated sources stay relative")

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
