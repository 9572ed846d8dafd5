/* A ROUGE report as CSV: a header, then one row per system and metric and,
 * with -d, per evaluation. */
#include "render/render.h"

static void csv_peer(precis_rouge *ev, pc_buf *b, const rouge_peer *peer, const size_t *idx,
                     size_t n, size_t pos)
{
    (void)pos;
    for (size_t m = 0; m < ev->nmetrics; m++) {
        const precis_rouge_stat *s = peer->stats + 3 * m;
        pc_esc_csv(b, peer->name);
        pc_buf_addch(b, ',');
        pc_esc_csv(b, ev->metrics[m].name);
        pc_buf_addf(b, ",,%.5f,%.5f,%.5f,%.5f,%.5f,%.5f,%.5f,%.5f,%.5f\n", s[0].avg, s[1].avg,
                    s[2].avg, s[0].ci_low, s[0].ci_high, s[1].ci_low, s[1].ci_high, s[2].ci_low,
                    s[2].ci_high);
    }
    if (!ev->opt.per_eval)
        return;
    for (size_t i = 0; i < n; i++) {
        for (size_t m = 0; m < ev->nmetrics; m++) {
            const double *v = ev->scores + (idx[i] * ev->nmetrics + m) * 3;
            pc_esc_csv(b, peer->name);
            pc_buf_addch(b, ',');
            pc_esc_csv(b, ev->metrics[m].name);
            pc_buf_addch(b, ',');
            pc_esc_csv(b, ev->evals[idx[i]].id);
            pc_buf_addf(b, ",%.5f,%.5f,%.5f,,,,,,\n", v[0], v[1], v[2]);
        }
    }
}

precis_status pc_write_rouge_csv(const pc_render_in *in, pc_buf *b)
{
    pc_buf_adds(b, "system,metric,id,R,P,F,R_low,R_high,P_low,P_high,F_low,F_high\n");
    return pc_rouge_each_peer(in->rouge, b, 0, csv_peer);
}
