/* Near copies among the documents of a cluster (copies.h): an inverted
 * index from sentence fingerprints to the kept documents having them.  A
 * new document's sentences are looked up there, each adding its words to
 * the documents that have it; the document sharing the most words is the
 * candidate original.  Sentences rather than word n-grams: the cleaner and
 * the segmenter have already cut the text into sentences, a wire copy
 * differs from its original by whole lines (a header, a byline, a footer, a
 * paragraph cut for space), and one fingerprint per sentence keeps the
 * index small (about one entry per 20 words). */
#include "model/copies.h"

#include <string.h>

#include "model/cluster.h"
#include "util/alloc.h"
#include "util/hash.h"

/* A sentence found in more documents than this is common phrasing or a
 * template line ("Follow us on Twitter."), not a sign of copying: only its
 * newest PC_COPY_POSTINGS documents are credited.  This bounds the work
 * per sentence, so that finding copies stays linear in the input. */
#define PC_COPY_POSTINGS 32

/* The bit that marks a capitalised word in tok[] while its document is
 * read (model/cluster.c); term ids stay below it. */
#define TERM_MASK 0x7FFFFFFFu

uint64_t pc_sentence_fingerprint(const pc_sent *s)
{
    uint64_t h = 0x434F5059ull ^ s->ntok; /* "COPY" */
    for (uint32_t t = 0; t < s->ntok; t++)
        h = pc_mix64(h ^ ((uint64_t)(s->tok[t] & TERM_MASK) + 0x9E3779B97F4A7C15ull));
    return h ? h : 1;
}

size_t pc_copies_best(precis_cluster *c, size_t d, uint32_t *shared)
{
    pc_copies *x = &c->copies;
    const pc_doc *doc = &c->docs[d];
    *shared = 0;
    if (!x->npost || !doc->words)
        return SIZE_MAX;
    size_t old_cap = x->hits_cap;
    if (pc_array_reserve(c->alc, (void **)&x->hits, &x->hits_cap, d + 1, sizeof *x->hits))
        return SIZE_MAX;
    memset(x->hits + old_cap, 0, (x->hits_cap - old_cap) * sizeof *x->hits);
    if (pc_array_reserve(c->alc, (void **)&x->touched, &x->touched_cap, d + 1, sizeof *x->touched))
        return SIZE_MAX;
    size_t ntouched = 0;
    for (size_t i = doc->first_sent; i < doc->first_sent + doc->nsent; i++) {
        const pc_sent *s = &c->sents[i];
        if (!s->ntok)
            continue;
        uint64_t *head = pc_u64map_find(&x->by_sentence, pc_sentence_fingerprint(s));
        uint32_t p = head ? (uint32_t)*head : 0;
        for (int k = 0; p && k < PC_COPY_POSTINGS; k++, p = x->post[p - 1].next) {
            uint32_t e = x->post[p - 1].doc;
            if (e >= d)
                continue;
            if (!x->hits[e])
                x->touched[ntouched++] = e;
            x->hits[e] += s->ntok;
        }
    }
    size_t best = SIZE_MAX;
    uint32_t most = 0;
    for (size_t k = 0; k < ntouched; k++) {
        uint32_t e = x->touched[k];
        if (x->hits[e] > most || (x->hits[e] == most && e < best)) {
            most = x->hits[e];
            best = e;
        }
        x->hits[e] = 0;
    }
    *shared = most;
    return best;
}

int pc_copies_is_copy(const pc_doc *doc, uint32_t shared)
{
    return shared >= PC_COPY_MIN_WORDS && (double)shared >= PC_COPY_SHARE * (double)doc->words;
}

int pc_copies_index(precis_cluster *c, size_t d)
{
    pc_copies *x = &c->copies;
    const pc_doc *doc = &c->docs[d];
    for (size_t i = doc->first_sent; i < doc->first_sent + doc->nsent; i++) {
        const pc_sent *s = &c->sents[i];
        if (!s->ntok)
            continue;
        uint64_t fp = pc_sentence_fingerprint(s);
        uint64_t *head = pc_u64map_find(&x->by_sentence, fp);
        uint32_t next = head ? (uint32_t)*head : 0;
        if (next && x->post[next - 1].doc == d)
            continue; /* the document's own sentence seen twice */
        if (x->npost >= UINT32_MAX - 1 || pc_array_reserve(c->alc, (void **)&x->post, &x->post_cap,
                                                           x->npost + 1, sizeof *x->post))
            return -1;
        x->post[x->npost].doc = (uint32_t)d;
        x->post[x->npost].next = next;
        x->npost++;
        if (head)
            *head = x->npost;
        else if (pc_u64map_put(&x->by_sentence, c->alc, fp, x->npost))
            return -1;
    }
    return 0;
}

int pc_copies_add(precis_cluster *c, size_t kept, const precis_doc_meta *meta)
{
    pc_doc *k = &c->docs[kept];
    if (pc_array_reserve(c->alc, (void **)&k->copies, &k->copies_cap, k->ncopies + 1,
                         sizeof *k->copies))
        return -1;
    k->copies[k->ncopies++] = *meta;
    c->ncopies++;
    return 0;
}

void pc_copies_release(pc_copies *x, const precis_allocator *alc)
{
    pc_u64map_release(&x->by_sentence, alc);
    pc_free(alc, x->post, x->post_cap * sizeof *x->post);
    pc_free(alc, x->hits, x->hits_cap * sizeof *x->hits);
    pc_free(alc, x->touched, x->touched_cap * sizeof *x->touched);
    memset(x, 0, sizeof *x);
}
