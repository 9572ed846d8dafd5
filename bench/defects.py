#!/usr/bin/env python3
"""Readability defects of summaries: sentences that cannot stand on their own.

usage: bench/defects.py DATA.jsonl[.gz] SYS.jsonl [SYS.jsonl ...]

DATA is the input the summaries were made from (rows with "id" and
"documents"); each SYS file holds `precis batch` lines ({"id", "summary"},
sentences joined by newlines).  Prints one Markdown table, one row per SYS
file, with per 100 summary sentences:

- dangling: the sentence opens with a pronoun ("He", "It", "They", "This
  ...") or a connective ("But", "However", "Also", ...) and the summary
  sentence before it is not the sentence right before it in its source
  document (where the referent would be).  The first sentence of a summary
  has nothing before it, so such an opening always dangles there.
- bare quote: the sentence is all quotation and names no speaker: it opens
  with a quote mark and, outside the quoted text, neither it nor its run
  (below) has a speech verb ("said", "told", ...), or it starts inside a
  quotation that an earlier sentence of its document opened (the second
  sentence of a quotation that runs over several) and the summary sentence
  before it is not that one.
- unbalanced: its double quote marks do not pair up (an odd number of '"',
  or of curly or wire-style (`` '') marks, or more openers than closers),
  and neither do those of its run: a quotation over several sentences
  chosen whole is not cut.
- fragment: a piece of a sentence cut by segmentation: it ends in an initial
  ("James P."), or it opens with punctuation, or with a lower-case letter
  right after a letter, digit, comma, colon or semicolon of its source
  (inside a clause; tokenised text such as Multi-News lower-cases the
  word after a closing quote and the lead after a dateline's dash), or it
  has fewer than four words.

A run is a sequence of summary sentences each of which follows the one
before it in their source document (nothing but white space between).

and the share of summaries that open badly: the first sentence dangles, is a
bare quote, is unbalanced, is a fragment, or opens with a quotation at all.

A summary sentence is placed in its source by searching its text (spaces
collapsed) in the cluster's documents; one that is not found counts as not
following its source predecessor.  Word lists are English closed classes,
the same for every data set.  A benchmark: prints figures, never fails.
"""
import gzip
import json
import re
import sys

PRONOUNS = {
    "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their",
    "them", "him", "our", "these", "those", "this", "that", "such", "both",
}
CONNECTIVES = {
    "but", "and", "or", "so", "yet", "also", "still", "however", "meanwhile",
    "instead", "moreover", "furthermore", "nevertheless", "nonetheless", "then",
    "thus", "therefore", "otherwise", "besides", "indeed", "later", "afterward",
    "afterwards", "additionally", "likewise", "similarly", "consequently",
    "hence", "plus", "though", "although", "too", "again", "now",
}
PHRASES = ("in addition", "as a result", "on the other hand", "even so",
           "at the same time", "the two", "the same", "in turn", "for his part",
           "for her part", "for their part", "in response", "the move",
           "the decision", "the proposal", "the deal", "the attack", "the report")
# "This year", "that day": a demonstrative before a time word is deictic, not
# a reference back to an earlier sentence.
TIME_WORDS = {"year", "week", "month", "morning", "afternoon", "evening", "time",
              "summer", "winter", "spring", "fall", "season", "weekend", "day",
              "night", "past", "is", "was", "has", "had", "will", "would"}
SPEECH = re.compile(
    r"\b(said|says|say|told|tells|tell|asked|asks|added|adds|according|wrote|writes|"
    r"tweeted|tweets|explained|explains|insisted|insists|stated|states|declared|"
    r"declares|announced|announces|noted|notes|argued|argues|claimed|claims|warned|"
    r"warns|recalled|recalls|acknowledged|acknowledges|continued|continues|replied|"
    r"replies|admitted|admits|quoted|quoting|spokesman|spokeswoman|statement)\b",
    re.I)
OPEN_Q = ('"', "\u201c", "``", "\u201e")
QUOTED = re.compile(r'"[^"]*"|\u201c[^\u201d]*\u201d|``.*?\'\'', re.S)


def words(s):
    return re.findall(r"[A-Za-z][A-Za-z'\u2019-]*", s)


def opening_refers_back(s):
    t = s.lstrip(" \"'`\u201c\u2018(")
    w = [x.lower() for x in words(t[:80])]
    if not w:
        return False
    low = " ".join(w[:4])
    if any(low == p or low.startswith(p + " ") for p in PHRASES):
        return True
    if w[0] in CONNECTIVES:
        return True
    if w[0] in PRONOUNS:
        if w[0] in ("this", "that", "these", "those", "such") and len(w) > 1 \
                and w[1] in TIME_WORDS:
            return False
        return True
    return False


def unbalanced(s):
    if s.count('"') % 2:
        return True
    if s.count("\u201c") != s.count("\u201d"):
        return True
    return s.count("``") != s.count("''")


def opens_with_quote(s):
    t = s.lstrip()
    return t.startswith(OPEN_Q) or t.startswith("'")


def all_quotation(s):
    if not opens_with_quote(s):
        return False
    outside = QUOTED.sub(" ", s)
    if unbalanced(s):  # a quotation that never closes: all of it is quoted
        return True
    return not SPEECH.search(outside)


def fragment(s, before=""):
    """before: the source text before the sentence (lower case after a
    sentence's end, as Multi-News writes the word after a closing quote, or
    after a dateline's dash or parenthesis, or at the top of a document, is
    no fragment)."""
    t = s.strip()
    if re.search(r"(^|[\s(])[A-Z]\.[\"'\u201d]*$", t):
        return True
    if t and t[0] in ",.;:!?)":
        return True
    if t and (t[0].islower() or t[0] == "-") and \
            re.search(r"[A-Za-z0-9,;:][\s\"']*$", before):
        return True
    return len(words(t)) < 4


def norm(s):
    return " ".join(s.split())


def inside_quote(doc, start):
    """Whether position start of doc lies inside a quotation opened before."""
    before = doc[:start]
    if before.count('"') % 2:
        return True
    if before.count("\u201c") > before.count("\u201d"):
        return True
    return before.count("``") > before.count("''")


def locate(docs, s):
    """(doc, start, end) of sentence s in the normalised documents, or None."""
    for d, text in enumerate(docs):
        i = text.find(s)
        if i >= 0:
            return d, i, i + len(s)
    return None


def read_jsonl(path):
    op = gzip.open if path.endswith(".gz") else open
    with op(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def check(data, path):
    n_sent = n_sum = bad_open = 0
    counts = {"dangling": 0, "bare quote": 0, "unbalanced": 0, "fragment": 0}
    for row in read_jsonl(path):
        docs = data.get(json.dumps(row["id"]))
        if docs is None:
            continue
        sents = [norm(x) for x in row["summary"].split("\n") if x.strip()]
        if not sents:
            continue
        n_sum += 1
        locs = [locate(docs, s) for s in sents]
        follows = [k > 0 and locs[k] is not None and locs[k - 1] is not None
                   and locs[k - 1][0] == locs[k][0]
                   and docs[locs[k][0]][locs[k - 1][2]:locs[k][1]].strip() == ""
                   for k in range(len(sents))]
        # runs of summary sentences that follow each other in their source:
        # a quotation over several sentences, chosen whole with its speaker
        run = []
        for k in range(len(sents)):
            run.append(run[k - 1] if follows[k] else k)
        run_text = {}
        for k, s in enumerate(sents):
            run_text[run[k]] = run_text.get(run[k], "") + " " + s
        for k, s in enumerate(sents):
            loc = locs[k]
            whole = run_text[run[k]]
            d = opening_refers_back(s) and not follows[k]
            # all quotation, and no speaker in its run either
            q = (all_quotation(s) and not SPEECH.search(QUOTED.sub(" ", whole))) or \
                (loc is not None and not follows[k] and inside_quote(docs[loc[0]], loc[1]))
            u = unbalanced(s) and unbalanced(whole)
            f = fragment(s, docs[loc[0]][:loc[1]] if loc else "")
            counts["dangling"] += d
            counts["bare quote"] += q
            counts["unbalanced"] += u
            counts["fragment"] += f
            if k == 0 and (d or q or u or f or opens_with_quote(s)):
                bad_open += 1
            n_sent += 1
    return n_sum, n_sent, counts, bad_open


def main(argv):
    if len(argv) < 3 or argv[1] in ("-h", "--help"):
        print(__doc__.strip())
        return 0
    data = {}
    for row in read_jsonl(argv[1]):
        data[json.dumps(row["id"])] = [norm(d) for d in row["documents"]]
    print("| system | summaries | sentences | dangling | bare quote | unbalanced "
          "| fragment | opens badly % |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for path in argv[2:]:
        n_sum, n_sent, c, bad = check(data, path)
        name = re.sub(r"^(m|b)\.|\.jsonl$", "", path.rsplit("/", 1)[-1])
        per = lambda x: "%.1f" % (100.0 * x / n_sent) if n_sent else "n/a"
        print("| %s | %d | %d | %s | %s | %s | %s | %s |" % (
            name, n_sum, n_sent, per(c["dangling"]), per(c["bare quote"]),
            per(c["unbalanced"]), per(c["fragment"]),
            "%.1f" % (100.0 * bad / n_sum) if n_sum else "n/a"))
    print()
    print("Per 100 summary sentences; opens badly: % of summaries "
          "(bench/defects.py).")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
