/* Cluster life cycle and the front of the pipeline: repair -> clean ->
 * segment -> analyze, run once per document as it is added. */
#include "model/cluster.h"

#include <libstemmer.h>
#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

#include "lang/lang.h"
#include "text/meta.h"
#include "text/boilerplate.h"
#include "text/clean.h"
#include "text/normalize.h"
#include "text/stems.h"
#include "text/segment.h"
#include "text/tokenize.h"
#include "util/hash.h"
#include "util/alloc.h"
#include "util/utf8.h"

#define DEFAULT_MAX_DOCUMENT ((size_t)64 << 20)
#define DEFAULT_MAX_SENTENCE ((size_t)4096)
#define DEFAULT_MAX_GRAPH ((size_t)2000)
#define DEFAULT_MAX_CLUSTER ((size_t)256 << 20)
#define DEFAULT_MAX_DOCUMENTS ((size_t)100000)
#define DEFAULT_MAX_MEMORY ((size_t)2 << 30)
#define DEFAULT_MAX_LINE ((size_t)128 << 20)

PRECIS_API void precis_options_init(precis_options *o)
{
    if (!o)
        return; /* as precis_rouge_options_init: nothing to fill */
    memset(o, 0, sizeof *o);
    o->unit = PRECIS_UNIT_WORDS;
    o->budget = 0; /* automatic: see PRECIS_DEFAULT_WORDS */
    o->order = PRECIS_ORDER_READING;
    o->redundancy = 0.5;
    o->max_document_bytes = DEFAULT_MAX_DOCUMENT;
    o->max_sentence_bytes = DEFAULT_MAX_SENTENCE;
    o->max_graph_sentences = DEFAULT_MAX_GRAPH;
    o->max_cluster_bytes = DEFAULT_MAX_CLUSTER;
    o->max_documents = DEFAULT_MAX_DOCUMENTS;
    o->max_cluster_memory = DEFAULT_MAX_MEMORY;
    o->max_line_bytes = DEFAULT_MAX_LINE;
}

void pc_warn(const precis_options *o, const char *name, const precis_error *w)
{
    if (!o || !o->warn_fn || !w->code)
        return;
    precis_error named = *w;
    if (name) {
        snprintf(named.buf, sizeof named.buf, "%s: %s", name, w->message);
        named.message = named.buf;
    } else if (w->message == w->buf) {
        named.message = named.buf;
    }
    o->warn_fn(o->warn_ctx, &named);
}

PRECIS_API precis_status precis_cluster_new(precis_cluster **out, const precis_allocator *alc)
{
    if (!out)
        return PRECIS_EINVAL;
    *out = NULL;
    precis_cluster *c = pc_malloc(alc, sizeof *c);
    if (!c)
        return PRECIS_ENOMEM;
    memset(c, 0, sizeof *c);
    c->alc = alc;
    pc_arena_init(&c->arena, alc);
    pc_vocab_init(&c->vocab, alc);
    precis_options_init(&c->opts);
    c->stemmer = sb_stemmer_new("english", NULL);
    if (!c->stemmer) {
        pc_free(alc, c, sizeof *c);
        return PRECIS_ENOMEM;
    }
    *out = c;
    return PRECIS_OK;
}

PRECIS_API void precis_cluster_free(precis_cluster *c)
{
    if (!c)
        return;
    if (c->stemmer)
        sb_stemmer_delete(c->stemmer);
    for (size_t i = 0; i < sizeof c->lang_stemmer / sizeof *c->lang_stemmer; i++)
        if (c->lang_stemmer[i])
            sb_stemmer_delete(c->lang_stemmer[i]);
    pc_vocab_release(&c->vocab);
    pc_copies_release(&c->copies, c->alc);
    for (size_t d = 0; d < c->ndocs; d++)
        pc_free(c->alc, c->docs[d].copies, c->docs[d].copies_cap * sizeof *c->docs[d].copies);
    pc_free(c->alc, c->docs, c->docs_cap * sizeof *c->docs);
    pc_free(c->alc, c->ev, c->ev_cap * sizeof *c->ev);
    pc_free(c->alc, c->sents, c->sents_cap * sizeof *c->sents);
    pc_arena_release(&c->arena);
    pc_free(c->alc, c, sizeof *c);
}

size_t pc_doc_input_offset(const pc_doc *d, size_t off)
{
    /* Each replacement turned one input byte into three (U+FFFD). */
    size_t lo = 0, hi = d->nrepl;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->repl[mid] < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return d->skipped + off - 2 * lo;
}

static const char *dup_opt(pc_arena *a, const char *s)
{
    return s ? pc_arena_strndup(a, s, strlen(s)) : NULL;
}

/* Copies text into the arena, replacing each invalid byte by U+FFFD and
 * recording where.  Returns 0 or -1 (out of memory). */
static int repair_copy(precis_cluster *c, pc_doc *d, const char *text, size_t len, size_t first_bad)
{
    if (first_bad == len) {
        char *copy = pc_arena_strndup(&c->arena, text, len);
        if (!copy)
            return -1;
        d->text = copy;
        d->len = len;
        return 0;
    }
    size_t nbad = pc_utf8_count_invalid(text, len, first_bad);
    if (nbad > (SIZE_MAX - len - 1) / 2)
        return -1;
    char *out = pc_arena_alloc(&c->arena, len + 2 * nbad + 1);
    size_t *repl = pc_arena_alloc(&c->arena, nbad * sizeof *repl);
    if (!out || !repl)
        return -1;
    size_t o = pc_utf8_repair(text, len, first_bad, out, repl);
    out[o] = '\0';
    d->text = out;
    d->len = o;
    d->repl = repl;
    d->nrepl = nbad;
    return 0;
}

/* A word of the sentence being analysed that no surface slot had when it
 * was read (see on_token). */
typedef struct new_word {
    uint32_t index; /* in the sentence */
    uint32_t hash;
    uint32_t len;      /* of the folded form */
    uint32_t form_off; /* the folded form is forms[form_off..+len), then 8 NUL bytes */
} new_word;

typedef struct analyze_ctx {
    precis_cluster *c;
    const pc_lang *lang; /* of the document being analysed */
    const char *text;    /* display text of the sentence being analysed */
    uint32_t *tok;       /* term ids of its words; UINT32_MAX for the new ones */
    size_t ntok, tok_cap;
    uint32_t *at; /* where each word starts in text, when keep_at (pc_sent.tok_at) */
    size_t at_cap;
    int keep_at;
    new_word *new_words; /* the new words, in order */
    size_t nnew, new_cap;
    char *forms; /* their folded forms */
    size_t nforms, forms_cap;
} analyze_ctx;

/* The Snowball stemmer of a language other than English (created the first
 * time a document of the language needs it), or NULL when libstemmer has
 * none for it. */
static struct sb_stemmer *lang_stemmer(precis_cluster *c, const pc_lang *lang)
{
    if (!lang->stemmer)
        return NULL;
    for (size_t i = 0; i < pc_lang_count() && i < sizeof c->lang_stemmer / sizeof *c->lang_stemmer;
         i++)
        if (pc_lang_at(i) == lang) {
            if (!c->lang_stemmer[i])
                c->lang_stemmer[i] = sb_stemmer_new(lang->stemmer, NULL);
            return c->lang_stemmer[i];
        }
    return NULL;
}

/* The stem of folded form w[0..n) (hash = pc_hash(w, n)) in language
 * `lang`: w itself where the stemmer cannot change it (two letters or
 * fewer, numbers) or the language has no stemmer; for English from the
 * table of frequent forms (into buf, PC_STEM_MAX_FORM + 1 bytes) when it is
 * there, else from Snowball.  The result is valid until the next call. */
static const char *stem_of(precis_cluster *c, const pc_lang *lang, const char *w, size_t n,
                           uint32_t hash, char *buf, size_t *sl)
{
    if (lang != &pc_lang_en) {
        struct sb_stemmer *st = pc_stem_wanted(w, n) ? lang_stemmer(c, lang) : NULL;
        const sb_symbol *sb = st ? sb_stemmer_stem(st, (const sb_symbol *)w, (int)n) : NULL;
        if (sb) {
            *sl = (size_t)sb_stemmer_length(st);
            return (const char *)sb;
        }
        *sl = n;
        return w;
    }
    if (pc_stem_wanted(w, n)) {
        if ((*sl = pc_stem_lookup(w, n, hash, buf)) != 0)
            return buf;
        const sb_symbol *sb = sb_stemmer_stem(c->stemmer, (const sb_symbol *)w, (int)n);
        if (sb) {
            *sl = (size_t)sb_stemmer_length(c->stemmer);
            return (const char *)sb;
        }
    }
    *sl = n;
    return w;
}

/* 1 if s[0..n) opens with an uppercase letter beyond ASCII ("Лукин",
 * "Νίκος"); English keeps its ASCII test. */
static int capital_at(const char *s, size_t n)
{
    utf8proc_int32_t cp;
    return utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &cp) > 0 &&
           utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

/* 1 if what follows s[0..p) (past spaces) in s[0..n) opens with a
 * lower-case letter: the predicate after a copula's dash, no sentence a
 * dateline opens ("Малышка Эми (Amy) -- компьютерный гений ..."). */
static int lower_after(const char *s, size_t p, size_t n)
{
    while (p < n && s[p] == ' ')
        p++;
    utf8proc_int32_t cp;
    return p < n &&
           utf8proc_iterate((const utf8proc_uint8_t *)s + p, (utf8proc_ssize_t)(n - p), &cp) > 0 &&
           utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

/* While a sentence is read, its tok[] entries carry this bit for a word
 * capitalised inside the sentence, which marks a name (the first word is
 * capitalised anyway); term ids stay below it (pc_vocab_intern). */
#define TOK_UPPER 0x80000000u

/* Maps one folded word to its term id when its surface form was seen
 * before; a new form waits for the end of the sentence (resolve_new_words), its
 * slot of the stem table prefetched meanwhile.  Occurrences are counted at
 * the end of the document (count_terms). */
static int on_token(void *vctx, const char *w, size_t n, uint32_t h, size_t start, size_t end)
{
    analyze_ctx *x = vctx;
    precis_cluster *c = x->c;
    const precis_allocator *alc = c->alc;
    size_t letters, el;
    if (x->keep_at) { /* the word's start as the tokenizer gives it, elision and all */
        if (x->ntok == x->at_cap &&
            pc_array_reserve(alc, (void **)&x->at, &x->at_cap, x->ntok + 1, sizeof *x->at))
            return -1;
        x->at[x->ntok] = (uint32_t)start;
    }
    if (x->lang->elisions && (el = pc_lang_elision(x->lang, x->text, start, end, &letters))) {
        /* "d'euros" is the term "euros", as "euros" alone is */
        w += letters, n -= letters, h = pc_fnv1a(w, n), start += el;
    }
    if (x->ntok == x->tok_cap &&
        pc_array_reserve(alc, (void **)&x->tok, &x->tok_cap, x->ntok + 1, sizeof *x->tok))
        return -1;
    uint32_t upper = x->ntok > 0 && x->text[start] >= 'A' && x->text[start] <= 'Z' ? TOK_UPPER : 0;
    if (!upper && x->ntok > 0 && (unsigned char)x->text[start] >= 0xC0 && x->lang != &pc_lang_en)
        upper = capital_at(x->text + start, end - start) ? TOK_UPPER : 0; /* Cyrillic, Greek */
    uint32_t id = pc_vocab_find_surface(&c->vocab, w, n, h);
    if (id) {
        x->tok[x->ntok++] = (id - 1) | upper;
        return 0;
    }
    if ((x->nnew == x->new_cap && pc_array_reserve(alc, (void **)&x->new_words, &x->new_cap,
                                                   x->nnew + 1, sizeof *x->new_words)) ||
        (x->forms_cap - x->nforms < n + 8 &&
         pc_array_reserve(alc, (void **)&x->forms, &x->forms_cap, x->nforms + n + 8, 1)))
        return -1;
    if (pc_stem_wanted(w, n))
        pc_stem_prefetch(h);
    new_word *nw = &x->new_words[x->nnew++];
    nw->index = (uint32_t)x->ntok;
    nw->hash = h;
    nw->len = (uint32_t)n;
    nw->form_off = (uint32_t)x->nforms;
    memcpy(x->forms + x->nforms, w, n + 8);
    x->nforms += n + 8;
    x->tok[x->ntok++] = upper; /* the id comes in resolve_new_words */
    return 0;
}

/* The term ids of the new words of the sentence, in order: stopword check
 * and stem, then the form is recorded (a form new twice in the sentence is
 * found the second time).  Returns 0 or -1 (out of memory). */
static int resolve_new_words(analyze_ctx *x)
{
    precis_cluster *c = x->c;
    for (size_t i = 0; i < x->nnew; i++) {
        const new_word *nw = &x->new_words[i];
        const char *w = x->forms + nw->form_off;
        size_t n = nw->len;
        uint32_t id = pc_vocab_find_surface(&c->vocab, w, n, nw->hash);
        if (id) {
            id--;
        } else {
            int stop = x->lang == &pc_lang_en ? pc_is_stopword(w, n, nw->hash)
                                              : pc_lang_is_stopword(x->lang, w, n);
            /* Hebrew: "ובירושלים" is the term "ירושלים", "בכל" the
             * stopword "כל"; Arabic "المياه" the term "مياه" (lang.h,
             * pc_lang_prefix) */
            size_t pre = x->lang->prefixes || x->lang->articles ? pc_lang_prefix(x->lang, w, n) : 0;
            /* Korean: "다리를" is the term "다리" (pc_lang_particle) */
            size_t post = x->lang->particles ? pc_lang_particle(x->lang, w + pre, n - pre) : 0;
            const char *bare = w + pre;
            size_t bn = n - pre - post;
            uint32_t bh = pre || post ? pc_hash(bare, bn) : nw->hash;
            stop = stop || ((pre || post) && pc_lang_is_stopword(x->lang, bare, bn));
            size_t sl;
            char buf[PC_STEM_MAX_FORM + 1];
            const char *stem = stem_of(c, x->lang, bare, bn, bh, buf, &sl);
            /* the stem is often the form itself, whose hash is known */
            uint32_t sh = sl == bn && pc_bytes_eq(stem, bare, bn) ? bh : pc_hash(stem, sl);
            id = pc_vocab_intern(&c->vocab, &c->arena, stem, sl, sh, stop);
            if (id == UINT32_MAX || pc_vocab_add_surface(&c->vocab, &c->arena, w, n, nw->hash, id))
                return -1;
        }
        x->tok[nw->index] |= id;
    }
    return 0;
}

/* Counts the occurrences of the terms of document d's sentences, all at
 * once (the loads of their entries overlap), and clears TOK_UPPER.  Done
 * once the document is read and known not to be a near copy, whose words
 * must not count. */
static void count_terms(precis_cluster *c, const pc_doc *d)
{
    pc_term *terms = c->vocab.terms;
    for (size_t i = d->first_sent; i < d->first_sent + d->nsent; i++) {
        uint32_t *tok = c->sents[i].tok;
        for (size_t k = 0, n = c->sents[i].ntok; k < n; k++) {
            uint32_t id = tok[k] & ~TOK_UPPER;
            terms[id].occurrences++;
            terms[id].capitalised += tok[k] >> 31;
            tok[k] = id;
        }
    }
}

/* After document d (the last) is read: when it is a near copy of an earlier
 * document (model/copies.h), its sentences are dropped and its metadata
 * joins that document's copies; otherwise its words are counted and its
 * sentences indexed.  Returns PRECIS_OK or PRECIS_ENOMEM (the document is
 * then kept, and the cluster valid). */
static precis_status keep_or_merge(precis_cluster *c, size_t d)
{
    pc_doc *doc = &c->docs[d];
    uint32_t shared;
    size_t orig = c->keep_copies ? SIZE_MAX : pc_copies_best(c, d, &shared);
    if (orig != SIZE_MAX && pc_copies_is_copy(doc, shared)) {
        precis_doc_meta meta = doc->meta;
        if (pc_copies_add(c, orig, &meta) == 0) {
            c->nsents = doc->first_sent;
            c->ndocs--;
            return PRECIS_OK;
        }
        count_terms(c, doc);
        return PRECIS_ENOMEM;
    }
    count_terms(c, doc);
    return pc_copies_index(c, d) ? PRECIS_ENOMEM : PRECIS_OK;
}

typedef struct doc_ctx {
    precis_cluster *c;
    pc_doc *d;
    size_t doc_index;
    size_t block_off; /* offset of the current block in d->text */
    analyze_ctx an;
    int oom;
    int after_furniture; /* the next sentence follows furniture split off its front */
    /* a dateline (a place, an agency's tag) was split off the document's
     * front: the lead has begun after it */
    int dated;
    /* whole sentences' (not fronts split off) words, and the sentences of
     * the furniture table and their words: a template page (template_page) */
    size_t words, table_sents, table_words;
    /* a structured abstract (abstract_doc): 0 not yet read, 1 yes, 2 no;
     * and the headings already cut from its sentences */
    int abstract;
    unsigned headings_cut;
} doc_ctx;

/* Whether the document just read is a template page, not an article: at
 * least two of its sentences are of the furniture table (text/boilerplate.h),
 * and they make at least half of its words.  Text that the pages of many
 * unrelated stories carry word for word is a web archive's capture notice,
 * an error page or a sign-in wall; what such a page holds besides is the
 * same template's (the notice's sentences that fewer clusters share: "A
 * daily crawl of more than 200,000 home pages of news sites, ..."), not
 * news.  Every sentence of it is then furniture (docs/cleaning.md, "A
 * template page").  Half of the sentences instead would take a news lead
 * followed by two short prompts ("Breaking news emails ..."). */
static int template_page(const doc_ctx *x)
{
    return x->table_sents >= 2 && 2 * x->table_words >= x->words;
}

/* Finds the byte c in s[k..len) (memchr, fast on the long runs without
 * quotes); returns its index or len. */
static size_t find_byte(const char *s, size_t k, size_t len, int c)
{
    const char *p = k < len ? memchr(s + k, c, len - k) : NULL;
    return p ? (size_t)(p - s) : len;
}

static int has_curly_close(const char *s, size_t len, int low9)
{
    for (size_t k = find_byte(s, 0, len, 0xE2); k + 2 < len; k = find_byte(s, k + 1, len, 0xE2))
        if ((unsigned char)s[k + 1] == 0x80 &&
            ((unsigned char)s[k + 2] == 0x9D || (low9 && (unsigned char)s[k + 2] == 0x9C)))
            return 1;
    return 0;
}

/* Does s[0..i) end in a terminator of any script (pc_terminator_before),
 * possibly inside a closing guillemet (with the space French puts before
 * it) or CJK quote? */
static int ends_in_terminator(const char *s, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    if (i >= 2 && u[i - 2] == 0xC2 && u[i - 1] == 0xBB) { /* » */
        i -= 2;
        if (i >= 1 && u[i - 1] == ' ')
            i--;
        else if (i >= 2 && u[i - 2] == 0xC2 && u[i - 1] == 0xA0)
            i -= 2;
    } else if (i >= 3 && u[i - 3] == 0xE3 && u[i - 2] == 0x80 &&
               (u[i - 1] == 0x8D || u[i - 1] == 0x8F)) { /* 」 』 */
        i -= 3;
    }
    return pc_terminator_before(s, 0, i) != 0;
}

/* Words of a sentence of `ws` white-space separated words in a language
 * written without spaces: Chinese and Japanese write a sentence as one
 * white-space word, so there two Han or kana characters
 * (U+3040..U+9FFF, lead bytes E3 to E9 but not the CJK punctuation block
 * U+3000..U+303F) count as one word, as for summary budgets, eligibility and
 * the length features.  Thai and Lao (U+0E00..U+0EFF, text of no profile)
 * write no space between words either, and their words are longer: four of
 * their characters (vowel and tone signs included) count as one word
 * (session 35; before, a Thai sentence of three clauses was three words,
 * never eligible, and a 20-word budget took a whole article). */
static size_t sentence_words(const char *s, size_t len, size_t ws)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t k = 0, thai = 0;
    for (size_t i = 0; i + 2 < len; i++) {
        k += u[i] >= 0xE3 && u[i] <= 0xE9 && (u[i + 1] & 0xC0) == 0x80 &&
             !(u[i] == 0xE3 && u[i + 1] == 0x80);
        thai += u[i] == 0xE0 && u[i + 1] >= 0xB8 && u[i + 1] <= 0xBB;
    }
    k = k / 2 + thai / 4;
    return k > ws ? k : ws;
}

/* A sentence may enter a summary when it reads as a complete sentence of
 * some length: at least 5 words and ending like a sentence in any script
 * (';' too in Greek, where `semicolon_ends`), and is no page furniture
 * that many unrelated stories' pages carry (text/boilerplate.h, checked by
 * the caller).  `low9`: the language opens
 * quotations with „ and closes them with “ (de, cs, ...). */
/* Whether a letter of a script without case (Arabic, Hebrew, Devanagari,
 * kana, Han: category Lo) is anywhere in s[0..len). */
static int caseless_letter(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if ((unsigned char)s[i] < 0xC0)
            continue;
        utf8proc_int32_t cp;
        utf8proc_ssize_t r =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
        if (r > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LO)
            return 1;
    }
    return 0;
}

/* Whether every word that opens with a letter opens with a capital, and
 * one does: a line of names, places, dates and numbers ("Nov. 10, 1995,
 * Ancaster, Ont.", "Box B, Redding Ridge, Conn.": a dateline, a list item,
 * an address) or a heading in title case, not a sentence of prose, which
 * always has a word in lower case.  Five of DUC 2003's 7,741 source
 * sentences are such and none of its 809 reference sentences; 22 of
 * Multi-News train-10k's 219,521 and none of its 107,834.  Letters without
 * case (Arabic, Hebrew, Hindi, Japanese, Chinese) count neither way, and a
 * sentence that has one anywhere is prose of a script that cannot show
 * the test's lower case: the capitals of the Latin names and acronyms it
 * quotes ("... GOP नामित ...", "JTによると、...", "... (FFP) ...") say
 * nothing of it. */
static int only_capitals(const char *s, size_t len)
{
    int upper = 0;
    for (size_t i = 0; i < len;) {
        while (i < len &&
               (s[i] == ' ' || s[i] == '"' || s[i] == '\'' || s[i] == '(' || s[i] == '['))
            i++;
        utf8proc_int32_t cp;
        utf8proc_ssize_t r =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
        if (r > 0) {
            utf8proc_category_t c = utf8proc_category(cp);
            if (c == UTF8PROC_CATEGORY_LL)
                return 0;
            upper |= c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
        }
        while (i < len && s[i] != ' ')
            i++;
    }
    return upper && !caseless_letter(s, len);
}

static int is_eligible(const char *s, size_t len, size_t words, int semicolon_ends, int low9)
{
    if (words < 5)
        return 0;
    if (len == 0 || only_capitals(s, len))
        return 0;
    size_t i = len;
    /* skip closing quotes and brackets, and the spaces before them in text
     * that writes its quote marks apart (Multi-News: "... prison alive. \"") */
    while (i > 0) {
        unsigned char ch = (unsigned char)s[i - 1];
        if (ch == '"' || ch == '\'' || ch == ')' || ch == ']' || (ch == ' ' && i < len)) {
            i--;
        } else if (i >= 3 && ch >= 0x98 && ch <= 0x9D && (unsigned char)s[i - 2] == 0x80 &&
                   (unsigned char)s[i - 3] == 0xE2) {
            i -= 3; /* curly quotes U+2018..U+201D */
        } else {
            break;
        }
    }
    if (i == 0)
        return 0;
    /* The tail or the head of a quote that runs over several sentences
     * ("...ash," Aas said. / "I think it is bad.) reads as a fragment on its
     * own and hides who speaks: the quote marks do not pair up.  Curly quotes
     * tell it directly; an odd straight one does when it is glued to a word
     * on one side.  (Tokenised text, with quotes standing alone, is left
     * alone.) */
    size_t straight = 0, first_straight = find_byte(s, 0, len, '"');
    for (size_t k = first_straight; k < len; k = find_byte(s, k + 1, len, '"'))
        straight++;
    int first_curly = 0; /* 1 opening, 2 closing */
    for (size_t k = find_byte(s, 0, len, 0xE2); !first_curly && k + 2 < len;
         k = find_byte(s, k + 1, len, 0xE2)) {
        unsigned char d = (unsigned char)s[k + 2];
        if ((unsigned char)s[k + 1] != 0x80)
            continue;
        if (d == 0x9E || (d == 0x9C && !low9))
            first_curly = 1; /* „ and, outside low9 languages, “ */
        else if (d == 0x9D || d == 0x9C)
            first_curly = 2;
    }
    if (first_curly == 2 || (first_curly == 1 && !has_curly_close(s, len, low9)))
        return 0;
    if (straight % 2) {
        size_t q = first_straight;
        int glued_before = q > 0 && s[q - 1] != ' ';
        int glued_after = q + 1 < len && s[q + 1] != ' ';
        /* "...ash," Aas said. (a tail).  A straight quote opening a head is
         * not told from one opening a short quote the segmenter split
         * ("Mr. X" "...) often enough: left to the curly quotes. */
        if (glued_before && !glued_after)
            return 0;
    }
    char last = s[i - 1];
    if (last == '.' || last == '!' || last == '?' || (last == ';' && semicolon_ends))
        return 1;
    /* Thai and Lao write no terminator: the space after a sentence ends it
     * (the segmenter's rule), and a sentence ending in a Thai letter ends
     * like one of that script (session 35) */
    return ends_in_terminator(s, i) || pc_thai_end(s, 0, i);
}

/* Does the sentence at text[at] open where its source begins a sentence: at
 * the top of the document, on a new line, after a sentence's end (a
 * terminator, then perhaps quotes and spaces), or after what closes a
 * dateline ("NEW YORK (Reuters Health) - ", "LONDON -- ", an en or em
 * dash)?  Text that lower-cases its sentences (Multi-News) writes "the
 * hospital.the suspect", "big sis. \" janet napolitano", "new york (
 * reuters health ) - stand-up comedians have ...": the display opens such
 * a sentence with a capital, as its source would have.  model/standalone.c
 * (opens_lower) reads the same places as a sentence's start. */
static int opens_sentence(const char *text, size_t at)
{
    while (at > 0 && memchr(" \t\r\n\"'", text[at - 1], 6)) {
        if (text[at - 1] == '\n' || text[at - 1] == '\r') /* CR alone ends lines too */
            return 1;
        at--;
    }
    if (at == 0)
        return 1;
    unsigned char p = (unsigned char)text[at - 1];
    if (p == '.' || p == '!' || p == '?' || p == '-' || p == ')')
        return 1;
    /* U+2013, U+2014 (dashes), U+201D (closing quote) */
    return at >= 3 && (unsigned char)text[at - 3] == 0xE2 && (unsigned char)text[at - 2] == 0x80 &&
           (p == 0x93 || p == 0x94 || p == 0x9D);
}

/* Whether the display text's first word is in lower case all through: not
 * a name written with a capital inside ("iPhone", "eBay"). */
static int lower_word(const char *s, size_t len)
{
    for (size_t i = 0; i < len && s[i] != ' '; i++)
        if (s[i] >= 'A' && s[i] <= 'Z')
            return 0;
    return len > 0 && s[0] >= 'a' && s[0] <= 'z';
}

/* A copyright notice that is the whole sentence (text/clean.h). */
static int notice_alone(const char *t, size_t len)
{
    size_t n = pc_copyright_notice(t, len);
    return n != 0 && n <= PC_COPYRIGHT_TOKENS;
}

/* `furniture`: the span is page furniture that the caller has split off the
 * front of a sentence (PC_FURNITURE_PREFIX), or 0 to ask the table of whole
 * furniture sentences. */
static int add_sentence(doc_ctx *x, size_t start, size_t end, uint8_t furniture)
{
    precis_cluster *c = x->c;
    const char *src = x->d->text + x->block_off + start;
    size_t n = end - start;
    char *disp = pc_arena_alloc(&c->arena, n + 2); /* + 1 for a capital İ (below) */
    if (!disp)
        goto oom;
    size_t words;
    size_t dl = pc_normalize_display(src, n, disp, &words);
    disp[dl] = '\0';
    if ((x->d->lang->seg & PC_SEG_NO_SPACES) || x->d->lang == &pc_lang_und)
        words = sentence_words(disp, dl, words);
    if (dl == 0)
        return 0;
    /* the sentence after page furniture split off its front starts where the
     * furniture ends: its display text opens with a capital, as the source's
     * did before the furniture ("Story highlights paul ryan ..."); offsets
     * are of the source */
    int recapped = lower_word(disp, dl) &&
                   (x->after_furniture || opens_sentence(x->d->text, x->block_off + start));
    if (recapped && disp[0] == 'i' && (x->d->lang->seg & PC_SEG_DOTTED_I)) {
        /* Turkish capitalises i as İ (I is the capital of ı): "istanbul'un"
         * opens "İstanbul'un", not "Istanbul'un" (session 35) */
        memmove(disp + 2, disp + 1, dl); /* the rest and its NUL */
        disp[0] = (char)0xC4;
        disp[1] = (char)0xB0;
        dl++;
    } else if (recapped) {
        disp[0] = (char)(disp[0] - 'a' + 'A');
    }
    x->an.ntok = x->an.nnew = x->an.nforms = 0;
    x->an.text = disp;
    x->an.keep_at = pc_may_quote(disp, dl);
    if (pc_tokenize(disp, dl, on_token, &x->an) || resolve_new_words(&x->an))
        goto oom;
    if (pc_array_reserve(c->alc, (void **)&c->sents, &c->sents_cap, c->nsents + 1,
                         sizeof *c->sents))
        goto oom;
    pc_sent *s = &c->sents[c->nsents];
    memset(s, 0, sizeof *s);
    s->doc = (uint32_t)x->doc_index;
    s->pos = (uint32_t)x->d->npos;
    s->start = x->block_off + start;
    s->end = x->block_off + end;
    s->text = disp;
    s->len = dl;
    s->recapped = (uint8_t)recapped;
    s->words = words > UINT32_MAX ? UINT32_MAX : (uint32_t)words;
    s->ntok = (uint32_t)x->an.ntok;
    s->tok = pc_arena_alloc(&c->arena, x->an.ntok * sizeof *s->tok);
    if (!s->tok)
        goto oom;
    if (x->an.ntok) /* a sentence of punctuation has no tokens (and tok may be NULL) */
        memcpy(s->tok, x->an.tok, x->an.ntok * sizeof *s->tok);
    if (x->an.keep_at && x->an.ntok) {
        s->tok_at = pc_arena_alloc(&c->arena, x->an.ntok * sizeof *s->tok_at);
        if (!s->tok_at)
            goto oom;
        memcpy(s->tok_at, x->an.at, x->an.ntok * sizeof *s->tok_at);
    }
    x->d->words += x->an.ntok;
    /* furniture: split off a sentence's front by the caller, a sentence of
     * the table, a page's time stamp or copyright notice (text/clean.h), leaked
     * markup, a contact or credit line (the word count first: it is cheap), or
     * an English photo caption, prompt, link's label or web archive's notice
     * (text/boilerplate.h), or another language's furniture of its profile's
     * table (lang.h) */
    int table = !furniture && pc_is_boilerplate(disp, dl);
    if (!furniture) {
        x->words += words;
        x->table_sents += (size_t)table;
        x->table_words += table ? words : 0;
    }
    s->furniture =
        furniture ? furniture
        : table || pc_is_stamp(disp, dl) || notice_alone(disp, dl) || pc_is_markup(disp, dl) ||
                pc_has_email(disp, dl) ||
                (words <= PC_CREDIT_LINE_WORDS && pc_is_credit_line(disp, dl))
            ? 1
        : x->d->lang == &pc_lang_en &&
                (pc_is_caption(disp, dl) || pc_is_prompt(disp, dl) || pc_is_link_run(disp, dl) ||
                 pc_is_archive_notice(disp, dl) || pc_is_author_note(disp, dl))
            ? 1
        /* in another language, its pages' own labels: a link's with its
         * headline, a credit, a prompt, a correction (lang.h) */
        : x->d->lang->furniture && pc_lang_furniture_sentence(x->d->lang, disp, dl) ? 1
                                                                                    : 0;
    s->eligible =
        (uint8_t)(!s->furniture &&
                  is_eligible(disp, dl, words, (x->d->lang->seg & PC_SEG_SEMICOLON_QUESTION) != 0,
                              (x->d->lang->seg & PC_SEG_LOW9_QUOTES) != 0));
    c->nsents++;
    x->d->nsent++;
    x->d->npos += !s->furniture;
    return 0;
oom:
    x->oom = 1;
    return -1;
}

static int is_space(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

/* pc_leading_stamp or pc_glued_stamp, noting in *stamped that a stamp was
 * split off. */
static size_t stamp_front(const char *s, size_t len, int *stamped)
{
    size_t p = pc_leading_stamp(s, len);
    if (!p)
        p = pc_glued_stamp(s, len);
    *stamped |= p != 0;
    return p;
}

/* Whether the sentence at text[at] follows a word that ends in a period
 * and holds another (an abbreviation, "a.m.", "r.-t.", or an ellipsis):
 * where the segmenter may have cut a sentence that goes on ("... before 8
 * a.m. | By district judge regis welsh, according to ..."). */
static int after_abbreviation(const char *text, size_t at)
{
    while (at > 0 && text[at - 1] == ' ')
        at--;
    if (at == 0 || text[at - 1] != '.')
        return 0;
    size_t w = at - 1;
    while (w > 0 && text[w - 1] != ' ')
        w--;
    return memchr(text + w, '.', at - 1 - w) != NULL || at - 1 - w == 1;
}

/* Whether text[at] follows a dash or a closing bracket (and spaces): where
 * a headline's "( afp ) –" ended, not a sentence's terminator. */
static int after_dash(const char *text, size_t at)
{
    while (at > 0 && text[at - 1] == ' ')
        at--;
    if (at == 0)
        return 0;
    unsigned char p = (unsigned char)text[at - 1];
    return p == '-' || p == ')' ||
           (at >= 3 && (unsigned char)text[at - 3] == 0xE2 && (unsigned char)text[at - 2] == 0x80 &&
            (p == 0x93 || p == 0x94));
}

/* Whether a later sentence of the document opens with a front of the same
 * kind (pc_leading_place_cased, read over its first PC_TURN_WINDOW bytes):
 * an interview's turns, each opened by its speaker's label ("Folha -- O
 * senhor foi ...? Miranda -- Em relação a mim ..."), where a dateline
 * stands once.  Read once a document, when its first sentence has such a
 * front: a scan of the document, linear. */
#define PC_TURN_WINDOW 200
static int turns_again(const pc_doc *d, size_t from)
{
    for (size_t i = from + 2; i < d->len; i++) {
        char p = d->text[i - 2];
        if (!((d->text[i - 1] == ' ' || d->text[i - 1] == '\n') &&
              (p == '.' || p == '?' || p == '!' || p == '\n')))
            continue;
        size_t n = d->len - i < PC_TURN_WINDOW ? d->len - i : PC_TURN_WINDOW;
        if (pc_leading_place_cased(d->text + i, n, d->lang))
            return 1;
    }
    return 0;
}

/* Whether the document is a structured abstract: two of its sentences
 * open with section headings (pc_leading_abstract_heading) of which the
 * later one opens a later part ("Background ... Methods ...", "Objective
 * ... Results ..."): a journal's abstract scraped with the news.  One
 * heading word alone opens news sentences ("Results of the poll show
 * ..."); two in the abstract's order are its signal.  Sentence starts
 * are read at the document's start, after a line's end, and after a full
 * stop, a question or exclamation mark and a space: a scan of the
 * document, once, linear. */
static int abstract_doc(const pc_doc *d)
{
    int low = 5, part;
    unsigned which;
    /* the document's start, then each byte after a space or a line's end
     * (found by memchr: the text between is not read) */
    size_t nl = find_byte(d->text, 0, d->len, '\n');
    for (size_t i = 0; i < d->len;) {
        if (i == 0 || d->text[i - 1] == '\n' || (i >= 2 && memchr(".?!", d->text[i - 2], 3))) {
            size_t n = d->len - i < 64 ? d->len - i : 64;
            if (pc_leading_abstract_heading(d->text + i, n, &part, &which)) {
                if (part > low)
                    return 1;
                if (part < low)
                    low = part;
            }
        }
        size_t sp = find_byte(d->text, i, d->len, ' ');
        if (nl < i)
            nl = find_byte(d->text, i, d->len, '\n');
        i = (sp < nl ? sp : nl) + 1;
    }
    return 0;
}

/* A structured abstract's heading at the sentence's front, each heading
 * once a document (the first is the section's; "Results" again is a word
 * of its text), in a document that abstract_doc reads as one. */
static size_t abstract_heading(doc_ctx *x, const char *s, size_t len)
{
    int part;
    unsigned which;
    size_t p = pc_leading_abstract_heading(s, len, &part, &which);
    if (!p || (x->headings_cut >> which & 1u))
        return 0;
    if (!x->abstract)
        x->abstract = abstract_doc(x->d) ? 1 : 2;
    if (x->abstract != 1)
        return 0;
    x->headings_cut |= 1u << which;
    return p;
}

/* Adds the span as a sentence, after splitting off the page furniture glued
 * to its front (text/boilerplate.h), each run as a sentence of its own that
 * never enters a summary; the separators after a run (a colon, a closing
 * bracket, a dash of any length) go with it, an opening quote stays with
 * the sentence. */
static int add_span(doc_ctx *x, size_t start, size_t end)
{
    const char *t = x->d->text + x->block_off;
    size_t p;
    /* the openers' table is of English pages' labels ("Close", "Update") */
    int opening = x->d->npos == 0 && x->d->lang == &pc_lang_en;
    int english = x->d->lang == &pc_lang_en;
    /* a byline right after a page's stamp is one wherever it stands */
    int stamped = 0, glued = 0, listed = 0, headed = 0;
    while ((opening && (p = pc_boilerplate_opener(t + start, end - start)) != 0) ||
           ((opening || (stamped && english)) &&
            (p = pc_leading_byline(t + start, end - start)) != 0) ||
           /* and inside a document, not after an abbreviation's period
            * (text/boilerplate.h) */
           (english && !opening && !stamped && (p = pc_inner_byline(t + start, end - start)) != 0 &&
            !after_abbreviation(t, start)) ||
           (english && (p = pc_leading_label(t + start, end - start)) != 0) ||
           (english && (p = abstract_heading(x, t + start, end - start)) != 0) ||
           (english && (p = pc_leading_label_to_quote(t + start, end - start)) != 0) ||
           (english && (p = pc_leading_link_headline(t + start, end - start)) != 0) ||
           (english && (p = pc_leading_picture_label(t + start, end - start)) != 0) ||
           (english && (p = pc_leading_updated(t + start, end - start)) != 0) ||
           /* outside English, the labels of its own pages' furniture: an
            * update's, a picture credit's, an advertisement's (the
            * profile's table, lang.h; English has none) */
           (x->d->lang->furniture &&
            (p = pc_lang_furniture_prefix(x->d->lang, t + start, end - start)) != 0) ||
           (p = pc_boilerplate_prefix(t + start, end - start)) != 0 ||
           /* outside English (whose pages Multi-News lower-cases) the
            * sentence after a dateline opens with a capital or a letter
            * without case */
           ((p = pc_leading_dateline(t + start, end - start)) != 0 &&
            (english || !lower_after(t + start, p, end - start)) && (x->dated = 1)) ||
           /* a place dateline without its agency is known by where it
            * stands: at the top of the document, or after a dash or a
            * bracket that ended a headline or a caption's credit
            * (text/boilerplate.h) */
           (english && (x->d->npos == 0 || after_dash(t, start)) &&
            (p = pc_leading_place(t + start, end - start)) != 0 && (x->dated = 1)) ||
           /* in other languages by its capitals too ("Zagreb – Jaka ..."),
            * at the top of the document only */
           (!english && x->d->npos == 0 &&
            (p = pc_leading_place_cased(t + start, end - start, x->d->lang)) != 0 &&
            !turns_again(x->d, x->block_off + start + p)) ||
           (p = stamp_front(t + start, end - start, &stamped)) != 0 ||
           (english && (p = pc_leading_copyright(t + start, end - start)) != 0) ||
           (p = pc_leading_aside(t + start, end - start)) != 0 ||
           (p = pc_leading_bullet(t + start, end - start)) != 0 ||
           (english && (p = pc_leading_list_number(t + start, end - start)) != 0) ||
           (english && (p = pc_leading_dash(t + start, end - start)) != 0) ||
           (p = pc_leading_caption_in(t + start, end - start, english)) != 0 ||
           (p = pc_leading_credit_in(t + start, end - start, english)) != 0 ||
           (p = pc_leading_share_buttons(t + start, end - start)) != 0 ||
           (english && (p = pc_leading_listen(t + start, end - start)) != 0) ||
           (p = pc_leading_link(t + start, end - start)) != 0 ||
           (english && (p = pc_glued_read_more(t + start, end - start)) != 0) ||
           (english && (p = pc_glued_share_this(t + start, end - start)) != 0) ||
           (english && (p = pc_glued_email_this(t + start, end - start)) != 0) ||
           (english && (p = pc_glued_duration(t + start, end - start)) != 0) ||
           (english && (p = pc_glued_credit_label(t + start, end - start)) != 0) ||
           /* the document's first sentence after its front furniture: a
            * list of highlights glued before the lead runs to the agency's
            * tag that opens it (text/boilerplate.h); once, and then the
            * dateline's rules read what follows the tag.  Not after a
            * dateline split off the front: the lead has begun there, and a
            * bracket in it is the lead's own ("miami -- researchers from the
            * university of miami ( um ) rosenstiel school ...") */
           (english && !glued && !x->dated && x->after_furniture && x->d->npos == 0 &&
            (p = pc_glued_agency_lead(t + start, end - start)) != 0 && (glued = 1)) ||
           /* a headline glued to the document's lead, known by its words
            * coming again in the lead, where an article or the lead's own
            * place dateline shows the lead's start (text/boilerplate.h);
            * once, and not after a dateline: the lead has begun there */
           (english && !headed && !x->dated && x->d->npos == 0 &&
            ((p = pc_glued_headline(t + start, end - start)) != 0 ||
             (p = pc_glued_headline_place(t + start, end - start)) != 0) &&
            (headed = 1))) {
        if (add_sentence(x, start, start + p, PC_FURNITURE_PREFIX))
            return -1;
        /* a run that ends with a picture's label ("... on your device media
         * caption"): the rest is the caption glued to the lead, where the
         * one ends and the other begins does not show (text/boilerplate.h):
         * furniture, which keeps the lead's place (the sentence after it is
         * not the document's first) */
        int labelled = english && p < end - start && pc_ends_picture_label(t + start, p);
        /* a highlights list's label: the agency's tag may yet show where
         * the lead begins (the loop's next turn); else below */
        listed = english && p < end - start && pc_ends_list_label(t + start, p);
        start += p;
        /* and an en or em dash ("lance's rise and fall – after denying ...") */
        while (start < end) {
            if (is_space(t[start]) || memchr(":;,-|)]", t[start], 7))
                start++;
            else if (end - start >= 3 && memcmp(t + start, "\xE2\x80", 2) == 0 &&
                     (t[start + 2] == '\x93' || t[start + 2] == '\x94'))
                start += 3;
            else
                break;
        }
        x->after_furniture = 1;
        if (labelled && end > start) {
            size_t at = x->c->nsents;
            int r = add_sentence(x, start, end, PC_FURNITURE_PREFIX);
            x->after_furniture = 0;
            if (x->c->nsents > at)
                x->d->npos++; /* the lead's place */
            return r;
        }
    }
    /* the items of a highlights list glued before the lead, with no
     * agency's tag after them: where the list ends and the lead begins
     * does not show (text/boilerplate.h), the rest is furniture that keeps
     * the lead's place; a short rest is one item, a sentence of its own */
    int whole =
        listed && end > start && pc_count_words(t + start, end - start) >= PC_LIST_LEAD_WORDS;
    size_t at = x->c->nsents;
    int r = end > start ? add_sentence(x, start, end, whole ? PC_FURNITURE_PREFIX : 0) : 0;
    x->after_furniture = 0;
    if (whole && x->c->nsents > at)
        x->d->npos++; /* the lead's place */
    return r;
}

/* Enforces max_sentence_bytes whatever the segmenter did: a longer span is
 * split at the last white space before the limit, or at the limit on a
 * character boundary.  Linear in the span. */
static int on_sentence(void *vctx, size_t start, size_t end)
{
    doc_ctx *x = vctx;
    const char *t = x->d->text + x->block_off;
    size_t max = x->c->opts.max_sentence_bytes;
    while (end - start > max) {
        size_t cut = start + max;
        while (cut > start && !is_space(t[cut]))
            cut--;
        if (cut == start) {
            cut = start + max;
            while (cut > start && ((unsigned char)t[cut] & 0xC0) == 0x80)
                cut--;
            if (cut == start) /* a limit below one character: keep it whole */
                for (cut = start + 1; cut < end && ((unsigned char)t[cut] & 0xC0) == 0x80;)
                    cut++;
        }
        size_t e = cut;
        while (e > start && is_space(t[e - 1]))
            e--;
        if (e > start && add_span(x, start, e))
            return -1;
        start = cut;
        while (start < end && is_space(t[start]))
            start++;
    }
    return end > start ? add_span(x, start, end) : 0;
}

static int on_block(void *vctx, pc_block_kind kind, size_t start, size_t end)
{
    doc_ctx *x = vctx;
    if (kind == PC_BLOCK_TITLE) {
        if (!x->d->meta.title) {
            char *t = pc_arena_alloc(&x->c->arena, end - start + 1);
            if (!t) {
                x->oom = 1;
                return -1;
            }
            size_t tl = pc_normalize_display(x->d->text + start, end - start, t, NULL);
            while (tl && t[0] == '#') /* Markdown heading marker */
                memmove(t, t + 1, tl--);
            while (tl && t[0] == ' ')
                memmove(t, t + 1, tl--);
            t[tl] = '\0';
            x->d->meta.title = tl ? t : NULL;
        }
        return 0;
    }
    x->block_off = start;
    if (pc_segment_lang(x->d->text + start, end - start, x->c->opts.max_sentence_bytes, x->d->lang,
                        on_sentence, x))
        return -1;
    return 0;
}

void pc_options_resolve(precis_options *out, const precis_options *opts)
{
    /* This call's options, NULL the defaults: never an earlier call's, whose
     * language string and warn_fn context the caller may have freed since. */
    precis_options defaults;
    precis_options_init(&defaults);
    *out = opts ? *opts : defaults;
    if (!out->max_document_bytes)
        out->max_document_bytes = defaults.max_document_bytes;
    if (!out->max_sentence_bytes)
        out->max_sentence_bytes = defaults.max_sentence_bytes;
    if (!out->max_graph_sentences)
        out->max_graph_sentences = defaults.max_graph_sentences;
    if (!out->max_cluster_bytes)
        out->max_cluster_bytes = defaults.max_cluster_bytes;
    if (!out->max_documents)
        out->max_documents = defaults.max_documents;
    if (!out->max_cluster_memory)
        out->max_cluster_memory = defaults.max_cluster_memory;
}

static precis_status refuse(precis_error *warn, precis_status code, const char *fmt, size_t v)
{
    if (warn) {
        warn->code = code;
        warn->message = warn->buf;
        snprintf(warn->buf, sizeof warn->buf, fmt, v);
    }
    return code;
}

static size_t line_of(const char *text, size_t off)
{
    size_t line = 1;
    for (const char *p = text; (p = memchr(p, '\n', (size_t)(text + off - p))) != NULL; p++)
        line++;
    return line;
}

/* Re-adds every document of c to a new cluster, each in language want[j],
 * in the order added, then puts the new cluster's contents in c: what a
 * document's analysis made of it (its sentences' terms, stems, stopwords,
 * sentence rules) follows its language, and the language can only be
 * decided with the cluster's other documents (agree).  What the first
 * reading found and the second cannot (bytes replaced, the BOM skipped,
 * the near copies dropped, its position among the inputs, an HTML page)
 * is carried over; no warning is given twice.  On error c is as it was. */
static precis_status reanalyse(precis_cluster *c, const pc_lang *const *want)
{
    precis_cluster *n;
    precis_status st = precis_cluster_new(&n, c->alc);
    if (st)
        return st;
    precis_options o = c->opts;
    o.warn_fn = NULL;
    o.language = NULL;
    n->keep_copies = 1; /* the copies were dropped the first time */
    for (size_t j = 0; j < c->ndocs && !st; j++) {
        const pc_doc *od = &c->docs[j];
        n->force_lang = want[j];
        n->force_ev = &c->ev[j];
        st = precis_cluster_add_document(n, od->text, od->len, &od->meta, &o, NULL);
        if (!st && n->ndocs != j + 1)
            st = PRECIS_ENOMEM;
        if (st)
            break;
        pc_doc *nd = &n->docs[j];
        nd->skipped = od->skipped;
        nd->input = od->input;
        nd->html = od->html;
        if (od->nrepl) {
            nd->repl = pc_arena_alloc(&n->arena, od->nrepl * sizeof *od->repl);
            if (!nd->repl) {
                st = PRECIS_ENOMEM;
                break;
            }
            memcpy(nd->repl, od->repl, od->nrepl * sizeof *od->repl);
            nd->nrepl = od->nrepl;
        }
        for (size_t k = 0; k < od->ncopies && !st; k++) {
            precis_doc_meta m = od->copies[k];
            m.name = dup_opt(&n->arena, m.name);
            m.source = dup_opt(&n->arena, m.source);
            m.title = dup_opt(&n->arena, m.title);
            m.date = dup_opt(&n->arena, m.date);
            m.url = dup_opt(&n->arena, m.url);
            if (pc_copies_add(n, j, &m))
                st = PRECIS_ENOMEM;
        }
    }
    if (st) {
        precis_cluster_free(n);
        return st;
    }
    n->force_lang = NULL;
    n->force_ev = NULL;
    n->keep_copies = c->keep_copies;
    n->ncopies = c->ncopies;
    n->input_bytes = c->input_bytes;
    n->opts = c->opts;
    n->firm = c->firm;
    precis_cluster t = *c;
    *c = *n;
    *n = t;
    precis_cluster_free(n);
    return PRECIS_OK;
}

/* One story, one language (docs/languages.md): a document named weakly
 * takes the language that every firm document of the cluster shares
 * (pc_lang_agree), whichever came first.  Each document is read in the
 * language of the firm documents before it; once the document kept, d,
 * changes what the firm documents share (at most twice a cluster: none,
 * one language, mixed), the documents read before are decided again, and
 * when one changes the cluster is read again (reanalyse). */
static precis_status agree(precis_cluster *c, size_t d)
{
    pc_lang_firm before = c->firm;
    pc_lang_firm_add(&c->ev[d], &c->firm);
    if (c->firm.lang == before.lang && c->firm.mixed == before.mixed)
        return PRECIS_OK;
    size_t change = 0;
    for (size_t j = 0; j < c->ndocs; j++)
        change += pc_lang_agree(&c->ev[j], c->firm.lang) != c->docs[j].lang;
    if (!change)
        return PRECIS_OK;
    const pc_lang **want = pc_malloc(c->alc, c->ndocs * sizeof *want);
    if (!want) {
        c->firm = before;
        return PRECIS_ENOMEM;
    }
    for (size_t j = 0; j < c->ndocs; j++)
        want[j] = pc_lang_agree(&c->ev[j], c->firm.lang);
    precis_status st = reanalyse(c, want);
    pc_free(c->alc, want, c->ndocs * sizeof *want);
    if (st) /* as it was: a later document tries again */
        c->firm = before;
    return st;
}

PRECIS_API precis_status precis_cluster_add_document(precis_cluster *c, const char *text,
                                                     size_t len, const precis_doc_meta *meta,
                                                     const precis_options *opts, precis_error *warn)
{
    precis_error local;
    if (!warn)
        warn = &local;
    memset(warn, 0, sizeof *warn);
    warn->message = "";
    if (!c || (!text && len) || c->in_callback)
        return PRECIS_EINVAL;
    pc_options_resolve(&c->opts, opts);
    c->arena.limit = c->opts.max_cluster_memory;
    /* near copies count: they were read too */
    if (c->ndocs + c->ncopies >= c->opts.max_documents || c->ndocs >= UINT32_MAX - 1)
        return refuse(warn, PRECIS_ELIMIT,
                      "document refused: the cluster has %zu documents "
                      "(max_documents)",
                      c->ndocs + c->ncopies);
    if (pc_array_reserve(c->alc, (void **)&c->docs, &c->docs_cap, c->ndocs + 1, sizeof *c->docs))
        return PRECIS_ENOMEM;
    pc_doc *d = &c->docs[c->ndocs];
    memset(d, 0, sizeof *d);
    d->input = c->ndocs + c->ncopies;
    /* UTF-16 (a Windows "Unicode" text file) is converted to UTF-8; offsets
     * then refer to the converted text. */
    char *conv = NULL;
    size_t conv_cap = 0, bom, conv_bad = 0;
    int utf16 = pc_utf16_detect(text, len, &bom);
    if (utf16) {
        conv_cap = pc_utf16_max_out(len);
        conv = pc_malloc(c->alc, conv_cap);
        if (!conv)
            return PRECIS_ENOMEM;
        len = pc_utf16_to_utf8(text + bom, len - bom, utf16 == 2, conv, &conv_bad);
        text = conv;
    } else if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        d->skipped = 3;
        text += 3;
        len -= 3;
    }
    int cut = 0;
    if (len > c->opts.max_document_bytes) {
        /* Cut at a character boundary so the cut adds no invalid byte. */
        size_t n = c->opts.max_document_bytes;
        while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
            n--;
        len = n;
        cut = 1;
    }
    if (len > c->opts.max_cluster_bytes - (c->input_bytes < c->opts.max_cluster_bytes
                                               ? c->input_bytes
                                               : c->opts.max_cluster_bytes)) {
        pc_free(c->alc, conv, conv_cap);
        return refuse(warn, PRECIS_ELIMIT,
                      "document refused: the cluster would exceed %zu "
                      "bytes (max_cluster_bytes)",
                      c->opts.max_cluster_bytes);
    }
    size_t first_bad = pc_utf8_first_invalid(text, len);
    int meta_lost = 0; /* a field given, and no room for its copy */
    if (meta) {
        d->meta.name = dup_opt(&c->arena, meta->name);
        d->meta.source = dup_opt(&c->arena, meta->source);
        d->meta.title = dup_opt(&c->arena, meta->title);
        d->meta.date = dup_opt(&c->arena, meta->date);
        d->meta.url = dup_opt(&c->arena, meta->url);
        meta_lost = (meta->name && !d->meta.name) || (meta->source && !d->meta.source) ||
                    (meta->title && !d->meta.title) || (meta->date && !d->meta.date) ||
                    (meta->url && !d->meta.url);
    }
    int bad_copy = meta_lost || repair_copy(c, d, text, len, first_bad);
    size_t bad_line = first_bad < len ? line_of(text, first_bad) : 0;
    pc_free(c->alc, conv, conv_cap);
    /* the language forced by the options, or the document's own; then the
     * metadata in its first lines, whose date lines may be in its words */
    if (pc_array_reserve(c->alc, (void **)&c->ev, &c->ev_cap, c->ndocs + 1, sizeof *c->ev))
        return PRECIS_ENOMEM;
    pc_lang_evidence *ev = &c->ev[c->ndocs];
    memset(ev, 0, sizeof *ev);
    ev->firm = 1;
    if (c->force_lang) {
        d->lang = c->force_lang;
        *ev = *c->force_ev;
    } else {
        d->lang = c->opts.language && *c->opts.language ? pc_lang_find(c->opts.language)
                  : bad_copy                            ? &pc_lang_und
                                                        : pc_lang_identify_ev(d->text, d->len, ev);
        if (bad_copy || (c->opts.language && *c->opts.language)) {
            ev->lang = d->lang;
            ev->script = (uint8_t)d->lang->script;
        } else {
            /* one story, one language: a weakly named document takes the
             * language of the cluster's firm ones (pc_lang_agree) */
            d->lang = pc_lang_agree(ev, c->firm.lang);
        }
    }
    if (!bad_copy && pc_meta_detect_lang(&c->arena, d->text, d->len,
                                         d->lang == &pc_lang_en ? NULL : d->lang, &d->meta))
        bad_copy = 1;
    if (bad_copy)
        return c->arena.over ? refuse(warn, PRECIS_ELIMIT,
                                      "cluster memory limit of %zu bytes "
                                      "reached (max_cluster_memory)",
                                      c->arena.limit)
                             : PRECIS_ENOMEM;
    c->input_bytes += len;
    if (first_bad < len) {
        warn->code = PRECIS_EPARSE;
        warn->offset = d->skipped + first_bad;
        warn->line = bad_line;
        warn->message = warn->buf;
        snprintf(warn->buf, sizeof warn->buf,
                 "invalid UTF-8 at byte %zu, line %zu (%zu byte%s replaced by U+FFFD)",
                 warn->offset, warn->line, d->nrepl, d->nrepl == 1 ? "" : "s");
    } else if (conv_bad) {
        warn->code = PRECIS_EPARSE;
        warn->message = warn->buf;
        snprintf(warn->buf, sizeof warn->buf,
                 "UTF-16 input converted to UTF-8; %zu unpaired surrogate%s replaced by U+FFFD",
                 conv_bad, conv_bad == 1 ? "" : "s");
    } else if (cut) {
        warn->code = PRECIS_ELIMIT;
        warn->offset = d->skipped + len;
        warn->message = warn->buf;
        snprintf(warn->buf, sizeof warn->buf, "document cut at %zu bytes (max_document_bytes)",
                 len);
    }
    c->in_callback = 1;
    pc_warn(&c->opts, meta ? meta->name : NULL, warn);
    c->in_callback = 0;
    d->first_sent = c->nsents;
    doc_ctx x;
    memset(&x, 0, sizeof x);
    x.c = c;
    x.d = d;
    x.doc_index = c->ndocs;
    x.an.c = c;
    x.an.lang = d->lang;
    c->ndocs++;
    int r = pc_clean(d->text, d->len, on_block, &x);
    pc_free(c->alc, x.an.tok, x.an.tok_cap * sizeof *x.an.tok);
    pc_free(c->alc, x.an.at, x.an.at_cap * sizeof *x.an.at);
    pc_free(c->alc, x.an.new_words, x.an.new_cap * sizeof *x.an.new_words);
    pc_free(c->alc, x.an.forms, x.an.forms_cap);
    if (r || x.oom) {
        count_terms(c, d); /* the sentences read stay, valid */
        return c->arena.over ? refuse(warn, PRECIS_ELIMIT,
                                      "cluster memory limit of %zu bytes "
                                      "reached (max_cluster_memory)",
                                      c->arena.limit)
                             : PRECIS_ENOMEM;
    }
    if (template_page(&x))
        for (size_t i = d->first_sent; i < d->first_sent + d->nsent; i++) {
            c->sents[i].furniture = c->sents[i].furniture ? c->sents[i].furniture : 1;
            c->sents[i].eligible = 0;
        }
    precis_status st = keep_or_merge(c, x.doc_index);
    if (st || c->force_lang || c->ndocs <= x.doc_index)
        return st;
    return agree(c, x.doc_index);
}

PRECIS_API size_t precis_cluster_document_count(const precis_cluster *c)
{
    return c ? c->ndocs : 0;
}

PRECIS_API size_t precis_cluster_sentence_count(const precis_cluster *c)
{
    return c ? c->nsents : 0;
}

int pc_cluster_has_language(const precis_cluster *c, const char *code)
{
    for (size_t d = 0; d < c->ndocs; d++)
        if (c->docs[d].lang && strcmp(c->docs[d].lang->code, code) == 0)
            return 1;
    return 0;
}

PRECIS_API const char *precis_cluster_document_language(const precis_cluster *c, size_t doc)
{
    if (!c || doc >= c->ndocs)
        return NULL;
    return c->docs[doc].lang ? c->docs[doc].lang->code : "und";
}

PRECIS_API const precis_doc_meta *precis_cluster_document_meta(const precis_cluster *c, size_t doc)
{
    if (!c || doc >= c->ndocs)
        return NULL;
    return &c->docs[doc].meta;
}

PRECIS_API size_t precis_cluster_document_input(const precis_cluster *c, size_t doc)
{
    return c && doc < c->ndocs ? c->docs[doc].input : (size_t)-1;
}

PRECIS_API size_t precis_cluster_document_copy_count(const precis_cluster *c, size_t doc)
{
    return c && doc < c->ndocs ? c->docs[doc].ncopies : 0;
}

PRECIS_API const precis_doc_meta *precis_cluster_document_copy(const precis_cluster *c, size_t doc,
                                                               size_t k)
{
    if (!c || doc >= c->ndocs || k >= c->docs[doc].ncopies)
        return NULL;
    return &c->docs[doc].copies[k];
}

PRECIS_API precis_status precis_cluster_sentence(const precis_cluster *c, size_t i,
                                                 precis_sentence *out)
{
    if (!c || !out || i >= c->nsents)
        return PRECIS_EINVAL;
    const pc_sent *s = &c->sents[i];
    const pc_doc *d = &c->docs[s->doc];
    memset(out, 0, sizeof *out);
    out->text = s->text;
    out->len = s->len;
    out->doc = s->doc;
    out->start = pc_doc_input_offset(d, s->start);
    out->end = pc_doc_input_offset(d, s->end);
    return PRECIS_OK;
}

typedef struct lookup_ctx {
    precis_cluster *c;
    uint32_t *ids;
    size_t cap, n;
} lookup_ctx;

static int on_lookup(void *vctx, const char *w, size_t n, uint32_t hash, size_t start, size_t end)
{
    (void)start;
    (void)end;
    lookup_ctx *x = vctx;
    precis_cluster *c = x->c;
    uint32_t id = pc_vocab_find_surface(&c->vocab, w, n, hash);
    uint32_t term = UINT32_MAX;
    if (id) {
        term = id - 1;
    } else {
        size_t stem_len;
        char buf[PC_STEM_MAX_FORM + 1];
        const char *stem = stem_of(c, &pc_lang_en, w, n, hash, buf, &stem_len);
        term = pc_vocab_find_term(&c->vocab, stem, stem_len, pc_hash(stem, stem_len)) -
               1; /* 0 - 1: none */
    }
    if (x->n < x->cap)
        x->ids[x->n] = term;
    x->n++;
    return 0;
}

size_t pc_cluster_lookup_terms(precis_cluster *c, const char *text, size_t len, uint32_t *ids,
                               size_t cap)
{
    lookup_ctx x = {c, ids, cap, 0};
    pc_tokenize(text, len, on_lookup, &x);
    return x.n;
}
