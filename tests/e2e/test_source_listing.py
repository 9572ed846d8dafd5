"""A summary sentence lists another source only when that source carries
the same fact: the same fact in other words is listed, the same topic with a
different fact is not (hand-made cases; no data needed)."""
import json
import os
import tempfile

from util import check, done, run

docs = {
    "a.txt": "Rescue teams used boats on Thursday to reach three villages cut off by the "
             "flooded Tarn river. The regional council opened two shelters in the town hall. "
             "Schools in the valley will stay closed until Monday.",
    "b.txt": "On Thursday, rescue teams in boats reached three villages that the flooded Tarn "
             "river had cut off. Volunteers brought blankets and hot meals to the shelters. "
             "The railway line to the coast remains closed.",
    "c.txt": "Three villages on the Tarn river flooded on Thursday after four days of heavy "
             "rain. Farmers said the harvest in the lower valley was lost. "
             "Insurers expect claims of several million euros.",
}
with tempfile.TemporaryDirectory() as d:
    for name, text in docs.items():
        with open(os.path.join(d, name), "w") as f:
            f.write(text + "\n")
    rc, out, err = run(["-f", "json", "--sentences", "9", d])
    check(rc == 0, "summarize the flood cluster: " + err)
    s = json.loads(out) if rc == 0 else {"sentences": [], "documents": []}
    names = {x["index"]: os.path.basename(x["name"]) for x in s["documents"]}
    srcs = {}
    for x in s["sentences"]:
        srcs[x["text"]] = {names[x["doc"]]} | {names[k] for k in x["also"]}
    rescue = [t for t in srcs if "rescue teams" in t.lower()]
    check(len(rescue) == 1, "one of the two rescue sentences is chosen: %s" % list(srcs))
    for t in rescue:
        check(srcs[t] >= {"a.txt", "b.txt"}, "same fact in other words is listed: %s" % srcs[t])
        check("c.txt" not in srcs[t], "same topic, different fact is not listed: %s" % srcs[t])
    flood = [t for t in srcs if t.startswith("Three villages")]
    for t in flood:
        check(srcs[t] == {"c.txt"}, "the flooding itself is only in c.txt: %s" % srcs[t])


def sources(docs, args):
    """{summary sentence: set of file names listed for it}."""
    with tempfile.TemporaryDirectory() as d:
        for name, text in docs.items():
            with open(os.path.join(d, name), "w") as f:
                f.write(text + "\n")
        rc, out, err = run(["-f", "json"] + args + [d])
        check(rc == 0, "summarize: " + err)
        s = json.loads(out) if rc == 0 else {"sentences": [], "documents": []}
    names = {x["index"]: os.path.basename(x["name"]) for x in s["documents"]}
    return {x["text"]: {names[x["doc"]]} | {names[k] for k in x["also"]} for x in s["sentences"]}


# Each case: the sentence of a.txt, the one of b.txt, and whether they carry
# the same fact.  Whichever of the two the summary chooses (the redundancy
# test may keep one or both) lists the other document exactly when they do.
CASES = [
    ("The Syrian government has denied it was behind the chemical attack on Khan Sheikhoun.",
     "Western governments say the Syrian government was behind the chemical attack on Khan "
     "Sheikhoun.", False),
    ("The Syrian government said it was not behind the chemical attack on Khan Sheikhoun.",
     "The Syrian government was behind the chemical attack on Khan Sheikhoun, inspectors said.",
     False),
    ("The explosion at the Harbin chemical plant killed 72 workers on Tuesday night.",
     "The explosion at the Harbin chemical plant killed 86 workers on Tuesday night, the union "
     "said.", False),
    ("The city council approved the new bridge over the Tarn river on Monday.",
     "On Monday the city council cancelled the new bridge over the Tarn river.", False),
    ("The explosion at the Harbin chemical plant killed 72 workers on Tuesday night.",
     "On Tuesday night an explosion killed 72 workers at the chemical plant in Harbin.", True),
    ("The Syrian government has denied it was behind the chemical attack on Khan Sheikhoun.",
     "Damascus again denied on Friday that the Syrian government was behind the chemical attack "
     "on Khan Sheikhoun.", True),
]
FILLER = ("Schools in the valley will stay closed until Monday. "
          "Volunteers brought blankets and hot meals to the shelters.")
for a, b, same in CASES:
    srcs = sources({"a.txt": a + " " + FILLER, "b.txt": b + " The railway line to the coast "
                    "remains closed."}, ["--sentences", "9"])
    chosen = [(t, srcs[t]) for t in (a, b) if t in srcs]
    check(chosen, "one of the case's sentences is chosen: %r in %s" % (a, list(srcs)))
    for t, got in chosen:
        check((got == {"a.txt", "b.txt"}) == same, "%s: %r (other: %r) -> %s"
              % ("listed" if same else "not listed", t, b if t == a else a, sorted(got)))
done()