/* German. */
#include "lang/lang.h"

/* Abbreviations that do not end a sentence before a capitalised word or a
 * number (lowercase, without their period; strcmp order). */
static const char *const abbrevs[] = {
    "a",   "abs", "art", "b",  "bd",   "bzw", "ca",  "dr",   "e",    "evtl",
    "fa",  "fr",  "ggf", "hr", "inkl", "mio", "mrd", "nr",   "prof", "sog",
    "std", "str", "tel", "u",  "v",    "vgl", "z",   "zzgl", NULL,
};

/* Abbreviations that may end a sentence: usw. ("and so on"). */
static const char *const enders[] = {"etc", "usw", NULL};

/* Future cues (see lang.h): "wird", "werden", "soll", "sollen" before an
 * infinitive ("wird am Dienstag besuchen", "sollen fortgesetzt werden";
 * also the present passive, which news uses for what is planned), and
 * "nächste", "kommende", "bevorstehende" in their inflections. */
static const char *const future_words[] = {"wird", "werden", "soll", "sollen", "übermorgen", NULL};
static const char *const future_stems[] = {"nächst", "kommend", "bevorstehend", NULL};

/* Openings that point back to an earlier sentence (see lang.h): he,
 * but, yet, however, this (four forms), in doing so, therefore, besides,
 * moreover; and (session 30) "Sie" (she, they), the possessives "Sein",
 * "Seine", "Ihr", "Ihre" (his, her, their) and "Trotzdem", "Dennoch"
 * (nevertheless), as English "she", "his", "nevertheless".
 * Session 31: "Ihm zufolge" (according to him; "Ihr zufolge" is
 * "Ihr"), "Demnach" (according to this), "Darüber hinaus" (moreover),
 * "Daraufhin" (thereupon), "Danach" (after that; according to it),
 * "Dazu" (to this, besides).
 * Session 35: "Und", "Oder", "Stattdessen" (and, or, instead), as English
 * "and", "or", "instead": real pages opened summaries with "Stattdessen
 * sieht Facebook ..." (the second sentence of a teaser) and "Und gerade
 * mobil habe ich ...", and took "Oder auf archivierten Seiten ..." alone. */
static const char *const back_openers[] = {
    "Er",     "Aber",  "Doch",    "Jedoch",         "Dies",    "Diese",       "Dieser",
    "Dieses", "Dabei", "Deshalb", "Außerdem",       "Zudem",   "Sie",         "Sein",
    "Seine",  "Ihr",   "Ihre",    "Trotzdem",       "Dennoch", "Ihm zufolge", "Daraufhin",
    "Danach", "Dazu",  "Demnach", "Darüber hinaus", "Und",     "Oder",        "Stattdessen",
    NULL};

/* A time word after a demonstrative points to the present ("Diese Woche"): not
 * back (see lang.h, deictic; session 31). */
static const char *const deictic[] = {"Diese", "Dieser", "Dieses", NULL};
static const char *const time_words[] = {
    "Woche",    "Jahr",   "Monat", "Wochenende", "Saison", "Sommer", "Winter", "Frühjahr",
    "Frühling", "Herbst", "Nacht", "Tage",       "Mal",    "Morgen", "Abend",  NULL};

/* Negations (see lang.h): not, no (the article of negation in its forms), never, nothing, nobody.
 */
static const char *const negations[] = {"nicht",  "kein", "keine",   "keinen", "keinem",  "keiner",
                                        "keines", "nie",  "niemals", "nichts", "niemand", NULL};

/* Page furniture (session 40; lang.h, pc_lang_furniture), written from German:
 * the labels of German news sites (Spiegel, Zeit, FAZ, Süddeutsche,
 * tagesschau.de; "Siehe auch" is Wikipedia's): advertisement, photo/picture,
 * read also / more on the subject / also interesting / see also / read on /
 * you may also like, subscribe / subscribe now / follow us, update / addendum,
 * correction. */
static const pc_lang_furniture furniture = {
    .ads = (const char *const[]){"Anzeige", "Werbung", NULL},
    .pictures =
        (const char *const[]){"Foto", "Fotos", "Bild", "Bilder", "Bildquelle", "Fotograf", NULL},
    .links = (const char *const[]){"Lesen Sie auch", "Lesen Sie mehr", "Lesen Sie hier",
                                   "Mehr zum Thema", "Auch interessant", "Siehe auch",
                                   "Weiterlesen", "Das könnte Sie auch interessieren", NULL},
    .prompts = (const char *const[]){"Abonnieren Sie", "Jetzt abonnieren", "Newsletter abonnieren",
                                     "Folgen Sie uns", NULL},
    .updates = (const char *const[]){"Aktualisierung", "Update", "Nachtrag", NULL},
    .corrections = (const char *const[]){"Korrektur", "Berichtigung", "Richtigstellung", NULL},
};

const pc_lang pc_lang_de = {
    .code = "de",
    .name = "German",
    .stemmer = "german",
    .script = PC_LANG_LATIN,
    .seg = PC_SEG_ORDINAL_DOT | PC_SEG_LOW9_QUOTES | PC_SEG_NOUN_CAPITALS,
    .abbrevs = abbrevs,
    .enders = enders,
    .future_words = future_words,
    .future_stems = future_stems,
    .back_openers = back_openers,
    .deictic = deictic,
    .time_words = time_words,
    .negations = negations,
    .furniture = &furniture,
};
