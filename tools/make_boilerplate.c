/* Writes src/text/boilerplate.inc: the keys (text/boilerplate.h) of the
 * sentences that the documents of at least MIN_CLUSTERS different clusters
 * of Multi-News train-10k share word for word (never val), sorted, each with
 * its count and the start of its text as a comment for the reader.
 * Sentences are precis's own: cleaned and segmented as a summary sees them.
 *
 * Why 4: a sentence in 3 clusters is still sometimes news told again in
 * another cluster of the same story ("The republican national committee is
 * rolling out a plan to review ..."); from 4 on, the sentences read in the
 * table are page furniture (prompts, subscription offers, an archive's crawl
 * notices, agency credit lines), and so are the sampled ones in 5 to 7.
 *
 * It writes a second table, boilerplate_prefixes: the keys of the leading
 * word runs P (at most PC_BOILERPLATE_PREFIX_WORDS words) that are page
 * furniture glued to the front of a sentence.  P is one when, in train-10k,
 *   1. P starts sentences of at least PREFIX_MIN_CLUSTERS clusters: it
 *      recurs across unrelated stories;
 *   2. at least PREFIX_MIN_START of P's occurrences anywhere in a sentence
 *      are at its start: furniture sits in front, while a news phrase ("the
 *      company said", "in a statement", "according to") is as much inside
 *      sentences as in front of them;
 *   3. the words after P vary: at least PREFIX_MIN_NEXT distinct next words
 *      per sentence P starts (a fixed continuation is a longer run, or a
 *      whole furniture sentence, which the first table has);
 *   4. P is one fixed run, not a branch of a common opener: each word of P
 *      follows the words before it in at least PREFIX_MIN_FIXED of the
 *      sentences these start ("associated press u s" is a branch of
 *      "associated press", whose continuation varies);
 *   5. in at least PREFIX_MIN_GLUED clusters, the words after P (the next
 *      GLUE_WORDS) start a sentence of another document without P: direct
 *      evidence that P is glued onto a sentence that stands without it.
 *   5b. or, where no other document shows the glue (a site's button in
 *      front of its own reports: "Add interest", 56 clusters; not a share
 *      bar, which has a rule of its own), P starts sentences of at least
 *      PREFIX_MIN_NOREF_CLUSTERS clusters, stands in front in
 *      PREFIX_MIN_NOREF_START of its occurrences, and no sentence of the
 *      reference summaries, written by people from the same documents,
 *      opens with it (never_opens_reference).
 * 2 and 5 together keep sentence openers ("moreover", "he also",
 * "meanwhile") out: openers are as often inside a sentence, or are not
 * found glued to a sentence that a copy of the article has without them;
 * 5b's openers are those the references write too.
 * A run that is itself a prompt to the reader (pc_is_prompt: "Please
 * enable javascript to watch this video", in front of the leads of 99
 * clusters' pages, each lead told by no other document) needs no evidence
 * of criterion 5: it is no sentence opener of the news.
 * The statistics are of the sentences as the segmenter makes them with the
 * split-off runs joined back (so the tables do not depend on themselves).
 *
 * A third table, boilerplate_openers, holds the leading word runs P (at
 * most OPENER_WORDS words) that are page furniture glued to the front of a
 * document's first sentence, where a page's top puts a button or a label
 * ("Close", "Photo", "Update") in front of its lead.  P is one when, in
 * train-10k,
 *   O1. P opens the first sentences of documents of at least
 *       OPENER_MIN_CLUSTERS clusters;
 *   O2. the reference summaries, written by people from the same
 *       documents, open a sentence with P at most 1/OPENER_REF_RATIO as
 *       often (per sentence) as the documents open with it (per document):
 *       no one writes it as news;
 *   O3, O4. the words after P vary, and P is one fixed run (criteria 3
 *       and 4 above, over the openings);
 *   O5. in at least PREFIX_MIN_GLUED clusters, the GLUE_WORDS words after
 *       P start a sentence of another document (criterion 5);
 *   O6. a function word follows P in at least OPENER_MIN_FUNCTION of its
 *       openings (not a preposition that P heads, "photo by ...",
 *       "close to ...": text/boilerplate.h): what follows P opens a sentence ("close the ...",
 * "photo a ..."), where the words after a modifier of the first noun phrase are nouns and names ("u
 * s officials ...", "republican presidential candidate donald trump ...", "former fbi ..."), which
 * O2 alone lets in because the summaries write "US" and "Trump".
 *
 * A fourth table, boilerplate_credits, holds the outlets of pictures'
 * credits written without brackets at the front of a sentence ("reuters/tim
 * wimborne ...", "luke sharrett/bloomberg in a series ...";
 * pc_leading_credit).  A word X is one when, in train-10k,
 *   C1. X is the last word of a leading slash chain (pc_leading_slash_chain)
 *       in the sources of at least CREDIT_MIN_CLUSTERS clusters;
 *   C2. after those chains (and the picture words after them, "getty
 *       images"), a function word follows in at least CREDIT_MIN_OPEN of
 *       them: what comes after X opens a sentence ("/bloomberg in a series
 *       ..."), where a photographer's first name ("reuters/mike segar")
 *       is followed by the rest of the name;
 *   C3. the reference summaries write X beside a slash at most once per
 *       CREDIT_REF_RATIO clusters of C1: no one writes it in news ("a
 *       reuters/ipsos poll" is news, and rare);
 *   C4. X is no function word ("on/off", "/the washington post").
 *
 * A fifth table, boilerplate_notice_heads, holds the keys (as leading runs,
 * pc_boilerplate_prefix_keys) of the first PC_BOILERPLATE_MIN_WORDS words
 * of each sentence of the first table: a whole notice glued to the lead
 * (its full stop lost, "... or visit <address> the lead ...") is looked
 * for only behind one of them (pc_boilerplate_prefix).
 *
 * usage: precis-boilerplate TRAIN.jsonl.gz > src/text/boilerplate.inc */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include <zlib.h>

#include "gzlines.h"
#include "model/cluster.h"
#include "lang/lang.h"
#include "text/boilerplate.h"
#include "text/normalize.h"
#include "text/segment.h"
#include "util/hash.h"
#include "util/u64map.h"

#define MIN_CLUSTERS 4
#define SHOWN 72 /* bytes of a sentence's text in its comment */

#define PREFIX_MIN_CLUSTERS 8
#define PREFIX_MIN_START 0.7
#define PREFIX_MIN_NEXT 0.3
#define PREFIX_MIN_FIXED 0.1
#define PREFIX_MIN_GLUED 3
#define PREFIX_MIN_NOREF_CLUSTERS 24
#define PREFIX_MIN_NOREF_START 0.95
#define GLUE_WORDS 5
#define PW PC_BOILERPLATE_PREFIX_WORDS

#define OPENER_WORDS PC_BOILERPLATE_OPENER_WORDS
#define OPENER_MIN_CLUSTERS 8
#define OPENER_REF_RATIO 20
#define OPENER_MIN_FUNCTION 0.25

#define CREDIT_MIN_CLUSTERS 5
#define CREDIT_MIN_OPEN 0.2
#define CREDIT_REF_RATIO 10
#define CREDIT_WORD 16 /* bytes of a credit word, with its terminator */

typedef struct entry {
    uint64_t key;
    uint64_t head; /* the key of its first PC_BOILERPLATE_MIN_WORDS words as a leading run */
    uint32_t clusters;
    char text[SHOWN + 1];
} entry;

/* A leading word run's statistics, of the sentences it starts (prefixes)
 * or of the documents it opens (openers). */
typedef struct run {
    uint64_t key;
    uint32_t clusters, last; /* clusters it starts a sentence of; the last + 1 */
    uint32_t starts;         /* sentences it starts, with a word after it */
    uint32_t next;           /* distinct words after it */
    uint32_t anywhere;       /* occurrences anywhere in a sentence (prefixes) */
    uint32_t function;       /* starts with a function word after it (openers, O6) */
    uint32_t glued, glast;   /* clusters of criterion 5 (O5); the last + 1 */
    uint8_t cand;            /* criteria 1, 3 and 4 hold (prefixes) */
    char text[SHOWN + 1];
} run;

/* A sentence of the corpus: its display text in `texts`; opening: the first
 * sentence of its document that is no whole furniture. */
typedef struct sent {
    uint32_t cluster, doc;
    size_t off, len;
    int opening;
} sent;

static int by_key(const void *a, const void *b)
{
    uint64_t p = ((const entry *)a)->key, q = ((const entry *)b)->key;
    return (p > q) - (p < q);
}

/* Prints the table `name` of the entries e[0..n), sorted, with comments. */
static void print_table(const char *name, const entry *e, size_t n)
{
    printf("static const uint64_t %s[] = {\n", name);
    for (size_t i = 0; i < n; i++)
        printf("    0x%016llxull, /* %u: %s */\n", (unsigned long long)e[i].key, e[i].clusters,
               e[i].text);
    printf("};\n");
}

static int word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

static void shown(char *dst, const char *s, size_t len)
{
    size_t m = len < SHOWN ? len : SHOWN;
    while (m > 0 && m < len && ((unsigned char)s[m] & 0xC0) == 0x80)
        m--; /* not inside a character */
    memcpy(dst, s, m);
    dst[m] = 0;
    /* a comment's text: no comment closer in it */
    for (char *p = dst; *p; p++)
        if (*p == '*' || *p == '/' || *p == '\\' || (unsigned char)*p < 0x20)
            *p = '_';
}

/* The document of a sentence, as a map value (never 0). */
static uint64_t doc_of(const sent *s)
{
    return ((uint64_t)s->cluster << 32 | s->doc) + 1;
}

/* Records that the sentence s starts with the GLUE_WORDS words of `key`:
 * heads maps a key to its one document, or to UINT64_MAX for the heads of
 * two documents or more. */
static void add_head(pc_u64map *heads, uint64_t key, const sent *s)
{
    uint64_t *h = pc_u64map_find(heads, key);
    if (!h) {
        if (pc_u64map_put(heads, NULL, key, doc_of(s)))
            exit(1);
    } else if (*h != doc_of(s)) {
        *h = UINT64_MAX;
    }
}

/* The runs of one table, by key. */
typedef struct runset {
    run *v;
    size_t n, cap;
    pc_u64map index; /* key -> v index + 1 */
} runset;

static run *find_run(runset *rs, uint64_t k)
{
    uint64_t *x = pc_u64map_find(&rs->index, k);
    return x ? &rs->v[*x - 1] : NULL;
}

static run *add_run(runset *rs, uint64_t k, const char *s, size_t len)
{
    run *r = find_run(rs, k);
    if (r)
        return r;
    if (rs->n == rs->cap &&
        !(rs->v = realloc(rs->v, (rs->cap = rs->cap ? 2 * rs->cap : 65536) * sizeof *rs->v)))
        exit(1);
    r = &rs->v[rs->n];
    memset(r, 0, sizeof *r);
    r->key = k;
    shown(r->text, s, len);
    if (pc_u64map_put(&rs->index, NULL, k, ++rs->n))
        exit(1);
    return r;
}

static void release_runs(runset *rs)
{
    free(rs->v);
    pc_u64map_release(&rs->index, NULL);
}

/* Counts a start of r by sentence s (criterion 1's clusters, the starts,
 * and criterion 3's distinct next words: after_key is the key of r's words
 * and the one after them). */
static void count_start(run *r, const sent *s, pc_u64map *kids, uint64_t after_key)
{
    if (r->last != s->cluster + 1) {
        r->last = s->cluster + 1;
        r->clusters++;
    }
    r->starts++;
    if (!pc_u64map_find(kids, after_key)) {
        if (pc_u64map_put(kids, NULL, after_key, 1))
            exit(1);
        r->next++;
    }
}

/* Criterion 5 for one start of r by sentence s: the GLUE_WORDS words of
 * rest[0..len) after r start a sentence of another document (heads:
 * add_head). */
static void count_glue(run *r, const pc_u64map *heads, const sent *s, const char *rest, size_t len)
{
    uint64_t keys[GLUE_WORDS];
    size_t ends[GLUE_WORDS];
    if (r->glast == s->cluster + 1 ||
        pc_boilerplate_prefix_keys(rest, len, keys, ends, GLUE_WORDS) < GLUE_WORDS)
        return;
    const uint64_t *h = pc_u64map_find(heads, keys[GLUE_WORDS - 1]);
    if (h && *h != doc_of(s)) {
        r->glast = s->cluster + 1;
        r->glued++;
    }
}

/* Writes the prefix table from the corpus's sentences. */
struct refs;
static int never_opens_reference(const struct refs *rf, const run *r);

static void prefixes(const sent *ss, size_t ns, const char *texts, const pc_u64map *heads,
                     const struct refs *rf)
{
    runset rs = {0};
    pc_u64map kids = {0}; /* runs seen with a word after */
    uint64_t keys[PW + 1];
    size_t ends[PW + 1];
    for (size_t i = 0; i < ns; i++) {
        const char *s = texts + ss[i].off;
        size_t w = pc_boilerplate_prefix_keys(s, ss[i].len, keys, ends, PW + 1);
        for (size_t n = 1; n <= PW && n < w; n++)
            count_start(add_run(&rs, keys[n - 1], s, ends[n - 1]), &ss[i], &kids, keys[n]);
    }
    /* criteria 1, 3, 4 */
    for (size_t i = 0; i < ns; i++) {
        const char *s = texts + ss[i].off;
        size_t w = pc_boilerplate_prefix_keys(s, ss[i].len, keys, ends, PW + 1);
        int fixed = 1;
        for (size_t n = 1; n <= PW && n < w; n++) {
            run *r = find_run(&rs, keys[n - 1]);
            if (n > 1 && r->starts < PREFIX_MIN_FIXED * find_run(&rs, keys[n - 2])->starts)
                fixed = 0;
            r->cand = fixed && r->clusters >= PREFIX_MIN_CLUSTERS &&
                      r->next >= PREFIX_MIN_NEXT * r->starts;
        }
    }
    /* criteria 2 and 5 */
    for (size_t i = 0; i < ns; i++) {
        const char *s = texts + ss[i].off;
        size_t len = ss[i].len, lead = 0;
        for (size_t p = 0; p < len;) {
            if (!word_byte((unsigned char)s[p])) {
                p++;
                continue;
            }
            size_t w = pc_boilerplate_prefix_keys(s + p, len - p, keys, ends, PW);
            for (size_t n = 1; n <= w; n++) {
                run *r = find_run(&rs, keys[n - 1]);
                if (!r || r->clusters < PREFIX_MIN_CLUSTERS)
                    break; /* nor does a longer run start sentences enough */
                if (!r->cand)
                    continue;
                r->anywhere++;
                if (!lead)
                    count_glue(r, heads, &ss[i], s + p + ends[n - 1], len - p - ends[n - 1]);
            }
            lead = 1;
            p += ends[0];
        }
    }
    entry *e = malloc((rs.n ? rs.n : 1) * sizeof *e);
    if (!e)
        exit(1);
    size_t kept = 0;
    for (size_t i = 0; i < rs.n; i++) {
        const run *r = &rs.v[i];
        if (r->cand && r->starts >= PREFIX_MIN_START * r->anywhere &&
            (r->glued >= PREFIX_MIN_GLUED || pc_is_prompt(r->text, strlen(r->text)) ||
             never_opens_reference(rf, r))) {
            e[kept].key = r->key;
            e[kept].clusters = r->clusters;
            memcpy(e[kept].text, r->text, sizeof r->text);
            kept++;
        }
    }
    qsort(e, kept, sizeof *e, by_key);
    printf("\n/* boilerplate_prefixes: leading word runs that are page furniture glued to\n"
           " * the front of a sentence (%zu of %zu runs that start a sentence), by key;\n"
           " * each with the clusters whose sentences it starts. */\n",
           kept, rs.n);
    print_table("boilerplate_prefixes", e, kept);
    free(e);
    release_runs(&rs);
    pc_u64map_release(&kids, NULL);
}

/* The n bytes of src lower-cased (ASCII) into dst, ended. */
static void lower_copy(char *dst, const char *src, size_t n)
{
    for (size_t k = 0; k < n; k++)
        dst[k] = (char)(src[k] >= 'A' && src[k] <= 'Z' ? src[k] | 0x20 : src[k]);
    dst[n] = 0;
}

/* The lower-cased word of s[0..len) that starts at or after *i (as the
 * keys read words), in w (cap bytes); 0 when none or too long. */
static size_t word_after(const char *s, size_t len, size_t i, char *w, size_t cap)
{
    while (i < len && !word_byte((unsigned char)s[i]))
        i++;
    size_t e = i;
    while (e < len && word_byte((unsigned char)s[e]))
        e++;
    if (e - i >= cap)
        return 0;
    lower_copy(w, s + i, e - i);
    return e - i;
}

/* Counts the runs that open reference sentences: key -> count. */
typedef struct refs {
    pc_u64map starts;
    pc_u64map slashed; /* hash of a word written beside a slash -> count */
    size_t sentences;
} refs;

/* Whether the word w[0..n) is an English function word, in any case. */
static int last_is_function(const char *w, size_t n)
{
    char low[32];
    if (n >= sizeof low)
        return 0;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] | 32 : w[i]);
    return pc_lang_is_stopword(&pc_lang_en, low, n);
}

/* Criterion 5b (a run whose glue has no other document to show it, such
 * as a button in front of a site's own reports): no reference sentence
 * opens with it, it starts sentences of PREFIX_MIN_NOREF_CLUSTERS clusters
 * or more and stands in front in PREFIX_MIN_NOREF_START of its
 * occurrences, it has at most OPENER_WORDS words (the references' runs
 * counted), a letter, and its last word is no function word (a run that
 * ends in "the" or "by" is a longer run's branch into the sentence:
 * "Story continued below The ..." would cut the lead's "The"). */
static int never_opens_reference(const struct refs *rf, const run *r)
{
    size_t n = strlen(r->text), b = n;
    while (b > 0 && r->text[b - 1] != ' ')
        b--;
    int letter = 0;
    for (size_t i = 0; i < n && !letter; i++)
        letter = ((unsigned char)r->text[i] | 32) >= 'a' && ((unsigned char)r->text[i] | 32) <= 'z';
    /* a share bar has its own rule, which takes the video's title after it
     * (pc_leading_share_buttons) */
    return letter && !pc_leading_share_buttons(r->text, n) &&
           r->clusters >= PREFIX_MIN_NOREF_CLUSTERS &&
           r->starts >= PREFIX_MIN_NOREF_START * r->anywhere &&
           pc_count_words(r->text, n) <= OPENER_WORDS && !last_is_function(r->text + b, n - b) &&
           !pc_u64map_find(&rf->starts, r->key);
}

/* The key of the lower-cased word w[0..n) in the credit counts. */
static uint64_t word_key(const char *w, size_t n)
{
    uint64_t h = pc_hash64(w, n, 0x43524544ull); /* "CRED" */
    return h ? h : 1;
}

static int name_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80 || c == '.' || c == '-' ||
           c == '\'';
}

/* Counts the words that the summary s writes beside a slash (C3). */
static void count_slashed(refs *r, const char *s)
{
    for (const char *p = strchr(s, '/'); p; p = strchr(p + 1, '/')) {
        for (int side = 0; side < 2; side++) {
            const char *b = p, *e = p;
            if (side == 0)
                while (b > s && name_byte((unsigned char)b[-1]))
                    b--;
            else
                for (b = e = p + 1; name_byte((unsigned char)*e); e++)
                    ;
            char w[CREDIT_WORD];
            size_t n = (size_t)(e - b);
            if (n == 0 || n >= sizeof w)
                continue;
            lower_copy(w, b, n);
            uint64_t key = word_key(w, n);
            uint64_t *x = pc_u64map_find(&r->slashed, key);
            if (x)
                ++*x;
            else if (pc_u64map_put(&r->slashed, NULL, key, 1))
                exit(1);
        }
    }
}

static int on_ref_sentence(void *ctx, size_t start, size_t end, const char *text)
{
    refs *r = ctx;
    uint64_t keys[OPENER_WORDS];
    size_t ends[OPENER_WORDS];
    size_t w = pc_boilerplate_prefix_keys(text + start, end - start, keys, ends, OPENER_WORDS);
    for (size_t n = 0; n < w; n++) {
        uint64_t *x = pc_u64map_find(&r->starts, keys[n]);
        if (x)
            ++*x;
        else if (pc_u64map_put(&r->starts, NULL, keys[n], 1))
            exit(1);
    }
    r->sentences++;
    return 0;
}

typedef struct seg_ctx {
    refs *r;
    const char *text;
} seg_ctx;

static int on_ref_span(void *ctx, size_t start, size_t end)
{
    seg_ctx *x = ctx;
    return on_ref_sentence(x->r, start, end, x->text);
}

/* Adds the sentences of the reference summary of a JSON line. */
static void add_reference(refs *r, const char *line, size_t len)
{
    json_t *root = json_loadb(line, len, 0, NULL);
    const char *summary = root ? json_string_value(json_object_get(root, "summary")) : NULL;
    if (summary) {
        count_slashed(r, summary);
        seg_ctx x = {r, summary};
        pc_segment(summary, strlen(summary), 0, on_ref_span, &x);
    }
    json_decref(root);
}

/* Writes the document-opening table (O1 to O6) from the corpus's sentences
 * and the references' sentence starts. */
static void openers(const sent *ss, size_t ns, const char *texts, const pc_u64map *heads,
                    const refs *r)
{
    runset rs = {0};
    pc_u64map kids = {0};
    size_t docs = 0;
    uint64_t keys[OPENER_WORDS + 1];
    size_t ends[OPENER_WORDS + 1];
    for (size_t i = 0; i < ns; i++) {
        if (!ss[i].opening)
            continue;
        docs++;
        const char *s = texts + ss[i].off;
        size_t len = ss[i].len;
        size_t w = pc_boilerplate_prefix_keys(s, len, keys, ends, OPENER_WORDS + 1);
        for (size_t n = 1; n <= OPENER_WORDS && n < w; n++) {
            run *q = add_run(&rs, keys[n - 1], s, ends[n - 1]);
            count_start(q, &ss[i], &kids, keys[n]);
            char nw[32];
            size_t nl = word_after(s, len, ends[n - 1], nw, sizeof nw);
            q->function += nl && pc_lang_is_stopword(&pc_lang_en, nw, nl) &&
                           !pc_boilerplate_phrase_head(nw, nl);
            count_glue(q, heads, &ss[i], s + ends[n - 1], len - ends[n - 1]);
        }
    }
    entry *e = malloc((rs.n ? rs.n : 1) * sizeof *e);
    if (!e)
        exit(1);
    size_t kept = 0;
    for (size_t i = 0; i < ns; i++) { /* O4 along each opening, then the rest */
        if (!ss[i].opening)
            continue;
        const char *s = texts + ss[i].off;
        size_t w = pc_boilerplate_prefix_keys(s, ss[i].len, keys, ends, OPENER_WORDS + 1);
        for (size_t n = 1; n <= OPENER_WORDS && n < w; n++) {
            run *q = find_run(&rs, keys[n - 1]);
            if (n > 1 && q->starts < PREFIX_MIN_FIXED * find_run(&rs, keys[n - 2])->starts)
                break;
            const uint64_t *rc = pc_u64map_find(&r->starts, q->key);
            double ref_rate = (rc ? (double)*rc : 0.0) / (double)(r->sentences ? r->sentences : 1);
            if (q->clusters >= OPENER_MIN_CLUSTERS && q->next >= PREFIX_MIN_NEXT * q->starts &&
                ref_rate * OPENER_REF_RATIO <= (double)q->starts / (double)docs &&
                q->function >= OPENER_MIN_FUNCTION * q->starts && q->glued >= PREFIX_MIN_GLUED) {
                e[kept].key = q->key;
                e[kept].clusters = q->clusters;
                memcpy(e[kept].text, q->text, sizeof q->text);
                kept++;
                q->glued = 0; /* kept once */
            }
        }
    }
    qsort(e, kept, sizeof *e, by_key);
    printf("\n/* boilerplate_openers: leading word runs that are page furniture glued to\n"
           " * the front of a document's first sentence (%zu of %zu runs that open one of\n"
           " * %zu documents; %zu reference sentences), by key; each with the clusters\n"
           " * whose documents it opens. */\n",
           kept, rs.n, docs, r->sentences);
    print_table("boilerplate_openers", e, kept);
    free(e);
    release_runs(&rs);
    pc_u64map_release(&kids, NULL);
}

/* A credit word's statistics (C1, C2). */
typedef struct credit {
    char w[CREDIT_WORD];
    uint32_t clusters, last; /* clusters of C1; the last + 1 */
    uint32_t chains, opens;  /* chains it ends; those a function word follows */
} credit;

static int by_word(const void *a, const void *b)
{
    return strcmp(((const credit *)a)->w, ((const credit *)b)->w);
}

/* Writes the credits' table (C1 to C4) from the corpus's sentences and the
 * references' slashed words. */
static void credits(const sent *ss, size_t ns, const char *texts, const refs *r)
{
    pc_u64map index = {0}; /* word key -> entry + 1 */
    credit *c = NULL;
    size_t n = 0, cap = 0;
    for (size_t i = 0; i < ns; i++) {
        const char *s = texts + ss[i].off;
        size_t len = ss[i].len, cs, ce;
        if (!pc_leading_slash_chain(s, len, &cs, &ce))
            continue;
        size_t b = ce;
        while (s[b - 1] != '/')
            b--;
        char w[CREDIT_WORD];
        size_t wn = ce - b;
        if (wn >= sizeof w)
            continue;
        lower_copy(w, s + b, wn);
        uint64_t key = word_key(w, wn);
        uint64_t *x = pc_u64map_find(&index, key);
        if (!x) {
            if (n == cap && !(c = realloc(c, (cap = cap ? 2 * cap : 1024) * sizeof *c)))
                exit(1);
            c[n] = (credit){0};
            memcpy(c[n].w, w, wn + 1);
            if (pc_u64map_put(&index, NULL, key, ++n))
                exit(1);
            x = pc_u64map_find(&index, key);
        }
        credit *q = &c[*x - 1];
        if (q->last != ss[i].cluster + 1) {
            q->last = ss[i].cluster + 1;
            q->clusters++;
        }
        q->chains++;
        /* the word after the chain and its picture words */
        char nw[32];
        size_t at = ce, nl;
        while ((nl = word_after(s, len, at, nw, sizeof nw)) != 0 &&
               pc_boilerplate_picture_word(nw, nl)) {
            while (at < len && !word_byte((unsigned char)s[at]))
                at++;
            at += nl;
        }
        q->opens += nl && pc_lang_is_stopword(&pc_lang_en, nw, nl);
    }
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        const uint64_t *rc = pc_u64map_find(&r->slashed, word_key(c[i].w, strlen(c[i].w)));
        double refs = rc ? (double)*rc : 0.0;
        size_t wl = strlen(c[i].w);
        if (c[i].clusters >= CREDIT_MIN_CLUSTERS && c[i].opens >= CREDIT_MIN_OPEN * c[i].chains &&
            refs * CREDIT_REF_RATIO <= c[i].clusters && wl >= 2 &&
            !pc_lang_is_stopword(&pc_lang_en, c[i].w, wl))
            c[kept++] = c[i];
    }
    qsort(c, kept, sizeof *c, by_word);
    printf("\n/* boilerplate_credits: the outlets of pictures' credits without brackets\n"
           " * (%zu of %zu words that end a leading slash chain), sorted; each with the\n"
           " * clusters whose sources end such a chain with it, the chains, and those\n"
           " * that a function word follows. */\n",
           kept, n);
    printf("static const char *const boilerplate_credits[] = {\n");
    for (size_t i = 0; i < kept; i++)
        printf("    \"%s\", /* %u, %u, %u */\n", c[i].w, c[i].clusters, c[i].chains, c[i].opens);
    printf("};\n");
    free(c);
    pc_u64map_release(&index, NULL);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: precis-boilerplate TRAIN.jsonl.gz > boilerplate.inc\n");
        return 2;
    }
    gzFile f = gzopen(argv[1], "rb");
    if (!f) {
        fprintf(stderr, "precis-boilerplate: cannot open %s\n", argv[1]);
        return 1;
    }
    pc_u64map index = {0}; /* key -> entries index + 1 */
    entry *e = NULL;
    size_t n = 0, cap = 0, clusters = 0;
    sent *ss = NULL;
    size_t ns = 0, cap_ss = 0;
    pc_buf texts = PC_BUF_INIT, line = PC_BUF_INIT;
    refs rf = {0};
    while (pc_gz_read_line(f, &line)) {
        precis_cluster *c;
        if (precis_cluster_from_json(line.ptr, line.len, NULL, NULL, &c, NULL, NULL))
            continue;
        add_reference(&rf, line.ptr, line.len);
        uint32_t opened = UINT32_MAX; /* the document whose opening was seen */
        pc_u64map seen = {0};         /* this cluster's keys: each counts once */
        for (size_t i = 0; i < c->nsents; i++) {
            /* a run split off the front joined back to its sentence */
            size_t off = texts.len;
            const pc_sent *s = &c->sents[i];
            while (s->furniture == PC_FURNITURE_PREFIX && i + 1 < c->nsents &&
                   c->sents[i + 1].doc == s->doc) {
                if (pc_buf_add(&texts, s->text, s->len) || pc_buf_addch(&texts, ' '))
                    return 1;
                s = &c->sents[++i];
            }
            if (pc_buf_add(&texts, s->text, s->len))
                return 1;
            if (ns == cap_ss &&
                !(ss = realloc(ss, (cap_ss = cap_ss ? 2 * cap_ss : 65536) * sizeof *ss)))
                return 1;
            int opening = opened != s->doc && s->furniture != 1;
            if (opening)
                opened = s->doc;
            ss[ns++] = (sent){(uint32_t)clusters, s->doc, off, texts.len - off, opening};
            const char *text = texts.ptr + off;
            size_t len = texts.len - off;
            uint64_t k = pc_boilerplate_key(text, len);
            if (!k || pc_u64map_find(&seen, k))
                continue;
            if (pc_u64map_put(&seen, NULL, k, 1))
                return 1;
            uint64_t *x = pc_u64map_find(&index, k);
            if (x) {
                e[*x - 1].clusters++;
                continue;
            }
            if (n == cap && !(e = realloc(e, (cap = cap ? 2 * cap : 65536) * sizeof *e)))
                return 1;
            e[n].key = k;
            e[n].clusters = 1;
            uint64_t hk[PC_BOILERPLATE_MIN_WORDS];
            size_t he[PC_BOILERPLATE_MIN_WORDS];
            e[n].head = pc_boilerplate_prefix_keys(text, len, hk, he, PC_BOILERPLATE_MIN_WORDS) ==
                                PC_BOILERPLATE_MIN_WORDS
                            ? hk[PC_BOILERPLATE_MIN_WORDS - 1]
                            : 0;
            shown(e[n].text, text, len);
            if (pc_u64map_put(&index, NULL, k, ++n))
                return 1;
        }
        pc_u64map_release(&seen, NULL);
        precis_cluster_free(c);
        clusters++;
    }
    gzclose(f);
    size_t kept = 0;
    for (size_t i = 0; i < n; i++)
        if (e[i].clusters >= MIN_CLUSTERS)
            e[kept++] = e[i];
    if (!kept) {
        fputs("precis-boilerplate: no sentence is shared by enough clusters\n", stderr);
        return 1;
    }
    qsort(e, kept, sizeof *e, by_key);
    printf("/* boilerplate_keys: the sentences of %d or more of the %zu clusters\n"
           " * (%zu of %zu distinct sentences), by key. */\n",
           MIN_CLUSTERS, clusters, kept, n);
    printf("#define PC_BOILERPLATE_MIN_CLUSTERS %d\n", MIN_CLUSTERS);
    print_table("boilerplate_keys", e, kept);
    /* the notices' heads: a notice glued to the front of a sentence is
     * looked for only behind one of them (pc_boilerplate_prefix) */
    entry *h = malloc(kept * sizeof *h);
    if (!h)
        return 1;
    size_t nh = 0;
    for (size_t i = 0; i < kept; i++)
        if (e[i].head) {
            h[nh] = e[i];
            h[nh++].key = e[i].head;
        }
    qsort(h, nh, sizeof *h, by_key);
    size_t uh = 0;
    for (size_t i = 0; i < nh; i++)
        if (!uh || h[uh - 1].key != h[i].key)
            h[uh++] = h[i];
    printf("\n/* boilerplate_notice_heads: the leading runs of %d words that open the\n"
           " * sentences above (%zu), by key: the heads of notices glued to a lead. */\n",
           PC_BOILERPLATE_MIN_WORDS, uh);
    print_table("boilerplate_notice_heads", h, uh);
    free(h);
    /* the sentence heads of criterion 5 (and O5) */
    pc_u64map heads = {0};
    for (size_t i = 0; i < ns; i++) {
        uint64_t keys[GLUE_WORDS];
        size_t ends[GLUE_WORDS];
        if (pc_boilerplate_prefix_keys(texts.ptr + ss[i].off, ss[i].len, keys, ends, GLUE_WORDS) ==
            GLUE_WORDS)
            add_head(&heads, keys[GLUE_WORDS - 1], &ss[i]);
    }
    prefixes(ss, ns, texts.ptr, &heads, &rf);
    openers(ss, ns, texts.ptr, &heads, &rf);
    credits(ss, ns, texts.ptr, &rf);
    pc_u64map_release(&heads, NULL);
    pc_u64map_release(&rf.starts, NULL);
    pc_u64map_release(&rf.slashed, NULL);
    free(e);
    free(ss);
    pc_u64map_release(&index, NULL);
    pc_buf_release(&texts);
    pc_buf_release(&line);
    return 0;
}
