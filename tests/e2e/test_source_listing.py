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
done()
