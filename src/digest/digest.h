/* The digest: quotes, figures, dates and entities of a cluster.  Internal
 * layout shared by the extractors (quotes.c, figures.c, timeline.c,
 * entities.c), their assembly (digest.c) and the writers
 * (src/render/digest_*.c).  Everything lives in the digest's arena. */
#ifndef PRECIS_DIGEST_DIGEST_H
#define PRECIS_DIGEST_DIGEST_H
#include <stddef.h>
#include <stdint.h>
#include "model/cluster.h"
#include "text/dates.h"
#include "util/arena.h"

/* One document's sentences joined into one text: sentences of a paragraph
 * are separated by a space, paragraphs by a line feed.  Quotes that span
 * sentences are found in this text. */
typedef struct pc_dtext {
    char *text;
    size_t len;
    uint32_t first, n; /* cluster sentences first .. first+n-1 */
    size_t *off;       /* off[k]: start of sentence first+k in text; off[n] = len */
} pc_dtext;

typedef struct pc_quote {
    const char *text; /* display text of the quote, without the marks */
    size_t len;
    const char *speaker; /* canonical name, or NULL */
    size_t *docs;        /* documents carrying it, ascending */
    size_t ndocs;
    const char **doc_speaker; /* per entry of docs: that document's speaker or NULL */
    uint32_t sent;            /* cluster sentence where it first starts */
    uint32_t *toks;           /* hashed content words, sorted unique */
    size_t ntoks;
} pc_quote;

typedef struct pc_figure {
    uint32_t doc, sent;
    const char *text; /* "more than 70", "dozens", "$5 million" */
    double lo, hi;    /* the interval the words allow */
} pc_figure;

typedef struct pc_figgroup {
    const char *quantity; /* "deaths", "missiles", ... */
    pc_figure *v;
    size_t n;
    size_t ndocs;
    int disagree;
    const precis_figure *pub; /* public copy, made by the accessor */
} pc_figgroup;

typedef enum pc_prec { PC_PREC_DAY = 0, PC_PREC_WEEK, PC_PREC_MONTH, PC_PREC_YEAR } pc_prec;

typedef struct pc_event {
    uint32_t doc, sent;
    const char *expr; /* the words as written: "on Sunday evening" */
    size_t ea, eb;    /* where they stand in the sentence (bytes) */
    int resolved;
    pc_date date; /* first day of the period when resolved */
    pc_prec prec;
    size_t *docs; /* after merging: documents with this event */
    size_t ndocs;
    uint32_t *sents;         /* and one sentence per document */
    const size_t *pub_sents; /* public copy, made by the accessor */
} pc_event;

typedef enum pc_ekind { PC_PERSON = 0, PC_ORG, PC_PLACE } pc_ekind;

typedef struct pc_entity {
    const char *name;
    const char *key; /* surname (persons) or lower-cased name, for matching */
    pc_ekind kind;
    size_t *count; /* mentions per document */
    size_t total;
} pc_entity;

struct precis_digest {
    const precis_cluster *c;
    const precis_allocator *alc;
    pc_arena arena;
    pc_dtext *dt;       /* per document */
    pc_date *docdate;   /* per document; y == 0 when unknown */
    pc_date refdate;    /* the cluster's most common document date */
    uint8_t *elsewhere; /* per cluster sentence: names a month or year other than its document's */
    pc_quote *quotes;
    size_t nquotes;
    pc_figgroup *groups;
    size_t ngroups;
    pc_event *events;
    size_t nevents;
    pc_entity *ents;
    size_t nents;
    /* family names written first ("Xu Wenli", then "Xu"; model/names.h),
     * sorted by family name, case folded: a person's key is the family
     * name there (entities.c) */
    struct pc_family *fams;
    size_t nfams;
    /* Bounds (precis_options.digest_items): items kept per section, and the
     * longest text shown; SIZE_MAX when the digest shows all. */
    size_t items, textmax;
    uint8_t *cited; /* per document: cited by a quote, figure or event kept */
    /* what was left out, for the renderers' "and N more" lines */
    size_t more_quotes, more_groups, more_events, more_ents;
    size_t undated; /* relative dates left out: no date in the cluster */
};

/* Source markers a bounded digest prints for one item; the others are
 * counted ("+12 more"). */
#define DIGEST_MARKERS 12

/* Extractors, run in this order by precis_digest_new.  Each returns
 * PRECIS_OK or PRECIS_ENOMEM. */
precis_status pc_entities_extract(precis_digest *g);
/* After the quotes: in a language other than English, whose names the
 * entity rules (English word lists) do not find, each quote's speaker is a
 * person, counted where the documents write the name (at least once in a
 * document that names them as its speaker). */
precis_status pc_entities_add_speakers(precis_digest *g);
precis_status pc_dates_extract(precis_digest *g);
precis_status pc_quotes_extract(precis_digest *g);
precis_status pc_figures_extract(precis_digest *g);

/* Hashes of the lower-cased alphanumeric words of s, sorted and unique, in
 * a new arena array; used to match quotes and events across documents. */
size_t pc_word_hashes(pc_arena *a, const char *s, size_t len, uint32_t **out);
/* The same for content words only: function words (text/tokenize.h's
 * stopwords), weekday and month names left out. */
size_t pc_content_hashes(pc_arena *a, const char *s, size_t len, uint32_t **out);
/* |a ∩ b| for two sorted unique hash arrays. */
size_t pc_hash_overlap(const uint32_t *a, size_t na, const uint32_t *b, size_t nb);
#endif
