/* Spanish. */
#include "lang/lang.h"

/* Abbreviations that do not end a sentence before a capitalised word or a
 * number (lowercase, without their period; strcmp order). */
static const char *const abbrevs[] = {
    "aprox", "arq",  "art",  "av",   "avda", "dr", "dra", "dña", "ee",
    "f",     "gral", "hab",  "ing",  "lic",  "n",  "núm", "pág", "sr",
    "sra",   "sras", "sres", "srta", "tel",  "ud", "uds", "vol", NULL,
};

/* Future cues (see lang.h): "ir a" before an infinitive ("va a
 * visitar"), "próximo(a)(s)", and the endings of the simple future
 * ("visitará", "serán", "haremos"), written with their accent. */
static const char *const future_words[] = {"va", "van", "vamos", NULL};
static const char *const future_stems[] = {"próxim", NULL};
static const char *const future_endings[] = {"rá", "rán", "remos", NULL};

/* Openings that point back to an earlier sentence (see lang.h); a verb
 * of saying first has its subject in an earlier sentence (the language
 * leaves it out: "Dijo que ...", "He said that ...").  The
 * possessives "Su", "Sus" (his, her, its, their) and "Sin embargo"
 * (however), "Por ello", "Por eso" (therefore) point back as English
 * "his", "however", "therefore" do (session 30).
 * Session 31: "Según él", "Según ella" (according to him, her), "Por
 * otra parte" (on the other hand), "Asimismo" (likewise). */
static const char *const back_openers[] = {
    "Él",       "Ella",       "Ellos",       "Ellas",          "Pero",     "Además",
    "También",  "Esto",       "Eso",         "Estos",          "Estas",    "Dijo",
    "Añadió",   "Agregó",     "Explicó",     "Aseguró",        "Afirmó",   "Señaló",
    "Indicó",   "Su",         "Sus",         "Sin embargo",    "Por ello", "Por eso",
    "Según él", "Según ella", "Según ellos", "Por otra parte", "Asimismo", NULL};

/* A time word after a demonstrative points to the present ("Estos meses"): not
 * back (see lang.h, deictic; session 31). */
static const char *const deictic[] = {"Estos", "Estas", NULL};
static const char *const time_words[] = {"días",     "meses",   "años", "semanas",
                                         "momentos", "tiempos", NULL};

/* Negations (see lang.h): no, never, without; not "nada", "nadie", "ningún", which follow "no" ("no
 * dijo nada": one negation). */
static const char *const negations[] = {"no", "nunca", "jamás", "sin", NULL};

/* Page furniture (session 40; lang.h, pc_lang_furniture), written from
 * Spanish: the labels of Spanish-language news sites (El País, El Mundo,
 * Clarín, BBC Mundo; "Véase también" is Wikipedia's): advertisement, photo /
 * image, read also / you may be interested / see also / more information /
 * related news, subscribe / sign up / follow us, update, correction / erratum. */
static const pc_lang_furniture furniture = {
    .ads = (const char *const[]){"Publicidad", "Anuncio", NULL},
    .pictures = (const char *const[]){"Foto", "Fotos", "Fotografía", "Imagen", NULL},
    .links =
        (const char *const[]){"Lea también", "Lee también", "Leer más", "Lea más",
                              "Te puede interesar", "Le puede interesar", "Ver también",
                              "Véase también", "Más información", "Noticias relacionadas", NULL},
    .prompts = (const char *const[]){"Suscríbete", "Suscríbase", "Regístrate", "Síguenos", NULL},
    .updates = (const char *const[]){"Actualización", "Última actualización", NULL},
    .corrections = (const char *const[]){"Corrección", "Fe de erratas", "Fe de errores",
                                         "Rectificación", NULL},
};

const pc_lang pc_lang_es = {
    .code = "es",
    .name = "Spanish",
    .stemmer = "spanish",
    .script = PC_LANG_LATIN,
    .seg = 0,
    .abbrevs = abbrevs,
    .future_words = future_words,
    .future_stems = future_stems,
    .future_endings = future_endings,
    .back_openers = back_openers,
    .deictic = deictic,
    .time_words = time_words,
    .negations = negations,
    .furniture = &furniture,
};
