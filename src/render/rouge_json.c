/* A ROUGE report as one JSON object: per system, each metric's corpus
 * figures and, with -d, every evaluation's scores. */
#include "render/render.h"

static const char *const stat_names[3] = {"R", "P", "F"};

static void json_peer(precis_rouge *ev, pc_buf *b, const rouge_peer *peer, const size_t *idx,
                      size_t n, size_t pos)
{
    pc_buf_adds(b, pos ? ",\n" : "\n");
    pc_buf_adds(b, "{\"system\": ");
    pc_json_strz(b, peer->name);
    pc_buf_addf(b, ", \"evaluations\": %zu, \"metrics\": {", n);
    for (size_t m = 0; m < ev->nmetrics; m++) {
        const precis_rouge_stat *s = peer->stats + 3 * m;
        pc_buf_adds(b, m ? ", " : "");
        pc_json_strz(b, ev->metrics[m].name);
        pc_buf_adds(b, ": {");
        for (int k = 0; k < 3; k++)
            pc_buf_addf(b, "%s\"%s\": {\"avg\": %.5f, \"ci_low\": %.5f, \"ci_high\": %.5f}",
                        k ? ", " : "", stat_names[k], s[k].avg, s[k].ci_low, s[k].ci_high);
        pc_buf_adds(b, "}");
    }
    pc_buf_adds(b, "}");
    if (ev->opt.per_eval) {
        pc_buf_adds(b, ", \"per_eval\": [");
        for (size_t i = 0; i < n; i++) {
            pc_buf_adds(b, i ? ",\n  {\"id\": " : "\n  {\"id\": ");
            pc_json_strz(b, ev->evals[idx[i]].id);
            for (size_t m = 0; m < ev->nmetrics; m++) {
                const double *v = ev->scores + (idx[i] * ev->nmetrics + m) * 3;
                pc_buf_adds(b, ", ");
                pc_json_strz(b, ev->metrics[m].name);
                pc_buf_addf(b, ": {\"R\": %.5f, \"P\": %.5f, \"F\": %.5f}", v[0], v[1], v[2]);
            }
            pc_buf_adds(b, "}");
        }
        pc_buf_adds(b, "]");
    }
    pc_buf_adds(b, "}");
}

precis_status pc_write_rouge_json(const pc_render_in *in, pc_buf *b)
{
    pc_buf_adds(b, "{\"systems\": [");
    precis_status st = pc_rouge_each_peer(in->rouge, b, 0, json_peer);
    pc_buf_adds(b, "]}\n");
    return st;
}
