"""The 200-word summary of the seeds carries no web boilerplate and no two
sentences with the same content."""
import re

from util import check, done, need_data, run

seeds = need_data("seeds")
rc, out, err = run(["-w", "200", seeds])
print(out)
lines = [l for l in out.splitlines() if l.strip()]
check(rc == 0 and len(lines) >= 3, "summary has sentences")
check(len(out.split()) <= 200, "within 200 words")
boiler = ["Send in e-mail", "Credit:", "Related article", "Original url", "http", "This story is over",
          "LOG IN", "subscriber", "signed up", "Click the alert", "FILE PHOTO", "contributed to this report",
          "(Reuters) -", "date 2017", "IHA via AP", "](#)", "**"]
for b in boiler:
    check(b.lower() not in out.lower(), "no boilerplate %r" % b)
check(not re.search("[\u0590-\u05ff]", out), "no Hebrew-script lines")


def content(s):
    return set(w for w in re.findall(r"[a-z0-9]+", s.lower()) if len(w) > 3)


for i in range(len(lines)):
    for j in range(i):
        a, b = content(lines[i]), content(lines[j])
        overlap = len(a & b) / max(1, min(len(a), len(b)))
        check(overlap < 0.7, "same content twice: %r / %r" % (lines[j][:50], lines[i][:50]))
done()
