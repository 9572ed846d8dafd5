/* precis_summarize: model -> rank -> select -> order, and the summary's
 * accessors. */
#include "summary.h"

#include <math.h>
#include <string.h>

#include "model/names.h"
#include "names_lower.h"
#include "rank/rank.h"
#include "select.h"
#include "text/words.h"
#include "util/alloc.h"

/* Whether candidate j carries the fact of candidate i: j has
 * SAME_FACT_RECALL of i's content words (unigram concepts), each weighted
 * by 1 + log((documents + 1) / its documents) -- the words every document
 * uses name the topic ("Syrian", "attack"), the rarer ones the fact
 * ("denied") -- and every number of i ("6 per cent" is not "9 per cent").
 * Stricter than the redundancy test, which only asks that the smaller of
 * two sentences be mostly in the other, so that "Three villages flooded"
 * is redundant with "Rescuers reached three flooded villages" but does
 * not carry its fact; words rather than bigrams, so that the same fact in
 * other words still counts.  And both say it the same way round: as many
 * negations and verbs of denial or undoing (pc_reversal_words_in: those
 * of English, or the negations of the sentence's own language), counted
 * modulo two, in each -- "X has denied it was behind the attack" shares
 * every content word of "Y says X was behind the attack" but not its
 * fact.  *reversed is that parity for i, computed the first time it is
 * needed (-1 before). */
#define SAME_FACT_RECALL 0.7

static int same_fact(const pc_model *m, uint32_t i, uint32_t j, double limit, int *reversed)
{
    const pc_concepts *cs = &m->concepts;
    /* find_also marked i, and it stays marked from one j to the next:
     * marked again only after a j that passed the content test took the
     * marks */
    if (m->overlap->marked != i)
        pc_overlap_mark(m, i);
    if (!pc_same_content(m, j, limit))
        return 0;
    const pc_concept_list *a = &m->cand_concepts[i];
    pc_overlap_mark(m, j);
    double words = 0, found = 0;
    for (uint32_t t = 0; t < a->n; t++) {
        uint32_t id = a->ids[t];
        if (pc_concept_is_bigram(cs, id))
            continue;
        double df = cs->stats[id].df ? (double)cs->stats[id].df : 1.0;
        double w = 1.0 + log(((double)cs->ndocs + 1.0) / df);
        int has = m->overlap->mark[id] == m->overlap->stamp;
        uint32_t term = (uint32_t)(cs->key[id] - 1);
        if (!has && (cs->terms.bits[term] & PC_TERM_DIGIT))
            return 0;
        words += w;
        if (has)
            found += w;
    }
    if (words <= 0 || found < SAME_FACT_RECALL * words)
        return 0;
    if (*reversed < 0) {
        const pc_sent *si = pc_model_sent(m, i);
        *reversed = (int)(pc_reversal_words_in(m->c->docs[si->doc].lang, si->text, si->len) % 2);
    }
    const pc_sent *sj = pc_model_sent(m, j);
    return (int)(pc_reversal_words_in(m->c->docs[sj->doc].lang, sj->text, sj->len) % 2) ==
           *reversed;
}

/* Other documents carrying the fact of candidate i: for each other
 * document, any sentence that carries the same fact (same_fact).
 * Linear in the cluster's concepts per chosen sentence. */
static precis_status find_also(const pc_model *m, uint32_t i, double limit, pc_item *it)
{
    const precis_cluster *c = m->c;
    uint32_t doc = pc_model_sent(m, i)->doc;
    size_t *docs = pc_arena_alloc(m->arena, (c->ndocs + 1) * sizeof *docs);
    if (!docs)
        return PRECIS_ENOMEM;
    size_t k = 0;
    uint32_t last = UINT32_MAX;
    int reversed = -1;
    pc_overlap_mark(m, i); /* once for every j (same_fact) */
    for (size_t j = 0; j < m->ncandidates; j++) {
        uint32_t d = pc_model_sent(m, j)->doc;
        if (d == doc || d == last)
            continue;
        if (same_fact(m, i, (uint32_t)j, limit, &reversed)) {
            docs[k++] = d;
            last = d;
        }
    }
    it->also = docs;
    it->nalso = k;
    return PRECIS_OK;
}

/* The default budget: PRECIS_DEFAULT_WORDS, but at most half of the input's
 * words (and at least PRECIS_MIN_AUTO_WORDS). */
static size_t auto_budget(const precis_cluster *c, precis_unit unit)
{
    if (unit == PRECIS_UNIT_BYTES)
        return 1500;
    if (unit == PRECIS_UNIT_SENTENCES)
        return 10;
    size_t words = 0;
    for (size_t i = 0; i < c->nsents; i++)
        words += c->sents[i].words;
    size_t b = words / 2;
    if (b > PRECIS_DEFAULT_WORDS)
        b = PRECIS_DEFAULT_WORDS;
    return b < PRECIS_MIN_AUTO_WORDS ? PRECIS_MIN_AUTO_WORDS : b;
}

/* Writes the given name at the first bare mention of a person
 * (model/names.h) into the summary's items, within the budget the chosen
 * sentences left; the other items show their sentence as it is. */
static precis_status edit_names(precis_summary *s, const pc_model *m, const precis_options *o,
                                const uint32_t *chosen, size_t k)
{
    for (size_t i = 0; i < k; i++) {
        const pc_sent *st = &s->c->sents[s->items[i].sent];
        s->items[i].text = st->text;
        s->items[i].len = st->len;
    }
    size_t used = 0; /* as written, the given names left out */
    for (size_t i = 0; i < k; i++)
        used += pc_cost(m, chosen[i], o);
    pc_name_edit *e;
    size_t ne;
    size_t room = used < o->budget ? o->budget - used : 0;
    precis_status st = m->lower_case ? pc_names_lower(m, chosen, k, o->unit, room, &e, &ne)
                                     : pc_names_expand(m, chosen, k, o->unit, room, &e, &ne);
    if (st)
        return st;
    for (size_t a = 0, b; a < ne; a = b) {
        pc_item *it = &s->items[e[a].item];
        size_t add = 0;
        for (b = a; b < ne && e[b].item == e[a].item; b++)
            add += e[b].len;
        char *text = pc_arena_alloc(&s->arena, it->len + add + 1);
        it->edits = pc_arena_alloc(&s->arena, (b - a) * sizeof *it->edits);
        if (!text || !it->edits)
            return PRECIS_ENOMEM;
        size_t from = 0, to = 0;
        for (size_t q = a; q < b; q++) {
            memcpy(text + to, it->text + from, e[q].at - from);
            to += e[q].at - from;
            from = e[q].at;
            memcpy(text + to, e[q].text, e[q].len);
            it->edits[q - a] = (pc_edit){to, text + to, e[q].len};
            to += e[q].len;
        }
        memcpy(text + to, it->text + from, it->len - from);
        to += it->len - from;
        text[to] = '\0';
        it->text = text;
        it->len = to;
        it->nedits = b - a;
    }
    return PRECIS_OK;
}

/* s->aside: the documents whose candidates the method all scored
 * -HUGE_VAL (never chosen, not even to fill the budget): learned's
 * documents very far from the others of the cluster (docs/methods.md,
 * "Sentences of another story").  A reader given the summary of five
 * outlets should know that one of the five was not used, and why; a
 * document without candidates (too short, all furniture) is not marked,
 * since no method left it out.  NULL when no document is; 1 when the
 * summary's arena is out of memory. */
static int mark_aside(precis_summary *s, const pc_model *m, const pc_ranking *r,
                      const uint32_t *chosen, size_t k)
{
    const precis_cluster *c = s->c;
    size_t i = 0;
    while (i < m->ncandidates && r->score[i] != -HUGE_VAL)
        i++;
    if (i == m->ncandidates)
        return 0; /* nothing left out: most summaries */
    /* bit 1: a candidate; bit 2: one that can be chosen, or is chosen
     * (select.c never takes a -HUGE_VAL one; this keeps the note true if
     * that changes) */
    uint8_t *seen = pc_arena_calloc(&s->arena, c->ndocs + 1, 1);
    if (!seen)
        return 1;
    for (i = 0; i < m->ncandidates; i++)
        seen[pc_model_sent(m, i)->doc] |= 1 | (r->score[i] == -HUGE_VAL ? 0 : 2);
    for (size_t j = 0; j < k; j++)
        seen[pc_model_sent(m, chosen[j])->doc] |= 2;
    int any = 0;
    for (size_t d = 0; d < c->ndocs; d++) {
        seen[d] = seen[d] == 1;
        any |= seen[d];
    }
    s->aside = any ? seen : NULL;
    return 0;
}

PRECIS_API int precis_summary_document_aside(const precis_summary *s, size_t doc)
{
    return s && s->aside && doc < s->c->ndocs ? s->aside[doc] : 0;
}

PRECIS_API precis_status precis_summarize(precis_cluster *c, const precis_options *opts,
                                          precis_summary **out)
{
    if (!c || !out)
        return PRECIS_EINVAL;
    *out = NULL;
    precis_options o;
    if (opts)
        o = *opts;
    else
        precis_options_init(&o);
    /* options out of their range are the caller's fault, said at once (a
     * unit of 4 or an order of 5 fell through to some other, a NaN
     * redundancy turned the test of same content off) */
    if ((unsigned)o.unit > PRECIS_UNIT_SENTENCES || (unsigned)o.order > PRECIS_ORDER_READING ||
        !(o.redundancy >= 0 && o.redundancy <= 1))
        return PRECIS_EINVAL;
    int given = o.budget != 0;
    if (!given)
        o.budget = auto_budget(c, o.unit);
    if (!o.max_graph_sentences)
        o.max_graph_sentences = c->opts.max_graph_sentences;
    const pc_method *method = pc_method_find(o.method);
    if (!method)
        return PRECIS_EMETHOD;
    precis_summary *s = pc_malloc(c->alc, sizeof *s);
    if (!s)
        return PRECIS_ENOMEM;
    memset(s, 0, sizeof *s);
    s->c = c;
    s->alc = c->alc;
    s->method = method->name;
    pc_arena_init(&s->arena, c->alc);

    /* The model and rankings live in a scratch arena freed before return. */
    pc_arena scratch;
    pc_arena_init(&scratch, c->alc);
    /* The summary's arenas share what the cluster left of its memory limit. */
    if (c->arena.limit) {
        size_t left = c->arena.limit > c->arena.used ? c->arena.limit - c->arena.used : 1;
        scratch.limit = s->arena.limit = left;
    }
    pc_model m;
    pc_ranking r = {0};
    uint32_t *chosen = NULL;
    size_t k = 0;
    precis_status st = pc_model_build(&m, c, &scratch);
    if (!st)
        st = pc_names_build(&m);
    if (st)
        goto fail;
    st = PRECIS_ENOMEM;
    r.score = pc_arena_calloc(&scratch, m.ncandidates + 1, sizeof *r.score);
    r.pick = pc_arena_alloc(&scratch, (m.ncandidates + 1) * sizeof *r.pick);
    chosen = pc_arena_alloc(&scratch, (m.ncandidates + 1) * sizeof *chosen);
    if (!r.score || !r.pick || !chosen)
        goto fail;
    if (m.ncandidates) {
        st = method->rank(&m, &o, &r);
        if (st)
            goto fail;
        st = PRECIS_ENOMEM;
        /* With the default budget a summary says each thing once: a
         * candidate that only retells what the chosen ones say together is
         * skipped (select.c, retold); with a budget the user gave, the room
         * would go to weaker sentences (docs/methods.md, "Retold in the
         * summary so far"). */
        k = pc_select(&m, &r, &o, !given && o.redundancy > 0, chosen);
        if (k == SIZE_MAX)
            goto fail;
        pc_order(&m, &r, o.order, chosen, k);
        if (mark_aside(s, &m, &r, chosen, k))
            goto fail;
    }
    s->items = pc_arena_calloc(&s->arena, k + 1, sizeof *s->items);
    if (!s->items)
        goto fail;
    for (size_t i = 0; i < k; i++) {
        pc_item *it = &s->items[i];
        it->sent = m.sentence_of[chosen[i]];
        it->score = r.score[chosen[i]];
        if (find_also(&m, chosen[i], o.redundancy > 0 ? o.redundancy : 0.5, it))
            goto fail;
        size_t *copy = pc_arena_alloc(&s->arena, (it->nalso + 1) * sizeof *copy);
        if (!copy)
            goto fail;
        memcpy(copy, it->also, it->nalso * sizeof *copy);
        it->also = copy;
    }
    s->n = k;
    st = edit_names(s, &m, &o, chosen, k);
    if (st)
        goto fail;
    pc_arena_release(&scratch);
    *out = s;
    return PRECIS_OK;
fail:
    if (st == PRECIS_ENOMEM && (scratch.over || s->arena.over))
        st = PRECIS_ELIMIT;
    pc_arena_release(&scratch);
    precis_summary_free(s);
    return st;
}

PRECIS_API void precis_summary_free(precis_summary *s)
{
    if (!s)
        return;
    pc_arena_release(&s->arena);
    pc_free(s->alc, s, sizeof *s);
}

PRECIS_API size_t precis_summary_count(const precis_summary *s)
{
    return s ? s->n : 0;
}

PRECIS_API precis_status precis_summary_sentence(const precis_summary *s, size_t i,
                                                 precis_sentence *out)
{
    if (!s || !out || i >= s->n)
        return PRECIS_EINVAL;
    const pc_item *it = &s->items[i];
    precis_status st = precis_cluster_sentence(s->c, it->sent, out);
    if (st)
        return st;
    out->text = it->text;
    out->len = it->len;
    out->score = it->score;
    out->also = it->also;
    out->also_count = it->nalso;
    return PRECIS_OK;
}

PRECIS_API size_t precis_summary_sentences(const precis_summary *s, precis_sentence *out, size_t n)
{
    if (!s || !out)
        return 0;
    size_t i = 0;
    while (i < n && i < s->n && precis_summary_sentence(s, i, &out[i]) == PRECIS_OK)
        i++;
    return i;
}

PRECIS_API size_t precis_summary_edit_count(const precis_summary *s, size_t i)
{
    return s && i < s->n ? s->items[i].nedits : 0;
}

PRECIS_API precis_status precis_summary_edit(const precis_summary *s, size_t i, size_t k,
                                             precis_edit *out)
{
    if (!s || !out || i >= s->n || k >= s->items[i].nedits)
        return PRECIS_EINVAL;
    const pc_edit *e = &s->items[i].edits[k];
    out->at = e->at;
    out->text = e->text;
    out->len = e->len;
    return PRECIS_OK;
}

PRECIS_API void precis_summary_undo_edits(precis_summary *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n; i++) {
        pc_item *it = &s->items[i];
        const pc_sent *st = &s->c->sents[it->sent];
        it->text = st->text;
        it->len = st->len;
        it->nedits = 0;
    }
}
