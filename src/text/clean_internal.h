/* Internals of the boilerplate cleaner (clean.c): block features, the rules
 * that judge a block, and dateline stripping.  Not part of any public API. */
#ifndef PRECIS_TEXT_CLEAN_INTERNAL_H
#define PRECIS_TEXT_CLEAN_INTERNAL_H
#include <stddef.h>
#include <stdint.h>

/* Writing systems told apart by the foreign-script rule. */
enum {
    PC_SCRIPT_LATIN,
    PC_SCRIPT_CYRILLIC,
    PC_SCRIPT_GREEK,
    PC_SCRIPT_HEBREW,
    PC_SCRIPT_ARABIC,
    PC_SCRIPT_CJK,
    PC_SCRIPT_OTHER,
    PC_SCRIPT_COUNT
};

/* What one pass over a block measures; every rule reads only this, the block
 * bytes and the document context. */
typedef struct pc_block_features {
    size_t words;      /* white-space separated tokens holding a letter or digit */
    size_t link_words; /* of which inside markdown link text or URLs */
    size_t letters;    /* letters of any script */
    size_t script_letters[PC_SCRIPT_COUNT];
    size_t links;         /* markdown links "[text](target)" */
    size_t urls;          /* tokens starting with http://, https:// or www. */
    size_t separators;    /* list separators (bullets, squares, bars) between spaces */
    size_t cues;          /* web-boilerplate cue words and phrases */
    size_t cue_repeats;   /* of which a cue word already counted in the block */
    uint64_t cue_seen[2]; /* the cue words counted (bits of their entries) */
    int first_cue;        /* the first word is an imperative web cue ("Click") */
    int terminal;         /* the visible text ends with . ! ? or an ellipsis */
} pc_block_features;

/* Why a block is dropped (or kept): one value per rule, see docs/cleaning.md. */
typedef enum pc_verdict {
    PC_V_BODY = 0,      /* a paragraph */
    PC_V_TITLE,         /* the headline (driver) */
    PC_V_HEADING,       /* heading-like: a title candidate, else a subhead */
    PC_V_NO_LETTERS,    /* rule_no_letters */
    PC_V_SCRIPT,        /* rule_foreign_script */
    PC_V_LINKS,         /* rule_link_only */
    PC_V_REPEATED,      /* rule_repeated */
    PC_V_DOUBLED,       /* rule_doubled */
    PC_V_CAPTION_TWICE, /* rule_caption_prefix */
    PC_V_CREDIT,        /* rule_credit */
    PC_V_AGENCY_NOTE,   /* rule_agency_note */
    PC_V_BYLINE,        /* rule_byline */
    PC_V_DATE,          /* rule_date_only */
    PC_V_SEPARATORS,    /* rule_separator_list */
    PC_V_PROMPT,        /* rule_prompt */
    PC_V_FRAGMENT,      /* short line without a final stop (driver) */
    PC_V_PREHEADER,     /* short line above the title (driver) */
    PC_V_TAIL           /* trailing run of non-sentences (driver) */
} pc_verdict;

/* Lines seen more than once in the document, by hash.  A table of its own
 * rather than util/strmap.h: it counts every line of every document and
 * keeps only 64-bit hashes (no strings to hold or compare).  Fixed size: past
 * PC_REPEAT_LINES lines, further lines are not recorded (the rule then
 * misses them).  A short document uses (and clears) only the first `slots`
 * slots, at least twice its lines, so it records the same lines. */
#define PC_REPEAT_SLOTS 1024
#define PC_REPEAT_LINES (PC_REPEAT_SLOTS / 4 * 3)
#define PC_REPEAT_MAX_LINE 300 /* longer lines are never counted */
typedef struct pc_repeat {
    uint64_t hash[PC_REPEAT_SLOTS];
    unsigned char count[PC_REPEAT_SLOTS];
    size_t first[PC_REPEAT_SLOTS]; /* start of the line's first occurrence */
    size_t used;
    size_t slots; /* a power of two, at most PC_REPEAT_SLOTS */
} pc_repeat;

/* What the rules know about the whole document. */
typedef struct pc_clean_doc {
    const char *text;
    size_t len;
    int script;        /* dominant script of the document's letters */
    pc_repeat *repeat; /* line counts */
} pc_clean_doc;

/* A candidate block: bytes [start, end) (trimmed), `lines` lines long;
 * [next_start, next_end) is the next non-blank line after it (empty when
 * there is none). */
typedef struct pc_block {
    size_t start, end;
    size_t lines;
    size_t next_start, next_end;
} pc_block;

/* clean_scan.c */
size_t pc_utf8_next(const char *t, size_t i, size_t e, uint32_t *cp);

/* Character classes, inline: they run once per character of every
 * document. */
static inline int pc_is_space(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f' ||
           cp == 0 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) ||
           cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
           cp == 0xFEFF;
}

/* Script of a letter; -1 when cp is not a letter. */
static inline int pc_letter_script(uint32_t cp)
{
    if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z'))
        return PC_SCRIPT_LATIN;
    if (cp < 0xC0)
        return -1;
    if (cp <= 0x24F)
        return (cp == 0xD7 || cp == 0xF7) ? -1 : PC_SCRIPT_LATIN;
    if (cp >= 0x1E00 && cp <= 0x1EFF)
        return PC_SCRIPT_LATIN;
    if (cp >= 0x370 && cp <= 0x3FF)
        return PC_SCRIPT_GREEK;
    if (cp >= 0x400 && cp <= 0x52F)
        return PC_SCRIPT_CYRILLIC;
    if (cp >= 0x591 && cp <= 0x5F4)
        return PC_SCRIPT_HEBREW;
    if ((cp >= 0x620 && cp <= 0x64A) || (cp >= 0x66E && cp <= 0x6FF) ||
        (cp >= 0x750 && cp <= 0x77F) || (cp >= 0xFB50 && cp <= 0xFDFF) ||
        (cp >= 0xFE70 && cp <= 0xFEFC))
        return PC_SCRIPT_ARABIC;
    if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
        (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF))
        return PC_SCRIPT_CJK;
    /* Armenian, Syriac, Thaana, N'Ko, the Indic scripts, Thai, Lao, Tibetan,
     * Myanmar, Georgian, Ethiopic, Cherokee, Canadian syllabics, Khmer,
     * Mongolian, Tifinagh: letters (with their marks and digits, as the
     * Indic range always had) of scripts without a profile of their own.
     * Without them an Amharic or Burmese document had no letter at all, and
     * the cleaner dropped every line of it as furniture (session 35).  The
     * full stops of these scripts (Myanmar ။ ၊, Ethiopic ። ፣ ፤ ..., Khmer
     * ។ ៕) are punctuation, not letters. */
    if ((cp >= 0x530 && cp <= 0x58F) || (cp >= 0x700 && cp <= 0x7FF) ||
        (cp >= 0x900 && cp <= 0xFFF) || (cp >= 0x1000 && cp <= 0x10FF) ||
        (cp >= 0x1200 && cp <= 0x167F) || (cp >= 0x1780 && cp <= 0x18AF) ||
        (cp >= 0x2D30 && cp <= 0x2DDF))
        return (cp == 0x104A || cp == 0x104B || (cp >= 0x1361 && cp <= 0x1368) ||
                (cp >= 0x17D4 && cp <= 0x17DA))
                   ? -1
                   : PC_SCRIPT_OTHER;
    return -1;
}

/* pc_utf8_next with the ASCII case inline. */
static inline size_t pc_utf8_step(const char *t, size_t i, size_t e, uint32_t *cp)
{
    unsigned char c = (unsigned char)t[i];
    if (c < 0x80) {
        *cp = c;
        return i + 1;
    }
    return pc_utf8_next(t, i, e, cp);
}
int pc_ends_sentence(const char *t, size_t s, size_t e);
void pc_feat_scan(const char *t, size_t s, size_t e, pc_block_features *f);
/* The same a character at a time, every word looked up as a cue (tests). */
void pc_feat_scan_bytes(const char *t, size_t s, size_t e, pc_block_features *f);
const char *pc_ci_find(const char *t, size_t s, size_t e, const char *needle);
/* The length of the link prefix ("http://", "https://", "www.", any case)
 * that opens t[i..e), or 0: the cleaner's link words and the leading-link
 * rule (pc_leading_link) read links alike. */
size_t pc_url_prefix(const char *t, size_t i, size_t e);
uint64_t pc_line_hash(const char *t, size_t s, size_t e);
void pc_repeat_init(pc_repeat *r, const char *t, size_t len);
void pc_repeat_add(pc_repeat *r, const char *t, size_t s, size_t e);
unsigned pc_repeat_count(const pc_repeat *r, const char *t, size_t s, size_t e);
/* The start of the first occurrence of line t[s..e) (s itself when it is
 * not counted). */
size_t pc_repeat_first(const pc_repeat *r, const char *t, size_t s, size_t e);

/* clean.c: like pc_clean, but reports every block with its verdict (kept
 * or the rule that dropped it); the test and debugging hook. */
typedef int (*pc_verdict_fn)(void *ctx, pc_verdict v, size_t start, size_t end);
int pc_clean_verdicts(const char *text, size_t len, pc_verdict_fn fn, void *ctx);

/* clean_rules.c */
const char *pc_verdict_name(pc_verdict v);
pc_verdict pc_classify(const pc_clean_doc *d, const pc_block *b, const pc_block_features *f);
size_t pc_strip_dateline(const char *t, size_t s, size_t e);
/* A dash between a dateline and its text at t[i]: "-", "--", "_" (the AP
 * wire's typewriter dash), an en or em dash; then white space.  Returns
 * the index after the dash, or 0. */
size_t pc_match_dash(const char *t, size_t i, size_t e);
/* Word counts that decide "short" in the driver. */
#define PC_FRAGMENT_WORDS 10  /* a heading-like line this short is a subhead */
#define PC_TITLE_WORDS 25     /* longest title */
#define PC_PREHEADER_WORDS 15 /* a line above the title this short is chrome */
#define PC_TAIL_WORDS 20      /* longest line of a trailing headline list */
/* A body block (a sentence with its full stop, no cue) this long in the
 * tail is kept: the article's last paragraphs between a photo credit, a
 * "Related article:" line and a prompt were dropped with them.  Trailing
 * headlines have no full stop, and captions with one are shorter or carry
 * a credit label (rule_credit). */
#define PC_TAIL_SENTENCE 12
#endif
