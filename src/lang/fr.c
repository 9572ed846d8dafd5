/* French. */
#include "lang/lang.h"

/* Abbreviations that do not end a sentence before a capitalised word or a
 * number (lowercase, without their period; strcmp order). */
static const char *const abbrevs[] = {
    "art", "av",   "cf", "dr", "env", "m",   "me",  "mgr", "mlle", "mm",
    "mme", "mmes", "p",  "pr", "st",  "ste", "tél", "vol", NULL,
};

/* Future cues (see lang.h): "aller" and "devoir" before an infinitive
 * ("va signer", "doit rencontrer"), the future of "être", "avoir",
 * "faire", "aller", "prochain(e)(s)", and the endings of the simple
 * future after its stem ("rendra", "visitera", "pourront"; not "-ra"
 * alone, which ends nouns: "caméra", "Sahara"). */
static const char *const future_words[] = {
    "va",   "vont",   "doit", "doivent", "devra", "devront", "sera",   "seront",
    "aura", "auront", "fera", "feront",  "ira",   "iront",   "demain", NULL,
};
static const char *const future_stems[] = {"prochain", NULL};
static const char *const future_endings[] = {"era",   "eront", "ira",   "iront", "dra",
                                             "dront", "rra",   "rront", NULL};

/* Openings that point back to an earlier sentence (see lang.h); "Or"
 * ("Now", "Yet": "Or, les quais étaient fermés") and "Plus tard" ("Later")
 * are connectives, as English "later" is.  The possessives "Son", "Sa",
 * "Ses", "Leur", "Leurs" (his, her, its, their), the demonstrative "Ce"
 * (this, it: "Ce sont", "Ce dernier") and the pronouns "Celui-ci",
 * "Celle-ci", "Ceux-ci", "Celles-ci" (this one, these) point back as
 * English "his", "this" do (session 30).
 * Session 31: "Selon lui", "D'après elle" (according to him, her),
 * "En outre", "De plus," (moreover; with its comma: "De plus en plus"
 * does not point back) and "Par ailleurs" (besides). */
static const char *const back_openers[] = {
    "Il",           "Elle",      "Ils",         "Elles",        "Mais",
    "Cependant",    "Pourtant",  "Cela",        "Ceci",         "Ces",
    "Cette",        "Ce",        "Toutefois",   "Or",           "Plus tard",
    "Son",          "Sa",        "Ses",         "Leur",         "Leurs",
    "Celui-ci",     "Celle-ci",  "Ceux-ci",     "Celles-ci",    "Selon lui",
    "Selon elle",   "Selon eux", "D'après lui", "D'après elle", "D’après lui",
    "D’après elle", "En outre",  "De plus,",    "Par ailleurs", NULL};

/* Words elided before a vowel with an apostrophe ("l'Élysée", "d'euros", "qu'il", "jusqu'à"): the
 * word after the apostrophe is the term (see lang.h). */
static const char *const elisions[] = {"l", "d",  "j",      "m",      "n",     "s",      "t",
                                       "c", "qu", "lorsqu", "puisqu", "jusqu", "quoiqu", NULL};

/* A time word after a demonstrative points to the present ("Ce lundi",
 * "Cette semaine"): not back (see lang.h, deictic; session 31). */
static const char *const deictic[] = {"Ce", "Cette", "Ces", NULL};
static const char *const time_words[] = {"matin",     "soir",    "week-end",   "weekend",  "mois",
                                         "jour",      "jours",   "semaine",    "semaines", "année",
                                         "années",    "nuit",    "saison",     "été",      "hiver",
                                         "printemps", "automne", "après-midi", "fois",     NULL};

/* Negations (see lang.h): the second part of "ne ... pas", "ne ... jamais", "ne ... rien", "ne ...
 * aucun" (the first, "ne", goes with each: counting both would make two), and "sans" (without); not
 * "plus" and "personne", which are also "more" and "person". */
static const char *const negations[] = {"pas", "jamais", "rien", "aucun", "aucune", "sans", NULL};

/* Page furniture (session 40; lang.h, pc_lang_furniture), written from French:
 * the labels of French news sites (Le Monde, Le Figaro, Libération, France
 * Info; "Voir aussi" is Wikipedia's): advertisement, photo / photo credit /
 * illustration, read also / see also / read more / on the same subject,
 * subscribe / sign up / follow us, update, correction / erratum. */
static const pc_lang_furniture furniture = {
    .ads = (const char *const[]){"Publicité", NULL},
    .pictures = (const char *const[]){"Photo", "Photos", "Crédit photo", "Crédits photo",
                                      "Illustration", NULL},
    .links = (const char *const[]){"Lire aussi", "À lire aussi", "A lire aussi", "Lire également",
                                   "Voir aussi", "Lire la suite", "Sur le même sujet", NULL},
    .prompts = (const char *const[]){"Abonnez-vous", "Inscrivez-vous", "Suivez-nous", NULL},
    .updates = (const char *const[]){"Mise à jour", "Actualisation", NULL},
    .corrections = (const char *const[]){"Rectificatif", "Correction", "Erratum", NULL},
};

const pc_lang pc_lang_fr = {
    .code = "fr",
    .name = "French",
    .stemmer = "french",
    .script = PC_LANG_LATIN,
    .seg = PC_SEG_SPACED_CLOSERS,
    .abbrevs = abbrevs,
    .future_words = future_words,
    .future_stems = future_stems,
    .future_endings = future_endings,
    .back_openers = back_openers,
    .deictic = deictic,
    .time_words = time_words,
    .elisions = elisions,
    .negations = negations,
    .furniture = &furniture,
};
