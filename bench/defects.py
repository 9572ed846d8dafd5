#!/usr/bin/env python3
"""Readability defects of summaries: sentences that cannot stand on their own.

usage: bench/defects.py [--show] DATA.jsonl[.gz] SYS.jsonl [SYS.jsonl ...]

--show: also list, on standard error, each summary that opens badly (its id
and first sentence), to read them.

DATA is the input the summaries were made from (rows with "id" and
"documents"); each SYS file holds `precis batch` lines ({"id", "summary"},
sentences joined by newlines).  Prints one Markdown table, one row per SYS
file, with per 100 summary sentences:

- dangling: the sentence opens with a pronoun ("He", "It", "They", "This
  ...", "None of those ..."), or a connective ("But", "However", "Also",
  ...) and the summary sentence before it is not the sentence right before
  it in its source document (where the referent would be).  So does a
  sentence all in brackets, an aside on the one before it, and one that
  ends on a verb phrase the sentence before completes ("The Taliban ...
  refused.", "He did not.", "followed suit"; session 30).  "Both X and Y"
  names what it speaks of and is no pronoun opening.  A connective set
  off by commas after the first phrase ("In Bangkok, however, ...", "The
  Taliban, too, ...") continues the sentence before as well.  The first
  sentence of a summary has nothing before it, so such an opening always
  dangles there.  So does reported speech whose speaker is a pronoun
  ("The coin sold for $1.84 million, he said.", or with a quotation
  inside: "There is ``a sense of optimism,'' he said."): who "he" is was
  said before.  So does a subordinate clause or a participle's phrase with
  no main clause ("Because cigarettes are banned there.", "Saying she
  last saw him on may 9.": "because" or a participle of saying or naming,
  and no comma, semicolon, colon or dash after it; session 38).
- bare quote: the sentence is all quotation and names no speaker: it opens
  with a quote mark and, outside the quoted text, neither it nor its run
  (below) has a speech verb ("said", "told", ...) whose subject is no
  personal pronoun ("..., he said." names no one), or it starts inside a
  quotation that an earlier sentence of its document opened (the second
  sentence of a quotation that runs over several) and the summary sentence
  before it is not that one.  A name or title in quote marks that the
  sentence goes on from with a word ('" The Voice " returns': fewer than 4
  words that end in a letter or digit) opens no quotation, as in
  src/model/standalone.c.
- unbalanced: its double quote marks do not pair up (an odd number of '"',
  or of curly or wire-style (`` '') marks, or more openers than closers),
  and neither do those of its run: a quotation over several sentences
  chosen whole is not cut.
- fragment: a piece of a sentence cut by segmentation: it ends in an initial
  ("James P.", or "james b." before a capitalised word, not a common
  sentence opener, in text that lost its capitals), a title ("said Rep.",
  "Dr.") or a month its source follows with a day ("its Oct." || "1
  launch"), inside a parenthesis it opened ("Dean heller ( r-nev."), or in
  an ellipsis after a comma or a word that cannot end a phrase (a teaser
  the page cut: "in kabul, afghanistan,...", "the u.s. Of..."), or it opens
  with a short aside in brackets followed by more words (a caption's credit
  glued to it: "( associated press ) afghan president ..."), or
  it opens with punctuation (the wire's underscore dash of a list item
  too), with a relative pronoun and asks nothing ("Who represented laboz
  in the sale, said ..."), or with a lower-case letter right after a letter, digit,
  comma, colon or semicolon of its source
  (inside a clause; tokenised text such as Multi-News lower-cases the
  word after a closing quote and the lead after a dateline's dash), or it
  has fewer than four words.

- unintroduced name: the sentence names someone by the surname alone
  ("Lavrov said", "Mr. Lavrov") and no sentence before it in the summary
  introduces them ("Sergei Lavrov", "Foreign Minister Lavrov").  A surname
  is a capitalised word that the cluster writes twice or more after a
  given name inside a sentence (initials, or a capitalised word it writes
  only right before another, never alone and never in lower case; through
  a short lower-case particle written only before capitals: "F.W. de
  Klerk"), the given names all with the same first letter, that it never
  writes in lower case and that it writes bare (no given name, no article
  before it, no capitalised word after it) somewhere: the rule of
  src/model/names.c, over rougher sentences (split after . ! ? before a
  capital).

- definite back: the sentence opens with a definite description that
  points back at what the sentence before it in its source introduced
  ("The plane will return ..." after "... delayed a charter plane ..."):
  "The" and one or two lower-case words, one of which (no stopword) has
  the crude stem (plural, -ed, -ing stripped) of a word of that sentence,
  unless "of", a relative pronoun or a capitalised name in apposition
  follows the noun; or it opens with "Another", "The other", "The latter"
  or "The former", or "The" and a shell noun that names what the
  sentences before said as a whole ("The result is that ...", "The
  comments echoed ...", unless restricted as above); the same after a
  fronted preposition ("At the meeting, the government contends ...")
  -- and the summary sentence before it is not that source sentence.  (The rule of src/model/standalone.c with a cruder
  stemmer.)

A run is a sequence of summary sentences each of which follows the one
before it in their source document (nothing but white space between).

- furniture front: the sentence's first eight words show the top of a page
  glued to it: a word that labels or credits a picture (photo, image,
  picture, caption, screenshot, copyright, credit, getty) among the first
  three words, not after a word such as "a", "the", "of", "new" that makes
  it news ("a photo of the suspect"), or anywhere with a colon ("photo:"),
  or "caption" or "copyright" anywhere; a credit's slash between two words
  ("reuters/tim", "afp/getty"; not "and/or", "should/will") or a slash
  alone first ("/ updated by ..."), a headline's bar "|", a character
  reference left escaped
  ("&amp;"), "uploaded by" or "posted by", or a byline ("By" and two words,
  neither a stopword, a number or a gerund, no comma after the first).

- repeated figure: the sentence states a figure (a number that is not a
  year) that an earlier summary sentence states too, and half the content
  words of the shorter of the two (crude stems, stopwords left out) are in
  the other: the same fact said twice ("died at the age of 82" / "Armstrong
  died aug. 25, 2012, at age 82").  A measure of redundancy, not of
  standing alone: the same words in another test than the summarizer's
  (src/model/model.h, pc_same_content, reads its concept sets).

- cut short: the sentence ends in an ellipsis (three dots or U+2026, not
  four) right after a word or a closing bracket, outside quotation marks:
  a teaser or a link's preview that the page cut ("Iran's navy said sunday
  it test-fired...").  Broader than the fragment's ellipsis (after a
  function word or a comma); one sentence can count in both.

- asks: the sentence ends in a question or an exclamation mark (? ! ؟ ？
  ！, before closing brackets or marks) and has no quote mark at all: the
  writer's own question or exclamation ("Could cornstarch have plugged bp's
  oil well?", "Get email notifications on ... daily!"), which asks or
  calls where a summary tells.  A quoted one is someone's words.

- caption: the sentence is shaped as a photo's caption, which describes a
  picture and is no news (the wire's caption style): the forms
  src/text/boilerplate.c's pc_is_caption knows ("file photo"; "in this
  [undated file] photo", "this Sept. 10, 2015 image"; a weekday's date with
  its year, "Thursday, Dec. 20, 2012", unless "On" and it open the
  sentence; a full date with its year ending the sentence, not after "on"
  or a word that joins dates; a person placed in the picture, ", left,",
  "( right )"; "from left," / "left to right:"; "in this jan." to the
  end; a weekday's date without its year after a verb of the scene,
  below, and no finite verb), or a scene told in the present: one of the caption's verbs of
  posture or visible act in the present ("looks", "stands", "speaks",
  "arrives", "poses", "waves", ...) among its first ten words, not the
  first, after no pronoun or connective, and no auxiliary, verb of saying
  or word in -ed in the sentence ("Prime minister julia gillard arrives
  for the leadership ballot.", "A man looks at a bullet shell ... on
  friday, may 23.").  Rough: in Multi-News train-10k about one sentence
  in ten of the present-scene shape is in a reference too ("Iran sits on
  seismic fault lines ..."), against one in two for all sentences.  Since
  session 41 (issue 14) also the library's two forms of a person: a name
  and its title with no verb ("Hiroka shoji, east asia researcher at
  amnesty international.": two or three words, a comma, three to twenty
  words, at most one more comma and three words, no finite verb, verb of
  saying, past or subject pronoun) and, in cased text, a name and its
  participle with no finite verb after it ("Charles Lindbergh addressing
  an America First Committee rally ...").  This column is a measure
  written from the shapes' descriptions, not a copy of pc_is_caption's
  code: its words, tokens and verb lists are its own, so it disagrees
  with the library at the edges, and a sentence both miss is not counted.
  In train-10k (text split after . ! ? but not after a title's
  abbreviation) the name-and-title form is in 92 of 208,080 source
  sentences and 17 of 105,938 reference sentences (verbs the test
  misses: "Conventional wisdom, meet ...", "... knows hits.").

- not alone (session 32, issue 14; a second table gives each kind): kinds
  the columns above miss, most of them in text that lost its capitals.  A
  verbless opening that answers what came before: an interjection and a
  comma ("Well, ...", "Oh, ...", "Yes, ..."), "Not X, but Y" ("Not a
  candidate, but the debate's moderator ..."), a noun phrase on "one"
  ("A big one, ..."); a connective set off by commas after the first
  phrase that the dangling column leaves out ("in fact", "indeed", "after
  all", "in other words"); a sentence that ends on "that" or "this" as the
  object of its verb, outside quote marks ("can top that.") -- these three
  when the summary sentence before it is not its source predecessor; a
  sentence that opens with a person described by age ("The 20-year-old
  reality star ...") that no summary sentence before it gives; in
  lower-cased text, a speaker named by one word ("kent said") before the
  summary sentence that writes the pair the sources write twice or more
  ("dean kent"; the word never after an article nor with a plural s in
  the sources); the writer's first person singular (I, me, my, myself;
  not a roman "War I", an "I" after an article or a preposition: "by I
  MEF"; not "my" before an article, a typo; not in a pair of words that a
  short quotation of the cluster has, a title said without its marks:
  "drake's hit in my feelings") outside quote marks and outside a
  quotation its source opened before it; a first sentence that opens with a time, a
  place or an event no sentence gave ("Years later", "At the event", "The
  next morning", "Officials say the ban ...": POINTS_BACK, as
  src/model/standalone.c's points_back).  One sentence counts once.

and the share of summaries that open badly: the first sentence dangles, is a
bare quote, is unbalanced, is a fragment, or opens with a quotation at all;
and, apart, the share whose first sentence has a furniture front, and the
share whose first sentence is a caption.

A summary sentence is placed in its source by searching its text (spaces
collapsed) in the cluster's documents; one that is not found counts as not
following its source predecessor.  Word lists are English closed classes,
the same for every data set.  A benchmark: prints figures, never fails.
"""
import gzip
import json
import os
import re
import sys

PRONOUNS = {
    "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their",
    "them", "him", "our", "these", "those", "this", "that", "such", "both",
}
CONNECTIVES = {
    "but", "and", "or", "nor", "so", "yet", "also", "still", "however", "meanwhile",
    "instead", "moreover", "furthermore", "nevertheless", "nonetheless", "then",
    "thus", "therefore", "otherwise", "besides", "indeed", "later", "afterward",
    "afterwards", "additionally", "likewise", "similarly", "consequently",
    "hence", "plus", "though", "although", "too", "again", "now",
}
PHRASES = ("in addition", "as a result", "on the other hand", "even so",
           "at the same time", "the two", "the same", "in turn", "for his part",
           "for her part", "for their part", "in response", "the move",
           "the decision", "the proposal", "the deal", "the attack", "the report",
           "on the other is", "on the other was", "on the other are", "on the other were")
# connectives set off by commas after the first phrase ("In Bangkok,
# however, ...", "The Taliban, too, refused ...")
COMMA_CONNECTIVES = {
    "however", "though", "meanwhile", "instead", "too", "therefore", "moreover",
    "furthermore", "nevertheless", "nonetheless", "likewise", "similarly",
    "consequently", "besides", "thus", "hence", "also", "in turn", "as well",
    "in addition", "for example", "for instance", "in contrast", "by contrast",
    "in response", "as a result", "even so", "on the other hand",
}
PARTS = {"all", "both", "each", "either", "neither", "none", "one", "some", "many",
         "most", "several", "few", "any", "half", "two", "three", "much", "more"}
PART_OF = {"them", "these", "those", "this", "that", "it", "us"}
# "This year", "that day": a demonstrative before a time word is deictic, not
# a reference back to an earlier sentence.
TIME_WORDS = {"year", "week", "month", "morning", "afternoon", "evening", "time",
              "summer", "winter", "spring", "fall", "season", "weekend", "day",
              "night", "past", "is", "was", "has", "had", "will", "would"}
SPEECH = re.compile(
    r"\b(said|says|say|told|tells|tell|asked|asks|added|adds|according|wrote|writes|"
    r"tweeted|tweets|explained|explains|insisted|insists|stated|states|declared|"
    r"declares|announced|announces|noted|notes|argued|argues|claimed|claims|warned|"
    r"warns|recalled|recalls|recounted|recounts|acknowledged|acknowledges|continued|"
    r"continues|replied|replies|admitted|admits|quoted|quoting|spokesman|spokeswoman|statement)\b",
    re.I)
OPEN_Q = ('"', "\u201c", "``", "\u201e")
QUOTED = re.compile(r'"[^"]*"|\u201c[^\u201d]*\u201d|``.*?\'\'', re.S)


def words(s):
    return re.findall(r"[A-Za-z][A-Za-z'\u2019-]*", s)


QUANTIFIERS = {"some", "many", "most", "all", "few", "each", "neither", "several",
               "others"}
QUANT_VERBS = {"are", "were", "was", "is", "have", "had", "has", "do", "did", "will", "would",
               "can", "could", "may", "might", "must", "should", "went", "said", "say", "says",
               "also", "still", "remain", "remained"}


def opening_refers_back(s):
    # all in brackets: an aside on the sentence before it
    if re.match(r"\s*\((?:[^()]|\([^()]*\))*\)[\s.!?\"']*$", s) or \
            re.match(r"\s*\[[^\[\]]*\][\s.!?\"']*$", s):
        return True
    t = s.lstrip(" \"'`\u201c\u2018(")
    w = [x.lower() for x in words(t[:80])]
    if not w:
        return False
    low = " ".join(w[:4])
    if any(low == p or low.startswith(p + " ") for p in PHRASES):
        return True
    if w[0] in CONNECTIVES:
        return True
    # a part of something named before: "None of those rhinos", "One of them"
    if len(w) > 2 and w[0] in PARTS and w[1] == "of" and w[2] in PART_OF:
        return True
    # a quantifier standing for a group named before, its verb right
    # after it: "Some had gone into hiding", "Others went to the church"
    if w[0] in QUANTIFIERS and (w[0] == "others" or (len(w) > 1 and w[1] in QUANT_VERBS)):
        return True
    if w[0] == "both" and both_and(t):
        return False
    first = w[0].replace("\u2019", "'").split("'")[0]  # "they've", "it's"
    if (w[0] in PRONOUNS or first in PRONOUNS) and not (
            w[0] in ("this", "that", "these", "those", "such") and len(w) > 1
            and w[1] in TIME_WORDS):
        return True
    return comma_connective(s) or no_main_clause(t)


# a subordinate clause or a participle's phrase standing as a sentence,
# the rest of the one before it ("... on monday... || Saying she last saw
# him on may 9.", "Because cigarettes are banned there."): no comma,
# semicolon, colon or dash after which a main clause could follow
NO_MAIN_OPENERS = {"because", "saying", "telling", "calling", "claiming", "noting", "citing",
                   "insisting", "asking", "suggesting", "explaining"}


def no_main_clause(t):
    w = words(t[:40])
    return bool(w) and w[0].lower() in NO_MAIN_OPENERS and \
        not re.search(r"[,;:\u2013\u2014]|--| - ", t)


NCA_VERBS = {"refused", "refuses", "refuse", "agreed", "insisted", "objected", "complied",
             "relented", "consented"}
BE_FORMS = {"is", "was", "were", "are", "be", "been", "being"}
AUX_ELLIPSIS = {"did", "would", "could", "should", "will", "can", "might", "must", "didn't",
                "doesn't", "don't", "won't", "wouldn't", "couldn't", "can't", "cannot",
                "shouldn't", "hasn't", "haven't", "hadn't", "isn't", "wasn't", "aren't",
                "weren't"}
AUX_NOT = {"did", "does", "do", "would", "will", "could", "can", "should", "has", "have",
           "had", "is", "was", "are", "were", "must", "might", "may"}
DO_SO = {"did", "do", "does", "done", "doing"}
CLAUSE_WORDS = {"and", "but", "or", "nor", "so", "if", "when", "whenever", "after", "before",
                "while", "because", "since", "until", "though", "although", "than", "as",
                "whether", "despite", "way", "where", "unless", "once", "what"}


def elliptical(s):
    """Ends on a verb phrase whose verb or complement the sentence before
    gave ("The Taliban ... refused.", "He did not.", "did the same",
    "followed suit"), as src/model/standalone.c (ends_elliptical) reads it."""
    t = s.rstrip()
    if len(t) < 2 or t[-1] != "." or not t[-2].isalpha():
        return False
    parts = re.split(r"[^A-Za-z' ]", t[:-1])
    tail = parts[-1].lower().split()[::-1][:6]
    if not tail or "that" in tail[1:] or CLAUSE_WORDS & {x.lower() for x in words(t)}:
        return False
    # a clause of its own after a comma, its subject a pronoun
    if len(parts) > 1 and len(tail) < 6 and SPEAKING_PRONOUNS & set(tail[1:]):
        return False
    w = tail + [""] * 3
    if w[0] in NCA_VERBS:
        return w[1] not in BE_FORMS
    if w[0] in AUX_ELLIPSIS:
        return True
    if w[0] == "not":
        return w[1] in AUX_NOT
    if w[0] in ("so", "likewise"):
        return w[1] in DO_SO
    if w[0] == "same" and w[1] == "the":
        return w[2] in DO_SO
    return w[0] == "suit" and w[1].startswith("follow")


def comma_connective(s):
    """A connective between the first two commas, the first after at most
    seven words: "In Bangkok, however, there are ..."."""
    m = re.match(r"\s*((?:\S+ +){0,6}?\S+?) ?, *([^,]{1,19}?) *,", s)
    return bool(m) and m.group(2).lower() in COMMA_CONNECTIVES


# "Both X and Y" names what it speaks of ("Both the House and the Senate
# passed ..."); "Both were charged and ..." is the pronoun.
BOTH_VERBS = {"are", "were", "is", "was", "have", "has", "had", "will", "would", "can",
              "could", "did", "do", "say", "said", "agree", "agreed", "should", "may",
              "might", "must"}


def both_and(t):
    clause = re.split(r"[,;:]", t, 1)[0]
    w = [x.lower() for x in words(clause)][1:5]
    for k, x in enumerate(w):
        if x in BOTH_VERBS:
            return False
        if x == "and":
            return k > 0
    return False


STOP = {"the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "but",
        "is", "was", "are", "were", "be", "been", "by", "with", "from", "as",
        "that", "this", "it", "its", "his", "her", "their", "has", "have", "had",
        "new", "first", "last", "same", "two", "three", "other"}
RESTRICTING = {"of", "who", "which", "that", "whose"}


FIGURE = re.compile(r"(?<![\w.,])\d[\d,.]*(?![\w])")
YEAR = re.compile(r"(?:1[89]|20)\d\d")
REPEAT_STOP = set("""a an and are as at be been but by for from had has have he her his
    in into is it its more not of on or said says she than that the their
    they this to was were which who will with would after over about""".split())


def figures(s):
    out = set()
    for m in FIGURE.finditer(s):
        t = m.group(0).rstrip(".,")
        if not YEAR.fullmatch(t):
            out.add(t)
    return out


def content_stems(s):
    return {crude_stem(w) for w in words(s) if w.lower() not in REPEAT_STOP and len(w) > 2}


def repeated_figure(s, earlier):
    f = figures(s)
    if not f:
        return False
    a = content_stems(s)
    for e in earlier:
        if f & figures(e):
            b = content_stems(e)
            if a and b and len(a & b) >= 0.5 * min(len(a), len(b)):
                return True
    return False


def crude_stem(w):
    w = w.lower()
    w = re.sub(r"['\u2019]s?$", "", w)
    for suf, rep in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ing", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[:-len(suf)] + rep
    return w


# Nouns that name, as a whole, what the sentences before said ("shell
# nouns", Schmid 2000): "The result is that ...", "The comments echoed ...";
# the list of src/model/standalone.c.
SHELL_NOUNS = {"result", "results", "outcome", "incident", "announcement", "ruling",
               "verdict", "change", "changes", "situation", "problem", "statement",
               "comments", "remarks", "news", "effort", "step", "findings", "episode",
               "claim", "claims", "allegations"}


FRONTED = re.compile(r"(?:At|In|During|After|Before|Since|Following|Despite|Under|From|On|"
                     r"With|Through)\s+(?=the\s)")


def definite_back(s, before):
    """s opens with "Another", "The other", "The latter", "The former", or
    "The" and one or two words in lower case, one of which (no stopword,
    not followed by "of" or a relative pronoun) has the stem of a word of
    `before`, the sentence before s in its source: a definite description
    that points back at what that sentence introduced ("The plane will
    return ...").  Not when the noun is restricted: "of", a relative
    pronoun or a capitalised name in apposition after it ("The team of six
    women", "The obstetrician, Dr. Barnett Slepian,")."""
    t = s.lstrip(" \"'`\u201c\u2018(")
    # a fronted phrase "At the meeting, ..." points back as "The meeting" does
    fronted = FRONTED.match(t)
    if fronted:
        t = t[fronted.end():]
    m = re.match(r"(\S+)\s+(\S+)(?:\s+(\S+))?(?:[\s,]+(\S+))?", t)
    if not m:
        return False
    w = [x for x in m.groups()]
    first = w[0].lower()
    if first == "another":
        return True
    if first != "the":
        return False
    if w[1].lower() in ("other", "latter", "former"):
        return True
    shell = w[1].rstrip(",")
    if before.strip() and shell in SHELL_NOUNS:
        rest = t[m.start(2) + len(shell):].lstrip(" ,_-")
        after = words(rest[:30])
        return not (rest[:1].isupper() or (after and after[0].lower() in RESTRICTING))
    stems = {crude_stem(x) for x in words(before)}
    for k in (1, 2):
        x = w[k]
        if not x or not re.fullmatch(r"[a-z][a-z'\u2019-]*,?", x):
            return False
        bare = x.rstrip(",")
        if bare not in STOP and crude_stem(bare) in stems:
            rest = t[m.start(k + 1) + len(bare):].lstrip(" ,_-")
            after = words(rest[:30])
            return not (rest[:1].isupper() or (after and after[0].lower() in RESTRICTING))
        if x.endswith(","):
            return False
    return False


def unbalanced(s):
    if s.count('"') % 2:
        return True
    if s.count("\u201c") != s.count("\u201d"):
        return True
    return s.count("``") != s.count("''")


# A name or title in quote marks that the sentence goes on from with a word
# ('" The Voice " returns', src/model/standalone.c's quoted_name): fewer than
# 4 words (the digest's short quote) that end in a letter or digit, then a
# word; after a straight quote, a space first (one glued to the word after
# it opens a quotation).
QUOTED_NAME = re.compile(r'(?:"([^"]*)" +|\u201c([^\u201d]*)\u201d *|``(.*?)\'\' *|'
                         r'\u201e([^\u201c\u201d]*)[\u201c\u201d] *)(?=[^\W_])', re.S)


def quoted_name(t):
    m = QUOTED_NAME.match(t)
    if not m:
        return False
    inner = next(g for g in m.groups() if g is not None).rstrip()
    return inner != "" and len(inner.split()) < 4 and inner[-1].isalnum()


def opens_with_quote(s):
    t = s.lstrip()
    return (t.startswith(OPEN_Q) or t.startswith("'")) and not quoted_name(t)


SPEAKING_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you"}


def speech_subject(text):
    """The first word of saying in text, and the text before it: None when
    text has no such word, else (the word right before it or "", where that
    word starts in text)."""
    m = SPEECH.search(text)
    if not m:
        return None
    head = text[:m.start()].rstrip()
    w = re.search(r"([A-Za-z][A-Za-z'\u2019-]*)$", head)
    return (w.group(1).lower(), w.start()) if w else ("", len(head))


def names_speaker(outside):
    """Whether text outside quote marks names a speaker: its first word of
    saying, unless the word right before it is a personal pronoun ("``It's
    either of the two,'' he said." names no one)."""
    subj = speech_subject(outside)
    return subj is not None and subj[0] not in SPEAKING_PRONOUNS


def pronoun_speaker(s):
    """Reported speech whose first word of saying outside quote marks has a
    personal pronoun right before it, and that pronoun opens the sentence or
    a clause after a comma, semicolon, colon or a quotation: "..., he
    said.", "However, she said ...", "There is ``a sense of optimism,'' he
    said." (not "... to peru where he admits he killed ...", where the
    sentence itself names him).  A sentence that opens with a quotation is
    judged as a bare quote instead."""
    if opens_with_quote(s):
        return False
    outside = QUOTED.sub(" , ", s)  # a quotation ends a clause
    subj = speech_subject(outside)
    if subj is None or subj[0] not in SPEAKING_PRONOUNS:
        return False
    return re.search(r"(^|[,;:])\s*$", outside[:subj[1]]) is not None


def all_quotation(s):
    if not opens_with_quote(s):
        return False
    outside = QUOTED.sub(" ", s)
    if unbalanced(s):  # a quotation that never closes: all of it is quoted
        return True
    return not names_speaker(outside)


# Words that commonly open a sentence: a lowercase letter alone before one
# of them may end its sentence ("abu du ' a." || "This represents").
STARTERS = ("The", "This", "That", "These", "Those", "It", "He", "She", "They", "We",
            "I", "But", "And", "A", "An", "In", "On", "At", "For", "As", "If", "When",
            "There", "His", "Her", "Its", "Their", "Our", "So", "Yet", "Now", "Then")


# Titles that stand before a name and never end a sentence ("said Rep.
# Michael Burgess"), and months that stand before a day ("its Oct. 1
# launch"): abbreviations of the AP style, as src/text/abbrev.inc lists them.
TITLES = {"adm", "amb", "atty", "brig", "capt", "cmdr", "col", "cpl", "det", "dr",
          "drs", "fr", "gen", "gov", "govs", "hon", "insp", "lt", "maj", "messrs",
          "mmes", "mr", "mrs", "ms", "msgr", "pfc", "prof", "pvt", "rep", "rev",
          "sen", "sens", "sgt", "spc", "supt"}
MONTHS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
          "nov", "dec"}


def cut_short(s):
    return re.search(r"[\w)]\s?(?<!\.)(\.\.\.|\u2026)$", s.strip()) is not None


QUOTE_MARKS = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d\u300e\u300f`]|''|"
                         "(^|\\s)['\u2018\u2019]|['\u2018\u2019]([\\s,.!?]|$)")


def asks(s):
    t = s.strip()
    return re.search("[?!\u061f\uff1f\uff01][)\\]\\s]*$", t) is not None and \
        not QUOTE_MARKS.search(t)


def fragment(s, before="", after=""):
    """before, after: the source text before and after the sentence (lower
    case after a sentence's end, as Multi-News writes the word after a
    closing quote, or after a dateline's dash or parenthesis, or at the top
    of a document, is no fragment)."""
    t = s.strip()
    if re.search(r"(^|[\s(])[A-Z]\.[\"'\u201d]*$", t):
        return True
    # a lowercase middle initial of text that lost its capitals ("fbi
    # director james b." || "Comey, testifying")
    if re.search(r"(^|[\s(])[a-z]\.$", t) and re.match(r"\s*[A-Z]", after) and \
            not re.match(r"\s*(%s)\b" % "|".join(STARTERS), after):
        return True
    m = re.search(r"(?:^|\s)([A-Za-z]+)\.$", t)
    if m and (m.group(1).lower() in TITLES or
              (m.group(1).lower() in MONTHS and re.match(r"\s*\d", after))):
        return True
    if t and t[0] in ",.;:!?)":
        return True
    if t.startswith("_ "):  # a list item after the wire's underscore dash
        return True
    # the rest of a sentence after an abbreviation taken for its end ("inc.
    # || Who represented laboz ..."): a relative pronoun asks nothing here
    if re.match(r"(who|whom|whose)\b", t, re.I) and not t.rstrip("\"') ").endswith("?"):
        return True
    # ends inside a parenthesis it opened ("sen. Dean heller ( r-nev.")
    if t.count("(") > t.count(")") or t.count("[") > t.count("]"):
        return True
    # a caption's credit or an outlet's tag glued to its front ("( associated
    # press ) afghan president ...")
    m = re.match(r"[(\[]([^()\[\]]*)[)\]](.*)$", t)
    if m and len(m.group(1).split()) <= 12 and len(m.group(2).split()) >= 3:
        return True
    # cut short by the page: an ellipsis after a comma or a word that
    # cannot end a phrase ("... in kabul, afghanistan,...", "the u.s. Of...")
    if re.search(r"(,|\b(a|an|the|of|to|in|on|at|for|with|by|from|and|or|but|his|her|their|"
                 r"its|our|your|my|into|about|as|than|that))\s*(\.\.\.|\u2026)[\"']*$", t, re.I):
        return True
    if t and (t[0].islower() or t[0] == "-") and \
            re.search(r"[A-Za-z0-9,;:][\s\"']*$", before):
        return True
    # an attribution cut off its quotation ("Ms. Moseley-Braun said in an
    # interview.", after "``Have I not ... could have?''"): a speaker, a
    # verb of saying and at most a short phrase, where the quotation
    # before it in the source ends
    if re.match(r"(?:[A-Z][\w'.-]*\s+){1,4}(?:said|says|asked|asks|told|added|replied)"
                r"(?:\s+(?:in|on|at|to|during)\b[^,;:\"]{0,30})?\.$", t) and \
            re.search(r"[?!.,][\"'\u201d]+\s*$", before):
        return True
    return len(words(t)) < 4


WORD = re.compile(r"[A-Za-z0-9\u00c0-\uffff][A-Za-z0-9'.\u2019\u00c0-\u2017\u2020-\uffff-]*")
POSS = re.compile(r"(?:['\u2019][sS]|['\u2019])$")
INITIALS = re.compile(r"(?:[A-Z]\.)+$")


def name_words(s):
    """[(key, kind, possessive, title, adjacent)] of a text: kind "i"
    (initials), "c" (capitalised, not all capitals), "l" (lower case) or
    "o"; adjacent: only spaces between it and the word before."""
    out, last = [], None
    for m in WORD.finditer(s):
        w = m.group()
        adjacent = last is not None and s[last:m.start()].strip(" ") == "" \
            and m.start() > last
        last = m.end()
        if INITIALS.match(w):
            out.append((w, "i", False, False, adjacent))
            continue
        poss, dot = False, False
        while True:
            p = POSS.search(w) if len(w) > 1 else None
            if p and p.start() > 0:
                w, poss = w[:p.start()], True
            elif len(w) > 1 and w[-1] in ".-":
                dot |= w[-1] == "."
                w = w[:-1]
            else:
                break
        if w[:1].islower() and w[:1].isascii():
            kind = "l"
        elif "A" <= w[:1] <= "Z" and re.search("[a-z]", w[1:]) and "." not in w[1:]:
            kind = "c"
        else:
            kind = "o"
        title = dot and kind == "c" and len(w) <= 4 and not poss
        out.append((w, kind, poss, title, adjacent))
    return out


def sentences_of(doc):
    """Rough sentences (after . ! ? and an optional quote mark, before a
    capital): where a capital says nothing."""
    return [x for x in re.split(r"(?:(?<=[.!?])|(?<=[.!?][\"'\u201d]))\s+(?=[\"'\u201c]?[A-Z])",
                                doc) if x]


def occurrence(ws, k, lower, particles, ends):
    """How word k of ws (capitalised) is written: ("given", G), ("opening",
    G), "title", "part", "article" or "bare"."""
    key, kind, poss, title, adj = ws[k]
    j = k - 1
    if k > 1 and adj and ws[j][1] == "l" and ws[j][4] and len(ws[j][0]) <= 3 \
            and ws[j][0].lower() in particles and ws[j - 1][1] in "ic" \
            and not ws[j - 1][2] and not ws[j - 1][3]:
        j -= 1
    if j >= 0 and adj and not ws[j][2] and not ws[j][3]:
        g = ws[j]
        if g[1] == "i":
            return ("given", g[0])
        if g[1] == "c":
            if g[0].lower() not in lower and g[0].lower() not in ends:
                return ("given", g[0]) if j > 0 else ("opening", g[0])
            if j > 0:
                return "title"
    if k + 1 < len(ws) and ws[k + 1][4] and ws[k + 1][1] == "c" and not poss:
        return "part"
    if k > 0 and adj and ws[k - 1][0].lower() in ("a", "an", "the"):
        return "article"
    return "bare"


WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def cluster_names(docs):
    """{surname: first letter of its given name} of a cluster."""
    sents = [name_words(x) for d in docs for x in sentences_of(d)]
    lower, not_particle, ends = set(), set(), set()
    for ws in sents:
        for k, w in enumerate(ws):
            before_cap = k + 1 < len(ws) and ws[k + 1][1] == "c" and ws[k + 1][4]
            if w[1] == "l":
                lower.add(w[0].lower())
                if not before_cap:
                    not_particle.add(w[0].lower())
            if w[1] == "c" and (not before_cap or w[2]):
                ends.add(w[0].lower())
    particles = lower - not_particle
    # English capitalises the days of the week, common nouns (names.c)
    lower |= WEEKDAYS
    given, conflict, bare, twice = {}, set(), set(), set()
    for ws in sents:
        for k, w in enumerate(ws):
            t = w[0].lower()
            if w[1] != "c" or t in lower:
                continue
            o = occurrence(ws, k, lower, particles, ends)
            if o[0] == "given":
                g = o[1][0].lower()
                if t in given:
                    twice.add(t)
                if given.setdefault(t, g) != g:
                    conflict.add(t)
            elif o == "bare":
                bare.add(t)
    # a word for a kind of people is no surname: written after "a"/"an"
    # ("a Catholic") or in the plural ("Roman Catholics"), as names.c says
    group = set()
    for ws in sents:
        for k, w in enumerate(ws):
            t = w[0].lower()
            if k and ws[k - 1][0].lower() in ("a", "an"):
                group.add(t)
            if t.endswith("s"):
                group.add(t[:-1])
    names = {t: g for t, g in given.items()
             if t not in conflict and t in bare and t in twice and t not in group}
    return names, lower, particles, ends


def unintroduced(sents, names, lower, particles, ends):
    """Per summary sentence: whether it names someone bare whom no sentence
    before it (nor itself, before) introduces."""
    known, out = set(), []
    for s in sents:
        ws = name_words(s)
        bad = False
        for k, w in enumerate(ws):
            t = w[0].lower()
            if w[1] != "c" or t not in names:
                continue
            o = occurrence(ws, k, lower, particles, ends)
            if o[0] == "opening":
                o = ("given", o[1]) if o[1][0].lower() == names[t] else "bare"
            if o == "title" or o[0] == "given":
                known.add(t)
            elif o == "bare" and t not in known:
                bad = True
        out.append(bad)
    return out


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


def variants(s):
    """s, and s with its first letter in lower case when it opens with a
    capital: precis opens a sentence that its source wrote in lower case
    after a sentence's end ("the hospital.the suspect") with a capital."""
    return [s, s[0].lower() + s[1:]] if s[:1].isupper() else [s]


def ends_with(text, s):
    return any(text.endswith(v) for v in variants(s))


def locate(docs, s, prev=None):
    """(doc, start, end) of sentence s in the normalised documents, or None.
    Of several copies (a wire story run by two outlets), the one right
    after prev, the summary sentence before s, when there is one, else one
    that follows a sentence's end (or opens its document), else the
    first.  A sentence precis edited (a given name of one to three words
    inserted before a surname: docs/json.md) is found without those
    words."""
    first = clean = None
    for d, text in enumerate(docs):
        for v in variants(s):
            i = text.find(v)
            while i >= 0:
                if first is None:
                    first = (d, i, i + len(s))
                if prev is not None and ends_with(text[:i].rstrip(), prev):
                    return d, i, i + len(s)
                if clean is None and re.search(r"(^|[.!?][\s\"'\u201d)]*)$", text[:i].rstrip()):
                    clean = (d, i, i + len(s))
                i = text.find(v, i + 1)
    if clean is not None or first is not None:
        return clean or first
    ws = s.split(" ")
    for k in range(len(ws)):
        # an opening bracket or quote before the inserted name stays ("(Nixon")
        lead = ws[k][:len(ws[k]) - len(ws[k].lstrip("(\"'"))]
        for n in (1, 2, 3):
            if k + n < len(ws) and ws[k][len(lead):][:1].isupper():
                t = " ".join(ws[:k] + [lead + ws[k + n]] + ws[k + n + 1:])
                for d, text in enumerate(docs):
                    i = text.find(t)
                    if i >= 0:
                        return d, i, i + len(t)
    return None


def read_jsonl(path):
    op = gzip.open if path.endswith(".gz") else open
    with op(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


names_of = {}  # cluster id -> cluster_names(), shared by the systems
titles_of = {}  # cluster id -> quoted_titles()


PICTURE_LABELS = {"photo", "photos", "image", "images", "picture", "pictures", "caption",
                  "screenshot", "copyright", "credit", "credits", "getty"}
# words after which a picture word is news: "a photo of", "new images show"
NEWS_BEFORE = {"a", "an", "the", "this", "that", "these", "those", "his", "her", "their",
               "its", "our", "of", "in", "on", "with", "new", "two", "three", "some",
               "several", "more", "first", "latest", "no", "any", "and", "or", "by"}
FUNCTION = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with",
            "then", "now", "he", "she", "it", "they", "we", "his", "her", "their", "this",
            "that", "far", "way", "law", "contrast", "comparison", "all", "some",
            "should", "will", "would", "could", "can", "may", "might", "must"}


def furniture_front(s):
    ws = s.split()[:8]
    low = [re.sub(r"[^\w'/&#;|-]", "", w.lower()) for w in ws]
    for k, w in enumerate(low):
        bare = w.strip(":;,.")
        # a picture word in the first three words, not after a word that
        # makes it news ("a photo of", "striking photos"), or anywhere with
        # a colon ("photo: ap"); "copyright" is news after a word that is
        # no label ("an attempt to copyright a series of poses")
        if bare == "copyright" and k > 0 and low[k - 1].strip(":;,.") not in PICTURE_LABELS:
            continue
        if bare in PICTURE_LABELS and ((k < 3 and (k == 0 or low[k - 1] not in NEWS_BEFORE))
                                       or w.endswith(":") or bare in ("caption", "copyright")):
            return True
        if re.fullmatch(r"[a-z]{2,}/[a-z]{2,}\w*", w) and not all(
                x in FUNCTION or x in PRONOUNS or x in {"and", "or", "her", "his", "she"}
                for x in w.split("/")):
            return True
        if "|" in ws[k] or re.search(r"&#?\w+;", ws[k]):
            return True
    if len(low) >= 2 and low[1] == "by" and low[0] in ("uploaded", "posted"):
        return True
    if ws and ws[0] in ("/", "|"):  # "/ updated by ...": a page's byline line
        return True
    return (len(ws) >= 3 and low[0] == "by" and re.fullmatch(r"[a-z]+", ws[1].lower())
            is not None and low[1] not in FUNCTION and not low[1].endswith("ing")
            and re.fullmatch(r"[a-z]+[.,]?", ws[2].lower()) is not None
            and low[2].strip(".,") not in FUNCTION)


WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
MONTHS = {"jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "june",
          "jun", "july", "jul", "aug", "august", "sept", "sep", "september", "oct", "october",
          "nov", "november", "dec", "december"}
PICTURES = {"photo", "photos", "image", "images", "picture", "pictures", "photograph",
            "photographs"}
PICTURE_MODS = {"undated", "file", "handout", "aerial", "recent", "archive", "family",
                "satellite", "video", "combination", "courtesy"}
DATE_JOINS = {"after", "and", "before", "between", "by", "from", "or", "since", "through",
              "till", "to", "until", "on"}
# a caption's verbs of posture or visible act, in the present
SCENE_VERBS = {
    "addresses", "arrives", "attends", "carries", "celebrates", "cheers", "cries", "dances",
    "delivers", "departs", "embraces", "enters", "exits", "gathers", "gestures", "greets",
    "holds", "hugs", "inspects", "kisses", "kneels", "listens", "looks", "marches", "mourns",
    "pauses", "performs", "poses", "prays", "reacts", "rides", "sings", "sits", "smiles",
    "speaks", "stands", "surveys", "waits", "walks", "watches", "waves", "wipes"}
# their plural, after a plural subject (not addresses, delivers, exits,
# surveys: mostly nouns)
SCENE_PLURALS = {
    "arrive", "attend", "carry", "celebrate", "cheer", "cry", "dance", "depart", "embrace",
    "enter", "gather", "gesture", "greet", "hold", "hug", "inspect", "kiss", "kneel", "listen",
    "look", "march", "mourn", "pause", "perform", "pose", "pray", "react", "ride", "sing", "sit",
    "smile", "speak", "stand", "wait", "walk", "watch", "wave", "wipe"}
SCENE_FRONT = {"as", "when", "while", "if", "who", "until", "not", "ok", "so", "once", "after",
               "before", "since", "because", "though", "although", "where"}
SCENE_ADVERBS = {"still", "then", "also", "now", "only", "just", "often", "always", "never",
                 "usually", "again", "even", "already", "soon"}
FINITE = {"am", "are", "is", "was", "were", "be", "been", "being", "has", "have", "had", "do",
          "does", "did", "will", "would", "could", "can", "may", "might", "must", "shall",
          "should"}
PLACE = (r"(?:far |second |third )?(?:left|right|center|centre|front|rear|top|bottom|foreground|"
         r"background)")
PLACES = re.compile(r",\s*" + PLACE + r"\s*,|\(\s*" + PLACE + r"\s*\)", re.I)


def is_day(w):
    return re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", w) is not None


def caption(s):
    w = caption_words(s)
    n = len(w)
    if n < 3:
        return False
    if PLACES.search(s) or re.search(r"\b(?:from (?:left|right)|left to right)(?: to (?:right|"
                                     r"left))?\s*[:,]\s*(?!right\b|left\b|and\b)", s, re.I):
        return True
    for i in range(n):
        if w[i] == "file" and i + 1 < n and w[i + 1] == "photo":
            return True
        if w[i] in ("this", "these"):
            j = i + 1
            while j < n and j <= i + 6 and (w[j] in PICTURE_MODS or w[j] in MONTHS or
                                             w[j] in WEEKDAYS or is_day(w[j]) or
                                             re.fullmatch(r"\d{4}", w[j])):
                j += 1
            if j > i + 1 and j < n and w[j] in PICTURES:
                return True
            if i > 0 and w[i - 1] == "in" and any(x in PICTURES for x in w[i + 1:i + 5]):
                return True
        if (i + 3 < n and w[i] in WEEKDAYS and w[i + 1] in MONTHS and is_day(w[i + 2])
                and re.fullmatch(r"\d{4}", w[i + 3]) and not (i == 1 and w[0] == "on")):
            return True
        # without its year, after a scene verb, no finite verb besides
        if (i + 2 < n and w[i] in WEEKDAYS and w[i + 1] in MONTHS and is_day(w[i + 2])
                and any(x in SCENE_VERBS for x in w[:i])
                and not any(x in FINITE or SPEECH.fullmatch(x)
                            for j, x in enumerate(w) if j < i or j > i + 2)):
            return True
    # a full date with its year ends it; "in this jan." to the end
    if (n >= 5 and w[-3] in MONTHS and is_day(w[-2]) and re.fullmatch(r"\d{4}", w[-1])
            and w[-4] not in DATE_JOINS and "will" not in w):
        return True
    j = n
    while j > 0 and (w[j - 1] in MONTHS or w[j - 1] in WEEKDAYS or is_day(w[j - 1])):
        j -= 1
    if j < n and any(x in MONTHS for x in w[j:]) and j >= 2 and w[j - 2] == "in" and \
            w[j - 1] in ("this", "these"):
        return True
    return present_scene(w) or name_and_title(s) or name_then_participle(s)


# function words (src/text/stopwords.txt's list, read as data: the same
# words, not the same code)
STOPWORDS = set()
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "text",
                       "stopwords.txt"), encoding="utf-8") as _f:
    for _line in _f:
        if _line.strip() and not _line.startswith("#"):
            STOPWORDS.add(_line.strip())
# common irregular pasts: a verb the -ed test misses
IRREGULAR_PASTS = {"won", "took", "made", "came", "went", "got", "gave", "left", "became",
                   "began", "held", "spent", "wore", "ran", "saw", "knew", "found", "lost"}
TITLE_SUBJECTS = {"he", "i", "it", "she", "that", "they", "we", "which", "who", "you"}


def caption_words(s):
    """Lower-cased words, digits among them, as caption reads them."""
    return re.findall(r"[a-z0-9\u0080-\uffff]+", s.lower())


def title_verb(w, j):
    """A finite verb, a verb of saying or a past at w[j] (a number before a
    word in -ed makes it a measure: "3-speed", not a verb)."""
    x = w[j]
    return (x in FINITE or x == "reports" or SPEECH.fullmatch(x) is not None or x in IRREGULAR_PASTS or
            (len(x) >= 5 and x.endswith("ed") and not (j > 0 and w[j - 1][0].isdigit())))


def name_and_title(s):
    """A person named and given a title, with no verb: "Dr. Otis brawley,
    chief medical officer at american cancer society.", "Hiroka shoji, east
    asia researcher at amnesty international." -- two or three words before
    the first comma (no function word, digit, or word in -ing or -ly), three
    to twenty after it, at most one more comma followed by at most three
    words (a place's state), no finite verb, verb of saying or past, no
    subject pronoun, no quote, colon, bracket or question, a full stop
    last (session 40's form in src/text/boilerplate.c, read here on its
    own terms)."""
    s = s.strip()
    if not 12 <= len(s) <= 220 or not s.endswith(".") or not s[0].isalpha():
        return False
    c1 = s.find(",", 0, 40)
    if c1 < 0 or not 1 <= s[:c1].count(" ") <= 2 or any(c in s for c in "\":;?!()"):
        return False
    parts = s.split(",")
    if len(parts) > 3:
        return False
    head, rest = caption_words(parts[0]), caption_words(parts[1])
    tail = caption_words(parts[2]) if len(parts) == 3 else []
    if (not 2 <= len(head) <= 3 or not 3 <= len(rest) <= 20 or
            (len(parts) == 3 and not 1 <= len(tail) <= 3)):
        return False
    w = head + rest + tail
    if len(w) >= 24 or any(title_verb(w, j) or x in TITLE_SUBJECTS for j, x in enumerate(w)):
        return False
    if any(x in STOPWORDS or x[0].isdigit() or (len(x) > 4 and x.endswith("ing")) or
           (len(x) > 3 and x.endswith("ly")) for x in head):
        return False
    return not (len(rest[0]) > 4 and rest[0].endswith("ing"))  # "..., killing the man."


ING_PREPOSITIONS = {"according", "concerning", "excluding", "following", "including",
                    "pending", "regarding"}


def name_then_participle(s):
    """A name and what it is doing, with no finite verb, in cased text:
    "Charles Lindbergh addressing an America First Committee rally on
    October 3, 1941." -- two capitalised words or more, none a function
    word, no punctuation between, then a word in -ing, and after it no
    finite verb nor verb of saying ("Police Chief Jon Aas speaking at the
    site said ..." is prose)."""
    toks = s.split()
    k = 0
    while k < len(toks) and toks[k][:1].isupper() and toks[k].isalpha():
        if toks[k].lower() in STOPWORDS:
            return False
        k += 1
    if k < 2 or k >= len(toks):
        return False
    v = toks[k].lower()
    if len(v) < 5 or not v.endswith("ing") or v in ING_PREPOSITIONS or v in STOPWORDS:
        return False
    return not any(x in FINITE or SPEECH.fullmatch(x)
                   for x in caption_words(" ".join(toks[k + 1:])))


def present_scene(w):
    """A scene told in the present, the wire's caption form (see caption)."""
    n = len(w)
    # a scene told in the present: its subject first (an article or a
    # name; no fronted phrase, "At first glance, caintv looks ..."), no
    # adverb before the verb ("Putin then speaks", "still carries": a
    # narration), no "looks like", no one speaking ("it", "we", "you")
    # or the verb in the plural after a plural subject ("A polar bear and
    # her two cubs walk ...": a word in -s, not -ss/-us/-is, or an "and"
    # before; session 37, text/boilerplate.c scene_verb_plural)
    k = next((i for i, x in enumerate(w[:10]) if x in SCENE_VERBS or
              (i > 0 and x in SCENE_PLURALS and w[i - 1] not in FUNCTION and
               not w[i - 1][0].isdigit() and
               ("and" in w[:i] or (len(w[i - 1]) >= 3 and w[i - 1].endswith("s") and
                                   not w[i - 1].endswith(("ss", "us", "is")))))), None)
    if not k or (w[0] not in ("a", "an", "the") and (w[0] in FUNCTION or w[0] in PRONOUNS or
                                                     w[0] in CONNECTIVES or w[0] in SCENE_FRONT)):
        return False
    if w[k - 1].endswith("ly") or w[k - 1] in SCENE_ADVERBS or (
            k + 1 < n and (w[k + 1] == "like" or w[k + 1][0].isdigit())):
        return False
    # a word in -ed is a past tense unless a participle: "by" after it,
    # "being" before it ("a dinner hosted by ...")
    return not any(x in FINITE or x in ("it", "i", "we", "you") or SPEECH.fullmatch(x) or
                   (x.endswith("ed") and len(x) > 4 and
                    not (j + 1 < n and w[j + 1] == "by") and not (j > 0 and w[j - 1] == "being"))
                   for j, x in enumerate(w))


# ---- not alone (session 32, issue 14): kinds the columns above miss,
# most of them in text that lost its capitals (Multi-News)

# an interjection that answers what came before ("Well, ben gwynne can top
# that.", "Oh, and ...")
INTERJECTIONS = {"well", "oh", "yes", "no", "sure", "okay", "ok"}
# connectives set off by commas after the first phrase that COMMA_CONNECTIVES
# leaves out: "A big one, in fact, ..."
EMPHATIC_CONNECTIVES = {"in fact", "indeed", "after all", "in other words"}
# nouns before a roman "I" ("World War I", "Title I", "Division I")
ROMAN_BEFORE = {"war", "phase", "title", "part", "class", "type", "stage", "grade",
                "episode", "chapter", "act", "book", "volume", "article", "section",
                "category", "level", "henry", "charles", "elizabeth", "james", "louis",
                "division", "schedule", "tier", "season"}
FIRST_SINGULAR = {"i", "me", "my", "myself"}  # not "mine", a pit as often
OPEN_QUOTE_AT = re.compile(r'"|\u201c|``')


def unquoted(s, inside=False):
    """s without its quoted text: a mark left unpaired opens a quotation
    that runs to the end, or, in a sentence that starts inside one
    (inside), closes one that ran from its start; None when a straight
    mark is left unpaired and inside is unknown."""
    if inside:
        m = OPEN_QUOTE_AT.search(s) or re.search("\u201d|''", s)
        s = s[m.end():] if m else ""
    t = QUOTED.sub(" ", s)
    m = OPEN_QUOTE_AT.search(t)
    if m and inside is None and t[m.start()] == '"':
        return None
    return t[:m.start()] if m else t


def verbless_open(s):
    """Opens as a reply or a fragment of one: an interjection and a comma
    ("Well, ..."), "Not X, but Y" ("Not a candidate, but the debate's
    moderator ..."), or a noun phrase whose noun is "one" before a comma
    ("A big one, in fact, ...")."""
    t = s.lstrip(" \"'`\u201c\u2018(").lower()
    m = re.match(r"([a-z]+),", t)
    if m and m.group(1) in INTERJECTIONS:
        return True
    if re.match(r"not (?:a|an|the|one|just|only|his|her|their)\b[^,.;]{0,60}, but\b", t):
        return True
    return bool(re.match(r"(?:a|an|the|another)(?: [a-z]+){0,2} ones?,", t))


def emphatic_connective(s):
    m = re.match(r"\s*((?:\S+ +){0,6}?\S+?) ?, *([^,]{1,19}?) *,", s)
    return bool(m) and m.group(2).lower() in EMPHATIC_CONNECTIVES


def ends_on_that(s):
    """Ends on "that" or "this" as the object of its last verb, outside
    quote marks ("can top that.", "nobody expected this.")."""
    t = unquoted(s).rstrip()
    return bool(re.search(r"\b[a-z]+ (?:that|this)[.!]$", t, re.I)) and not \
        re.search(r"\b(?:like|of|about|after|before|than|with|for|is|was|at|in|on) (?:that|this)[.!]$",
                  t, re.I)


# words after which "I" is no pronoun ("by I MEF", "the I Touch Myself
# project": a unit's or a title's numeral), and before which "my" is no
# possessive ("stopped my the police": a typo)
NOT_AFTER_I = {"the", "a", "an", "of", "by", "for", "from", "with", "to", "at", "on",
               "in", "into"}
ARTICLES = {"the", "a", "an"}
FP_WORD = re.compile(r"(?<![\w.'-])[A-Za-z]+(?:'[a-z]+)?(?![\w-])(?!\.[A-Za-z])")
# a short quotation (a title: "in my feelings", ' can you hear me now '):
# double marks, or single ones that open after a space and close before
# one; not a contraction's ' m, ' s, ' ll ...
SHORT_QUOTED = re.compile(r'"\s*([^"]{1,60}?)\s*"|\u201c\s*([^\u201d]{1,60}?)\s*\u201d|'
                          r"(?:^|(?<=\s))'\s?((?!(?:m|s|ll|ve|re|d|t)\b)[^'\"]{1,60}?)\s?'(?=\s|$|[,.;:)])")
TITLE_WORDS = 6


def quoted_titles(docs):
    """The pairs of consecutive words, one of them "I", "me", "my" or
    "myself", inside the cluster's short quotations (at most TITLE_WORDS
    words): the title of a song, a show or a campaign ("In My Feelings")
    that a sentence may name without its marks."""
    pairs = set()
    for d in docs:
        for m in SHORT_QUOTED.finditer(d):
            ws = [w.lower() for w in re.findall(r"[\w'-]+", m.group(1) or m.group(2) or m.group(3))]
            if len(ws) > TITLE_WORDS:
                continue
            for k in range(len(ws) - 1):
                if ws[k].split("'")[0] in FIRST_SINGULAR or ws[k + 1].split("'")[0] in FIRST_SINGULAR:
                    pairs.add((ws[k], ws[k + 1]))
    return pairs


CONTRACTION_END = re.compile(r"\s*(?:m|s|ll|ve|re|d|t)(?![A-Za-z])", re.I)


def without_single_quotes(t):
    """t without its quotations in single marks, as
    src/model/standalone.c's writer_first_person reads them: a mark after
    a space (or first) opens one unless a contraction's end follows ("i '
    m"); the next mark neither inside a word nor before a contraction's
    end closes it, or the end of t."""
    out, k = [], 0
    while k < len(t):
        c = t[k]
        if c == "'" and (k == 0 or t[k - 1] == " ") and not CONTRACTION_END.match(t, k + 1):
            j = k + 1
            while j < len(t):
                if t[j] == "'" and not (j > k + 1 and j + 1 < len(t) and t[j - 1].isalpha()
                                        and t[j + 1].isalpha()) \
                        and not CONTRACTION_END.match(t, j + 1):
                    break
                j += 1
            out.append(" ")
            k = j + 1
            continue
        out.append(c)
        k += 1
    return "".join(out)


def first_singular(s, inside=None, titles=frozenset()):
    """The writer's "I", "me", "my" outside quote marks (inside: whether
    the sentence starts inside a quotation of its source, None if not
    located); not in a pair of words that titles (quoted_titles) has."""
    t = unquoted(s, inside)
    if t is None:
        return False
    t = without_single_quotes(t)
    # not an initial ("f.b.i.", "i.m. chait", nor "kim i. hartman": a
    # period the sentence goes on after)
    for m in FP_WORD.finditer(t):
        if m.group() in ("i", "I") and re.match(r"\. *[A-Za-z]", t[m.end():]):
            continue
        w = m.group().lower()
        base = w.split("'")[0]
        if base not in FIRST_SINGULAR:
            continue
        # the words next to it, a hyphenated one whole ("in-tray")
        before = re.search(r"([\w'-]*)[^\w'-]*$", t[:m.start()]).group(1).lower()
        after = re.match(r"[^\w'-]*([\w'-]*)", t[m.end():]).group(1).lower()
        if base == "i" and (before in ROMAN_BEFORE or before in NOT_AFTER_I):
            continue
        if base == "my" and after in ARTICLES:
            continue
        if (before, w) in titles or (w, after) in titles:
            continue
        return True
    return False


AGE = re.compile(r"(?:the|a)(?: [a-z]+){0,2} (\d+)-year-old\b", re.I)


def described_before_named(s, earlier):
    """Opens with a description by age ("The 20-year-old reality star gave
    birth ...") that no sentence before it in the summary gives: the
    person it describes was not introduced (a summary names her later, or
    never)."""
    m = AGE.match(s.lstrip(" \"'`\u201c"))
    if not m or not s.lstrip(" \"'`\u201c")[:3].lower() == "the":
        return False
    age = m.group(1)
    return not any(re.search(r"(?<!\d)%s(?!\d)" % age, e) for e in earlier)


# an opening that points at a time, a place or an event an earlier
# sentence gave (src/model/standalone.c, points_back): "Years later",
# "The next morning", "By then", "Since then", "In the meantime", "At the
# time,", "At that point", "After that,", "At the event", "After the
# shooting", "The ban ..." and "Officials say the ban ..." (a closed class
# of nouns of events and measures), nothing after the noun saying what it is
EVENT_NOUNS = ("ban|measure|plan|law|bill|policy|incident|event|lawsuit|suit|case|"
               "investigation|probe|study|shooting|crash|blast|explosion|agreement|"
               "settlement|program")
EVENT_PLACES = "event|scene|ceremony|meeting|hearing|gathering|rally|funeral|trial|summit"
NOUN_FREE = (r"(?!,? *(?:of|who|which|that|whose|from|in|at|for|on|with|by|over|near|against|"
             r"into|to|about|after|between|during)\b)(?!,? *(?-i:[A-Z]))")
POINTS_BACK = re.compile(
    r"(?:(?:years|months|weeks|days|hours|minutes|moments|decades|seconds) later\b|"
    r"(?:by|since|until) then\b|after that,|in the meantime\b|at that (?:time|point)\b|"
    r"at the time,|the (?:next|following) (?:day|night|morning|evening|afternoon|week|month|"
    r"year|weekend)\b|at the (?:%s)(?:,|\b%s)|after the (?:%s)(?:,|\b%s)|"
    r"the (?:%s)\b%s|(?:[a-z]+ ){1,3}(?:say|says|said) (?:that )?the (?:%s)\b%s)"
    % (EVENT_PLACES, NOUN_FREE, EVENT_NOUNS, NOUN_FREE, EVENT_NOUNS, NOUN_FREE, EVENT_NOUNS,
       NOUN_FREE), re.I)


def points_back(s):
    """Opens with a time, a place or an event an earlier sentence gave:
    POINTS_BACK, read for a summary's first sentence."""
    return bool(POINTS_BACK.match(s.lstrip(" \"'`\u201c")))


SPEAKER_AT = re.compile(r"(?:\b([a-z][a-z'-]+) (?:said|says|told|added|wrote)\b|"
                        r"\b(?:said|says) ([a-z][a-z'-]+)[.,])")
NOT_SURNAME = REPEAT_STOP | {"he", "she", "they", "it", "we", "i", "you", "who", "also",
                             "officials", "police", "spokesman", "spokeswoman", "report",
                             "reports", "statement", "sources", "official", "people",
                             "authorities", "later", "then", "previously", "reportedly",
                             "one", "others", "some", "many", "source", "witnesses",
                             "experts", "lawyer", "attorney", "family", "friend"}


def lower_surname_first(sents, source_text):
    """In text that lost its capitals: a speaker named by one word ("kent
    said") before the summary sentence that gives the full name ("officer
    dean kent"): the word is the second of a pair that the sources write
    twice or more, whose first word is no stopword; the pair comes after
    the sentence that uses the word alone, and no sentence before names it."""
    out = [False] * len(sents)
    low = [x.lower() for x in sents]
    for k, s in enumerate(low):
        for m in SPEAKER_AT.finditer(unquoted(s)):
            w = m.group(1) or m.group(2)
            if w in NOT_SURNAME or len(w) < 3 or any(re.search(r"\b%s\b" % re.escape(w), e)
                                                     for e in low[:k]):
                continue
            # a common noun has an article before it or a plural in the sources
            if re.search(r"\b(?:the|a|an) %s\b|\b%ss\b" % (re.escape(w), re.escape(w)),
                         source_text):
                continue
            # the sentence itself gives the pair ("queen silvia says")
            if any(source_text.count(g.group(0)) >= 2 and g.group(1) not in NOT_SURNAME
                   for g in re.finditer(r"\b([a-z][a-z'-]+) %s\b" % re.escape(w), s)):
                continue
            for later in low[k + 1:]:
                for g in re.finditer(r"\b([a-z][a-z'-]+) %s\b" % re.escape(w), later):
                    first = g.group(1)
                    if first in NOT_SURNAME or first in ("said", "says", "told"):
                        continue
                    if source_text.count("%s %s" % (first, w)) >= 2:
                        out[k] = True
                if out[k]:
                    break
    return out


def check(data, path):
    n_sent = n_sum = bad_open = furniture_open = 0
    counts = {"dangling": 0, "bare quote": 0, "unbalanced": 0, "fragment": 0,
              "unintroduced": 0, "definite": 0, "furniture": 0, "repeat": 0,
              "cut": 0, "asks": 0, "caption": 0, "not alone": 0}
    caption_open = 0
    kinds = dict.fromkeys(NOT_ALONE_KINDS, 0)
    for row in read_jsonl(path):
        key = json.dumps(row["id"])
        docs = data.get(key)
        if docs is None:
            continue
        sents = [norm(x) for x in row.get("summary", "").split("\n") if x.strip()]
        if not sents:
            continue
        if key not in names_of:
            names_of[key] = cluster_names(docs)
        if key not in titles_of:
            titles_of[key] = quoted_titles(docs)
        counts["unintroduced"] += sum(unintroduced(sents, *names_of[key]))
        if key not in lower_of:
            lower_of[key] = lower_cased(docs)
        surname = lower_surname_first(sents, " ".join(docs).lower()) if lower_of[key] \
            else [False] * len(sents)
        n_sum += 1
        locs = [locate(docs, s, sents[k - 1] if k else None) for k, s in enumerate(sents)]
        # right after the summary sentence before it in its source: the
        # located copy of each, or the copy located right after the one
        # before, whichever copy of that one was located (two outlets'
        # copies of a wire story differ in a word or two)
        follows = [k > 0 and locs[k] is not None
                   and (ends_with(docs[locs[k][0]][:locs[k][1]].rstrip(), sents[k - 1])
                        or (locs[k - 1] is not None and locs[k - 1][0] == locs[k][0]
                            and docs[locs[k][0]][locs[k - 1][2]:locs[k][1]].strip() == ""))
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
            d = (opening_refers_back(s) or pronoun_speaker(s) or elliptical(s)) and \
                not follows[k]
            # all quotation, and no speaker in its run either
            q = (all_quotation(s) and not names_speaker(QUOTED.sub(" ", whole))) or \
                (loc is not None and not follows[k] and inside_quote(docs[loc[0]], loc[1]))
            u = unbalanced(s) and unbalanced(whole)
            f = fragment(s, docs[loc[0]][:loc[1]] if loc else "",
                         docs[loc[0]][loc[2]:loc[2] + 8] if loc else "")
            if loc is not None and not follows[k] and not d:
                prior = sentences_of(docs[loc[0]][:loc[1]].rstrip())
                counts["definite"] += definite_back(s, prior[-1] if prior else "")
            counts["dangling"] += d
            counts["bare quote"] += q
            counts["unbalanced"] += u
            counts["fragment"] += f
            counts["repeat"] += repeated_figure(s, sents[:k])
            inside = inside_quote(docs[loc[0]], loc[1]) if loc is not None else None
            found = {
                "verbless opening": verbless_open(s) and not follows[k],
                "connective inside": emphatic_connective(s) and not follows[k],
                "ends on that": ends_on_that(s) and not follows[k],
                "described, not named": described_before_named(s, sents[:k]),
                "surname first": surname[k],
                "first person": first_singular(s, inside, titles_of[key]),
                "points back": k == 0 and points_back(s),
            }
            for kind, hit in found.items():
                kinds[kind] += hit
                if SHOW and hit:
                    print("not alone (%s): %s %s" % (kind, row["id"], s), file=sys.stderr)
            counts["not alone"] += any(found.values())
            counts["cut"] += cut_short(s)
            counts["asks"] += asks(s)
            c = caption(s)
            counts["caption"] += c
            caption_open += k == 0 and c
            if SHOW and k == 0 and c:
                print("opens with a caption: %s %s" % (row["id"], s), file=sys.stderr)
            g = furniture_front(s)
            counts["furniture"] += g
            furniture_open += k == 0 and g
            if SHOW and k == 0 and g:
                print("opens with furniture: %s %s" % (row["id"], s), file=sys.stderr)
            if k == 0 and (d or q or u or f or opens_with_quote(s)):
                bad_open += 1
                if SHOW:
                    print("opens badly: %s %s" % (row["id"], s), file=sys.stderr)
            n_sent += 1
    return n_sum, n_sent, counts, bad_open, furniture_open, caption_open, kinds


SHOW = False
NOT_ALONE_KINDS = ("verbless opening", "connective inside", "ends on that",
                   "described, not named", "surname first", "first person",
                   "points back")
lower_of = {}


def lower_cased(docs):
    """Whether the cluster's text lost its capitals: fewer than 2 % of the
    words inside its sentences (not after . ! ? or a quote) capitalised."""
    inner = re.findall(r"(?<=[a-z0-9,;] )[A-Za-z]", " ".join(docs))
    return not inner or sum(c.isupper() for c in inner) * 50 < len(inner)


def main(argv):
    global SHOW
    if len(argv) > 1 and argv[1] == "--show":
        SHOW = True
        argv = argv[:1] + argv[2:]
    if len(argv) < 3 or argv[1] in ("-h", "--help"):
        print(__doc__.strip())
        return 0
    data = {}
    for row in read_jsonl(argv[1]):
        data[json.dumps(row["id"])] = [norm(d) for d in row["documents"]]
    print("| system | summaries | sentences | dangling | bare quote | unbalanced "
          "| fragment | unintroduced names | definite back | furniture front "
          "| repeated figure | cut short | asks | caption | opens badly % "
          "| opens with furniture % | opens with a caption % | not alone |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
          "---:|")
    kind_rows = []
    for path in argv[2:]:
        n_sum, n_sent, c, bad, fopen, copen, kinds = check(data, path)
        name = re.sub(r"^(m|b)\.|\.jsonl$", "", path.rsplit("/", 1)[-1])
        per = lambda x: "%.1f" % (100.0 * x / n_sent) if n_sent else "n/a"
        pct = lambda x: "%.1f" % (100.0 * x / n_sum) if n_sum else "n/a"
        print("| %s | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s "
              "| %s | %s |" % (
                  name, n_sum, n_sent, per(c["dangling"]), per(c["bare quote"]),
                  per(c["unbalanced"]), per(c["fragment"]), per(c["unintroduced"]),
                  per(c["definite"]), per(c["furniture"]), per(c["repeat"]), per(c["cut"]),
                  per(c["asks"]), per(c["caption"]), pct(bad), pct(fopen), pct(copen),
                  per(c["not alone"])))
        kind_rows.append("| %s | %s |" % (name, " | ".join(per(kinds[k]) for k in NOT_ALONE_KINDS)))
    print()
    print("| not alone, by kind | " + " | ".join(NOT_ALONE_KINDS) + " |")
    print("|---|" + "---:|" * len(NOT_ALONE_KINDS))
    print("\n".join(kind_rows))
    print()
    print("Per 100 summary sentences; opens badly, opens with furniture, opens with a "
          "caption: % of summaries (bench/defects.py).")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
