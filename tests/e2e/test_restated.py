"""With the default budget a summary gives one figure for one counted thing:
a sentence that states another (or the same) figure of a thing a chosen
sentence already counts, in the same time frame, is not chosen
(src/select.c, restated; docs/methods.md, "One figure for one thing").  A
budget the user gives keeps it; a figure of another time ("last year"), a
unit of measure and another counted thing stay.  Hand-made cases; no data
needed."""

from util import check, done, lead_summary

A = ("A storm closed the airport of Velden early on Sunday, and ferries to the islands were "
     "halted. The port authority said more than 30 flights were cancelled by noon. Waves of "
     "up to 6 metres hit the harbour wall. Fishermen moved their boats to the inner basin.")
B = ("The coast guard rescued a crew of four from a cargo ship that lost power off the cape. "
     "The regional council will meet on Monday to assess the damage. Schools on the islands "
     "stay closed. Power was cut to several villages for most of the afternoon.")
TAIL = (" Travellers waited in the terminal with blankets and tea. The ferry company promised "
        "refunds. Bus services to the port were suspended.")


def summary(first, args):
    return lead_summary([("a.txt", A), ("b.txt", B), ("c.txt", first + TAIL)], args, "the storm cluster")


# `lead` takes the documents' sentences in turn: c.txt's first sentence comes
# before a.txt's "more than 30 flights were cancelled", which then states a
# second figure of the flights
FIRST = "more than 30 flights"
SECOND = "Harbour officials said 41 flights had been cancelled on the island routes."
lines = summary(SECOND, [])
check(SECOND in lines, "the first count chosen is in: %s" % lines)
check(not any(FIRST in x for x in lines),
      "the default budget leaves the second count out: %s" % lines)
lines = summary(SECOND, ["-w", "200"])
check(SECOND in lines and any(FIRST in x for x in lines),
      "a budget the user gives keeps both: %s" % lines)

# another time, a unit of measure: no second figure of the flights
LAST_YEAR = "Last year, 41 flights were cancelled in a storm on the island routes."
UNIT = "Harbour officials said waves of 8 metres hit the island routes."
for first in (LAST_YEAR, UNIT):
    lines = summary(first, [])
    check(first in lines and any(FIRST in x for x in lines),
          "not a second figure of the flights, both chosen: %s" % lines)
done()
