/* Language profiles: what each stage needs to know about a language, one
 * file per language (src/lang/<code>.c) listed in one table (langs.c), as a
 * method is one file of src/rank/ listed in methods.c.
 *
 * A profile is data, not code: the segmenter, the tokenizer's stopword test,
 * the stemmer and the cleaner read its fields.  A language without a file
 * gets the profile of its script (pc_lang_find falls back to "und"): Unicode
 * sentence terminators of every script, no stemmer, no stopwords. */
#ifndef PRECIS_LANG_LANG_H
#define PRECIS_LANG_LANG_H
#include <stddef.h>
#include <stdint.h>

/* Sentence rules a language adds to the ones every language shares. */
enum {
    /* ';' is the question mark (Greek; U+037E is folded to it by NFC). */
    PC_SEG_SEMICOLON_QUESTION = 1u << 0,
    /* A number followed by a period is an ordinal ("am 3. Oktober"): it ends
     * a sentence only before a word that may not follow an ordinal (de, cs,
     * and other languages that write ordinals so). */
    PC_SEG_ORDINAL_DOT = 1u << 1,
    /* The English abbreviation list (abbrev.inc) applies. */
    PC_SEG_ENGLISH_ABBREVS = 1u << 2,
    /* Words are not separated by spaces (zh, ja): a terminator needs no
     * white space after it. */
    PC_SEG_NO_SPACES = 1u << 3,
    /* Quotations open with „ or ‚ and close with “ or ‘ (de, cs). */
    PC_SEG_LOW9_QUOTES = 1u << 4,
};

typedef struct pc_lang {
    const char *code;    /* ISO 639-1 ("en"), or "und" for the fallback */
    const char *name;    /* English name ("English") */
    const char *stemmer; /* libstemmer algorithm ("english") or NULL */
    unsigned seg;        /* PC_SEG_* */
    /* Abbreviations that do not end a sentence before a capitalised word,
     * lowercase, without their final period ("dr", "z.b", "т.е"), sorted by
     * strcmp; NULL-terminated.  May be NULL. */
    const char *const *abbrevs;
    /* Stopwords (function words), case-folded, sorted by strcmp; may be
     * NULL. */
    const char *const *stopwords;
    size_t stopword_count;
} pc_lang;

/* The profile of the language `code` (ISO 639-1, case-insensitive, a region
 * suffix "pt-BR" or "pt_BR" ignored); the fallback profile ("und") for NULL,
 * "" or a language without a profile.  Never NULL. */
const pc_lang *pc_lang_find(const char *code);

/* 1 if the language has a profile of its own. */
int pc_lang_known(const char *code);

/* Profiles in the table (tests, --list-languages). */
size_t pc_lang_count(void);
const pc_lang *pc_lang_at(size_t i);

/* The fallback profile, and English (the profile of the English-only
 * entry points). */
extern const pc_lang pc_lang_und;
extern const pc_lang pc_lang_en;
#endif
