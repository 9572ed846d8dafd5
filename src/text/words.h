/* Words of a display text with their punctuation stripped and remembered,
 * and the month and weekday names: what the date parser (text/dates.c) and
 * the digest extractors read text with.  Linear in its input. */
#ifndef PRECIS_TEXT_WORDS_H
#define PRECIS_TEXT_WORDS_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "precis.h"

typedef struct pc_word {
    size_t start, end;         /* the word without surrounding punctuation */
    size_t raw_start, raw_end; /* the white-space-delimited token */
    char before;               /* '"' if an opening quote precedes the word, else 0 */
    char after;                /* first punctuation after the word: , . : ; ? ! " or 0 */
    uint8_t cap;               /* starts with an upper-case letter */
    uint8_t poss;              /* ends in 's or ’s (stripped from the word) */
} pc_word;

/* Words of s[0..len): growable array owned by the caller, or, when `fixed`
 * is set, the caller's array of `cap` words, never grown nor freed. */
typedef struct pc_words {
    pc_word *w;
    size_t n, cap;
    const precis_allocator *alc;
    int fixed;
} pc_words;

/* Splits s into words at white space (and at em/en dashes); returns 0, 1
 * when a fixed array is full before the end of s (its `cap` first words
 * read), or -1 when out of memory.  w->n is reset first. */
int pc_lex_split(pc_words *w, const char *s, size_t len);
void pc_words_release(pc_words *w);

/* 1 if word [a,b) of s equals lit, ignoring ASCII case.  Inline: the word
 * lists call it in loops over their entries. */
static inline int pc_lex_eq(const char *s, size_t a, size_t b, const char *lit)
{
    size_t n = strlen(lit);
    if (b - a != n)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[a + i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != lit[i])
            return 0;
    }
    return 1;
}

/* 1 if word i of w equals lit, ignoring ASCII case (0 when i is out of range). */
int pc_lex_is(const pc_words *w, const char *s, size_t i, const char *lit);

/* 1 if s[0..n), lower-cased (ASCII) and with curly apostrophes read as
 * straight ones, is one of the `count` words of `sorted` (lower case,
 * sorted byte-wise).  Logarithmic in count. */
int pc_word_in(const char *const *sorted, size_t count, const char *s, size_t n);

/* Verbs of saying, which introduce or close a direct quote ("said", "told",
 * "tweeted", "insisting"): the one list of them, for the digest's speakers
 * (digest/quotes.c, entities.c) and for quotations without a speaker
 * (model/standalone.c). */
int pc_speech_verb(const char *s, size_t n);
/* A verb of saying in any of its forms: pc_speech_verb's words and the
 * further forms and lemmas of words.c's saying_more ("admit", "assured",
 * "mused", "gushed"): the digest's speakers (digest/quotes.c). */
int pc_saying_verb(const char *s, size_t n);
/* The verbs of saying of pc_speech_verb (lower case, sorted), their number
 * in *n: for a table that looks them up with words of its own
 * (text/boilerplate.c, pc_is_verbless).  Static; never freed. */
const char *const *pc_speech_verb_list(size_t *n);
/* A word that names a speaker outside the quote marks: a verb of saying, or
 * "according" (to), "quoted", "quoting", "spokesman", "statement". */
int pc_speaker_word(const char *s, size_t n);
/* The same for a word already in lower case with straight apostrophes (a
 * reader that folded it as it read it): not folded again. */
int pc_speaker_word_folded(const char *w, size_t n);

/* Words that turn a statement into its opposite in s[0..len): negations
 * ("not", "never", "no", a "-n't" contraction) and verbs that deny, refuse
 * or undo ("denied", "rejected", "cancelled", "postponed").  Two sentences
 * with the same words but one such word more say opposite things.  Returns
 * how many; linear in len. */
size_t pc_reversal_words(const char *s, size_t len);

/* pc_reversal_words of a sentence in `lang`: English's (and NULL's) as
 * above; in another language the words of its profile's `negations`
 * (lang/lang.h), 0 when it has none: the English words are English
 * ("no" is Portuguese "in the", "never" and "denied" are no other
 * language's).  Linear in len. */
struct pc_lang;
size_t pc_reversal_words_in(const struct pc_lang *lang, const char *s, size_t len);

/* Month 1..12 for a month name or abbreviation ("Oct", "Sept"), else 0. */
int pc_lex_month(const char *s, size_t n);
/* Weekday 0 (Monday) .. 6 (Sunday), or -1. */
int pc_lex_weekday(const char *s, size_t n);
#endif
