/* Portuguese. */
#include "lang/lang.h"

/* Abbreviations that do not end a sentence before a capitalised word or a
 * number (lowercase, without their period; strcmp order). */
static const char *const abbrevs[] = {
    "art", "av",   "cf",  "dr", "dra", "eng", "gen", "n",
    "p",   "prof", "pág", "sr", "sra", "tel", "vol", NULL,
};

/* Future cues (see lang.h): "ir" before an infinitive ("vai visitar"),
 * "próximo(a)(s)", and the endings of the simple future ("visitará",
 * "serão", "faremos"). */
static const char *const future_words[] = {"vai", "vão", "vamos", "amanhã", NULL};
static const char *const future_stems[] = {"próxim", NULL};
static const char *const future_endings[] = {"rá", "rão", "remos", NULL};

/* Openings that point back to an earlier sentence (see lang.h); a verb
 * of saying first has its subject in an earlier sentence (the language
 * leaves it out: "Dijo que ...", "He said that ...").  The
 * possessives "Seu", "Sua", "Seus", "Suas" (his, her, its, their), "No
 * entanto" (however) and "Por isso" (therefore) point back as English
 * "his", "however", "therefore" do (session 30).
 * Session 31: "Segundo ele", "De acordo com ela" (according to him,
 * her), "Para ele" (in his view). */
static const char *const back_openers[] = {"Ele",
                                           "Ela",
                                           "Eles",
                                           "Elas",
                                           "Mas",
                                           "Porém",
                                           "Contudo",
                                           "Isso",
                                           "Isto",
                                           "Além",
                                           "Disse",
                                           "Acrescentou",
                                           "Afirmou",
                                           "Explicou",
                                           "Declarou",
                                           "Seu",
                                           "Sua",
                                           "Seus",
                                           "Suas",
                                           "No entanto",
                                           "Por isso",
                                           "Segundo ele",
                                           "Segundo ela",
                                           "Segundo eles",
                                           "De acordo com ele",
                                           "De acordo com ela",
                                           "Para ele",
                                           "Para ela",
                                           NULL};

/* Negations (see lang.h): not, never, without; not "no", which is "in the", nor "nada", "ninguém",
 * which follow "não". */
static const char *const negations[] = {"não", "nunca", "jamais", "sem", NULL};

/* Page furniture (session 40; lang.h, pc_lang_furniture), written from
 * Portuguese: the labels of Portuguese-language news sites (Folha, G1,
 * Público, Estadão; "Ver também" is Wikipedia's): advertisement, photo /
 * image, read also / read more / see also / learn more / related, subscribe /
 * sign up / follow us, update, correction / erratum ("Erramos", Folha's). */
static const pc_lang_furniture furniture = {
    .ads = (const char *const[]){"Publicidade", "Anúncio", NULL},
    .pictures = (const char *const[]){"Foto", "Fotos", "Imagem", NULL},
    .links =
        (const char *const[]){"Leia também", "Leia mais", "Ler mais", "Veja também", "Veja mais",
                              "Ver também", "Saiba mais", "Notícias relacionadas", NULL},
    .prompts = (const char *const[]){"Assine", "Inscreva-se", "Cadastre-se", "Siga-nos", NULL},
    .updates = (const char *const[]){"Atualização", NULL},
    .corrections = (const char *const[]){"Correção", "Errata", "Erramos", NULL},
};

const pc_lang pc_lang_pt = {
    .code = "pt",
    .name = "Portuguese",
    .stemmer = "portuguese",
    .script = PC_LANG_LATIN,
    .seg = 0,
    .abbrevs = abbrevs,
    .future_words = future_words,
    .future_stems = future_stems,
    .future_endings = future_endings,
    .back_openers = back_openers,
    .negations = negations,
    .furniture = &furniture,
};
