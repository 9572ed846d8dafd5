"""One event told again in other words is not chosen, at any budget
(src/model/model.h, PC_EVENT_WORDS; docs/methods.md, "One event told
again"): a candidate that shares five content words or more with a chosen
sentence, 60 % of its own or more, and no number the chosen one lacks.  A
sentence with a fact of its own (more words of its own, or a number) stays,
and a summary short of its budget takes the retelling back when nothing
else fits.  Hand-made cases; no data needed."""
from util import check, done, lead_summary

A = ("Engineers found deep cracks in the pillars of the Brandt bridge, and the Corven council "
     "voted on Monday to close it to traffic. Buses to the harbour will take the ferry road "
     "instead. Shops on the east bank fear a quiet summer. The bridge opened in 1958 and was "
     "last repaired a decade ago.")
# b.txt's first sentence tells a.txt's first again in other words: six of
# its nine content words are a.txt's, in other pairs (their concepts
# overlap by about 0.4, under the redundancy limit).  `lead` takes the
# documents' sentences in turn, so it comes right after a.txt's.
RETOLD = "Citing cracks that engineers spotted, the council shut Brandt's bridge on Monday."
B = (" A temporary footbridge for cyclists is planned for the autumn. Fishermen moored near "
     "the pillars were asked to move their boats. The mayor promised a decision on a new crossing "
     "by the end of the year. Traffic on the ring road rose sharply within hours.")


def summary(first, args):
    return lead_summary([("a.txt", A), ("b.txt", first + B)], args, "the bridge cluster")


lines = summary(RETOLD, ["-w", "70"])
check(RETOLD not in lines, "the retelling is left out: %s" % lines)
check(any(x.startswith("Engineers found deep cracks") for x in lines),
      "the sentence it retells is in: %s" % lines)
check(any("footbridge" in x for x in lines), "a new fact takes its room: %s" % lines)

# the same words with a number the chosen sentence lacks, or with more
# words of its own: a fact of its own, chosen
NUMBER = "Citing cracks that engineers spotted, the council shut Brandt's bridge for 18 months."
OWN = ("Citing cracks that engineers spotted, the council shut Brandt's bridge, stranding "
       "commuters, delivery vans and school buses along the northern shore.")
for first in (NUMBER, OWN):
    lines = summary(first, ["-w", "70"])
    check(first in lines, "not a retelling, chosen: %s" % lines)

# a cluster that tells only its one event: the retelling fills the room
# that nothing else can
lines = lead_summary([("a.txt", A.split(". ")[0] + "."), ("b.txt", RETOLD)], ["-w", "100"],
                     "the two-sentence cluster")
check(RETOLD in lines, "nothing else to say: the retelling is in: %s" % lines)
done()
