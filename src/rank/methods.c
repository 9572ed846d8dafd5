/* The method table: adding a method is one file and one line here. */
#include <string.h>

#include "rank/rank.h"

static const pc_method methods[] = {
    {"learned",
     "concept coverage with concept weights learned from Multi-News train "
     "(expected ROUGE hits under the budget)",
     pc_rank_learned},
    {"learned-universal",
     "learned as it runs for a language without training data: without the "
     "English lexicon and word lists, whatever the language",
     pc_rank_learned_universal},
    {"coverage",
     "stemmed-bigram concepts weighted by document support, greedy budgeted "
     "maximum coverage (Gillick & Favre 2009)",
     pc_rank_coverage},
    {"lead", "first sentences of each document in turn", pc_rank_lead},
    {"centroid", "similarity to the tf-idf centroid of the cluster (Radev et al. 2004)",
     pc_rank_centroid},
    {"lexrank",
     "continuous LexRank: eigenvector centrality on the cosine graph "
     "(Erkan & Radev 2004)",
     pc_rank_lexrank},
    {"textrank",
     "TextRank: weighted PageRank on the shared-content-word graph "
     "(Mihalcea & Tarau 2004)",
     pc_rank_textrank},
    {"mmr",
     "maximal marginal relevance to the tf-idf centroid, lambda 0.7 "
     "(Carbonell & Goldstein 1998)",
     pc_rank_mmr},
    {"kl",
     "KLSum: greedy minimum KL divergence between the cluster's and the "
     "summary's word distributions (Haghighi & Vanderwende 2009)",
     pc_rank_kl},
    {"submodular",
     "saturated coverage plus diversity reward over k-means clusters, "
     "cost-scaled greedy (Lin & Bilmes 2011)",
     pc_rank_submodular},
    {"ilp",
     "the coverage objective solved exactly as an integer linear program with "
     "GLPK, 1 s per cluster (Gillick & Favre 2009)",
     pc_rank_ilp},
};

#define NMETHODS (sizeof methods / sizeof *methods)

const pc_method *pc_method_find(const char *name)
{
    if (!name)
        return &methods[0];
    for (size_t i = 0; i < NMETHODS; i++)
        if (strcmp(methods[i].name, name) == 0)
            return &methods[i];
    return NULL;
}

PRECIS_API size_t precis_method_count(void)
{
    return NMETHODS;
}

PRECIS_API const char *precis_method_name(size_t i)
{
    return i < NMETHODS ? methods[i].name : NULL;
}

PRECIS_API const char *precis_method_description(size_t i)
{
    return i < NMETHODS ? methods[i].description : NULL;
}

PRECIS_API const char *precis_default_method(void)
{
    return methods[0].name;
}

size_t pc_cost(const pc_model *m, size_t i, const precis_options *o)
{
    const pc_sent *s = pc_model_sent(m, i);
    switch (o->unit) {
    case PRECIS_UNIT_BYTES:
        return s->len;
    case PRECIS_UNIT_SENTENCES:
        return 1;
    case PRECIS_UNIT_WORDS:
        break;
    }
    return s->words;
}
