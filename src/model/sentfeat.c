#include "model/sentfeat.h"

#include <math.h>
#include <string.h>

static int has_quote(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"')
            return 1;
        if (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
            ((unsigned char)s[i + 2] == 0x9C || (unsigned char)s[i + 2] == 0x9D))
            return 1;
    }
    return 0;
}

void pc_sentence_features(const pc_model *m, const pc_concepts *cs, const double *w,
                          const double *cen, size_t i, double *f)
{
    const precis_cluster *c = m->c;
    uint32_t si = m->sent[i];
    const pc_sent *s = &c->sents[si];
    const pc_doc *d = &c->docs[s->doc];
    const pc_term *terms = c->vocab.terms;
    double wsum = 0, multi = 0, nbi = 0;
    for (uint32_t k = 0; k < cs->nsc[si]; k++) {
        uint32_t id = cs->sc[si][k];
        wsum += w[id];
        if (pc_concept_is_bigram(cs, id)) {
            nbi++;
            multi += cs->df[id] >= 2;
        }
    }
    double nc = cs->nsc[si] ? cs->nsc[si] : 1;
    uint32_t stops = 0, digits = 0;
    for (uint32_t t = 0; t < s->ntok; t++) {
        stops += terms[s->tok[t]].stop;
        digits += terms[s->tok[t]].str[0] >= '0' && terms[s->tok[t]].str[0] <= '9';
    }
    double ntok = s->ntok ? s->ntok : 1;
    int first_stop = s->ntok && terms[s->tok[0]].stop;
    size_t j = 0;
    f[j++] = 1.0;
    f[j++] = 1.0 / (1.0 + s->pos);
    f[j++] = d->nsent > 1 ? (double)s->pos / (double)(d->nsent - 1) : 0.0;
    f[j++] = s->pos == 0;
    f[j++] = 1.0 / (1.0 + s->doc);
    f[j++] = log(1.0 + s->words);
    f[j++] = s->words < 10;
    f[j++] = s->words > 40;
    f[j++] = wsum / nc;                 /* mean concept weight */
    f[j++] = nbi ? multi / nbi : 0.0;   /* bigrams with cross-document support */
    f[j++] = stops / ntok;
    f[j++] = has_quote(s->text, s->len);
    f[j++] = digits > 0;
    f[j++] = s->len && s->text[s->len - 1] == '?';
    f[j++] = cen ? cen[i] : 0.0;
    f[j++] = log(1.0 + cs->ndocs);
    f[j++] = log(1.0 + (double)d->nsent);
    f[j++] = first_stop;
}
