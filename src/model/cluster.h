/* The cluster: documents, their sentences and the analysed terms.  One arena
 * owns everything that lives as long as the cluster; growable arrays use the
 * cluster's allocator and are freed with it. */
#ifndef PRECIS_MODEL_CLUSTER_H
#define PRECIS_MODEL_CLUSTER_H
#include <stddef.h>
#include <stdint.h>
#include "precis.h"
#include "util/arena.h"
#include "model/copies.h"
#include "model/vocab.h"
#include "lang/lang.h"

typedef struct pc_doc {
    const char *text; /* input after BOM removal and UTF-8 repair (arena) */
    size_t len;
    size_t skipped; /* bytes skipped at the start (a BOM) */
    size_t *repl;   /* offsets in `text` of each U+FFFD that replaced a byte */
    size_t nrepl;
    precis_doc_meta meta; /* arena copies */
    size_t first_sent, nsent;
    /* its sentences that are no page furniture: the positions (pc_sent.pos)
     * count only these, so furniture split off or before the lead ("(CNN)
     * Debris found ...", "Advertisement ...") leaves the lead first */
    size_t npos;
    size_t words;               /* analysed tokens of its sentences */
    const struct pc_lang *lang; /* its language profile (lang/lang.h) */
    /* the near copies of it found as later documents were added
     * (model/copies.h), in the order added: their metadata (arena strings)
     * in an array of the cluster's allocator */
    precis_doc_meta *copies;
    size_t ncopies, copies_cap;
    size_t input; /* its position among the documents added, near copies
                     counted (indices of the caller's list) */
    int html;     /* added as an HTML page (precis_cluster_add_html): offsets
                     are of its article text */
} pc_doc;

/* Whether text[0..len) has a quote mark that may open a quotation of
 * model/quoted.c's (", ``, U+201C, or the lead byte of « »): a sentence
 * without one holds none, and its tokens' offsets are not kept. */
int pc_may_quote(const char *text, size_t len);

/* pc_sent.furniture of page furniture split off the front of a sentence
 * (text/boilerplate.h); 1 is a whole furniture sentence. */
#define PC_FURNITURE_PREFIX 2

typedef struct pc_sent {
    uint32_t doc;
    uint32_t pos;      /* index of the sentence within its document */
    size_t start, end; /* byte range in the document's `text` */
    const char *text;  /* display text: whitespace collapsed, markup removed */
    size_t len;
    uint32_t words; /* whitespace-separated words of `text` */
    uint32_t ntok;  /* analysed tokens (stopwords included) */
    uint32_t *tok;  /* term ids, in order */
    /* byte offset in `text` where each token starts, kept for a sentence
     * that may quote (pc_may_quote), NULL for any other: model/quoted.c
     * finds a quotation's tokens by them, without tokenizing the text
     * again */
    uint32_t *tok_at;
    uint8_t eligible;  /* may enter a summary */
    uint8_t furniture; /* page furniture (text/boilerplate.h): never in a summary;
                          PC_FURNITURE_PREFIX when split off a sentence's front */
    uint8_t recapped;  /* `text` opens with a capital where its source has a
                          lower-case letter (model/cluster.c) */
} pc_sent;

struct precis_cluster {
    const precis_allocator *alc;
    pc_arena arena;
    pc_doc *docs;
    size_t ndocs, docs_cap;
    pc_sent *sents;
    size_t nsents, sents_cap;
    pc_vocab vocab;
    struct sb_stemmer *stemmer;          /* English */
    struct sb_stemmer *lang_stemmer[64]; /* other languages, by profile index */
    precis_options opts;                 /* limits in force when documents were added */
    size_t input_bytes;                  /* bytes of the documents added, for max_cluster_bytes */
    pc_copies copies;                    /* the sentence index that finds near copies */
    size_t ncopies;                      /* documents added as near copies of others */
    int keep_copies; /* 1: every document is kept, copies too (for measuring them) */
    /* 1 while opts.warn_fn runs in the middle of adding a document: no
     * other document may be added then (its slot of `docs` is taken) */
    int in_callback;
    /* what identification read of each document (parallel to docs), so
     * that one story's reports can share a language (pc_lang_agree,
     * reanalyse in model/cluster.c) */
    struct pc_lang_evidence *ev;
    size_t ev_cap;
    pc_lang_firm firm; /* the language of the firm documents kept */
    /* while reanalyse re-adds a document: the language it takes and its
     * evidence (NULL: identify it) */
    const struct pc_lang *force_lang;
    const struct pc_lang_evidence *force_ev;
};

/* The options a call works with: `opts` (NULL: the defaults) with every
 * limit left 0 set to its default. */
void pc_options_resolve(precis_options *out, const precis_options *opts);

/* Reports a warning through opts->warn_fn (if any), prefixed with `name`. */
void pc_warn(const precis_options *opts, const char *name, const precis_error *w);

/* 1 if a document of the cluster was analysed in language `code`
 * (ISO 639-1). */
int pc_cluster_has_language(const precis_cluster *c, const char *code);

/* Maps a byte offset in doc->text to one in the document as given. */
size_t pc_doc_input_offset(const pc_doc *doc, size_t off);
/* Analyses text like a sentence of the cluster (fold, stopwords, stem) and
 * writes the term id of each token to ids (UINT32_MAX for a term the
 * cluster does not have), at most `cap`; returns the token count (possibly
 * larger than cap).  The vocabulary is not changed.  For training and tests:
 * it maps a reference summary onto the cluster's terms. */
size_t pc_cluster_lookup_terms(precis_cluster *c, const char *text, size_t len, uint32_t *ids,
                               size_t cap);
#endif
