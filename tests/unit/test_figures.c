/* Figures grouped by quantity across documents; traps: dates, years, ages,
 * compounds, names, other events. */
#include <math.h>
#include <string.h>

#include "check.h"
#include "precis.h"

static precis_digest *digest_of(const char *text, precis_cluster **c)
{
    precis_cluster_new(c, NULL);
    precis_cluster_add_joined(*c, text, strlen(text), "t", NULL, NULL);
    precis_digest *g = NULL;
    CHECK(precis_digest_new(*c, NULL, &g) == PRECIS_OK);
    return g;
}

static int group(const precis_digest *g, const char *q, precis_figure_group *out)
{
    for (size_t i = 0; i < precis_digest_figure_group_count(g); i++) {
        precis_digest_figure_group(g, i, out);
        if (strcmp(out->quantity, q) == 0)
            return 1;
    }
    return 0;
}

static int has_value(const precis_figure_group *gr, const char *text, size_t doc)
{
    for (size_t i = 0; i < gr->value_count; i++)
        if (strcmp(gr->values[i].text, text) == 0 && gr->values[i].doc == doc)
            return 1;
    return 0;
}

int main(void)
{
    precis_cluster *c;
    precis_figure_group gr;
    /* the death toll: compatible values are not a disagreement... */
    precis_digest *g = digest_of("The attack killed at least 70 people, many of them children.\n"
                                 "|||||\nThe death toll in the town had reached 72, including 20 "
                                 "children.\n|||||\nMore than 70 civilians died after the attack.",
                                 &c);
    CHECK(group(g, "deaths", &gr));
    CHECK(gr.doc_count == 3);
    CHECK(!gr.disagree);
    CHECK(has_value(&gr, "at least 70", 0));
    CHECK(has_value(&gr, "72", 1));
    CHECK(has_value(&gr, "More than 70", 2));
    CHECK(!group(g, "children", &gr)); /* one document only */
    precis_digest_free(g);
    precis_cluster_free(c);

    /* ...but 72 against 87 is */
    g = digest_of("The chemical attack killed 72 people in the town.\n|||||\nThe strike came "
                  "after an attack resulting in 87 deaths.\n|||||\nIt killed dozens.",
                  &c);
    CHECK(group(g, "deaths", &gr));
    CHECK(gr.disagree);
    CHECK(has_value(&gr, "dozens", 2));
    CHECK(gr.values[0].low <= gr.values[0].high);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* different precision is not disagreement: dozens and 59 */
    g = digest_of("The navy fired dozens of cruise missiles at the base.\n|||||\nThe decision to "
                  "launch 59 Tomahawk missiles was criticised.",
                  &c);
    CHECK(group(g, "missiles", &gr));
    CHECK(!gr.disagree);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* money and percentages */
    g = digest_of("The plan costs $5 million and has 20% support.\n|||||\nThe plan costs $7 "
                  "million and has 35 percent support.",
                  &c);
    CHECK(group(g, "dollars", &gr) && gr.disagree);
    CHECK(group(g, "dollars", &gr) && has_value(&gr, "$5 million", 0));
    CHECK(group(g, "percent", &gr) && gr.disagree);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* traps: numbers in dates, years, ages, compounds, names, times, and
     * "one of" are no figures */
    const char *trap = "On April 10, 2017, a 45-year-old man aged 45 and a man 30 years old "
                       "joined the Group of Seven talks at 10 a.m.; one of them cited the "
                       "2013 deal and the six-year war.";
    char both[1024];
    snprintf(both, sizeof both, "%s\n|||||\n%s", trap, trap);
    g = digest_of(both, &c);
    CHECK(precis_digest_figure_group_count(g) == 0);
    for (size_t i = 0; i < precis_digest_figure_group_count(g); i++) {
        precis_digest_figure_group(g, i, &gr);
        fprintf(stderr, "unexpected group %s (%s)\n", gr.quantity, gr.values[0].text);
    }
    precis_digest_free(g);
    precis_cluster_free(c);

    /* figures of another event (another month or year) stay out */
    g = digest_of("The attack killed 72 people.\n|||||\nIn October, an attack on a school "
                  "killed at least 35 people.\n|||||\nA gas attack in 2013 left hundreds dead.",
                  &c);
    CHECK(!group(g, "deaths", &gr));
    precis_digest_free(g);
    precis_cluster_free(c);
    return check_done();
}
