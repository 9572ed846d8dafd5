/* The ROUGE-1.5.5 evaluator object: options, metric list, evaluations and
 * the public entry points declared in precis.h. */
#include <stdio.h>
#include <string.h>
#include "eval/rouge.h"
#include "util/alloc.h"

PRECIS_API void precis_rouge_options_init(precis_rouge_options *o)
{
    if (!o)
        return;
    memset(o, 0, sizeof *o);
    o->formula = 'A';
    o->alpha = 0.5;
    o->confidence = 95;
    o->resamples = 1000;
}

static int add_metric(precis_rouge *ev, rouge_kind kind, int n, int uni, const char *name)
{
    rouge_metric *m = &ev->metrics[ev->nmetrics++];
    m->kind = kind;
    m->n = n;
    m->unigrams = uni;
    snprintf(m->name, sizeof m->name, "%s", name);
    return 0;
}

/* The metrics in ROUGE's output order: N, L, W, S/SU. */
static int build_metrics(precis_rouge *ev)
{
    const precis_rouge_options *o = &ev->opt;
    size_t count = (size_t)(o->max_ngram > 0 ? o->max_ngram : 0) + 4;
    ev->metrics = pc_malloc(ev->alc, count * sizeof *ev->metrics);
    if (!ev->metrics)
        return -1;
    char name[48];
    for (int n = 1; n <= o->max_ngram; n++) {
        snprintf(name, sizeof name, "ROUGE-%d", n);
        add_metric(ev, ROUGE_N, n, 0, name);
    }
    if (!o->no_lcs)
        add_metric(ev, ROUGE_L, 0, 0, "ROUGE-L");
    if (o->wlcs_weight > 0) {
        snprintf(name, sizeof name, "ROUGE-W-%.15g", o->wlcs_weight);
        add_metric(ev, ROUGE_W, 0, 0, name);
    }
    if (o->skip_bigrams) {
        char d[24];
        if (o->skip_distance >= 0)
            snprintf(d, sizeof d, "%d", o->skip_distance);
        else
            snprintf(d, sizeof d, "*");
        if (o->skip_unigrams) {
            snprintf(name, sizeof name, "ROUGE-SU%s", d);
            add_metric(ev, ROUGE_S, 0, 1, name);
        } else {
            snprintf(name, sizeof name, "ROUGE-S%s", d);
            add_metric(ev, ROUGE_S, 0, 0, name);
            if (o->skip_both) {
                snprintf(name, sizeof name, "ROUGE-SU%s", d);
                add_metric(ev, ROUGE_S, 0, 1, name);
            }
        }
    }
    return 0;
}

PRECIS_API precis_status precis_rouge_new(const precis_rouge_options *opts,
                                          const precis_allocator *alc, precis_rouge **out)
{
    if (!out)
        return PRECIS_EINVAL;
    *out = NULL;
    precis_rouge_options o;
    if (opts)
        o = *opts;
    else
        precis_rouge_options_init(&o);
    if ((o.word_limit && o.byte_limit) || !(o.alpha >= 0 && o.alpha <= 1) ||
        !(o.confidence >= 0 && o.confidence <= 100) || o.resamples == 0 ||
        (o.formula != 'A' && o.formula != 'B') || o.wlcs_weight < 0 || o.max_ngram < 0 ||
        o.max_ngram > 1000 || o.count_mode < 0 || o.count_mode > 2 || o.resamples > SIZE_MAX / 64)
        return PRECIS_EINVAL;
    if (o.wlcs_weight != o.wlcs_weight)
        return PRECIS_EINVAL;
    precis_rouge *ev = pc_malloc(alc, sizeof *ev);
    if (!ev)
        return PRECIS_ENOMEM;
    memset(ev, 0, sizeof *ev);
    ev->opt = o;
    ev->alc = alc;
    pc_arena_init(&ev->arena, alc);
    pc_strmap_init(&ev->raw, alc);
    pc_strmap_init(&ev->forms, alc);
    pc_strmap_init(&ev->keys, alc);
    if (build_metrics(ev) < 0) {
        precis_rouge_free(ev);
        return PRECIS_ENOMEM;
    }
    if (ev->nmetrics == 0) {
        precis_rouge_free(ev);
        return PRECIS_EINVAL;
    }
    *out = ev;
    return PRECIS_OK;
}

PRECIS_API void precis_rouge_free(precis_rouge *ev)
{
    if (!ev)
        return;
    const precis_allocator *alc = ev->alc;
    pc_strmap_release(&ev->raw);
    pc_strmap_release(&ev->forms);
    pc_strmap_release(&ev->keys);
    pc_free(alc, ev->form_str, 0);
    pc_free(alc, ev->scratch, 0);
    pc_free(alc, ev->metrics, 0);
    pc_free(alc, ev->evals, 0);
    pc_free(alc, ev->scores, 0);
    for (size_t i = 0; i < ev->npeers; i++)
        pc_free(alc, ev->peers[i].stats, 0);
    pc_free(alc, ev->peers, 0);
    rouge_text_release(ev, &ev->cand);
    for (size_t i = 0; i < ev->refs_cap; i++)
        rouge_text_release(ev, &ev->refs[i]);
    pc_free(alc, ev->refs, 0);
    pc_free(alc, ev->bud_m, 0);
    pc_free(alc, ev->bud_p, 0);
    pc_free(alc, ev->grams, 0);
    pc_free(alc, ev->pairs_c, 0);
    pc_free(alc, ev->pairs_r, 0);
    pc_free(alc, ev->dirs, 0);
    pc_free(alc, ev->dp, 0);
    pc_free(alc, ev->runs, 0);
    pc_free(alc, ev->mask, 0);
    pc_free(alc, ev->pmask, 0);
    pc_free(alc, ev->rows, 0);
    pc_free(alc, ev->wpow, 0);
    pc_arena_release(&ev->arena);
    pc_free(alc, ev, sizeof *ev);
}

static precis_status find_peer(precis_rouge *ev, const char *peer, int create, size_t *out)
{
    for (size_t i = 0; i < ev->npeers; i++) {
        if (strcmp(ev->peers[i].name, peer) == 0) {
            *out = i;
            return PRECIS_OK;
        }
    }
    if (!create)
        return PRECIS_EINVAL;
    if (pc_array_reserve(ev->alc, (void **)&ev->peers, &ev->peers_cap, ev->npeers + 1,
                         sizeof *ev->peers) < 0)
        return PRECIS_ENOMEM;
    char *name = pc_arena_strndup(&ev->arena, peer, strlen(peer));
    if (!name)
        return PRECIS_ENOMEM;
    ev->peers[ev->npeers] = (rouge_peer){name, 0, NULL};
    *out = ev->npeers++;
    return PRECIS_OK;
}

PRECIS_API precis_status precis_rouge_add(precis_rouge *ev, const char *id, const char *peer,
                                          const char *cand, size_t cand_len,
                                          const char *const *refs, const size_t *ref_lens,
                                          size_t nrefs)
{
    if (!ev || !id || !peer || (!cand && cand_len) || !refs || !ref_lens || nrefs == 0)
        return PRECIS_EINVAL;
    for (size_t r = 0; r < nrefs; r++)
        if (!refs[r] && ref_lens[r])
            return PRECIS_EINVAL;

    /* the pair (id, peer) must be new: the map's key is "<id>\0<peer>", as
     * "<id>.<peer>" (ROUGE-1.5.5's name of the evaluation, printed and
     * sorted) is the same for id "a", peer "b.c" and id "a.b", peer "c" */
    size_t il = strlen(id), pl = strlen(peer);
    if (il > SIZE_MAX / 2 - pl)
        return PRECIS_EINVAL;
    char *key = pc_malloc(ev->alc, il + pl + 2);
    if (!key)
        return PRECIS_ENOMEM;
    memcpy(key, id, il);
    key[il] = '\0';
    memcpy(key + il + 1, peer, pl + 1);
    size_t kl = il + pl + 1;
    uint32_t kh = rouge_hash(key, kl), dummy;
    precis_status st = PRECIS_OK;
    if (pc_strmap_find(&ev->keys, key, kl, kh, &dummy)) {
        st = PRECIS_EINVAL;
        goto out;
    }

    size_t width = 3 * ev->nmetrics;
    if (pc_array_reserve(ev->alc, (void **)&ev->evals, &ev->evals_cap, ev->nevals + 1,
                         sizeof *ev->evals) < 0 ||
        pc_array_reserve(ev->alc, (void **)&ev->scores, &ev->scores_cap, (ev->nevals + 1) * width,
                         sizeof *ev->scores) < 0) {
        st = PRECIS_ENOMEM;
        goto out;
    }
    if (nrefs > ev->refs_cap) {
        size_t old = ev->refs_cap;
        if (pc_array_reserve(ev->alc, (void **)&ev->refs, &ev->refs_cap, nrefs, sizeof *ev->refs) <
            0) {
            st = PRECIS_ENOMEM;
            goto out;
        }
        memset(ev->refs + old, 0, (ev->refs_cap - old) * sizeof *ev->refs);
    }
    if (rouge_text_read(ev, &ev->cand, cand ? cand : "", cand_len) < 0) {
        st = PRECIS_ENOMEM;
        goto out;
    }
    for (size_t r = 0; r < nrefs; r++) {
        if (rouge_text_read(ev, &ev->refs[r], refs[r] ? refs[r] : "", ref_lens[r]) < 0) {
            st = PRECIS_ENOMEM;
            goto out;
        }
    }
    if (rouge_score_eval(ev, nrefs, ev->scores + ev->nevals * width) < 0) {
        st = PRECIS_ENOMEM;
        goto out;
    }
    size_t p;
    if ((st = find_peer(ev, peer, 1, &p)) != PRECIS_OK)
        goto out;
    const char *stored;
    if (rouge_strmap_put(ev, &ev->keys, key, kl, kh, (uint32_t)ev->nevals, &stored) < 0) {
        st = PRECIS_ENOMEM;
        goto out;
    }
    rouge_eval *e = &ev->evals[ev->nevals];
    e->key = pc_arena_strndup(&ev->arena, stored, kl);
    e->id = pc_arena_strndup(&ev->arena, id, il);
    e->peer = ev->peers[p].name;
    e->peer_index = p;
    if (e->key)
        e->key[il] = '.';
    if (!e->id || !e->key) {
        st = PRECIS_ENOMEM; /* the key stays reserved; the evaluation is not added */
        goto out;
    }
    ev->nevals++;
    ev->peers[p].have_stats = 0;
out:
    pc_free(ev->alc, key, il + pl + 2);
    return st;
}

PRECIS_API size_t precis_rouge_eval_count(const precis_rouge *ev)
{
    return ev ? ev->nevals : 0;
}

PRECIS_API size_t precis_rouge_metric_count(const precis_rouge *ev)
{
    return ev ? ev->nmetrics : 0;
}

PRECIS_API const char *precis_rouge_metric_name(const precis_rouge *ev, size_t i)
{
    return ev && i < ev->nmetrics ? ev->metrics[i].name : NULL;
}

PRECIS_API precis_status precis_rouge_eval_scores(const precis_rouge *ev, size_t eval,
                                                  size_t metric, double rpf[3])
{
    if (!ev || !rpf || eval >= ev->nevals || metric >= ev->nmetrics)
        return PRECIS_EINVAL;
    const double *s = ev->scores + (eval * ev->nmetrics + metric) * 3;
    rpf[0] = s[0];
    rpf[1] = s[1];
    rpf[2] = s[2];
    return PRECIS_OK;
}

PRECIS_API precis_status precis_rouge_corpus(precis_rouge *ev, const char *peer, size_t metric,
                                             precis_rouge_stat out[3])
{
    if (!ev || !out || metric >= ev->nmetrics || ev->npeers == 0)
        return PRECIS_EINVAL;
    size_t p = 0;
    if (peer) {
        precis_status st = find_peer(ev, peer, 0, &p);
        if (st != PRECIS_OK)
            return st;
    } else {
        for (size_t i = 1; i < ev->npeers; i++)
            if (strcmp(ev->peers[i].name, ev->peers[p].name) < 0)
                p = i;
    }
    if (!ev->peers[p].have_stats && rouge_peer_stats(ev, p) < 0)
        return PRECIS_ENOMEM;
    memcpy(out, ev->peers[p].stats + 3 * metric, 3 * sizeof *out);
    return PRECIS_OK;
}
