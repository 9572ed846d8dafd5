/* Italian. */
#include "lang/lang.h"

/* Abbreviations that do not end a sentence before a capitalised word or a
 * number (lowercase, without their period; strcmp order). */
static const char *const abbrevs[] = {
    "art", "avv", "dott", "gen", "ing", "l",    "mons", "n",  "on",
    "p",   "pag", "prof", "sen", "sig", "sigg", "tel",  NULL,
};

/* Abbreviations that may end a sentence: ecc. ("and so on"). */
static const char *const enders[] = {"ecc", "etc", NULL};
/* Future cues (see lang.h): "prossimo(a)", and the endings of the simple
 * future ("visiterà", "saranno", "faremo", "farò"). */
static const char *const future_words[] = {"domani", NULL};
static const char *const future_stems[] = {"prossim", NULL};
static const char *const future_endings[] = {"rà", "ranno", "remo", NULL};

/* Openings that point back to an earlier sentence (see lang.h); a verb
 * of saying first has its subject in an earlier sentence (the language
 * leaves it out: "Dijo que ...", "He said that ...").  The
 * possessives with their article "Il suo", "La sua", "I suoi", "Le
 * sue", "Il loro", "La loro" (his, her, its, their) and "Perciò",
 * "Quindi" (therefore) point back as English "his", "therefore" do
 * (session 30).
 * Session 31: "Secondo lui", "Secondo lei" (according to him, her). */
static const char *const back_openers[] = {
    "Lui",    "Lei",    "Essi",        "Ma",          "Però",         "Tuttavia", "Questo",
    "Questa", "Questi", "Inoltre",     "Ha",          "Aggiunge",     "Aggiunse", "Spiega",
    "Spiegò", "Il suo", "La sua",      "I suoi",      "Le sue",       "Il loro",  "La loro",
    "Perciò", "Quindi", "Secondo lui", "Secondo lei", "Secondo loro", NULL};

/* Words elided before a vowel with an apostrophe ("l'acqua", "dell'anno", "un'altra", "c'è"): the
 * word after the apostrophe is the term (see lang.h). */
static const char *const elisions[] = {"l",    "d",    "un",  "dell",  "all",   "dall", "nell",
                                       "sull", "coll", "dev", "quell", "quest", "bell", "sant",
                                       "c",    "m",    "t",   "s",     "v",     "n",    NULL};

/* A time word after a demonstrative points to the present ("Questo mese"): not
 * back (see lang.h, deictic; session 31). */
static const char *const deictic[] = {"Questo", "Questa", "Questi", NULL};
static const char *const time_words[] = {
    "anno",   "mese",       "mattina", "sera",   "settimana", "weekend", "giorno",
    "giorni", "mesi",       "anni",    "estate", "inverno",   "autunno", "primavera",
    "notte",  "pomeriggio", "volta",   "fine",   NULL};

/* Negations (see lang.h): not, without; not "mai", "niente", "nessuno", which follow "non" ("non è
 * mai stato"). */
static const char *const negations[] = {"non", "senza", NULL};

/* Page furniture (session 40; lang.h, pc_lang_furniture), written from
 * Italian: the labels of Italian news sites (Corriere della Sera, la
 * Repubblica, ANSA; "Voci correlate" is Wikipedia's): advertisement, photo /
 * image, read also / see also / you may be interested / find out more /
 * related, subscribe / follow us, update, correction / erratum. */
static const pc_lang_furniture furniture = {
    .ads = (const char *const[]){"Pubblicità", NULL},
    .pictures = (const char *const[]){"Foto", "Immagine", NULL},
    .links = (const char *const[]){"Leggi anche", "Leggi pure", "Vedi anche",
                                   "Potrebbe interessarti", "Approfondisci", "Per approfondire",
                                   "Voci correlate", "Articoli correlati", NULL},
    .prompts = (const char *const[]){"Iscriviti", "Abbonati", "Seguici", NULL},
    .updates = (const char *const[]){"Aggiornamento", NULL},
    .corrections = (const char *const[]){"Rettifica", "Correzione", "Errata corrige", NULL},
};

const pc_lang pc_lang_it = {
    .code = "it",
    .name = "Italian",
    .stemmer = "italian",
    .script = PC_LANG_LATIN,
    .seg = 0,
    .abbrevs = abbrevs,
    .enders = enders,
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
