#!/usr/bin/env python3
"""Generates src/lang/stopwords.inc: the stopwords of every language profile,
case-folded, NFC, sorted byte-wise, as C arrays and one table keyed by code.

Sources: English keeps the project's own list (src/text/stopwords.txt, the
one the English analyser uses); every other language comes from
src/lang/stopwords/stopwords-iso.json, a subset of stopwords-iso 1.1.0 (npm
package "stopwords-iso", MIT licence, see src/lang/stopwords/LICENSE; to
renew: `npm pack stopwords-iso@VERSION`, then copy the languages listed in
LANGS from its stopwords-iso.json).  Entries that are not words (digits,
punctuation, anything with a character outside letters and marks) are
dropped: the analyser only asks about words.  Writes the table on standard
output; `make generate` (tools/generate.py) puts the header in front of it
and writes src/lang/stopwords.inc.
"""
import json
import sys
import os
import unicodedata

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
iso = json.load(open(os.path.join(root, "src/lang/stopwords/stopwords-iso.json"), encoding="utf-8"))
lists = {}
for code, words in iso.items():
    lists[code] = words
lists["en"] = [l.strip() for l in open(os.path.join(root, "src/text/stopwords.txt"), encoding="utf-8")
               if l.strip() and not l.startswith("#")]


def is_word(w):
    return w and all(unicodedata.category(ch)[0] in "LM" for ch in w)


def unaccented(w):
    """w without its combining marks (Greek tonos and dialytika)."""
    return unicodedata.normalize("NFC", "".join(
        ch for ch in unicodedata.normalize("NFD", w) if unicodedata.category(ch) != "Mn"))


# Greek: stopwords-iso writes many words without their accent ("χωρις",
# "οτι", "ειναι") that news always accents; the analyser looks a Greek word
# up without its accents too (src/lang/identify.c), so every entry is also
# listed unaccented.
UNACCENTED = {"el"}

# Hebrew and Hindi: function words that stopwords-iso lacks (session 26).
# Method: the words in 3 % or more of the UD paragraphs of the language
# (../shared/data/sbd/ud, he 271 rows, hi 198; counted once a row) that
# the list lacks, and of them only the closed classes: pronouns, forms of
# auxiliaries and light verbs whose other forms the list has (Hebrew
# "היה", "היתה" and not "היו"; Hindi "किया", "दिया", "रहा" and not "किए",
# "दी", "रही"), postpositions and the nouns of compound postpositions
# ("על ידי" by, "על פי" according to, "के बारे में" about, "के बीच"
# between), conjunctions, quantifiers; the list's prefixed forms of its
# own words ("לבין", "ואת") give "בכל", "לכל", "שלא", "שיש".  Nouns,
# verbs of content, names and numbers among those frequent words stay out
# (docs/languages.md lists them).
ADDED = {
    "he": ["זו", "אלא", "יותר", "ביותר", "כדי", "תוך", "לאחר", "כמה", "היו", "ידי", "שלא",
           "שיש", "בכל", "ללא", "מאז", "בלבד", "כולל", "במהלך", "לכל", "פי", "רבים"],
    "hi": ["मैं", "मैंने", "उसने", "उसका", "उसकी", "हमारे", "गयी", "गए", "जाता", "जाने", "रही",
           "थीं", "हूं", "होगा", "सकती", "करती", "लिया", "दी", "किए", "बीच", "बारे", "दौरान",
           "अनुसार", "पास", "क्योंकि", "केवल", "हर", "दोनों", "ज्यादा", "वाली", "वाला", "ऐसा"],
}
for code, words in ADDED.items():
    lists[code] = list(lists[code]) + words

# Entries of stopwords-iso that are not function words (session 40, issue
# 18).  A stopword is read as carrying nothing in every stage that asks
# (concepts, redundancy, eligibility, datelines, language identification),
# so a name or a noun of content on a list hides it: "МОСКВА — ..." was
# never read as a place dateline because "москва" is on the Russian list.
# Candidates: (a) the entries the UD rows of the language write
# capitalised mid-sentence (../shared/data/sbd/ud, the cased languages cs
# de el es fr it pt ru; a word past the first of a gold sentence, title
# case) at least as often as in lower case: names, parts of names and
# German nouns; (b) a reading by hand of the lists built from a frequency
# dictionary rather than from function words (Russian; the Ukrainian and
# Bulgarian lists hold no such entry).  Each candidate was then read.
# Dropped: places, their adjectives and parts of names ("москва",
# "россия", "русский", "советский", "город", "страна"; Spanish "estados",
# "nueva", "buenos" of Estados Unidos, Nueva York, Buenos Aires; Italian
# "consiglio", Portuguese "conselho"), and nouns of persons and concrete
# things ("человек", "женщина", "дом", "машина"; German "mann",
# "menschen", "sache", "ordnung"): a story's subject, never a function
# word.  Kept: nouns of time, measure and part, as the English list keeps
# none of those as content either ("год", "время", "раз", "часть"; German
# "jahr", "zeit", "uhr", "tag", "ende", "teil"), numerals and ordinals
# ("sieben", "segunda"), verbs and their forms (German "tat"; Portuguese
# "estado", also the participle of "estar": "tem estado"), pronouns
# (German "ihnen", the polite form), prepositions and adverbs that a noun
# spells (German "dank" thanks to, "weg"; Russian "друг" of "друг друга").
# UD counts, capitalised/lower: de menschen 4/0, mann 4/0, sache 2/0,
# ordnung 2/0; es estados 16/3, nueva 10/4, buenos 7/1; pt conselho 8/2;
# it consiglio 5/3; ru россия 4/0, книга 2/0, москва 1/0.
DROPPED = {
    "de": ["mann", "menschen", "ordnung", "sache"],
    "es": ["estados", "nueva", "buenos"],
    "pt": ["conselho"],
    "it": ["consiglio"],
    "ru": ["москва", "россия", "советский", "русский", "город", "страна", "улица", "земля",
           "книга", "вода", "война", "глаз", "голова", "голос", "дверь", "дом", "дорога", "жена",
           "женщина", "комната", "лицо", "машина", "мать", "нога", "окно", "отец", "плечо",
           "ребенок", "рука", "стол", "товарищ", "народ", "люди", "человек", "душа"],
}
for code, words in DROPPED.items():
    assert all(w in lists[code] for w in words), code
    lists[code] = [w for w in lists[code] if w not in set(words)]


out = ["/* The stopwords of every language profile: stopwords-iso 1.1.0 (MIT) and, for",
       " * English, src/text/stopwords.txt; Hebrew and Hindi function words it lacks",
       " * (tools/make_lang_stopwords.py, ADDED). */"]
table = []
for code in sorted(lists):
    forms = {unicodedata.normalize("NFC", w.strip()).casefold() for w in lists[code]}
    if code in UNACCENTED:
        forms |= {unaccented(w) for w in forms}
    words = sorted(forms, key=lambda w: w.encode())
    words = [w for w in words if is_word(w) and len(w.encode()) < 64]
    out.append("static const char *const sw_%s[] = {" % code)
    line = "   "
    for w in words:
        item = ' "%s",' % w
        if len(line) + len(item) > 96:
            out.append(line)
            line = "   "
        line += item
    out.append(line)
    out.append("};")
    table.append('    {"%s", sw_%s, %d},' % (code, code, len(words)))
out.append("static const struct {")
out.append("    const char *code;")
out.append("    const char *const *words;")
out.append("    size_t count;")
out.append("} stopword_lists[] = {")
out += table
out.append("};")
sys.stdout.write("\n".join(out) + "\n")
