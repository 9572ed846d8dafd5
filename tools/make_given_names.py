#!/usr/bin/env python3
"""Writes src/digest/given_names.inc on standard output: given names learned
from Multi-News train-10k's source documents, for the digest's speakers in
text written in lower case (src/digest/quotes.c reads them beside the
lexicon's hand-written [first] list).

usage: tools/make_given_names.py TRAIN.jsonl.gz STOPWORDS.txt LEXICON.txt
(`make generate` runs it through tools/generate.py, which adds the header)

A word is a given name when, in one document or more of train-10k:
  1. a surname stands alone as a quote's speaker (`" holm said`, `" said
     holm.`, with one of the verbs of VERBS), and
  2. the document writes that surname after this word and no other word
     (`... district attorney anna holm ...`: "anna"; two words before one
     surname, two people of a family or a name and a title, give none),
and, over the whole of train-10k (every source document, in lower case):
  3. it precedes such a lone speaker in 0.8 % of its uses or more (function
     words and verbs such as "that", "said" do so far less often),
  4. it follows an article or a possessive determiner in under 5 % of its
     uses (a common noun does: "the singer", "a rebel"),
  5. it opens a sentence at least once (". Tiffany haddish arrives"),
  6. it is a word of letters, no stopword (src/text/stopwords.txt) and no
     [title] or [generic] word of the digest's lexicon.
No name of the development data is read: train-10k only.  A few surnames
and words pass (389 words in all; "durbin", "evans", "rodham", "admits",
"bull"): the reader in quotes.c takes a word as a given name only when the
document writes the surname after it and no other word, and only in text in
lower case."""
import gzip
import json
import re
import sys
from collections import Counter

VERBS = r"(?:said|says|told|tells|added|adds|wrote|writes|explained|recalled|continued|noted)"
SPEAKER_AFTER = re.compile(r'["\u201d]\s*([a-z][a-z\'-]+) ' + VERBS + r'\b')
SPEAKER_VERB = re.compile(r'["\u201d]\s*' + VERBS + r' ([a-z][a-z\'-]+)[.,]')
WORD = re.compile(r"[a-z][a-z'-]*")
OPENER = re.compile(r"[.!?] ([A-Z][a-z]+) ")
DETERMINERS = {"the", "a", "an", "his", "her", "their", "our", "its", "my", "your", "this",
               "that"}
MIN_SHARE = 0.008
MAX_AFTER_DET = 0.05


def words_of(path):
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            out.update(w.strip().lower() for w in line.split("#", 1)[0].split(",") if w.strip())
    return out


def lexicon_sections(path, names):
    out, cur = set(), None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line.startswith("[") and line.endswith("]"):
                cur = line[1:-1]
                continue
            if cur in names:
                out.update(w.strip().lower() for w in line.split(",") if w.strip())
    return out


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__.split("\n\n")[1])
    excluded = words_of(sys.argv[2]) | lexicon_sections(sys.argv[3], {"title", "generic"})
    docs, uses, after_det, opens = Counter(), Counter(), Counter(), Counter()
    with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f:
        for line in f:
            for doc in json.loads(line)["documents"]:
                for m in OPENER.finditer(doc):
                    opens[m.group(1).lower()] += 1
                low = doc.lower()
                prev = None
                for w in WORD.findall(low):
                    uses[w] += 1
                    if prev in DETERMINERS:
                        after_det[w] += 1
                    prev = w
                speakers = {m.group(1) for m in SPEAKER_AFTER.finditer(low)}
                speakers |= {m.group(1) for m in SPEAKER_VERB.finditer(low)}
                for s in speakers:
                    if len(s) < 3:
                        continue
                    before = {m.group(1) for m in
                              re.finditer(r"\b([a-z][a-z-]+) " + re.escape(s) + r"\b", low)}
                    if len(before) == 1:
                        docs[before.pop()] += 1
    names = sorted(w for w in docs
                   if re.fullmatch(r"[a-z]{2,}", w) and w not in excluded and opens[w] > 0 and
                   docs[w] >= MIN_SHARE * uses[w] and after_det[w] < MAX_AFTER_DET * uses[w])
    out = sys.stdout
    out.write("/* Given names learned from train-10k (tools/make_given_names.py), lower\n"
              " * case, sorted byte-wise: %d names. */\n" % len(names))
    out.write("static const char *const lex_given_learned[] = {\n")
    for w in names:
        out.write('    "%s",\n' % w)
    out.write("};\n")


if __name__ == "__main__":
    main()
