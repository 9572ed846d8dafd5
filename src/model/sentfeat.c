#include "model/sentfeat.h"
#include "lang/lang.h"
#include "util/sort.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A straight or curly double quote (U+201C, U+201D) in s[0..n): memchr,
 * which reads many bytes a step, for the quote and for each 0xE2 lead
 * byte. */
static int has_quote(const char *s, size_t n)
{
    if (memchr(s, '"', n))
        return 1;
    const char *p = s, *end = s + n;
    while ((p = memchr(p, 0xE2, (size_t)(end - p))) != NULL) {
        if (end - p >= 3 && (unsigned char)p[1] == 0x80 &&
            ((unsigned char)p[2] == 0x9C || (unsigned char)p[2] == 0x9D))
            return 1;
        p++;
    }
    return 0;
}

/* support[i] = best same-content overlap of candidate i with a candidate of
 * another document.  Only pairs that share a bigram are compared (a pair
 * sharing unigrams only has an overlap near or below one half): an inverted
 * index over bigram concepts, built by counting (linear), whose
 * lists (groups) longer than MAX_GROUP are skipped as stock phrases.  Pairs come from
 * the shortest lists first -- the rarest shared bigram is the best evidence
 * of the same content -- and at most max_pairs are compared, so a cluster of
 * any size costs O(bigrams + max_pairs x sentence length). */
#define MAX_GROUP 32

/* The groups are the cluster's bigram concepts: a candidate's bigram
 * features are exactly the bigram concepts of its sentence (both skip
 * stopword-only pairs and list each bigram once). */
static precis_status cross_support(const pc_model *m, const pc_concepts *cs, size_t max_pairs,
                                   double *support)
{
    /* Only bigrams of two documents or more can join candidates of
     * different documents: the others are left out of the index (most
     * bigrams are in one document). */
    size_t nocc = 0;
    for (size_t i = 0; i < m->ncandidates; i++) {
        const pc_concept_list *list = pc_cand_concepts(m, cs, i);
        for (uint32_t k = 0; k < list->n; k++)
            nocc += cs->multi_doc[list->ids[k]];
    }
    size_t ngroups = cs->n;
    uint32_t *occ =
        pc_arena_alloc(m->arena, (nocc + 1) * sizeof *occ); /* group of each occurrence */
    uint32_t *who = pc_arena_alloc(m->arena, (nocc + 1) * sizeof *who); /* its candidate */
    uint32_t *start = pc_arena_calloc(m->arena, ngroups + 2, sizeof *start);
    uint32_t *member = pc_arena_alloc(m->arena, (nocc + 1) * sizeof *member);
    uint32_t *order = pc_arena_alloc(m->arena, (ngroups + 1) * sizeof *order);
    if (!occ || !who || !start || !member || !order)
        return PRECIS_ENOMEM;
    size_t no = 0;
    for (size_t i = 0; i < m->ncandidates; i++) {
        const pc_concept_list *list = pc_cand_concepts(m, cs, i);
        for (uint32_t k = 0; k < list->n; k++) {
            uint32_t id = list->ids[k];
            if (cs->multi_doc[id]) {
                occ[no] = id;
                who[no++] = (uint32_t)i;
                start[id + 1]++;
            }
        }
    }
    /* Groups by size (counting sort), sizes 2..MAX_GROUP. */
    size_t bucket[MAX_GROUP + 2] = {0};
    for (size_t g = 0; g < ngroups; g++)
        if (start[g + 1] >= 2 && start[g + 1] <= MAX_GROUP)
            bucket[start[g + 1] + 1]++;
    for (size_t z = 1; z < MAX_GROUP + 2; z++)
        bucket[z] += bucket[z - 1];
    size_t nsel = 0;
    for (size_t g = 0; g < ngroups; g++)
        if (start[g + 1] >= 2 && start[g + 1] <= MAX_GROUP) {
            order[bucket[start[g + 1]]++] = (uint32_t)g;
            nsel++;
        }
    for (size_t g = 0; g < ngroups; g++)
        start[g + 1] += start[g];
    for (size_t q = 0; q < no; q++) /* candidates stay in order within a group */
        member[start[occ[q]]++] = who[q];
    for (size_t g = ngroups; g > 0; g--)
        start[g] = start[g - 1];
    start[0] = 0;

    size_t total = 0;
    for (size_t s = 0; s < nsel; s++) {
        size_t z = start[order[s] + 1] - start[order[s]];
        total += z * (z - 1) / 2;
    }
    size_t pcap = total < max_pairs ? total : max_pairs;
    uint64_t *pairs = pc_arena_alloc(m->arena, (pcap + 1) * sizeof *pairs);
    if (!pairs)
        return PRECIS_ENOMEM;
    size_t npairs = 0;
    for (size_t s = 0; s < nsel && npairs < pcap; s++) {
        const uint32_t *mem = member + start[order[s]];
        size_t z = start[order[s] + 1] - start[order[s]];
        for (size_t u = 0; u < z && npairs < pcap; u++)
            for (size_t v = u + 1; v < z && npairs < pcap; v++)
                if (mem[u] != mem[v] &&
                    pc_model_sent(m, mem[u])->doc != pc_model_sent(m, mem[v])->doc)
                    pairs[npairs++] = (uint64_t)mem[u] << 32 | mem[v];
    }
    pc_sort_u64(pairs, npairs);
    for (size_t k = 0; k < npairs; k++) {
        if (k && pairs[k] == pairs[k - 1])
            continue;
        size_t i = (size_t)(pairs[k] >> 32), j = (size_t)(pairs[k] & 0xFFFFFFFFu);
        if (!k || i != (size_t)(pairs[k - 1] >> 32)) /* pairs are sorted by i */
            pc_overlap_mark(m, i);
        double ov = pc_overlap_with(m, j);
        if (ov > support[i])
            support[i] = ov;
        if (ov > support[j])
            support[j] = ov;
    }
    return PRECIS_OK;
}

PC_SORT_DEFINE_BY(sort_doubles, double, PC_SORT_LT)

/* The upper median of sorted[0..n) (n >= 3) without one of its values
 * equal to x: the value with (n - 1) / 2 of the others below it.  x's
 * first place is at or before that index exactly when the value there is
 * x or more, and then the one after it takes its place. */
static double median_without(const double *sorted, size_t n, double x)
{
    size_t want = (n - 1) / 2;
    return x <= sorted[want] ? sorted[want + 1] : sorted[want];
}

static void far_documents(const pc_model *m, const pc_concepts *cs, const double *loo, uint8_t *has,
                          double *sorted, uint8_t *off);
static void runs_off(const pc_model *m, const pc_concepts *cs, uint8_t *off);
static void far_pair(const pc_model *m, const pc_concepts *cs, const double *loo, uint8_t *off);

/* Marks the sentences of another story (PC_OFF_*, sentfeat.h): the
 * candidates of a document far from the others (of three or more), of the
 * shorter document of a far pair, and runs of candidates
 * that share no content word with the rest of the cluster nor with their
 * document's lead.  A concept in one document only (df 1) with an
 * occurrence in the first two sentences of a document is in its own
 * document's lead.  Linear in the candidates' concepts, and n log n in
 * the documents (the sort of their cosines). */
static void offtopic_mark(const pc_model *m, const pc_concepts *cs, const double *loo, uint8_t *has,
                          size_t ndocs, double *sorted, uint8_t *off)
{
    if (ndocs < 2)
        return;
    if (ndocs >= 3)
        far_documents(m, cs, loo, has, sorted, off);
    else
        far_pair(m, cs, loo, off);
    runs_off(m, cs, off);
}

/* Whether English document d writes a reporting verb (say, said, told:
 * PC_TERM_SAYS) in any of its sentences; -1 when it is not English (the
 * words are English ones). */
static int doc_reports(const pc_model *m, const pc_concepts *cs, uint32_t d)
{
    const precis_cluster *c = m->c;
    const pc_lang *lang = c->docs[d].lang;
    if (!lang || strcmp(lang->code, "en") != 0)
        return -1;
    for (size_t si = 0; si < c->nsents; si++) {
        const pc_sent *s = &c->sents[si];
        if (s->doc != d)
            continue;
        for (uint32_t t = 0; t < s->ntok; t++)
            if (cs->terms.bits[s->tok[t]] & PC_TERM_SAYS)
                return 1;
    }
    return 0;
}

/* The PC_OFF_DOC mark of the shorter document of a far pair
 * (PC_OFF_PAIR_RATIO, sentfeat.h), or, of two of about one length, of
 * the one that never reports (PC_TERM_SAYS) beside one that does. */
static void far_pair(const pc_model *m, const pc_concepts *cs, const double *loo, uint8_t *off)
{
    size_t words[2] = {0, 0}, cands[2] = {0, 0};
    uint32_t doc[2] = {pc_model_sent(m, 0)->doc, pc_model_sent(m, m->ncandidates - 1)->doc};
    if (loo[doc[0]] >= PC_OFF_DOC_COS)
        return;
    for (size_t i = 0; i < m->ncandidates; i++) {
        const pc_sent *s = pc_model_sent(m, i);
        words[s->doc != doc[0]] += s->words;
        cands[s->doc != doc[0]]++;
    }
    int shorter = words[1] < words[0];
    if ((double)words[!shorter] < PC_OFF_PAIR_RATIO * (double)words[shorter]) {
        /* about one length: a page that never says who said what (an
         * "about" page, a list of headlines) beside a report; in
         * PC_OFF_SILENT_MIN candidates or more, for a silence to mean
         * something */
        int r0 = doc_reports(m, cs, doc[0]), r1 = doc_reports(m, cs, doc[1]);
        if (r0 < 0 || r1 < 0 || r0 == r1 || cands[r0] < PC_OFF_SILENT_MIN)
            return;
        shorter = r0; /* the one that does not report */
    }
    for (size_t i = 0; i < m->ncandidates; i++)
        if (pc_model_sent(m, i)->doc == doc[shorter])
            off[i] |= PC_OFF_DOC;
}

/* Whether document d holds PC_OFF_CORE_MIN of the cluster's core terms or
 * more (sentfeat.h): unigram concepts that more than half of the other
 * documents with sentences have, two of them at least.  `stamp` (one per
 * concept, zero) marks the concepts counted; it is left as it was. */
static int holds_core(const pc_model *m, const pc_concepts *cs, uint32_t d, uint8_t *stamp)
{
    const precis_cluster *c = m->c;
    size_t others = cs->ndocs - 1, core = 0;
    for (int pass = 0; pass < 2; pass++)
        for (size_t si = 0; si < c->nsents; si++) {
            if (c->sents[si].doc != d)
                continue;
            const pc_concept_list *l = &cs->by_sentence[si];
            for (uint32_t k = 0; k < l->n; k++) {
                uint32_t id = l->ids[k];
                if (pass) {
                    stamp[id] = 0;
                    continue;
                }
                if (stamp[id] || pc_concept_is_bigram(cs, id))
                    continue;
                stamp[id] = 1;
                size_t df = cs->stats[id].df - 1; /* the other documents */
                core += df >= 2 && 2 * df > others;
            }
        }
    return core >= PC_OFF_CORE_MIN;
}

/* The PC_OFF_DOC and PC_OFF_DOC_FAR marks of offtopic_mark. */
static void far_documents(const pc_model *m, const pc_concepts *cs, const double *loo, uint8_t *has,
                          double *sorted, uint8_t *off)
{
    size_t nd = m->c->ndocs;
    size_t n = 0;
    for (size_t d = 0; d < nd; d++)
        if (has[d])
            sorted[n++] = loo[d];
    sort_doubles(sorted, n);
    int any = 0;
    for (size_t d = 0; d < nd; d++)
        if (has[d] && loo[d] < PC_OFF_DOC_COS) {
            double med = median_without(sorted, n, loo[d]);
            if (med >= PC_OFF_DOC_CORE && loo[d] < PC_OFF_DOC_REL * med) {
                has[d] |= 2; /* far from the others */
                any = 1;
            }
            if (med >= PC_OFF_DOC_CORE && loo[d] < PC_OFF_FAR_COS && loo[d] < PC_OFF_FAR_REL * med)
                has[d] |= 4; /* very far */
        }
    /* the story is what most of the cluster tells: documents far from
     * the others that hold half its words or more are none */
    size_t far_words = 0, words = 0;
    for (size_t i = 0; any && i < m->ncandidates; i++) {
        const pc_sent *s = pc_model_sent(m, i);
        words += s->words;
        far_words += (has[s->doc] & 2) ? s->words : 0;
    }
    /* a very far document that holds the cluster's core terms tells the
     * story in words of its own (a page of captions, an obituary of the
     * man in the news): far, not very far */
    uint8_t *stamp = NULL;
    for (size_t d = 0; any && 2 * far_words < words && d < nd; d++)
        if (has[d] & 4) {
            if (!stamp)
                stamp = pc_arena_calloc(m->arena, cs->n + 1, 1);
            if (stamp && holds_core(m, cs, (uint32_t)d, stamp))
                has[d] &= (uint8_t)~4;
        }
    if (any && 2 * far_words < words)
        for (size_t i = 0; i < m->ncandidates; i++) {
            if (has[pc_model_sent(m, i)->doc] & 2)
                off[i] |= PC_OFF_DOC;
            if (has[pc_model_sent(m, i)->doc] & 4)
                off[i] |= PC_OFF_DOC_FAR;
        }
}

/* Words of the candidates [i, end of i's document) when `doc`, else of all
 * candidates. */
static size_t cand_words(const pc_model *m, size_t i, int doc)
{
    size_t w = 0;
    uint32_t d = pc_model_sent(m, i)->doc;
    for (; i < m->ncandidates && (!doc || pc_model_sent(m, i)->doc == d); i++)
        w += pc_model_sent(m, i)->words;
    return w;
}

/* The PC_OFF_RUN marks of offtopic_mark; a run in a document that holds
 * PC_OFF_RUN_SHARE of the candidates' words or more is the story's. */
static void runs_off(const pc_model *m, const pc_concepts *cs, uint8_t *off)
{
    size_t run = 0, first = 0, total = 0;
    int story = -1; /* the document holds PC_OFF_RUN_SHARE of the words (-1: not known yet) */
    for (size_t i = 0; i < m->ncandidates; i++) {
        const pc_sent *s = pc_model_sent(m, i);
        if (i && pc_model_sent(m, i - 1)->doc != s->doc) {
            run = 0;
            first = i; /* the document's first candidate */
            story = -1;
        }
        int loose = 0;
        if (s->pos >= 2) {
            const pc_concept_list *list = pc_cand_concepts(m, cs, i);
            uint32_t words = 0;
            loose = 1;
            for (uint32_t k = 0; k < list->n && loose; k++) {
                uint32_t id = list->ids[k];
                if (pc_concept_is_bigram(cs, id))
                    continue;
                words++;
                if (cs->stats[id].df >= 2 || cs->stats[id].lead > 0)
                    loose = 0;
            }
            loose = loose && words >= PC_OFF_RUN_WORDS;
        }
        run = loose ? run + 1 : 0;
        if (run == PC_OFF_RUN_MIN && story < 0) {
            if (!total)
                total = cand_words(m, 0, 0);
            story = (double)cand_words(m, first, 1) >= PC_OFF_RUN_SHARE * (double)total;
        }
        if (story == 1)
            run = 0; /* the story's details, where the others are short */
        if (run == PC_OFF_RUN_MIN)
            for (size_t j = i + 1 - run; j < i; j++)
                off[j] |= PC_OFF_RUN;
        if (run >= PC_OFF_RUN_MIN)
            off[i] |= PC_OFF_RUN;
    }
}

precis_status pc_sentence_context_build(const pc_model *m, const pc_concepts *cs, const double *w,
                                        size_t max_pairs, pc_sentence_context *ctx)
{
    const precis_cluster *c = m->c;
    memset(ctx, 0, sizeof *ctx);
    ctx->concepts = cs;
    ctx->weight = w;
    ctx->centroid_cos = pc_arena_calloc(m->arena, m->ncandidates + 1, sizeof *ctx->centroid_cos);
    ctx->doc_centroid_cos = pc_arena_calloc(m->arena, c->ndocs + 1, sizeof *ctx->doc_centroid_cos);
    ctx->support = pc_arena_calloc(m->arena, m->ncandidates + 1, sizeof *ctx->support);
    double *centroid = pc_arena_calloc(m->arena, m->nterms + 1, sizeof *centroid);
    double *doc_vec = pc_arena_calloc(m->arena, m->nterms + 1, sizeof *doc_vec);
    /* per document, then the present ones' sorted (offtopic_mark) */
    double *loo = pc_arena_calloc(m->arena, 2 * (c->ndocs + 1), sizeof *loo);
    uint8_t *has = pc_arena_calloc(m->arena, c->ndocs + 1, 1);
    ctx->offtopic = pc_arena_calloc(m->arena, m->ncandidates + 1, 1);
    if (!ctx->centroid_cos || !ctx->doc_centroid_cos || !ctx->support || !centroid || !doc_vec ||
        !loo || !has || !ctx->offtopic)
        return PRECIS_ENOMEM;
    size_t ndocs = 0;
    double centroid_norm = 0;
    for (size_t i = 0; i < m->ncandidates; i++)
        for (uint32_t j = 0; j < m->tfidf[i].n; j++)
            centroid[m->tfidf[i].term[j]] += m->tfidf[i].weight[j];
    for (size_t t = 0; t < m->nterms; t++)
        centroid_norm += centroid[t] * centroid[t];
    centroid_norm = sqrt(centroid_norm);
    for (size_t i = 0; i < m->ncandidates; i++) {
        const pc_termvec *v = &m->tfidf[i];
        double dot = 0;
        for (uint32_t j = 0; j < v->n; j++)
            dot += v->weight[j] * centroid[v->term[j]];
        ctx->centroid_cos[i] =
            v->norm > 0 && centroid_norm > 0 ? dot / (v->norm * centroid_norm) : 0;
    }
    /* Documents: candidates are in document order. */
    for (size_t i = 0; i < m->ncandidates;) {
        uint32_t d = pc_model_sent(m, i)->doc;
        size_t j0 = i;
        double dot = 0, doc_norm2 = 0;
        for (; i < m->ncandidates && pc_model_sent(m, i)->doc == d; i++)
            for (uint32_t j = 0; j < m->tfidf[i].n; j++)
                doc_vec[m->tfidf[i].term[j]] += m->tfidf[i].weight[j];
        for (size_t k = j0; k < i; k++)
            for (uint32_t j = 0; j < m->tfidf[k].n; j++) {
                uint32_t id = m->tfidf[k].term[j];
                if (doc_vec[id] != 0) {
                    dot += doc_vec[id] * centroid[id];
                    doc_norm2 += doc_vec[id] * doc_vec[id];
                    doc_vec[id] = 0;
                }
            }
        ctx->doc_centroid_cos[d] =
            doc_norm2 > 0 && centroid_norm > 0 ? dot / (sqrt(doc_norm2) * centroid_norm) : 0;
        /* with the sum of the other documents: |c - d|^2 = |c|^2 - 2 c.d + |d|^2 */
        double rest2 = centroid_norm * centroid_norm - 2 * dot + doc_norm2;
        loo[d] = doc_norm2 > 0 && rest2 > 1e-12 ? (dot - doc_norm2) / sqrt(doc_norm2 * rest2) : 0;
        has[d] = 1;
        ndocs++;
    }
    offtopic_mark(m, cs, loo, has, ndocs, loo + c->ndocs + 1, ctx->offtopic);
    return cross_support(m, cs, max_pairs, ctx->support);
}

void pc_sentence_features(const pc_model *m, const pc_sentence_context *ctx, size_t i, double *f)
{
    const precis_cluster *c = m->c;
    const pc_concepts *cs = ctx->concepts;
    uint32_t si = m->sentence_of[i];
    const pc_sent *s = &c->sents[si];
    const pc_doc *d = &c->docs[s->doc];
    const pc_concept_list *concepts = &cs->by_sentence[si];
    double wsum = 0, multi_doc = 0, nbigrams = 0;
    for (uint32_t k = 0; k < concepts->n; k++) {
        uint32_t id = concepts->ids[k];
        wsum += ctx->weight[id];
        if (pc_concept_is_bigram(cs, id)) {
            nbigrams++;
            multi_doc += cs->multi_doc[id];
        }
    }
    double nconcepts = concepts->n ? concepts->n : 1;
    uint32_t stops = 0, digits = 0, first_person = 0, says = 0;
    /* the lexicon over the sentence's content words: mean, lowest, and
     * the share of words it does not know */
    double lsum = 0, lmin = 0, nlex = 0, ncontent = 0;
    /* the English parts, or none of them (untrained_doc) */
    unsigned english = ctx->untrained_doc && ctx->untrained_doc[s->doc] ? 0 : ~0u;
    const uint8_t *known = english ? cs->lexicon.term_known : NULL;
    for (uint32_t t = 0; t < s->ntok; t++) {
        uint32_t id = s->tok[t];
        unsigned bits = cs->terms.bits[id];
        stops += bits & PC_TERM_STOP;
        digits += (bits & PC_TERM_DIGIT) != 0;
        first_person += (bits & english & PC_TERM_FIRST_PERSON) != 0;
        says += (bits & english & PC_TERM_SAYS) != 0;
        if (bits & PC_TERM_STOP)
            continue;
        ncontent++;
        if (!known || !known[id])
            continue;
        double v = cs->lexicon.term_logodds[id];
        lsum += v;
        if (nlex == 0 || v < lmin)
            lmin = v;
        nlex++;
    }
    double ntok = s->ntok ? s->ntok : 1;
    int first_stop = s->ntok && (cs->terms.bits[s->tok[0]] & PC_TERM_STOP);
    f[PC_SF_BIAS] = 1.0;
    f[PC_SF_INV_POS] = 1.0 / (1.0 + s->pos);
    f[PC_SF_REL_POS] = d->npos > 1 ? (double)s->pos / (double)(d->npos - 1) : 0.0;
    f[PC_SF_FIRST] = s->pos == 0;
    f[PC_SF_INV_DOC] = 1.0 / (1.0 + s->doc);
    double lw = pc_concepts_log1p(cs, s->words);
    f[PC_SF_LOG_WORDS] = lw;
    f[PC_SF_SHORT] = s->words < 10;
    f[PC_SF_LONG] = s->words > 40;
    f[PC_SF_MEAN_WEIGHT] = wsum / nconcepts;
    f[PC_SF_MULTI_DOC_BIGRAMS] = nbigrams > 0 ? multi_doc / nbigrams : 0.0;
    f[PC_SF_STOP_SHARE] = stops / ntok;
    f[PC_SF_QUOTE] = has_quote(s->text, s->len);
    f[PC_SF_DIGIT] = digits > 0;
    f[PC_SF_QUESTION] = s->len && s->text[s->len - 1] == '?';
    f[PC_SF_CENTROID] = ctx->centroid_cos[i];
    f[PC_SF_LOG_NDOCS] = pc_concepts_log1p(cs, cs->ndocs);
    f[PC_SF_LOG_DOC_SENTS] = pc_concepts_log1p(cs, (double)d->nsent);
    f[PC_SF_FIRST_STOP] = first_stop;
    f[PC_SF_DOC_CENTROID] = ctx->doc_centroid_cos[s->doc]; /* is the document on the story? */
    f[PC_SF_SUPPORT] = ctx->support[i];                    /* said in another document too */
    f[PC_SF_FIRST_PERSON] = first_person > 0;
    if (first_person && ctx->first_person_docs)
        ctx->first_person_docs[s->doc]++;
    /* no "I", "me" or "my" token: pc_sa_first_person need not look again */
    if (english && !first_person && !m->first_person[i])
        m->first_person[i] = 3;
    f[PC_SF_SAYS] = says > 0;
    f[PC_SF_SECOND] = s->pos == 1;
    f[PC_SF_LOG_WORDS_SQ] = lw * lw / 16.0;
    f[PC_SF_CENTROID_X_DOC] = ctx->centroid_cos[i] * ctx->doc_centroid_cos[s->doc];
    /* buckets of position, document rank and length: lets the linear model
     * bend where a single 1/(1+x) cannot */
    f[PC_SF_POS_2] = s->pos == 2;
    f[PC_SF_POS_3_5] = s->pos >= 3 && s->pos <= 5;
    f[PC_SF_POS_6_10] = s->pos >= 6 && s->pos <= 10;
    f[PC_SF_DOC_1] = s->doc == 1;
    f[PC_SF_DOC_2] = s->doc == 2;
    f[PC_SF_WORDS_10_19] = s->words >= 10 && s->words < 20;
    f[PC_SF_WORDS_20_29] = s->words >= 20 && s->words < 30;
    f[PC_SF_WORDS_30_39] = s->words >= 30 && s->words < 40;
    f[PC_SF_LEAD] = s->pos == 0 && s->doc == 0;
    f[PC_SF_LEX_MEAN] = nlex > 0 ? lsum / nlex : 0;
    f[PC_SF_LEX_MIN] = lmin;
    f[PC_SF_LEX_UNKNOWN] = ncontent > 0 ? 1.0 - nlex / ncontent : 0;
}
