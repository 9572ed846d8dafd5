/* A ROUGE report as ROUGE-1.5.5's printResults lines, byte for byte. */
#include "render/render.h"

#define DASHES "---------------------------------------------\n"
#define DOTS ".............................................\n"

static const char *const stat_names[3] = {"R", "P", "F"};

/* Perl's default number stringification (%.15g), used by ROUGE for counts. */
static void add_num(pc_buf *b, double x, int count_mode)
{
    if (count_mode)
        pc_buf_addf(b, "%.15g", x);
    else
        pc_buf_addf(b, "%7.5f", x);
}

static void text_peer(precis_rouge *ev, pc_buf *b, const rouge_peer *peer, const size_t *idx,
                      size_t n, size_t pos)
{
    (void)pos;
    const precis_rouge_options *o = &ev->opt;
    for (size_t m = 0; m < ev->nmetrics; m++) {
        const char *tag = ev->metrics[m].name;
        const precis_rouge_stat *s = peer->stats + 3 * m;
        pc_buf_adds(b, DASHES);
        if (o->count_mode != 2) {
            for (int k = 0; k < 3; k++)
                pc_buf_addf(b, "%s %s Average_%s: %7.5f (%.15g%%-conf.int. %7.5f - %7.5f)\n",
                            peer->name, tag, stat_names[k], s[k].avg, o->confidence, s[k].ci_low,
                            s[k].ci_high);
        } else {
            pc_buf_addf(b, "%s %s M_count: %lld P_count: %lld H_count: %lld\n", peer->name, tag,
                        (long long)s[0].avg, (long long)s[1].avg, (long long)s[2].avg);
        }
        if (o->per_eval) {
            pc_buf_adds(b, DOTS);
            for (size_t i = 0; i < n; i++) {
                const double *v = ev->scores + (idx[i] * ev->nmetrics + m) * 3;
                pc_buf_addf(b, "%s %s Eval %s R:", peer->name, tag, ev->evals[idx[i]].key);
                add_num(b, v[0], o->count_mode);
                pc_buf_adds(b, " P:");
                add_num(b, v[1], o->count_mode);
                pc_buf_adds(b, " F:");
                add_num(b, v[2], o->count_mode);
                pc_buf_addch(b, '\n');
            }
        }
    }
}

precis_status pc_write_rouge_text(const pc_render_in *in, pc_buf *b)
{
    return pc_rouge_each_peer(in->rouge, b, 1, text_peer);
}
