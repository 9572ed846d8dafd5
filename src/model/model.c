#include "model/model.h"
#include "util/sort.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Content unigrams (id + 1) and bigrams of adjacent tokens that are not both
 * stopwords ((t1 + 1) << 32 | (t2 + 1)), sorted and unique.  Every unigram
 * key is below every bigram key, so the unigrams are the sentence's sorted
 * content ids (`ids`, from its vector) and only the bigrams need sorting. */
static int build_fset(pc_fset *fs, const pc_sent *s, const uint32_t *ids, uint32_t nids,
                      const pc_vocab *v, pc_arena *a)
{
    fs->f = pc_arena_alloc(a, ((size_t)nids + s->ntok + 1) * sizeof *fs->f);
    if (!fs->f)
        return -1;
    for (uint32_t j = 0; j < nids; j++)
        fs->f[j] = (uint64_t)ids[j] + 1;
    uint64_t *bi = fs->f + nids;
    uint32_t k = 0;
    for (uint32_t t = 0; t + 1 < s->ntok; t++)
        if (!(v->stop[s->tok[t]] && v->stop[s->tok[t + 1]]))
            bi[k++] = ((uint64_t)s->tok[t] + 1) << 32 | ((uint64_t)s->tok[t + 1] + 1);
    pc_sort_u64(bi, k);
    uint32_t u = 0;
    for (uint32_t j = 0; j < k; j++)
        if (u == 0 || bi[u - 1] != bi[j])
            bi[u++] = bi[j];
    fs->n = nids + u;
    return 0;
}

precis_status pc_model_build(pc_model *m, const precis_cluster *c, pc_arena *a)
{
    memset(m, 0, sizeof *m);
    m->c = c;
    m->a = a;
    m->nterms = c->vocab.nterms;
    size_t n = 0;
    for (size_t i = 0; i < c->nsents; i++)
        n += c->sents[i].eligible;
    int all = n == 0;
    if (all)
        n = c->nsents;
    m->n = n;
    m->sent = pc_arena_alloc(a, (n + 1) * sizeof *m->sent);
    m->df = pc_arena_calloc(a, m->nterms + 1, sizeof *m->df);
    m->sf = pc_arena_calloc(a, m->nterms + 1, sizeof *m->sf);
    m->idf = pc_arena_alloc(a, (m->nterms + 1) * sizeof *m->idf);
    m->vec = pc_arena_calloc(a, n + 1, sizeof *m->vec);
    m->fset = pc_arena_calloc(a, n + 1, sizeof *m->fset);
    uint32_t *last = pc_arena_alloc(a, (m->nterms + 1) * sizeof *last);
    if (!m->sent || !m->df || !m->sf || !m->idf || !m->vec || !m->fset || !last)
        return PRECIS_ENOMEM;
    for (size_t i = 0, k = 0; i < c->nsents; i++)
        if (all || c->sents[i].eligible)
            m->sent[k++] = (uint32_t)i;

    /* Document frequency over every sentence of the document. */
    memset(last, 0xFF, (m->nterms + 1) * sizeof *last);
    uint32_t prev_doc = UINT32_MAX;
    for (size_t i = 0; i < c->nsents; i++) {
        const pc_sent *s = &c->sents[i];
        if (s->doc != prev_doc) {
            m->ndocs++;
            prev_doc = s->doc;
        }
        for (uint32_t t = 0; t < s->ntok; t++) {
            uint32_t id = s->tok[t];
            if (last[id] != s->doc) {
                last[id] = s->doc;
                m->df[id]++;
            }
        }
    }
    /* Sentence frequency over candidates, and term counts per candidate. */
    memset(last, 0xFF, (m->nterms + 1) * sizeof *last);
    for (size_t i = 0; i < n; i++) {
        const pc_sent *s = pc_model_sent(m, i);
        for (uint32_t t = 0; t < s->ntok; t++) {
            uint32_t id = s->tok[t];
            if (!c->vocab.stop[id] && last[id] != i) {
                last[id] = (uint32_t)i;
                m->sf[id]++;
            }
        }
    }
    for (size_t t = 0; t < m->nterms; t++)
        m->idf[t] = m->sf[t] ? (float)log((double)(n + 1) / (double)m->sf[t]) : 0.0f;

    /* tf-idf vectors of content terms, sorted by id. */
    for (size_t i = 0; i < n; i++) {
        const pc_sent *s = pc_model_sent(m, i);
        pc_svec *v = &m->vec[i];
        v->id = pc_arena_alloc(a, (s->ntok + 1) * sizeof *v->id);
        v->w = pc_arena_alloc(a, (s->ntok + 1) * sizeof *v->w);
        if (!v->id || !v->w)
            return PRECIS_ENOMEM;
        uint32_t k = 0;
        for (uint32_t t = 0; t < s->ntok; t++)
            if (!c->vocab.stop[s->tok[t]])
                v->id[k++] = s->tok[t];
        pc_sort_u32(v->id, k);
        uint32_t u = 0;
        double norm = 0;
        for (uint32_t j = 0; j < k;) {
            uint32_t id = v->id[j], tf = 0;
            while (j < k && v->id[j] == id) {
                j++;
                tf++;
            }
            v->id[u] = id;
            v->w[u] = (float)tf * m->idf[id];
            norm += (double)v->w[u] * v->w[u];
            u++;
        }
        v->n = u;
        v->norm = (float)sqrt(norm);
        if (build_fset(&m->fset[i], s, v->id, v->n, &c->vocab, a))
            return PRECIS_ENOMEM;
    }
    return PRECIS_OK;
}

double pc_svec_cos(const pc_svec *a, const pc_svec *b)
{
    if (!a->n || !b->n || a->norm <= 0 || b->norm <= 0)
        return 0;
    double dot = 0;
    uint32_t i = 0, j = 0;
    while (i < a->n && j < b->n) {
        if (a->id[i] < b->id[j]) {
            i++;
        } else if (a->id[i] > b->id[j]) {
            j++;
        } else {
            dot += (double)a->w[i++] * b->w[j++];
        }
    }
    return dot / ((double)a->norm * b->norm);
}

double pc_fset_overlap(const pc_fset *a, const pc_fset *b)
{
    if (!a->n || !b->n)
        return 0;
    /* Branch-free merge: which side advances is data, not a jump the
     * processor must guess. */
    uint32_t i = 0, j = 0, common = 0;
    const uint64_t *fa = a->f, *fb = b->f;
    while (i < a->n && j < b->n) {
        uint64_t x = fa[i], y = fb[j];
        common += x == y;
        i += x <= y;
        j += y <= x;
    }
    return (double)common / (double)(a->n < b->n ? a->n : b->n);
}
