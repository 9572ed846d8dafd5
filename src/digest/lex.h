/* The small word lists (titles, first names, places, organisation words)
 * that the digest extractors match words against; the words themselves and
 * the verbs of saying (pc_speech_verb) come from text/words.h.  Linear in
 * its input. */
#ifndef PRECIS_DIGEST_LEX_H
#define PRECIS_DIGEST_LEX_H
#include <stddef.h>
#include <stdint.h>
#include "precis.h"
#include "text/words.h"

/* Word lists.  Each takes one word (no punctuation) and returns non-zero
 * when it is in the list. */
int pc_lex_title(const char *s, size_t n);      /* President, Secretary, ... */
int pc_lex_first_name(const char *s, size_t n); /* Rex, Sergei, Nikki, ... */
/* Given names learned from train-10k (tools/make_given_names.py): read only
 * for speakers in text in lower case, where no capital marks a name. */
int pc_lex_given_learned(const char *s, size_t n); /* tiffany, salwa, mitt, ... */
int pc_lex_org_word(const char *s, size_t n);      /* Council, Agency, Times, ... */
int pc_lex_place(const char *s, size_t n);         /* countries, capitals, regions */
int pc_lex_name_particle(const char *s, size_t n); /* de, al, bin, van, von, ... */
int pc_lex_common_cap(const char *s, size_t n);    /* The, But, ...: sentence starts */
int pc_lex_generic(const char *s, size_t n);       /* officials, residents, ...: no one named */
int pc_lex_count_noun(const char *s, size_t n);    /* people, missiles, ... */
int pc_lex_human_noun(const char *s, size_t n);    /* people, civilians, ... */
int pc_lex_state_word(const char *s, size_t n);    /* Republic, Kingdom, ...: a state */
int pc_lex_facility(const char *s, size_t n);      /* School, Hospital, ...: none alone */
int pc_lex_bare_org(const char *s, size_t n);      /* Group, Party, ...: an org's kind alone */
int pc_lex_language(const char *s, size_t n);      /* Swahili, Arabic, ...: no place after in */
int pc_lex_event_word(const char *s, size_t n);    /* Operation, Hurricane, ...: an event */
int pc_lex_kind(const char *s, size_t n);          /* newspaper, airline, ...: an org's kind */
/* Value of a number word ("three" = 3, "twenty" = 20), or -1. */
long pc_lex_number_word(const char *s, size_t n);
/* 1 if the word is all upper-case letters (and dots), at least two letters:
 * an acronym such as UN, AFP or U.N. */
int pc_lex_acronym(const char *s, size_t n);
#endif
