/* Internal interface of the ROUGE-1.5.5 evaluator (public API: the
 * "evaluation" section of precis.h).
 *
 *   rouge_text.c    reading a summary as ROUGE does: lines, -l/-b cut,
 *                   tokens, stopwords, stemming, token ids (vocabulary)
 *   rouge_score.c   ROUGE-N/L/W/S/SU of one evaluation, -f A/B, rounding
 *   rouge_boot.c    bootstrap (Perl drand48), corpus averages
 *   rouge.c         the evaluator object and the public entry points
 *   porter.c        ROUGE's Porter stemmer
 * The reports are written by src/render/ (rouge_text.c, rouge_json.c,
 * rouge_csv.c). */
#ifndef PRECIS_EVAL_ROUGE_H
#define PRECIS_EVAL_ROUGE_H
#include <stddef.h>
#include <stdint.h>
#include "precis.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/strmap.h"

#define ROUGE_DROP UINT32_MAX /* raw token removed as a stopword */

typedef enum { ROUGE_N, ROUGE_L, ROUGE_W, ROUGE_S } rouge_kind;

typedef struct rouge_metric {
    rouge_kind kind;
    int n;        /* ROUGE-N: n */
    int unigrams; /* ROUGE-S: with unigrams (SU) */
    char name[48];
} rouge_metric;

/* A summary as ROUGE sees it: token ids of the cut text (ROUGE-N/S and the
 * unigram tables of ROUGE-L/W) and the units (sentences) for the LCS.  Under
 * -b the LCS units are cut differently (see README), so they have their own
 * ids; otherwise lcs_ids aliases ids. */
typedef struct rouge_text {
    uint32_t *ids;
    size_t nids, ids_cap;
    uint32_t *lcs_own;
    size_t lcs_own_n, lcs_own_cap;
    const uint32_t *lcs_ids;
    size_t *unit_off; /* unit u = lcs_ids[unit_off[u] .. unit_off[u+1]) */
    size_t nunits, unit_cap;
} rouge_text;

/* Slot of the n-gram table used to count clipped hits. */
typedef struct rouge_gram {
    const uint32_t *key; /* NULL = empty */
    uint32_t hash;
    uint32_t cc; /* count in the candidate */
    uint32_t rc; /* count in the reference so far */
} rouge_gram;

typedef struct rouge_eval {
    char *id, *peer, *key; /* key = "<id>.<peer>" */
    size_t peer_index;
} rouge_eval;

typedef struct rouge_peer {
    char *name;
    int have_stats;
    precis_rouge_stat *stats; /* nmetrics * 3 */
} rouge_peer;

struct precis_rouge {
    precis_rouge_options opt;
    const precis_allocator *alc;
    pc_arena arena; /* interned strings, ids, names */

    /* vocabulary: raw lowercase token -> final id (or ROUGE_DROP), and final
     * form -> id */
    pc_strmap raw, forms;
    uint32_t nforms;
    const char **form_str; /* id -> final form */
    size_t form_cap;
    char *scratch; /* lowercase/stem buffer */
    size_t scratch_cap;

    rouge_metric *metrics;
    size_t nmetrics;

    /* per-evaluation results */
    rouge_eval *evals;
    size_t nevals, evals_cap;
    double *scores; /* nevals * nmetrics * 3: R, P, F (or counts) */
    size_t scores_cap;
    rouge_peer *peers;
    size_t npeers, peers_cap;
    pc_strmap keys; /* instance key -> eval index */

    /* scratch for scoring, reused across evaluations */
    rouge_text cand;
    rouge_text *refs;
    size_t refs_cap;
    uint32_t *bud_m, *bud_p; /* unigram budgets of ROUGE-L/W, by id */
    size_t bud_cap;
    rouge_gram *grams;
    size_t grams_cap;
    uint32_t *pairs_c, *pairs_r; /* skip-bigram keys */
    size_t pairs_c_cap, pairs_r_cap;
    unsigned char *dirs; /* LCS back-trace table */
    size_t dirs_cap;
    double *dp; /* LCS/WLCS rows */
    size_t dp_cap;
    int *runs; /* WLCS run lengths (two rows) */
    size_t runs_cap;
    unsigned char *mask; /* LCS marks of a reference's tokens */
    size_t mask_cap;
    uint64_t *pmask; /* by id: positions in the current candidate unit */
    size_t pmask_cap;
    uint64_t *rows; /* bit-parallel LCS rows */
    size_t rows_cap;
    int lcs_scalar; /* test hook: always use the scalar LCS table */
    double *wpow;   /* k^W for ROUGE-W */
    size_t wpow_n;
};

/* rouge_text.c */
/* Adds key -> value to m (key absent; copied into the arena, the copy
 * returned through `stored` when not NULL).  Returns 0 or -1 (OOM). */
int rouge_strmap_put(precis_rouge *ev, pc_strmap *m, const char *key, size_t len, uint32_t hash,
                     uint32_t value, const char **stored);
uint32_t rouge_hash(const char *s, size_t len);
/* Reads `text` into `t` (ids interned in ev).  Returns 0 or -1 (OOM). */
int rouge_text_read(precis_rouge *ev, rouge_text *t, const char *text, size_t len);
void rouge_text_release(precis_rouge *ev, rouge_text *t);
/* The final form of one lowercase [a-z0-9]+ token under -m: the WordNet
 * exception or the Porter stem (tokens of <= 3 bytes unchanged).  Writes into
 * out (capacity >= len + 1, or the exception's length) and returns its
 * length. */
size_t rouge_stem_token(const char *tok, size_t len, char *out, size_t cap);
int rouge_is_stopword(const char *tok, size_t len);
/* Text of the final form with id `id` (for tests); NULL if unknown. */
const char *rouge_form_text(const precis_rouge *ev, uint32_t id);

/* rouge_score.c: scores the candidate ev->cand against ev->refs[0..nrefs)
 * into out[nmetrics * 3].  Returns 0 or -1 (OOM). */
int rouge_score_eval(precis_rouge *ev, size_t nrefs, double *out);
/* Rounds like Perl's sprintf("%7.5f", x) read back as a number. */
double rouge_round5(double x);

/* rouge_boot.c: corpus figures of peer p (fills ev->peers[p].stats). */
int rouge_peer_stats(precis_rouge *ev, size_t p);
/* The Perl drand48 generator. */
uint64_t rouge_drand48_seed(uint64_t seed);
double rouge_drand48_next(uint64_t *state);

/* helpers shared by rouge_boot.c and the reports (src/render/) */
int rouge_cmp_keys(const char *a, const char *b);
/* Indices of peer p's evaluations, sorted by instance key byte-wise (or in
 * ROUGE's by_evalID order for -d listings when `by_eval_id`), in a new array
 * (*out, freed with pc_free(ev->alc, *out, 0)) of *n entries.  Returns 0 or
 * -1 (OOM). */
int rouge_peer_evals(precis_rouge *ev, size_t p, int by_eval_id, size_t **out, size_t *n);
#endif
