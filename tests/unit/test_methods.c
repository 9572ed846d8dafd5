/* Every ranking method of the table (src/rank/), on hand-written clusters:
 * budgets in words, bytes and sentences are respected, summaries are never
 * empty and are the same twice; then what each method is for (the hub of a
 * star-shaped cluster, the sentence closest to the cluster's distribution,
 * an exact optimum at least as good as the greedy one). */
#include <math.h>
#include <stdlib.h>

#include "check.h"
#include "precis.h"
#include "model/concepts.h"
#include "model/model.h"
#include "model/sentfeat.h"
#include "model/standalone.h"
#include "rank/greedy.h"
#include "rank/rank.h"

static const char *news[] = {
    "Harbour officials said the storm destroyed forty fishing boats overnight. "
    "The mayor said repairs to the harbour would take several months. "
    "\"We have never seen waves like these,\" said captain Lena Berg.\n\n"
    "Schools across the district will stay closed on Friday.",
    "Forty fishing boats were destroyed by the overnight storm, harbour officials said. "
    "\"We have never seen waves like these,\" captain Lena Berg said. "
    "Insurance claims are expected to exceed two million crowns this year.",
    "A storm hit the coast overnight and destroyed about thirty boats in the harbour. "
    "Power was restored to most homes in the district by the morning. "
    "The weather service expects calmer seas and lighter winds next week."};

/* A star: the hub (second sentence of the second document) shares content
 * words with every leaf; the leaves share none with each other. */
static const char *star[] = {
    "Angry fishermen debated the harbour budget for six long evenings. "
    "Two extra classrooms are part of the school plan near the river.",
    "Road repairs will close Main Street during the whole of July. "
    "The council of Ostby approved the harbour budget, the school plan, the road repairs and "
    "the library hours. "
    "Library hours change in August for summer visitors from abroad.",
    "Volunteers painted the fence beside the old cinema on Sunday morning."};

static precis_cluster *make(const char **docs, size_t n)
{
    precis_cluster *c;
    if (precis_cluster_new(&c, NULL) != PRECIS_OK)
        return NULL;
    for (size_t i = 0; i < n; i++)
        CHECK(precis_cluster_add_document(c, docs[i], strlen(docs[i]), NULL, NULL, NULL) ==
              PRECIS_OK);
    return c;
}

static size_t words(const char *s, size_t n)
{
    size_t w = 0;
    int in = 0;
    for (size_t i = 0; i < n; i++) {
        int sp = s[i] == ' ' || s[i] == '\n';
        w += !sp && !in;
        in = !sp;
    }
    return w;
}

static char *summarize(precis_cluster *c, const char *method, precis_unit unit, size_t budget)
{
    precis_options o;
    precis_options_init(&o);
    o.method = method;
    o.unit = unit;
    o.budget = budget;
    precis_summary *s;
    if (precis_summarize(c, &o, &s) != PRECIS_OK)
        return NULL;
    size_t n = precis_summary_count(s), used = 0;
    CHECK(n >= 1);
    for (size_t i = 0; i < n; i++) {
        precis_sentence ps;
        CHECK(precis_summary_sentence(s, i, &ps) == PRECIS_OK);
        used += unit == PRECIS_UNIT_WORDS   ? words(ps.text, ps.len)
                : unit == PRECIS_UNIT_BYTES ? ps.len
                                            : 1;
    }
    /* never over budget, unless a single sentence had to be taken */
    if (!(used <= budget || n == 1))
        fprintf(stderr, "%s: %zu over a budget of %zu (unit %d)\n", method, used, budget,
                (int)unit);
    CHECK(used <= budget || n == 1);
    char *out = NULL;
    CHECK(precis_summary_render(s, PRECIS_FORMAT_TEXT, &out, NULL) == PRECIS_OK);
    precis_summary_free(s);
    return out;
}

static void check_budgets(const char *method)
{
    static const struct {
        precis_unit unit;
        size_t budget;
    } cases[] = {{PRECIS_UNIT_WORDS, 12},   {PRECIS_UNIT_WORDS, 30},  {PRECIS_UNIT_WORDS, 80},
                 {PRECIS_UNIT_BYTES, 150},  {PRECIS_UNIT_BYTES, 400}, {PRECIS_UNIT_SENTENCES, 1},
                 {PRECIS_UNIT_SENTENCES, 3}};
    precis_cluster *a = make(news, 3), *b = make(news, 3);
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        char *x = summarize(a, method, cases[k].unit, cases[k].budget);
        char *y = summarize(a, method, cases[k].unit, cases[k].budget);
        char *z = summarize(b, method, cases[k].unit, cases[k].budget);
        CHECK(x && y && z && *x);
        /* deterministic: same cluster twice, and a fresh copy of it */
        CHECK(x && y && z && strcmp(x, y) == 0 && strcmp(x, z) == 0);
        precis_free(x);
        precis_free(y);
        precis_free(z);
    }
    precis_cluster_free(a);
    precis_cluster_free(b);
}

/* The graph methods put the hub of a star first. */
static void check_hub(const char *method)
{
    precis_cluster *c = make(star, 3);
    char *x = summarize(c, method, PRECIS_UNIT_SENTENCES, 1);
    CHECK(x && strncmp(x, "The council of Ostby approved", 29) == 0);
    if (x && strncmp(x, "The council of Ostby approved", 29) != 0)
        fprintf(stderr, "%s picked: %s", method, x);
    precis_free(x);
    precis_cluster_free(c);
}

/* MMR's first choice is the most relevant sentence: centroid's first. */
static void check_mmr(void)
{
    precis_cluster *c = make(news, 3);
    char *x = summarize(c, "mmr", PRECIS_UNIT_SENTENCES, 1);
    char *y = summarize(c, "centroid", PRECIS_UNIT_SENTENCES, 1);
    CHECK(x && y && strcmp(x, y) == 0);
    precis_free(x);
    precis_free(y);
    precis_cluster_free(c);
}

/* KLSum's single sentence is the one whose words follow the cluster's: the
 * storm and the harbour, not the bakery or the museum. */
static void check_kl(void)
{
    static const char *docs[] = {
        "The storm flooded the harbour town overnight. "
        "A bakery sold fresh bread and cakes on the main square today.",
        "Fishermen watched the storm flood the harbour and the town. "
        "Tourists visited the museum of modern art during the spring holidays.",
        "Storm waters flooded harbour streets and the town hall. "
        "The storm left the harbour town without power."};
    precis_cluster *c = make(docs, 3);
    char *x = summarize(c, "kl", PRECIS_UNIT_SENTENCES, 1);
    CHECK(x && strstr(x, "torm") && strstr(x, "harbour") && strstr(x, "town"));
    precis_free(x);
    precis_cluster_free(c);
}

/* Two topics, one larger: with room for two sentences, MMR's redundancy
 * penalty takes one of each.  (Not submodular's test: on seven sentences
 * K = 0.2 N gives one k-means cluster, so its diversity reward is mute.) */
static void check_two_topics(const char *method)
{
    static const char *docs[] = {
        "The storm flooded the harbour and damaged forty boats. "
        "Voters in the northern district elected a new mayor on Sunday.",
        "Harbour workers said the storm damaged boats and flooded the quay. "
        "Flood water from the storm reached the harbour warehouses.",
        "The storm damaged boats moored in the flooded harbour. "
        "The new mayor thanked voters of the district after the election."};
    precis_cluster *c = make(docs, 3);
    char *x = summarize(c, method, PRECIS_UNIT_SENTENCES, 2);
    CHECK(x && strstr(x, "torm") && strstr(x, "mayor"));
    if (x && !(strstr(x, "torm") && strstr(x, "mayor")))
        fprintf(stderr, "%s picked: %s", method, x);
    precis_free(x);
    precis_cluster_free(c);
}

/* ilp against coverage's greedy on random clusters over a small vocabulary:
 * the exact answer fits the budget and covers at least as much concept
 * weight.  (On these greedy is nearly always optimal; the trap below is
 * where it is not.) */
static unsigned long rng = 12345;
static unsigned next(void)
{
    rng = rng * 6364136223846793005ul + 1442695040888963407ul;
    return (unsigned)(rng >> 33);
}

/* Sizes of a random cluster: documents, and per document sentences, per
 * sentence words, each "min + next() % range" (drawn in that order). */
typedef struct shape {
    size_t docs_min, docs_range, sents_min, sents_range, words_min, words_range;
} shape;

/* A cluster of random sentences of the first nv words of vocab, the first
 * word of each capitalised. */
static precis_cluster *shaped_cluster(shape sh, const char *const *vocab, size_t nv)
{
    precis_cluster *c;
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    size_t ndocs = sh.docs_min + next() % sh.docs_range;
    for (size_t d = 0; d < ndocs; d++) {
        char text[8192];
        size_t len = 0, nsent = sh.sents_min + next() % sh.sents_range;
        for (size_t i = 0; i < nsent; i++) {
            size_t nw = sh.words_min + next() % sh.words_range;
            for (size_t k = 0; k < nw; k++) {
                const char *v = vocab[next() % nv];
                len += (size_t)snprintf(text + len, sizeof text - len, "%c%s%s",
                                        k || v[0] < 'a' || v[0] > 'z' ? v[0] : v[0] - 'a' + 'A',
                                        v + 1, k + 1 < nw ? " " : ". ");
            }
        }
        /* English, as the words are: random sentences over a small
         * vocabulary are too few function words to be identified so
         * (some were `und`, some Spanish), and one story's documents take
         * one language (docs/languages.md, "One story, one language") */
        precis_options o;
        precis_options_init(&o);
        o.language = "en";
        CHECK(precis_cluster_add_document(c, text, len, NULL, &o, NULL) == PRECIS_OK);
    }
    return c;
}

static const char *const vocab[] = {"harbour", "storm",  "boats",   "mayor", "council", "flood",
                                    "river",   "bridge", "school",  "power", "coast",   "winds",
                                    "repairs", "claims", "captain", "waves", "quay",    "town",
                                    "the",     "of",     "and",     "was"};

/* A cluster of 2-4 documents of random sentences over a small vocabulary. */
static precis_cluster *random_cluster(void)
{
    return shaped_cluster((shape){2, 3, 3, 6, 5, 12}, vocab, sizeof vocab / sizeof *vocab);
}

/* The same with quotations that open and close across sentences, speech
 * verbs and pronouns: sentences that must come with others (pc_sa_chain). */
static const char *const quoted_vocab[] = {
    "harbour", "storm",  "boats", "mayor", "council", "flood",    "river", "bridge",
    "school",  "power",  "coast", "winds", "the",     "of",       "and",   "was",
    "he",      "\"tide", "said",  "told",  "quay\"",  "\"town\"", "it",    "waves"};

/* A random cluster and its model, in a new arena a. */
static precis_cluster *random_model(pc_arena *a, pc_model *m)
{
    precis_cluster *c = random_cluster();
    pc_arena_init(a, NULL);
    CHECK(pc_model_build(m, c, a) == PRECIS_OK);
    return c;
}

/* A sentence's content features, straight from its tokens: content
 * unigrams (id + 1) and bigrams not of two stopwords, each once. */
static size_t features(const precis_cluster *c, const pc_sent *s, uint64_t *f)
{
    size_t n = 0;
    for (uint32_t t = 0; t < s->ntok; t++) {
        uint32_t x = s->tok[t];
        uint64_t k[2];
        int nk = 0;
        if (!c->vocab.stop[x])
            k[nk++] = (uint64_t)x + 1;
        if (t + 1 < s->ntok && !(c->vocab.stop[x] && c->vocab.stop[s->tok[t + 1]]))
            k[nk++] = ((uint64_t)x + 1) << 32 | ((uint64_t)s->tok[t + 1] + 1);
        for (int q = 0; q < nk; q++) {
            size_t j = 0;
            while (j < n && f[j] != k[q])
                j++;
            if (j == n)
                f[n++] = k[q];
        }
    }
    return n;
}

/* The same-content overlap of the model (marks over concept ids) against
 * the overlap coefficient of the feature sets computed naively. */
static void check_overlap(void)
{
    for (size_t t = 0; t < 30; t++) {
        pc_arena a;
        pc_model m;
        precis_cluster *c = random_model(&a, &m);
        size_t most = 0;
        for (size_t i = 0; i < m.ncandidates; i++)
            if (pc_model_sent(&m, i)->ntok > most)
                most = pc_model_sent(&m, i)->ntok;
        uint64_t *fi = malloc((2 * most + 1) * sizeof *fi),
                 *fj = malloc((2 * most + 1) * sizeof *fj);
        CHECK(fi && fj);
        for (size_t i = 0; i < m.ncandidates; i++) {
            size_t ni = features(c, pc_model_sent(&m, i), fi);
            CHECK(m.cand_concepts[i].n == ni);
            pc_overlap_mark(&m, i);
            for (size_t j = 0; j < m.ncandidates; j++) {
                size_t nj = features(c, pc_model_sent(&m, j), fj), common = 0;
                for (size_t p = 0; p < ni; p++)
                    for (size_t q = 0; q < nj; q++)
                        common += fi[p] == fj[q];
                double want = ni && nj ? (double)common / (double)(ni < nj ? ni : nj) : 0;
                CHECK(pc_overlap_with(&m, j) == want);
                CHECK(i != j || !ni || want == 1.0);
            }
        }
        free(fi);
        free(fj);
        pc_arena_release(&a);
        precis_cluster_free(c);
    }
}

/* The lazy greedy against the plain one (every gain recomputed in every
 * round), on random clusters with weights from {0, 1, 2, 3} and random
 * scales: the same picks in the same order, ties included.  Both keep the
 * rules of model/standalone.h: no broken sentence, an opener first, and a
 * sentence that needs the ones before it (pc_sa_chain) only with them,
 * brought along right before it when the whole run fits. */
static void check_lazy_greedy(void)
{
    size_t open_runs = 0;
    for (size_t t = 0; t < 80; t++) {
        pc_arena a;
        pc_model m;
        precis_cluster *c = t < 40 ? random_cluster()
                                   : shaped_cluster((shape){2, 3, 4, 6, 5, 12}, quoted_vocab,
                                                    sizeof quoted_vocab / sizeof *quoted_vocab);
        pc_arena_init(&a, NULL);
        CHECK(pc_model_build(&m, c, &a) == PRECIS_OK);
        const pc_concepts *cs = &m.concepts;
        precis_options o;
        precis_options_init(&o);
        o.budget = 10 + next() % 50;
        double *w = pc_arena_alloc(&a, (cs->n + 1) * sizeof *w);
        double *su = pc_arena_alloc(&a, (m.ncandidates + 1) * sizeof *su);
        double *sb = pc_arena_alloc(&a, (m.ncandidates + 1) * sizeof *sb);
        double *score = pc_arena_calloc(&a, m.ncandidates + 1, sizeof *score);
        uint32_t *pick = pc_arena_alloc(&a, (m.ncandidates + 1) * sizeof *pick);
        uint8_t *covered = pc_arena_calloc(&a, cs->n + 1, 1);
        uint8_t *used = pc_arena_calloc(&a, m.ncandidates + 1, 1);
        uint8_t *sa = pc_arena_calloc(&a, m.ncandidates + 1, 1);
        uint8_t *out = pc_arena_calloc(&a, m.ncandidates + 1, 1); /* passed over this round */
        uint8_t *waits = pc_arena_calloc(&a, m.ncandidates + 1, 1);
        uint32_t *prev = pc_arena_alloc(&a, (m.ncandidates + 1) * sizeof *prev);
        CHECK(w && su && sb && score && pick && covered && used && sa && out && waits && prev);
        pc_standalone(&m, sa, prev);
        /* every fourth: all weights and scales 1 and no cost scaling, so
         * that ratios tie everywhere */
        int ties = t % 4 == 0;
        for (size_t k = 0; k < cs->n; k++)
            w[k] = ties ? 1.0 : (double)(next() % 4);
        for (size_t i = 0; i < m.ncandidates; i++) {
            su[i] = ties || t % 4 == 1 ? 1.0 : (double)(1 + next() % 3);
            sb[i] = ties || t % 4 == 1 ? 1.0 : (double)(1 + next() % 3);
        }
        pc_ranking r = {score, pick, 0};
        double ce = ties ? 0.0 : (double)(t % 3) / 2;
        CHECK(pc_greedy_cover_scaled(&m, &o, cs, w, su, sb, ce, &r) == PRECIS_OK);
        /* the plain greedy */
        double left = (double)o.budget, got = 0, best1_gain = 0;
        size_t np = 0, best1 = SIZE_MAX;
        uint32_t want[256];
        for (size_t i = 0; i < m.ncandidates; i++) {
            double cost = (double)pc_cost(&m, i, &o), g = 0;
            uint32_t si = m.sentence_of[i];
            for (uint32_t k = 0; k < cs->by_sentence[si].n; k++) {
                uint32_t id = cs->by_sentence[si].ids[k];
                g += w[id] * (pc_concept_is_bigram(cs, id) ? sb[i] : su[i]);
            }
            if (cost <= left && g > best1_gain && pc_sa_opener(sa[i])) {
                best1_gain = g;
                best1 = i;
            }
        }
        for (;;) {
            size_t best = SIZE_MAX;
            double best_ratio = 0, best_gain = 0;
            for (size_t i = 0; i < m.ncandidates; i++) {
                double cost = (double)pc_cost(&m, i, &o);
                if (used[i] || out[i] || waits[i] || cost > left || (sa[i] & PC_SA_BROKEN))
                    continue;
                double gu = 0, gb = 0;
                uint32_t si = m.sentence_of[i];
                for (uint32_t k = 0; k < cs->by_sentence[si].n; k++) {
                    uint32_t id = cs->by_sentence[si].ids[k];
                    if (covered[id])
                        continue;
                    if (pc_concept_is_bigram(cs, id))
                        gb += w[id];
                    else
                        gu += w[id];
                }
                double g = gu * su[i] + gb * sb[i], ratio = g / pow(cost, ce);
                if (g > 0 && ratio > best_ratio) {
                    best_ratio = ratio;
                    best_gain = g;
                    best = i;
                }
            }
            if (best == SIZE_MAX)
                break;
            uint32_t run[PC_SA_CHAIN];
            size_t nrun = pc_sa_chain(sa, prev, used, (uint32_t)best, run);
            double run_cost = 0;
            for (size_t k = 0; k < nrun; k++)
                run_cost += (double)pc_cost(&m, run[k], &o);
            int first = np == 0 && nrun && (nrun > 1 || !pc_sa_opener(sa[best]));
            if (!nrun || run_cost > left || first) {
                if (first && run_cost <= left)
                    out[best] = 1; /* after the first pick */
                else if ((nrun > 1 || (!nrun && !(sa[best] & PC_SA_OPEN_END))) &&
                         prev[best] != UINT32_MAX)
                    waits[best] = 1; /* until its predecessor is picked */
                else
                    out[best] = 2; /* for good */
                continue;
            }
            for (size_t q = 0; q + 1 < nrun; q++) {
                uint32_t pre = run[q];
                used[pre] = 1;
                left -= (double)pc_cost(&m, pre, &o);
                uint32_t sp = m.sentence_of[pre];
                for (uint32_t k = 0; k < cs->by_sentence[sp].n; k++) {
                    uint32_t id = cs->by_sentence[sp].ids[k];
                    if (!covered[id])
                        got += w[id] * (pc_concept_is_bigram(cs, id) ? sb[pre] : su[pre]);
                    covered[id] = 1;
                }
                CHECK(np < 256);
                want[np++] = pre;
            }
            for (size_t i = 0; i < m.ncandidates; i++) {
                if (out[i] == 1)
                    out[i] = 0;
                if (waits[i] && prev[i] == best)
                    waits[i] = 0;
            }
            used[best] = 1;
            left -= (double)pc_cost(&m, best, &o);
            got += best_gain;
            CHECK(np < 256);
            want[np++] = (uint32_t)best;
            uint32_t si = m.sentence_of[best];
            for (uint32_t k = 0; k < cs->by_sentence[si].n; k++)
                covered[cs->by_sentence[si].ids[k]] = 1;
        }
        if (best1 != SIZE_MAX && best1_gain > got) {
            want[0] = (uint32_t)best1;
            np = 1;
        }
        CHECK(r.npick == np);
        for (size_t j = 0; j < np && j < r.npick; j++) {
            CHECK(r.pick[j] == want[j]);
            /* a sentence that leaves its quotation open only with the next */
            if (sa[r.pick[j]] & PC_SA_OPEN_END) {
                CHECK(j + 1 < r.npick && prev[r.pick[j + 1]] == r.pick[j]);
                open_runs++;
            }
        }
        pc_arena_release(&a);
        precis_cluster_free(c);
    }
    CHECK(open_runs > 0); /* the quotations were exercised */
}

static void check_ilp(void)
{
    size_t better = 0, trials = 60;
    for (size_t t = 0; t < trials; t++) {
        pc_arena a;
        pc_model m;
        precis_cluster *c = random_model(&a, &m);
        precis_options o;
        precis_options_init(&o);
        o.budget = 15 + next() % 40;
        double *score = pc_arena_calloc(&a, m.ncandidates + 1, sizeof *score);
        uint32_t *p1 = pc_arena_alloc(&a, (m.ncandidates + 1) * sizeof *p1);
        uint32_t *p2 = pc_arena_alloc(&a, (m.ncandidates + 1) * sizeof *p2);
        pc_ranking greedy = {score, p1, 0}, exact = {score, p2, 0};
        CHECK(pc_rank_coverage(&m, &o, &greedy) == PRECIS_OK);
        CHECK(pc_rank_ilp(&m, &o, &exact) == PRECIS_OK);
        pc_concepts cs;
        double *w;
        CHECK(pc_coverage_concepts(&m, &cs, &w) == PRECIS_OK);
        double vg = pc_cover_value(&m, &cs, w, greedy.pick, greedy.npick);
        double ve = pc_cover_value(&m, &cs, w, exact.pick, exact.npick);
        size_t used = 0;
        for (size_t j = 0; j < exact.npick; j++)
            used += pc_cost(&m, exact.pick[j], &o);
        CHECK(used <= o.budget);
        CHECK(ve >= vg - 1e-9);
        better += ve > vg + 1e-9;
        pc_arena_release(&a);
        precis_cluster_free(c);
    }
    printf("ilp better than greedy on %zu of %zu random clusters\n", better, trials);
}

/* A random cluster of many distinct words ("w" and a number), so that the
 * concepts outgrow the builder's first table and arrays. */
static precis_cluster *random_wide_cluster(void)
{
    precis_cluster *c;
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    for (size_t d = 0; d < 3; d++) {
        char text[16384];
        size_t len = 0, nsent = 10 + next() % 12;
        for (size_t i = 0; i < nsent; i++) {
            size_t nw = 10 + next() % 25;
            for (size_t k = 0; k < nw; k++)
                len += (size_t)snprintf(text + len, sizeof text - len, "%s%u%s", k ? "w" : "W",
                                        next() % (i % 2 ? 50 : 5000), k + 1 < nw ? " " : ". ");
        }
        CHECK(precis_cluster_add_document(c, text, len, NULL, NULL, NULL) == PRECIS_OK);
    }
    return c;
}

/* pc_concepts_build against the concepts and statistics counted straight
 * from the tokens (features()): each sentence's list in order, and per
 * concept its documents, sentences, earliest position, lead count and mean
 * relative position, on clusters whose concepts fit the first table and on
 * clusters that make it grow. */
static void check_concepts(void)
{
    for (int trial = 0; trial < 40; trial++) {
        precis_cluster *c = trial % 2 ? random_wide_cluster() : random_cluster();
        pc_arena a;
        pc_arena_init(&a, NULL);
        pc_concepts cs;
        CHECK(pc_concepts_build(&cs, c, &a, 1) == PRECIS_OK);
        size_t total = 0, distinct = 0;
        for (size_t i = 0; i < c->nsents; i++)
            total += c->sents[i].ntok;
        uint64_t *f = malloc((2 * total + 1) * sizeof *f);
        uint64_t *seen = malloc((2 * total + 1) * sizeof *seen);
        CHECK(f && seen);
        for (size_t i = 0; f && seen && i < c->nsents; i++) {
            size_t nf = features(c, &c->sents[i], f);
            CHECK(cs.by_sentence[i].n == nf);
            for (size_t q = 0; q < nf && q < cs.by_sentence[i].n; q++) {
                CHECK(cs.key[cs.by_sentence[i].ids[q]] == f[q]);
                CHECK(pc_concepts_find(&cs, f[q]) == (long)cs.by_sentence[i].ids[q]);
                size_t j = 0;
                while (j < distinct && seen[j] != f[q])
                    j++;
                if (j == distinct)
                    seen[distinct++] = f[q];
            }
        }
        CHECK(cs.n == distinct);
        CHECK(pc_concepts_find(&cs, (uint64_t)c->vocab.nterms + 7) == -1);
        for (size_t k = 0; seen && k < distinct; k++) {
            long id = pc_concepts_find(&cs, seen[k]);
            CHECK(id >= 0);
            if (id < 0)
                continue;
            uint32_t df = 0, tf = 0, first = UINT32_MAX, lead = 0, last = UINT32_MAX;
            double rp = 0;
            for (size_t i = 0; i < c->nsents; i++) {
                const pc_sent *s = &c->sents[i];
                size_t nf = features(c, s, f), q = 0;
                while (q < nf && f[q] != seen[k])
                    q++;
                if (q == nf)
                    continue;
                size_t dn = c->docs[s->doc].npos; /* furniture takes no position */
                tf++;
                df += s->doc != last;
                last = s->doc;
                first = s->pos < first ? s->pos : first;
                lead += s->pos < 2;
                rp += dn > 1 ? (double)s->pos / (double)(dn - 1) : 0;
            }
            const pc_concept_stats *st = &cs.stats[id];
            CHECK(st->df == df && st->tf == tf && st->first == first && st->lead == lead);
            CHECK(fabs(st->relpos - rp / tf) < 1e-5);
            CHECK(cs.is_bigram[id] == (seen[k] >> 32 != 0));
        }
        free(f);
        free(seen);
        pc_arena_release(&a);
        precis_cluster_free(c);
    }
}

/* pc_concept_probs is exactly the logistic of theta . pc_concept_features
 * for every concept (the trainer fits theta on those features), to the
 * bit, whatever it leaves out of the sum. */
static void check_concept_probs(void)
{
    double theta[PC_NFEAT], f[PC_NFEAT];
    for (int trial = 0; trial < 20; trial++) {
        for (int j = 0; j < PC_NFEAT; j++)
            theta[j] = ((double)(next() % 2001) - 1000.0) / 250.0;
        precis_cluster *c = trial % 2 ? random_wide_cluster() : random_cluster();
        pc_arena a;
        pc_arena_init(&a, NULL);
        pc_concepts cs;
        CHECK(pc_concepts_build(&cs, c, &a, 1) == PRECIS_OK);
        double *w = pc_arena_alloc(&a, (cs.n + 1) * sizeof *w);
        CHECK(w != NULL);
        if (w) {
            pc_concept_probs(&cs, theta, w);
            for (size_t k = 0; k < cs.n; k++) {
                pc_concept_features(&cs, k, f);
                double z = 0;
                for (int j = 0; j < PC_NFEAT; j++)
                    z += theta[j] * f[j];
                CHECK(w[k] == 1.0 / (1.0 + exp(-z)));
            }
            /* with a live set, the same for live concepts, 0 for others */
            uint8_t *live = pc_arena_alloc(&a, cs.n + 1);
            double *w2 = pc_arena_alloc(&a, (cs.n + 1) * sizeof *w2);
            CHECK(live && w2);
            for (size_t k = 0; live && w2 && k < cs.n; k++)
                live[k] = (uint8_t)(next() % 3 != 0);
            if (live && w2) {
                cs.live = live;
                pc_concept_probs(&cs, theta, w2);
                for (size_t k = 0; k < cs.n; k++)
                    CHECK(w2[k] == (live[k] ? w[k] : 0.0));
            }
        }
        pc_arena_release(&a);
        precis_cluster_free(c);
    }
}

/* The model's live concepts are exactly those of candidate sentences (all
 * of them when every sentence is a candidate: no set). */
static void check_live(void)
{
    size_t partial = 0;
    for (int trial = 0; trial < 30; trial++) {
        /* sentences of 2 to 12 words: those under 5 are no candidates */
        precis_cluster *c = shaped_cluster((shape){3, 1, 3, 5, 2, 11}, vocab, 20);
        pc_arena a;
        pc_model m;
        pc_arena_init(&a, NULL);
        CHECK(pc_model_build(&m, c, &a) == PRECIS_OK);
        const pc_concepts *cs = &m.concepts;
        CHECK((cs->live == NULL) == (m.ncandidates == c->nsents));
        if (cs->live) {
            partial++;
            for (size_t k = 0; k < cs->n; k++) {
                int in = 0;
                for (size_t i = 0; i < m.ncandidates && !in; i++)
                    for (uint32_t q = 0; q < cs->by_sentence[m.sentence_of[i]].n; q++)
                        in |= cs->by_sentence[m.sentence_of[i]].ids[q] == k;
                CHECK(cs->live[k] == in);
            }
        }
        pc_arena_release(&a);
        precis_cluster_free(c);
    }
    CHECK(partial > 0);
}

/* idf = log((candidates + 1) / sentence frequency) for every term with a
 * sentence frequency, 0 for the others, below and above the model's table
 * of small counts (words here are in up to 90 candidates). */
static void check_idf(void)
{
    for (int trial = 0; trial < 6; trial++) {
        /* six-word sentences over 4 or 8 words */
        precis_cluster *c = shaped_cluster((shape){3, 1, 10, 21, 6, 1}, vocab, trial % 2 ? 8 : 4);
        pc_arena a;
        pc_model m;
        pc_arena_init(&a, NULL);
        CHECK(pc_model_build(&m, c, &a) == PRECIS_OK);
        for (size_t t = 0; t < m.nterms; t++)
            CHECK(m.idf[t] == (m.sentence_freq[t] ? (float)log((double)(m.ncandidates + 1) /
                                                               (double)m.sentence_freq[t])
                                                  : 0.0f));
        pc_arena_release(&a);
        precis_cluster_free(c);
    }
}

/* The learned lexicon (generated by make train) finds each of its entries
 * with its own value, and none of a thousand strings that are no entry. */
static void check_learned_lexicon(void)
{
    const pc_lexicon *lex = pc_learned_lexicon();
    CHECK(lex->n > 1000 && lex->nslot >= lex->n);
    size_t wrong = 0, found = 0;
    for (size_t e = 0; e < lex->n; e++) {
        const char *x = lex->str + lex->off[e];
        float v = -99.0f;
        wrong += !pc_lexicon_get(lex, x, strlen(x), &v) || v != lex->logodds[e];
    }
    CHECK(wrong == 0);
    for (int i = 0; i < 1000; i++) {
        char s[32];
        int n = snprintf(s, sizeof s, "%sq%uzx", i % 2 ? "said " : "", next());
        float v;
        found += (size_t)pc_lexicon_get(lex, s, (size_t)n, &v);
    }
    CHECK(found == 0);
}

/* The term id of the stem `stem` in c, or -1. */
static long term_id(const precis_cluster *c, const char *stem)
{
    for (size_t t = 0; t < c->vocab.nterms; t++)
        if (strcmp(c->vocab.terms[t].str, stem) == 0)
            return (long)t;
    return -1;
}

/* A cluster of two English reports and a Spanish one (hand-written): the
 * learned method's English parts do not read the Spanish document.  Its
 * "me" is no English first person and its "local" (Spanish only here) no
 * stem of the English lexicon, though both are as letters; a name that an
 * English document writes too ("Vesk") stays known, and the English
 * documents are read as before. */
static void check_learned_mixed_languages(void)
{
    static const char *docs[] = {
        "Fire crews fought a blaze at an old hotel near the river in the town of Vesk on Tuesday "
        "night. Three guests were taken to hospital with burns, officials said on Wednesday.",
        "A fire destroyed part of an old hotel in Vesk overnight, and three people were hurt. The "
        "cause of the blaze is not yet known, police said on Wednesday morning.",
        "Un incendio destruyó el martes parte de un viejo hotel en el centro de Vesk, según la "
        "policía local. El alcalde me dijo que la ciudad ayudará a las familias afectadas por el "
        "fuego. Los bomberos trabajaron toda la noche para apagar las llamas del edificio."};
    precis_cluster *c = make(docs, 3);
    CHECK(strcmp(precis_cluster_document_language(c, 0), "en") == 0 &&
          strcmp(precis_cluster_document_language(c, 2), "es") == 0);
    pc_arena a;
    pc_arena_init(&a, NULL);
    pc_model m;
    CHECK(pc_model_build(&m, c, &a) == PRECIS_OK);
    uint8_t *docs_out = NULL, *terms = NULL;
    CHECK(pc_learned_untrained(&m, &docs_out, &terms) == PRECIS_OK);
    CHECK(docs_out && terms && !docs_out[0] && !docs_out[1] && docs_out[2]);
    long local = term_id(c, "local"), vesk = term_id(c, "vesk");
    CHECK(local >= 0 && vesk >= 0);
    size_t es = m.ncandidates, en = m.ncandidates;
    for (size_t i = 0; i < m.ncandidates; i++) {
        const pc_sent *st = pc_model_sent(&m, i);
        if (st->len > 14 && memcmp(st->text, "El alcalde me ", 14) == 0)
            es = i;
        if (st->len > 11 && memcmp(st->text, "Three guest", 11) == 0)
            en = i;
    }
    CHECK(es < m.ncandidates && en < m.ncandidates);
    if (local >= 0 && vesk >= 0 && es < m.ncandidates && en < m.ncandidates) {
        CHECK(!terms[local] && terms[vesk]);
        /* the lexicon knows "local" as an English stem, not from the
         * Spanish document */
        pc_concepts cs = m.concepts;
        const pc_lexicon *lex = pc_learned_lexicon();
        CHECK(pc_concepts_lexicon(&cs, c, &a, lex, NULL) == PRECIS_OK);
        CHECK(cs.lexicon.term_known[local]);
        uint8_t vesk_known = cs.lexicon.term_known[vesk];
        CHECK(pc_concepts_lexicon(&cs, c, &a, lex, terms) == PRECIS_OK);
        CHECK(!cs.lexicon.term_known[local] && cs.lexicon.term_known[vesk] == vesk_known);
        /* "El alcalde me dijo ...": a first person as English letters, none
         * in Spanish; an English sentence keeps its features */
        pc_sentence_context ctx;
        CHECK(pc_sentence_context_build(&m, &cs, NULL, 1024, &ctx) == PRECIS_OK);
        double *weight = pc_arena_calloc(&a, cs.n + 1, sizeof *weight);
        CHECK(weight != NULL);
        ctx.weight = weight;
        double f[PC_NSFEAT], g[PC_NSFEAT], h[PC_NSFEAT];
        pc_sentence_features(&m, &ctx, es, f);
        CHECK(f[PC_SF_FIRST_PERSON] == 1);
        pc_sentence_features(&m, &ctx, en, g);
        CHECK(g[PC_SF_SAYS] == 1 && g[PC_SF_LEX_MEAN] != 0);
        ctx.untrained_doc = docs_out;
        pc_sentence_features(&m, &ctx, es, f);
        CHECK(f[PC_SF_FIRST_PERSON] == 0 && f[PC_SF_SAYS] == 0 && f[PC_SF_LEX_MEAN] == 0 &&
              f[PC_SF_LEX_MIN] == 0 && f[PC_SF_LEX_UNKNOWN] == 1);
        pc_sentence_features(&m, &ctx, en, h);
        CHECK(memcmp(g, h, sizeof g) == 0);
    }
    pc_arena_release(&a);
    precis_cluster_free(c);
}

/* The learned method sharpens its concept weights for tight budgets: the
 * exponent is 1 down to a budget of half the candidates' length, 1.5 from
 * a quarter down, falls as the budget grows between them, and reads the
 * ratio in the budget's own unit; the exponent on a sentence's cost
 * follows it from 0.5 down to 0.4. */
static void check_learned_gamma(void)
{
    pc_arena a;
    pc_model m;
    precis_cluster *c = shaped_cluster((shape){3, 3, 6, 8, 12, 20}, quoted_vocab,
                                       sizeof quoted_vocab / sizeof *quoted_vocab);
    pc_arena_init(&a, NULL);
    CHECK(pc_model_build(&m, c, &a) == PRECIS_OK);
    precis_options o;
    precis_options_init(&o);
    size_t words = 0, bytes = 0;
    for (size_t i = 0; i < m.ncandidates; i++) {
        o.unit = PRECIS_UNIT_WORDS;
        words += pc_cost(&m, i, &o);
        o.unit = PRECIS_UNIT_BYTES;
        bytes += pc_cost(&m, i, &o);
    }
    CHECK(words >= 40);
    o.unit = PRECIS_UNIT_WORDS;
    o.budget = words;
    CHECK(pc_learned_gamma(&m, &o) == 1.0);
    o.budget = (words + 1) / 2;
    CHECK(pc_learned_gamma(&m, &o) == 1.0);
    o.budget = words / 4;
    CHECK(pc_learned_gamma(&m, &o) == 1.5);
    o.budget = 1;
    CHECK(pc_learned_gamma(&m, &o) == 1.5);
    double last = 1.5;
    for (size_t b = words / 4 + 1; b < words / 2; b++) {
        o.budget = b;
        double g = pc_learned_gamma(&m, &o);
        CHECK(g > 1.0 && g < 1.5 && g <= last);
        last = g;
    }
    /* with the sharper weights the greedy asks more of a short sentence:
     * the exponent on its cost is 0.5 at gamma 1, 0.4 at 1.5, and falls
     * between them as gamma rises (learned.c, COST_EXP_TIGHT) */
    CHECK(pc_learned_cost_exp(1.0) == 0.5);
    CHECK(fabs(pc_learned_cost_exp(1.5) - 0.4) < 1e-12);
    o.budget = words / 4;
    CHECK(fabs(pc_learned_cost_exp(pc_learned_gamma(&m, &o)) - 0.4) < 1e-12);
    o.budget = (words + 1) / 2;
    CHECK(pc_learned_cost_exp(pc_learned_gamma(&m, &o)) == 0.5);
    double lastexp = 0.4;
    for (size_t b = words / 4 + 1; b < words / 2; b++) {
        o.budget = b;
        double e = pc_learned_cost_exp(pc_learned_gamma(&m, &o));
        CHECK(e > 0.4 && e < 0.5 && e >= lastexp);
        lastexp = e;
    }
    o.unit = PRECIS_UNIT_BYTES;
    o.budget = bytes / 5;
    CHECK(pc_learned_gamma(&m, &o) == 1.5);
    o.budget = bytes * 3 / 5;
    CHECK(pc_learned_gamma(&m, &o) == 1.0);
    pc_arena_release(&a);
    precis_cluster_free(c);
}

/* The learned method uses its English parts only on clusters of the
 * training clusters' length: none from 2,000 candidate words on (it ranks
 * as learned-universal does), all up to 500, a share growing with the
 * length between, counted in words whatever the budget's unit. */
static void check_learned_long(void)
{
    static const shape sizes[] = {{2, 1, 4, 1, 8, 1},     /* 64 words */
                                  {6, 1, 9, 1, 12, 1},    /* 648 */
                                  {8, 1, 12, 1, 12, 1},   /* 1,152 */
                                  {10, 1, 24, 1, 12, 1}}; /* 2,880 (candidates: 2,000 or more) */
    double last = -1;
    for (size_t t = 0; t < sizeof sizes / sizeof *sizes; t++) {
        pc_arena a;
        pc_model m;
        precis_cluster *c =
            shaped_cluster(sizes[t], quoted_vocab, sizeof quoted_vocab / sizeof *quoted_vocab);
        pc_arena_init(&a, NULL);
        CHECK(pc_model_build(&m, c, &a) == PRECIS_OK);
        CHECK(pc_cluster_has_language(c, "en"));
        precis_options o;
        precis_options_init(&o);
        o.budget = 40;
        size_t words = 0;
        for (size_t i = 0; i < m.ncandidates; i++)
            words += pc_cost(&m, i, &o);
        double share = pc_learned_universal_share(&m, &o);
        o.unit = PRECIS_UNIT_BYTES;
        o.budget = 400;
        CHECK(pc_learned_universal_share(&m, &o) == share);
        o.unit = PRECIS_UNIT_WORDS;
        o.budget = 40;
        CHECK(share >= 0 && share <= 1 && share > last);
        CHECK((words <= 500) == (share == 0));
        CHECK((words >= 2000) == (share == 1));
        last = share;
        double *s1 = pc_arena_calloc(&a, m.ncandidates + 1, sizeof *s1);
        double *s2 = pc_arena_calloc(&a, m.ncandidates + 1, sizeof *s2);
        uint32_t *p1 = pc_arena_alloc(&a, (m.ncandidates + 1) * sizeof *p1);
        uint32_t *p2 = pc_arena_alloc(&a, (m.ncandidates + 1) * sizeof *p2);
        CHECK(s1 && s2 && p1 && p2);
        pc_ranking r1 = {s1, p1, 0}, r2 = {s2, p2, 0};
        CHECK(pc_rank_learned(&m, &o, &r1) == PRECIS_OK);
        CHECK(pc_rank_learned_universal(&m, &o, &r2) == PRECIS_OK);
        CHECK(r1.npick > 0 && r2.npick > 0);
        int same = r1.npick == r2.npick && !memcmp(p1, p2, r1.npick * sizeof *p1);
        if (share == 1)
            CHECK(same);
        pc_arena_release(&a);
        precis_cluster_free(c);
    }
    CHECK(last == 1);
}

/* A trap for greedy: X has the best gain per word (5 bigrams, 6 words) and
 * leaves no room for Y or Z (4 bigrams, 5 words each), which together are
 * worth more.  Every bigram has the support of the long second document,
 * which is too long to be chosen.  Budget 10 words. */
static void check_ilp_trap(void)
{
    static const char *docs[] = {
        "Alpine glaciers retreated record distances yesterday. "
        "Farmers harvested early wheat crops. "
        "Engineers inspected cracked railway bridges.",
        "Alpine glaciers retreated record distances yesterday while farmers harvested early "
        "wheat crops and engineers inspected cracked railway bridges nearby."};
    precis_cluster *c = make(docs, 2);
    char *x = summarize(c, "coverage", PRECIS_UNIT_WORDS, 10);
    char *y = summarize(c, "ilp", PRECIS_UNIT_WORDS, 10);
    CHECK(x && strcmp(x, "Alpine glaciers retreated record distances yesterday.\n") == 0);
    CHECK(y && strcmp(y, "Farmers harvested early wheat crops.\n"
                         "Engineers inspected cracked railway bridges.\n") == 0);
    precis_free(x);
    precis_free(y);
    precis_cluster_free(c);
}

/* The lexicon of the learned method: stems and bigrams found through the
 * hash index, every other term or bigram unknown with value 0. */
static void check_lexicon(void)
{
    static const char str[] = "boat\0fish\0fish boat\0harbour\0storm\0";
    static const uint32_t off[] = {0, 5, 10, 20, 28};
    static const float val[] = {0.5f, 0.25f, 1.5f, -1.0f, 2.0f};
    pc_lexslot slot[64]; /* as tools/train.c builds it */
    CHECK(pc_lexicon_nslot(5) == 64);
    CHECK(pc_lexicon_index(str, off, val, 5, 0, slot) == 0);
    const pc_lexicon lex = {str, off, val, 5, slot, 64, 0, NULL},
                     none = {str, off, val, 0, NULL, 0, 0, NULL};
    precis_cluster *c = make(news, 3);
    pc_arena a;
    pc_arena_init(&a, NULL);
    pc_concepts cs;
    CHECK(pc_concepts_build(&cs, c, &a, 1) == PRECIS_OK);
    CHECK(pc_concepts_lexicon(&cs, c, &a, &lex, NULL) == PRECIS_OK);
    size_t found = 0;
    for (size_t t = 0; t < c->vocab.nterms; t++) {
        const char *s = c->vocab.terms[t].str;
        float want = strcmp(s, "boat") == 0      ? 0.5f
                     : strcmp(s, "fish") == 0    ? 0.25f
                     : strcmp(s, "harbour") == 0 ? -1.0f
                     : strcmp(s, "storm") == 0   ? 2.0f
                                                 : 0.0f;
        int known = want != 0.0f;
        CHECK(cs.lexicon.term_known[t] == known);
        CHECK(cs.lexicon.term_logodds[t] == want);
        found += (size_t)known;
    }
    CHECK(found == 4);
    size_t bigrams = 0;
    for (size_t k = 0; k < cs.n; k++) {
        if (!cs.lexicon.bigram_known[k]) {
            CHECK(cs.lexicon.bigram_logodds[k] == 0.0f);
            continue;
        }
        const pc_term *x = &c->vocab.terms[(cs.key[k] >> 32) - 1];
        const pc_term *y = &c->vocab.terms[(cs.key[k] & 0xFFFFFFFFu) - 1];
        CHECK(strcmp(x->str, "fish") == 0 && strcmp(y->str, "boat") == 0);
        CHECK(cs.lexicon.bigram_logodds[k] == 1.5f);
        bigrams++;
    }
    CHECK(bigrams == 1);
    /* the bigram filter: built from the entries it lets "fish boat" through;
     * an empty one answers "absent" without the index */
    static uint64_t filter[PC_LEX_FILTER_BITS / 64];
    pc_lexicon_filter(&lex, filter);
    size_t bits = 0;
    for (size_t j = 0; j < PC_LEX_FILTER_BITS / 64; j++)
        bits += (size_t)__builtin_popcountll(filter[j]);
    CHECK(bits >= 1 && bits <= 2); /* one bigram entry, two bits */
    pc_lexicon flex = lex;
    flex.filter = filter;
    CHECK(pc_concepts_lexicon(&cs, c, &a, &flex, NULL) == PRECIS_OK);
    bigrams = 0;
    for (size_t k = 0; k < cs.n; k++)
        bigrams += cs.lexicon.bigram_known[k] && cs.lexicon.bigram_logodds[k] == 1.5f;
    CHECK(bigrams == 1);
    memset(filter, 0, sizeof filter);
    CHECK(pc_concepts_lexicon(&cs, c, &a, &flex, NULL) == PRECIS_OK);
    bigrams = 0;
    for (size_t k = 0; k < cs.n; k++)
        bigrams += cs.lexicon.bigram_known[k];
    CHECK(bigrams == 0);
    CHECK(pc_concepts_lexicon(&cs, c, &a, &none, NULL) == PRECIS_OK);
    for (size_t t = 0; t < c->vocab.nterms; t++)
        CHECK(!cs.lexicon.term_known[t] && cs.lexicon.term_logodds[t] == 0.0f);
    for (size_t k = 0; k < cs.n; k++)
        CHECK(!cs.lexicon.bigram_known[k]);
    pc_arena_release(&a);
    precis_cluster_free(c);
}

int main(void)
{
    for (size_t i = 0; i < precis_method_count(); i++)
        check_budgets(precis_method_name(i));
    check_hub("lexrank");
    check_hub("textrank");
    check_mmr();
    check_kl();
    check_ilp();
    check_overlap();
    check_lazy_greedy();
    check_ilp_trap();
    check_hub("submodular"); /* the hub covers every leaf */
    check_two_topics("mmr");
    check_lexicon();
    check_concepts();
    check_concept_probs();
    check_live();
    check_idf();
    check_learned_lexicon();
    check_learned_mixed_languages();
    check_learned_gamma();
    check_learned_long();
    return check_done();
}
