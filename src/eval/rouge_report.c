/* Reports of a ROUGE evaluator: ROUGE-1.5.5's printResults lines, JSON, CSV. */
#include <stdlib.h>
#include <string.h>
#include "eval/rouge.h"
#include "util/alloc.h"

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
                      size_t n)
{
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

static void json_str(pc_buf *b, const char *s)
{
    pc_buf_addch(b, '"');
    pc_buf_add_json_str(b, s, strlen(s));
    pc_buf_addch(b, '"');
}

static void json_peer(precis_rouge *ev, pc_buf *b, const rouge_peer *peer, const size_t *idx,
                      size_t n)
{
    pc_buf_adds(b, "{\"system\": ");
    json_str(b, peer->name);
    pc_buf_addf(b, ", \"evaluations\": %zu, \"metrics\": {", n);
    for (size_t m = 0; m < ev->nmetrics; m++) {
        const precis_rouge_stat *s = peer->stats + 3 * m;
        pc_buf_adds(b, m ? ", " : "");
        json_str(b, ev->metrics[m].name);
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
            json_str(b, ev->evals[idx[i]].id);
            for (size_t m = 0; m < ev->nmetrics; m++) {
                const double *v = ev->scores + (idx[i] * ev->nmetrics + m) * 3;
                pc_buf_adds(b, ", ");
                json_str(b, ev->metrics[m].name);
                pc_buf_addf(b, ": {\"R\": %.5f, \"P\": %.5f, \"F\": %.5f}", v[0], v[1], v[2]);
            }
            pc_buf_adds(b, "}");
        }
        pc_buf_adds(b, "]");
    }
    pc_buf_adds(b, "}");
}

static void csv_field(pc_buf *b, const char *s)
{
    if (!strpbrk(s, ",\"\r\n")) {
        pc_buf_adds(b, s);
        return;
    }
    pc_buf_addch(b, '"');
    for (; *s; s++) {
        if (*s == '"')
            pc_buf_addch(b, '"');
        pc_buf_addch(b, *s);
    }
    pc_buf_addch(b, '"');
}

static void csv_peer(precis_rouge *ev, pc_buf *b, const rouge_peer *peer, const size_t *idx,
                     size_t n)
{
    for (size_t m = 0; m < ev->nmetrics; m++) {
        const precis_rouge_stat *s = peer->stats + 3 * m;
        csv_field(b, peer->name);
        pc_buf_addch(b, ',');
        csv_field(b, ev->metrics[m].name);
        pc_buf_addf(b, ",,%.5f,%.5f,%.5f,%.5f,%.5f,%.5f,%.5f,%.5f,%.5f\n", s[0].avg, s[1].avg,
                    s[2].avg, s[0].ci_low, s[0].ci_high, s[1].ci_low, s[1].ci_high, s[2].ci_low,
                    s[2].ci_high);
    }
    if (!ev->opt.per_eval)
        return;
    for (size_t i = 0; i < n; i++) {
        for (size_t m = 0; m < ev->nmetrics; m++) {
            const double *v = ev->scores + (idx[i] * ev->nmetrics + m) * 3;
            csv_field(b, peer->name);
            pc_buf_addch(b, ',');
            csv_field(b, ev->metrics[m].name);
            pc_buf_addch(b, ',');
            csv_field(b, ev->evals[idx[i]].id);
            pc_buf_addf(b, ",%.5f,%.5f,%.5f,,,,,,\n", v[0], v[1], v[2]);
        }
    }
}

PRECIS_API precis_status precis_rouge_report(precis_rouge *ev, precis_rouge_format format,
                                             char **out, size_t *len)
{
    if (!ev || !out ||
        (format != PRECIS_ROUGE_TEXT && format != PRECIS_ROUGE_JSON && format != PRECIS_ROUGE_CSV))
        return PRECIS_EINVAL;
    *out = NULL;
    /* systems in byte order of their names, as ROUGE's -a */
    size_t np = ev->npeers;
    size_t *order = pc_malloc(ev->alc, (np ? np : 1) * sizeof *order);
    if (!order)
        return PRECIS_ENOMEM;
    for (size_t i = 0; i < np; i++) {
        size_t j = i;
        while (j > 0 && strcmp(ev->peers[order[j - 1]].name, ev->peers[i].name) > 0) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = i;
    }
    pc_buf b;
    pc_buf_init(&b, NULL); /* the result is freed with precis_free() */
    precis_status st = PRECIS_OK;
    if (format == PRECIS_ROUGE_JSON)
        pc_buf_adds(&b, "{\"systems\": [");
    if (format == PRECIS_ROUGE_CSV)
        pc_buf_adds(&b, "system,metric,id,R,P,F,R_low,R_high,P_low,P_high,F_low,F_high\n");
    for (size_t k = 0; k < np && st == PRECIS_OK; k++) {
        size_t p = order[k];
        if (!ev->peers[p].have_stats && rouge_peer_stats(ev, p) < 0) {
            st = PRECIS_ENOMEM;
            break;
        }
        size_t *idx, n;
        if (rouge_peer_evals(ev, p, format == PRECIS_ROUGE_TEXT, &idx, &n) < 0) {
            st = PRECIS_ENOMEM;
            break;
        }
        if (format == PRECIS_ROUGE_TEXT)
            text_peer(ev, &b, &ev->peers[p], idx, n);
        else if (format == PRECIS_ROUGE_JSON) {
            pc_buf_adds(&b, k ? ",\n" : "\n");
            json_peer(ev, &b, &ev->peers[p], idx, n);
        } else
            csv_peer(ev, &b, &ev->peers[p], idx, n);
        pc_free(ev->alc, idx, 0);
    }
    if (format == PRECIS_ROUGE_JSON)
        pc_buf_adds(&b, "]}\n");
    pc_free(ev->alc, order, 0);
    if (st == PRECIS_OK && b.oom)
        st = PRECIS_ENOMEM;
    if (st != PRECIS_OK) {
        pc_buf_release(&b);
        return st;
    }
    size_t l;
    char *s = pc_buf_detach(&b, &l);
    if (!s)
        return PRECIS_ENOMEM;
    *out = s;
    if (len)
        *len = l;
    return PRECIS_OK;
}
