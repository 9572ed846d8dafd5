/* Quote marks and the attribution of a quotation to its speaker in the
 * languages whose verbs of saying precis does not list: what the digest
 * (digest/quotes.c) reads a speaker with, and the summary's standalone
 * rules (model/standalone.c) read whether a quotation names one.  Pure
 * functions of the text; linear in it. */
#ifndef PRECIS_TEXT_ATTRIB_H
#define PRECIS_TEXT_ATTRIB_H
#include <stddef.h>

#include "lang/lang.h"
#include "text/words.h"

/* Longest name pc_attrib_cjk writes, with room for its end. */
#define PC_ATTRIB_NAME_MAX 256
/* Fewer words between quote marks are a short quote ("illegal"), or a name
 * or title in quote marks («Alphaville», 「文化大革命」) when one opens a
 * sentence and the sentence goes on without an attribution. */
#define PC_QUOTE_MIN_WORDS 4

/* The quote mark at s[i] of s[0..len): 1 opening, 2 closing, 3 straight
 * ("), 0 none; *n its length, *fam its family (« », „ “, ‚ ‘, 「 」, 『 』,
 * “ ”, ``...''). */
int pc_quote_mark(const char *s, size_t len, size_t i, size_t *n, int *fam);
/* Does the mark m of family mfam close a quote that family fam opened? */
int pc_quote_closes(int fam, int m, int mfam);

/* A person's full name (two capitalised words or more, particles between)
 * among the first eight words of s[0..len), the text after a closing mark
 * (after = 1), or the last one of the text before an opening mark that a
 * colon ends (after = 0): 1 and its words [*bi, *bj) of w (s split into
 * w), 0 when none, -1 when out of memory.  lang: the text's language
 * (its function words; Russian, Ukrainian, Belarusian names). */
int pc_attrib_name(pc_words *w, const char *s, size_t len, int after, const pc_lang *lang,
                   size_t *bi, size_t *bj);
/* A personal pronoun of language `code` among the first four words after a
 * quote ("», — подчеркнул он", "», a-t-il ajouté"). */
int pc_attrib_pronoun_after(const char *s, size_t len, const char *code);
/* A speaker named by what the person is, after a quote in a language
 * whose verbs of saying precis does not otherwise list: one of its verbs
 * of saying (or "according to") among the first words after the closing
 * mark, then an article or a capitalised word ("», afirmou o ministro",
 * "», dijo la alcaldesa", "», a déclaré le maire", "“, sagte der
 * Sprecher", "», δήλωσε ο δήμαρχος"; in Russian and Czech, which write no
 * articles, any word but a clitic or a conjunction: "», — сообщил глава
 * города").
 * Languages: pt es fr it de el ru cs. */
int pc_attrib_role_after(const char *s, size_t len, const pc_lang *lang);
/* Japanese and Chinese: the speaker after the closing mark (after = 1, s
 * the rest of the sentence) or before the opening mark (after = 0; rest
 * what follows the closing mark), written to buf (PC_ATTRIB_NAME_MAX
 * bytes): its length, 0 when none. */
size_t pc_attrib_cjk(const char *s, size_t len, int after, const char *rest, size_t rest_len,
                     char *buf);

/* Turkish: the full name before a comma that the quotation follows, when a
 * verb of saying follows its closing mark ("Ayşe Yıldırım, “…” dedi", "…
 * diye konuştu", "… söyledi"): as pc_attrib_name before a colon. */
int pc_attrib_tr(pc_words *w, const char *s, size_t len, const char *rest, size_t rest_len,
                 const pc_lang *lang, size_t *bi, size_t *bj);

/* Korean: the speaker before the opening mark (s[0..len), the clause
 * before it) when what follows the closing mark (rest) is the quotative
 * (이)라고 or 고 and a verb of saying: the clause's words up to its topic or
 * subject particle, 은 는 이 가 ("김민수 시장은 "…"이라고 말했다": 김민수
 * 시장), as [*a, *e) of s; 1, or 0 when none. */
int pc_attrib_ko(const char *s, size_t len, const char *rest, size_t rest_len, size_t *a,
                 size_t *e);

/* Attribution by verbs of saying in Hindi, Arabic and Hebrew (code "hi",
 * "ar", "he"; scripts without capitals), after the closing mark (after =
 * 1, s the rest of the sentence) or before the opening one: 1 and the
 * speaker's bytes [*a, *e) of s, 2 for a Hindi pronoun agent, 0 none. */
int pc_attrib_verb(const char *s, size_t len, int after, const char *code, size_t *a, size_t *e);

/* The bytes of the UTF-8 string u at s[i..n)? */
int pc_attrib_at(const char *s, size_t n, size_t i, const char *u);
/* Words of s[0..len): white-space separated, or two Chinese or Japanese
 * characters for one word when that counts more. */
size_t pc_attrib_count_words(const char *s, size_t len);

#endif
