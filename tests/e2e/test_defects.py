#!/usr/bin/env python3
"""bench/defects.py's unintroduced names on a hand-made cluster whose
counts are known: a summary that names Volkov by the surname alone, or as
"Mr. Volkov", with no sentence before it that writes "Sergei Volkov" has
one unintroduced name per such sentence; introduced first, none; "the
House" (the cluster writes "White House" too), "Friday" ("On Friday
Turkey") and a surname written in lower case somewhere are no names.

usage: test_defects.py PRECIS SOURCE_DIR DATA_DIR"""
import json
import os
import re
import subprocess
import sys
import tempfile

from util import SRC, check, done

SCRIPT = os.path.join(SRC, "bench", "defects.py")
DOCS = [
    "Foreign Minister Sergei Volkov arrived in Orma on Monday for talks. "
    "Volkov said the storm destroyed forty boats in the harbour. "
    "The White House said the storm was the worst in a decade.",
    "The ministry has been led by Sergei Volkov since 2015. "
    "Forty boats were destroyed, Mr. Volkov told the House on Tuesday. "
    "On Friday Turkey sent two ships to the harbour. "
    "Turkey said the ships would stay for a week. "
    "Analyst Anna Brand said the harbour was old. "
    "Analyst Anna Brand said so twice. Brand was right. A brand new quay opened.",
]
INTRO = "Foreign Minister Sergei Volkov arrived in Orma on Monday for talks."
BARE = "Volkov said the storm destroyed forty boats in the harbour."
MR = "Forty boats were destroyed, Mr. Volkov told the House on Tuesday."
SUMMARIES = {  # id: (summary sentences, unintroduced names expected)
    "bare": ([BARE], 1),
    "mr": ([MR, BARE], 2),
    "introduced": ([INTRO, BARE, MR], 0),
    "after": ([BARE, INTRO], 1),
    "not-names": (["On Friday Turkey sent two ships to the harbour.",
                   "Turkey said the ships would stay for a week.",
                   "The White House said the storm was the worst in a decade.",
                   "Brand was right."], 0),
}


def table_row(out, name):
    """The cells of the system's row of the printed table."""
    for line in out.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells and cells[0] == name:
            return cells
    return None


DEF_DOC = ("Officials delayed a charter plane at the airport on Wednesday. "
           "The plane will return to the airport later in the day. "
           "The plane of the minister landed in Amman on Friday. "
           "Diplomats asked the Taliban to hand over the suspect. "
           "The Taliban refused to hand him over to any foreign court. "
           "Another storm is expected to reach the coast next week. "
           "The result is that most of the cost will fall on the families. "
           "The result of the vote surprised the leaders of every party. "
           "The two firms held a secret meeting in a hotel near the border. "
           "At the meeting, the firms agreed to split the market between them.")
DEF_SUMMARIES = {  # id: (summary sentences, definite back references expected)
    "def-alone": (["The plane will return to the airport later in the day."], 1),
    "def-after": (["Officials delayed a charter plane at the airport on Wednesday.",
                   "The plane will return to the airport later in the day."], 0),
    "def-not": (["The plane of the minister landed in Amman on Friday.",
                 "The Taliban refused to hand him over to any foreign court."], 0),
    "def-another": (["Another storm is expected to reach the coast next week."], 1),
    # a shell noun names what the sentences before said as a whole
    "def-shell": (["The result is that most of the cost will fall on the families."], 1),
    "def-shell-of": (["The result of the vote surprised the leaders of every party."], 0),
    "def-fronted": (["At the meeting, the firms agreed to split the market between them."], 1),
}


# A name or title in quote marks that the sentence goes on from with a
# word is no bare quote; a quotation with its comma inside the marks, or
# of 4 words or more, is one.
TITLE_DOC = ("The network announced its autumn schedule for the season on Tuesday. "
             "\"The Voice\" returns to the network on Monday with four new coaches. "
             "\" Blood Harbor \" is about far more than one family's feud with the port. "
             "\" It is over , \" she said after the vote in the old town hall. "
             "\"The Last Ferry to Orma\" opened Friday with record crowds in the city.")
TITLE_SUMMARIES = {
    "title": (["\"The Voice\" returns to the network on Monday with four new coaches."], 0),
    "title-spaced": (["\" Blood Harbor \" is about far more than one family's feud with the "
                      "port."], 0),
    "quote-comma": (["\" It is over , \" she said after the vote in the old town hall."], 1),
    "quote-long": (["\"The Last Ferry to Orma\" opened Friday with record crowds in the city."],
                   1),
}

def check_column(tmp, column, docs, summaries):
    """Each of summaries ({id: (sentences, expected count)}), made from the
    documents docs, has the expected count per 100 sentences in the table's
    column.  Returns the data file."""
    data = os.path.join(tmp, "%s-data.jsonl" % column)
    with open(data, "w") as f:
        for cid in summaries:
            f.write(json.dumps({"id": cid, "documents": docs}) + "\n")
    for cid, (sents, want) in summaries.items():
        path = os.path.join(tmp, "%s.jsonl" % cid)
        with open(path, "w") as f:
            f.write(json.dumps({"id": cid, "summary": "\n".join(sents)}) + "\n")
        p = subprocess.run([sys.executable, SCRIPT, data, path], capture_output=True,
                           universal_newlines=True)
        head, row = table_row(p.stdout, "system"), table_row(p.stdout, cid)
        ok = head is not None and row is not None and column in head
        check(ok, "%s: a %s column: %s %s" % (cid, column, p.stdout, p.stderr))
        if ok:
            got = float(row[head.index(column)])
            check(got == round(100.0 * want / len(sents), 1),
                  "%s: %d %s in %d sentences, got %s per 100"
                  % (cid, want, column, len(sents), got))
    return data


FRAG_DOC = ("Testing ended two weeks before its oct. 1 launch, contractors said. "
            "\" it is bad, \" said rep. Michael burgess of texas. "
            "The fever fell in oct. The doctors went home after the storm. "
            "Former fbi director james b. Comey, testifying on thursday, spoke at length. "
            "They needed a plan b. They met sen. Dean heller ( r-nev. ) in las vegas. "
            "Who represented the owner in the sale, said the owner plans to keep it. "
            "Who represented the owner in the sale of the house? "
            "( associated press ) three villages were flooded on monday. "
            "The president accused the rebels and the army of... Nobody knows for how long... "
            "\"Have I not done well?\" Ms. Moseley-Braun said in an interview. "
            "Ms. Moseley-Braun said in an interview that the race was close.")
FRAG_SUMMARIES = {  # id: (summary sentences, fragments expected)
    "frag-month": (["Testing ended two weeks before its oct."], 1),
    "frag-title": (["\" it is bad, \" said rep."], 1),
    "frag-end": (["The fever fell in oct."], 0),
    "frag-initial": (["Former fbi director james b."], 1),
    "frag-letter-end": (["They needed a plan b."], 0),
    "frag-paren": (["They met sen. Dean heller ( r-nev."], 1),
    "frag-paren-whole": (["They met sen. Dean heller ( r-nev. ) in las vegas."], 0),
    "frag-relative": (["Who represented the owner in the sale, said the owner plans to keep it."],
                      1),
    "frag-question": (["Who represented the owner in the sale of the house?"], 0),
    "frag-aside": (["( associated press ) three villages were flooded on monday."], 1),
    "frag-cut": (["The president accused the rebels and the army of..."], 1),
    "frag-trail": (["Nobody knows for how long..."], 0),
    "frag-attribution": (["Ms. Moseley-Braun said in an interview."], 1),
    "frag-said-more": (["Ms. Moseley-Braun said in an interview that the race was close."], 0),
}

SPK_DOC = ("Auctioneer Mark Wells opened the sale of the rare coin at noon on Friday. "
           "Bidding reached 1.84 million dollars in the end, he said. "
           "Collectors from Texas bought two more coins that day, the auction house said. "
           "Police let the dealer Jan Moller travel to Peru, where he admits he sold a fake "
           "coin. There is ``a sense of optimism,'' he said after the sale. Dealers expect "
           "\"higher prices next year,\" Wells said.")
SPK_SUMMARIES = {  # id: (summary sentences, dangling expected)
    "spk-alone": (["Bidding reached 1.84 million dollars in the end, he said."], 1),
    "spk-after": (["Auctioneer Mark Wells opened the sale of the rare coin at noon on Friday.",
                   "Bidding reached 1.84 million dollars in the end, he said."], 0),
    "spk-clause": (["Police let the dealer Jan Moller travel to Peru, where he admits he sold "
                    "a fake coin."], 0),
    "spk-named": (["Collectors from Texas bought two more coins that day, the auction house "
                   "said."], 0),
    "spk-quoted": (["There is ``a sense of optimism,'' he said after the sale."], 1),
    "spk-quoted-named": (["Dealers expect \"higher prices next year,\" Wells said."], 0),
}

BOTH_DOC = ("Two ministers met the strikers at the port on Monday. "
            "Both were booed by the crowd as they left. "
            "Both the union and the port authority declined to comment. "
            "(The strike was the third this year at the port.) "
            "Each said the talks would go on. "
            "Each ship waited two days outside the port.")
BOTH_SUMMARIES = {  # id: (summary sentences, dangling expected)
    "both-pronoun": (["Both were booed by the crowd as they left."], 1),
    "both-and": (["Both the union and the port authority declined to comment."], 0),
    "aside": (["(The strike was the third this year at the port.)"], 1),
    "each-pronoun": (["Each said the talks would go on."], 1),
    "each-noun": (["Each ship waited two days outside the port."], 0),
}
# a subordinate clause or a participle's phrase with no main clause is the
# rest of the sentence before it
CLAUSE_DOC = ("The ferry company closed its office in the harbour town on Monday. "
              "Because the new harbour wall was not finished in time for the storms. "
              "Because the wall was not finished, the ferry stayed in port all week. "
              "Saying she last saw the ferry captain on the pier on Friday.")
CLAUSE_SUMMARIES = {  # id: (summary sentences, dangling expected)
    "because-alone": (["Because the new harbour wall was not finished in time for the "
                       "storms."], 1),
    "because-main": (["Because the wall was not finished, the ferry stayed in port all "
                      "week."], 0),
    "saying-alone": (["Saying she last saw the ferry captain on the pier on Friday."], 1),
    "because-after": (["The ferry company closed its office in the harbour town on Monday.",
                       "Because the new harbour wall was not finished in time for the "
                       "storms."], 0),
}
# a sentence whose given name precis inserted after an opening bracket is
# still found in its source, right after the sentence before it
NAMED_DOC = ("Richard Nixon left the White House in August 1974. "
             "Historians still write about Richard Nixon and his tapes. "
             "Clinton is fighting not to become the second president impeached by the House. "
             "(Nixon resigned before a House vote on the articles.)")
NAMED_SUMMARIES = {
    "named-aside": (["Clinton is fighting not to become the second president impeached by the "
                     "House.", "(Richard Nixon resigned before a House vote on the articles.)"], 0),
}

# a word for a kind of people ("a Catholic", "Roman Catholics") is no
# surname, though written after a capitalised word twice and bare
GROUP_DOC = ("He is a hero to millions of Roman Catholic Croats in the north. "
             "Many Roman Catholic Croats marched in Split on Monday. "
             "Most of the country is Catholic, and the Vatican sees it as a Catholic bastion.")
GROUP_SUMMARIES = {
    "group": (["Most of the country is Catholic, and the Vatican sees it as a Catholic "
               "bastion."], 0),
}

# a sentence two documents carry is read in the one where it follows the
# summary sentence before it
COPY_DOCS = ["Shark attacks drew crowds of reporters to the beach this summer. "
             "But victims are rarely killed.",
             "Three swimmers were bitten off the coast of Natal on Monday. "
             "But victims are rarely killed."]
COPY_SUMMARIES = {  # id: (summary sentences, dangling expected)
    "copy-second": (["Three swimmers were bitten off the coast of Natal on Monday.",
                     "But victims are rarely killed."], 0),
    "copy-alone": (["But victims are rarely killed."], 1),
}
# two outlets' copies of a wire story that differ in a word: the summary's
# second sentence is only in the second copy, right after the first, which
# both carry (and is located in the first)
WIRE_DOCS = ["The airline closed for two weeks after its union refused the plan. "
             "The union later accepted the plan, allowing flights to resume in October.",
             "The airline closed for two weeks after its union refused the plan. "
             "The union later accepted the plan, allowing flights to resume."]
WIRE_SUMMARIES = {  # id: (summary sentences, definite back references expected)
    "wire-follows": (["The airline closed for two weeks after its union refused the plan.",
                      "The union later accepted the plan, allowing flights to resume."], 0),
    "wire-alone": (["The union later accepted the plan, allowing flights to resume."], 1),
}
# the first summary sentence, carried by two documents, is read in the one
# where it follows a sentence's end, not in the one where a colon runs into it
COPY_FRAG_DOCS = ["He posted a note before the speech: on floor of house waiting for the "
                  "speech to start.",
                  "He posted a note. on floor of house waiting for the speech to start."]
COPY_FRAG_SUMMARIES = {
    "copy-clean": (["on floor of house waiting for the speech to start."], 0),
}

# precis opens with a capital a sentence that its source glued in lower case
# to the one before: read in the source all the same, it follows that one
GLUED_DOCS = ["The judge sent a veteran to jail for a probation violation.but when the "
              "door closed, the judge was locked up with him."]
GLUED_SUMMARIES = {
    "glued-follows": (["The judge sent a veteran to jail for a probation violation.",
                       "But when the door closed, the judge was locked up with him."], 0),
    "glued-alone": (["But when the door closed, the judge was locked up with him."], 1),
}

# a picture's label or a copyright notice in front is furniture; the verb
# "to copyright" inside a sentence is news
FURN_DOCS = ["Copyright 2018 albuquerque journal a construction crew found bones on tuesday. "
             "Image copyright afp image caption the queen arrived for the dinner. "
             "A court found his attempt to copyright a series of yoga poses a stretch."]
FURN_SUMMARIES = {
    "furn-notice": (["Copyright 2018 albuquerque journal a construction crew found bones on "
                     "tuesday."], 1),
    "furn-label": (["Image copyright afp image caption the queen arrived for the dinner."], 1),
    "furn-verb": (["A court found his attempt to copyright a series of yoga poses a stretch."],
                  0),
}

ASK_DOC = ("Could the new quay have saved the boats? Get storm alerts for the harbour every day! "
           "\"Will they rebuild the quay?\" the mayor asked. "
           "Asked about the quay, the mayor said, \"Not this year!\" "
           "The quay\u2019s repairs will cost more than expected.")
ASK_SUMMARIES = {  # id: (summary sentences, the writer's questions and exclamations)
    "ask-own": (["Could the new quay have saved the boats?"], 1),
    "ask-call": (["Get storm alerts for the harbour every day!"], 1),
    "ask-quoted": (["\"Will they rebuild the quay?\" the mayor asked."], 0),
    "ask-quoted-end": (["Asked about the quay, the mayor said, \"Not this year!\""], 0),
    "ask-statement": (["The quay\u2019s repairs will cost more than expected."], 0),
}

# a photo's caption: the wire's forms, or a scene told in the present; a
# report in the past, a narration ("then"), a quotation are not
CAP_DOC = ("File - in this Sept. 16, 2030, file photo, a farmer walks by the broken quay. "
           "Governor Jon Aas of the valley speaks to farmers at the broken bridge near the mill. "
           "From left, Ann Berg, Tom Fox and Lee Gray stand on the quay. "
           "A woman looks at a burned boat in the harbour on friday, may 23. "
           "The storm destroyed forty boats in the harbour on Tuesday, May 20. "
           "The mayor then speaks to the crowd. "
           "\"It looks like a war zone,\" the mayor said. "
           "A grey seal and her two pups walk along the broken quay. "
           "The mayor speaks at a dinner hosted by the harbour board. "
           "Open enrollment ends march 31 at the harbour office. "
           "Lena varga, harbour master at the port of orma. "
           "Tom fox, a fisherman from orma, said the quay is lost. "
           "Officers returned fire, the harbour board reports. "
           "Governor Jon Aas addressing farmers at the broken bridge on June 20, 2030. "
           "Police Chief Jon Aas speaking at the quay said the boats were lost.")
CAP_SUMMARIES = {  # id: (summary sentences, captions)
    "cap-file": (["File - in this Sept. 16, 2030, file photo, a farmer walks by the broken "
                  "quay."], 1),
    "cap-scene": (["Governor Jon Aas of the valley speaks to farmers at the broken bridge near "
                   "the mill."], 1),
    "cap-left": (["From left, Ann Berg, Tom Fox and Lee Gray stand on the quay."], 1),
    "cap-day": (["A woman looks at a burned boat in the harbour on friday, may 23."], 1),
    "cap-plural": (["A grey seal and her two pups walk along the broken quay."], 1),
    "cap-hosted": (["The mayor speaks at a dinner hosted by the harbour board."], 1),
    "cap-month": (["Open enrollment ends march 31 at the harbour office."], 0),
    # a name and its title with no verb, a name and what it is doing
    # (session 41: the library's session-40 form and its older one)
    "cap-title": (["Lena varga, harbour master at the port of orma."], 1),
    "cap-title-verb": (["Tom fox, a fisherman from orma, said the quay is lost.",
                        "Officers returned fire, the harbour board reports."], 0),
    "cap-participle": (["Governor Jon Aas addressing farmers at the broken bridge on June 20, "
                        "2030."], 1),
    "cap-participle-said": (["Police Chief Jon Aas speaking at the quay said the boats were "
                             "lost."], 0),
    "cap-prose": (["The storm destroyed forty boats in the harbour on Tuesday, May 20.",
                   "The mayor then speaks to the crowd.",
                   "\"It looks like a war zone,\" the mayor said."], 0),
}

# not alone (session 32): lower-cased text, as Multi-News writes it
ALONE_DOC = ("The storm flooded the harbour of orma on monday. "
             "A big one, in fact, and today that storm takes the form of a flood. "
             "Nobody thought a town could top the flood of 1953. "
             "Well, orma can top that. "
             "Not a fisherman, but the harbour's master, captain lena varga. "
             "\" the water rose in minutes, \" varga said. "
             "Harbour master lena varga said the boats were lost. "
             "Lena varga has led the harbour since 2010. "
             "The 40-year-old harbour master said the quay would be rebuilt. "
             "I watched the water rise from my window. "
             "\" i have never seen anything like it, \" she said. "
             "The storm, officials said, was the worst in decades. "
             "Years later, orma still speaks of the flood. "
             "Officials say the ban is meant to protect the fish. "
             "The ban on fishing in the bay was lifted on friday. "
             "Fishermen sang the old song \" lose my boat \" on the quay. "
             "The choir sang lose my boat again at the funeral. "
             "A spokesman for i mef said the marines would help. "
             "A boat was stopped my the police at the bridge. "
             "I lost my boat in the flood. "
             "An old fisherman said ' i will never go back to sea ' on the quay. "
             "The photo of the quay was taken by kim i. Hartman on monday. "
             "The college suspended its division i football team for a season.")
ALONE_SUMMARIES = {
    "verbless": (["The storm flooded the harbour of orma on monday.",
                  "Not a fisherman, but the harbour's master, captain lena varga."], 1),
    "connective": (["A big one, in fact, and today that storm takes the form of a flood."], 1),
    "that-after-source": (["Nobody thought a town could top the flood of 1953.",
                           "Well, orma can top that."], 0),
    "that-alone": (["The storm flooded the harbour of orma on monday.",
                    "Well, orma can top that."], 1),
    "surname": (["\" the water rose in minutes, \" varga said.",
                 "Harbour master lena varga said the boats were lost."], 1),
    "surname-after": (["Harbour master lena varga said the boats were lost.",
                       "\" the water rose in minutes, \" varga said."], 0),
    "described": (["The 40-year-old harbour master said the quay would be rebuilt.",
                   "Lena varga has led the harbour since 2010."], 1),
    "first-person": (["I watched the water rise from my window.",
                      "\" i have never seen anything like it, \" she said.",
                      "The storm, officials said, was the worst in decades."], 1),
    "points-back": (["Years later, orma still speaks of the flood."], 1),
    "points-back-ban": (["Officials say the ban is meant to protect the fish.",
                         "The storm flooded the harbour of orma on monday."], 1),
    "points-back-second": (["The storm flooded the harbour of orma on monday.",
                            "Years later, orma still speaks of the flood."], 0),
    "points-back-restricted": (["The ban on fishing in the bay was lifted on friday."], 0),
    # no writer's "I" (session 33): a title the cluster quotes, said
    # without its marks; "I" after a preposition; "my" before an article;
    # quoted in single marks; an initial
    "first-person-title": (["The choir sang lose my boat again at the funeral."], 0),
    "first-person-unit": (["A spokesman for i mef said the marines would help."], 0),
    "first-person-typo": (["A boat was stopped my the police at the bridge."], 0),
    "first-person-mine": (["I lost my boat in the flood."], 1),
    # quoted in single marks, as Multi-News writes them; an initial
    "first-person-single": (["An old fisherman said ' i will never go back to sea ' on the quay."],
                            0),
    "first-person-initial": (["The photo of the quay was taken by kim i. Hartman on monday."], 0),
    "first-person-roman": (["The college suspended its division i football team for a season."],
                           0),
}


def main():
    with tempfile.TemporaryDirectory() as tmp:
        data = check_column(tmp, "unintroduced names", DOCS, SUMMARIES)
        total_sents = sum(len(sents) for sents, _ in SUMMARIES.values())
        # every summary in one file: one row over all their sentences
        path = os.path.join(tmp, "all.jsonl")
        with open(path, "w") as f:
            for cid, (sents, _) in SUMMARIES.items():
                f.write(json.dumps({"id": cid, "summary": "\n".join(sents)}) + "\n")
        p = subprocess.run([sys.executable, SCRIPT, data, path], capture_output=True,
                           universal_newlines=True)
        head, row = table_row(p.stdout, "system"), table_row(p.stdout, "all")
        want = sum(w for _, w in SUMMARIES.values())
        check(row is not None and re.match(r"[\d.]+$", row[head.index("unintroduced names")])
              and float(row[head.index("unintroduced names")])
              == round(100.0 * want / total_sents, 1),
              "all: %d of %d sentences: %s" % (want, total_sents, p.stdout))
        check_column(tmp, "definite back", [DEF_DOC], DEF_SUMMARIES)
        check_column(tmp, "fragment", [FRAG_DOC], FRAG_SUMMARIES)
        check_column(tmp, "dangling", [SPK_DOC], SPK_SUMMARIES)
        check_column(tmp, "dangling", [BOTH_DOC], BOTH_SUMMARIES)
        check_column(tmp, "dangling", [CLAUSE_DOC], CLAUSE_SUMMARIES)
        check_column(tmp, "dangling", [NAMED_DOC], NAMED_SUMMARIES)
        check_column(tmp, "dangling", COPY_DOCS, COPY_SUMMARIES)
        check_column(tmp, "fragment", COPY_FRAG_DOCS, COPY_FRAG_SUMMARIES)
        check_column(tmp, "definite back", WIRE_DOCS, WIRE_SUMMARIES)
        check_column(tmp, "unintroduced names", [GROUP_DOC], GROUP_SUMMARIES)
        check_column(tmp, "dangling", GLUED_DOCS, GLUED_SUMMARIES)
        check_column(tmp, "furniture front", FURN_DOCS, FURN_SUMMARIES)
        check_column(tmp, "asks", [ASK_DOC], ASK_SUMMARIES)
        check_column(tmp, "caption", [CAP_DOC], CAP_SUMMARIES)
        check_column(tmp, "bare quote", [TITLE_DOC], TITLE_SUMMARIES)
        check_column(tmp, "not alone", [ALONE_DOC], ALONE_SUMMARIES)
    done()


if __name__ == "__main__":
    main()
