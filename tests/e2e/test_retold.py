"""With the default budget a summary says each thing once: a sentence that
only retells what the chosen sentences say together, though no one of them
says it, is not chosen (src/select.c, retold; docs/methods.md, "Retold in
the summary so far").  A budget the user gives keeps it; a sentence with a
fact of its own, or one that says the same the other way round, stays.
Hand-made cases; no data needed."""

from util import check, done, lead_summary

A = ("The Orvik dam burst early on Sunday, and the flood has cut the coastal road in two "
     "places. The water board said more than 300 homes were without clean water by noon. "
     "Engineers said the spillway had been cracked since a storm in March. Rescue crews in "
     "boats checked every house along the river.")
B = ("Police moved families from the towns of Hella and Brim to a sports hall as a precaution. "
     "The regional council will decide on Tuesday whether to rebuild the road. Farmers near the "
     "lake were told to move their cattle to higher ground. Insurers expect claims of several "
     "million euros.")
# The first sentence of c.txt tells what a.txt's and b.txt's first sentences
# say together (each pair well under the redundancy limit); `lead` takes the
# documents' sentences in turn, so it comes after both.
RETOLD = "Families in Hella and Brim fled their homes when the dam burst on Sunday."
C = (" The Orvik dam, built in 1961, held a lake of about 4 million cubic metres. Volunteers "
     "brought blankets and hot meals to the hall. The railway line to the coast remains closed.")


def summary(first, args):
    return lead_summary([("a.txt", A), ("b.txt", B), ("c.txt", first + C)], args, "the dam cluster")


lines = summary(RETOLD, [])
check(RETOLD not in lines, "the default budget leaves the retelling out: %s" % lines)
check(any("Hella and Brim" in x for x in lines) and any("burst early" in x for x in lines),
      "the two sentences it retells are in: %s" % lines)
lines = summary(RETOLD, ["-w", "200"])
check(RETOLD in lines, "a budget the user gives keeps it: %s" % lines)

# the same words with a fact of its own, or the other way round: not a retelling
OWN = RETOLD[:-1] + ", and two fishermen drowned near the old mill at Kessa."
NOT = "Families in Hella and Brim did not flee their homes when the dam burst on Sunday."
# a weekday the chosen sentences do not name is a fact of its own, as a number
# they lack is ("the dam burst on Sunday" is theirs; "until Thursday" is not)
DATE = ("Families in Hella and Brim, who fled their homes when the dam burst on Sunday, are "
        "away until Thursday.")
for first in (OWN, NOT, DATE):
    lines = summary(first, [])
    check(first in lines, "not a retelling, chosen: %s" % lines)
done()
