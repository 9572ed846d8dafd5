/* Polish. */
#include "lang/lang.h"

/* Abbreviations that do not end a sentence before a capitalised word or a
 * number (lowercase, without their period; strcmp order; session 35): al.
 * (avenue), dr, gen., godz. (hour: "o godz. 10.00"), hab., im. (named
 * after), inż., ks. (priest), m.in. (among others), mgr, np. (e.g.), nr,
 * ok. (about: "ok. 25 tys."), pl. (square), płk (colonel), prof., red.
 * (editor), tel., tzw. (so-called), ul. (street), woj. (province), św.
 * (saint). */
static const char *const abbrevs[] = {"al",   "dr",  "gen", "godz", "hab", "im", "inż",  "ks",
                                      "m.in", "mgr", "np",  "nr",   "ok",  "pl", "prof", "płk",
                                      "red",  "tel", "tzw", "ul",   "woj", "św", NULL};

/* Abbreviations that may end a sentence, going on only before a lowercase
 * word: itd., itp. (etc.), min. (minutes), proc. (per cent), r. (year:
 * "w 2025 r."), tys. (thousand). */
static const char *const enders[] = {"itd", "itp", "min", "proc", "r", "tys", NULL};

/* Future cues (see lang.h): the auxiliary "być" in the future ("będzie
 * głosować"), "jutro", and "przyszły" ("next") in the forms that are no
 * past of "przyjść" ("przyszła", "przyszły": came): "w przyszłym
 * tygodniu", "w przyszłą środę".  The perfective future ("odwiedzi") has
 * the form of a present, whose endings ("-i", "-e", "-a") end as many
 * nouns and adjectives: it has no cue. */
static const char *const future_words[] = {"będzie",    "będą",      "będziemy", "jutro",
                                           "przyszłym", "przyszłej", "przyszłą", NULL};

/* Openings that point back to an earlier sentence (see lang.h); a verb
 * of saying first has its subject in an earlier sentence (the language
 * leaves it out: "Dijo que ...", "He said that ..."). Session 35: "Jeden z nich", "Jedna z nich"
 * (one of them), a part of a group named before, as English "One of them". */
static const char *const back_openers[] = {
    "On",           "Ona",          "Oni",          "Ale",        "Jednak",
    "Ten",          "Ta",           "To",           "Także",      "Dodał",
    "Dodała",       "Powiedział",   "Powiedziała",  "Podkreślił", "Podkreśliła",
    "Jeden z nich", "Jedna z nich", "Jedno z nich", NULL};

/* Negations (see lang.h): not (before verbs, and "no" as a reply in "nie ma"); not "nigdy", "nic",
 * which go with "nie". */
static const char *const negations[] = {"nie", NULL};

const pc_lang pc_lang_pl = {
    .code = "pl",
    .name = "Polish",
    .stemmer = NULL,
    .script = PC_LANG_LATIN,
    .seg = 0,
    .abbrevs = abbrevs,
    .enders = enders,
    .future_words = future_words,
    .back_openers = back_openers,
    .negations = negations,
};
