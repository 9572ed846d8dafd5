/* model/quoted.c: two sentences that carry the same quotation, whole or
 * cut, are the same content for the redundancy test, whatever else the
 * longer one says; the same words outside quote marks, a short quotation
 * and two different quotations are not.  A summary with room for both
 * keeps one of them. */
#include "check.h"
#include "model/model.h"
#include "precis.h"

static const char *const DOCS[] = {
    /* 0: the whole quotation, with its speaker */
    "\xE2\x80\x9CWe are seeing the most intense activity since the 1998 eruption, and we expect "
    "the ash to drift east for at least two days,\xE2\x80\x9D said Maren Solberg, the institute's "
    "chief volcanologist.\n\n"
    /* 1: no quotation, the same words as part of the quotation */
    "Forecasters expect the ash to drift east for at least two days over the northern coast.\n\n"
    /* 2: a different quotation by the same speaker */
    "\xE2\x80\x9CThe lava flow is slow and it poses no threat to the villages below,\xE2\x80\x9D "
    "Solberg said on Monday evening.\n",
    /* 3: the quotation cut, inside a longer sentence of another document */
    "Dr. Maren Solberg told reporters that \"we expect the ash to drift east for at least two "
    "days,\" and that the lava flow posed no threat to homes.\n\n"
    /* 4: a short quotation (five words) that sentence 2 has too */
    "Residents said the flow was \"slow and it poses no\" danger, according to the mayor of "
    "Orma.\n\n"
    "About 900 people from two villages spent the night in emergency shelters.\n",
};

static size_t find(const pc_model *m, const char *start)
{
    for (size_t i = 0; i < m->ncandidates; i++)
        if (strncmp(pc_model_sent(m, i)->text, start, strlen(start)) == 0)
            return i;
    return SIZE_MAX;
}

static int same(const pc_model *m, size_t i, size_t j)
{
    pc_overlap_mark(m, i);
    return pc_same_content(m, j, 0.5);
}

int main(void)
{
    precis_cluster *c;
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    for (size_t d = 0; d < 2; d++)
        CHECK(precis_cluster_add_document(c, DOCS[d], strlen(DOCS[d]), NULL, NULL, NULL) ==
              PRECIS_OK);
    pc_arena a;
    pc_arena_init(&a, NULL);
    pc_model m;
    CHECK(pc_model_build(&m, c, &a) == PRECIS_OK);
    size_t whole = find(&m, "\xE2\x80\x9CWe are seeing"), plain = find(&m, "Forecasters"),
           other = find(&m, "\xE2\x80\x9CThe lava"), cut = find(&m, "Dr. Maren"),
           shortq = find(&m, "Residents");
    CHECK(whole != SIZE_MAX && plain != SIZE_MAX && other != SIZE_MAX && cut != SIZE_MAX &&
          shortq != SIZE_MAX);
    if (whole == SIZE_MAX || plain == SIZE_MAX || other == SIZE_MAX || cut == SIZE_MAX ||
        shortq == SIZE_MAX)
        return check_done();
    /* the overlap of concept sets alone misses the pair */
    pc_overlap_mark(&m, whole);
    CHECK(pc_overlap_with(&m, cut) < 0.5);
    /* the shared quotation makes it the same content, both ways */
    CHECK(pc_shares_quote(&m, whole, cut) && pc_shares_quote(&m, cut, whole));
    CHECK(same(&m, whole, cut) && same(&m, cut, whole));
    /* the same words outside quote marks, another quotation, a short one */
    CHECK(!pc_shares_quote(&m, whole, plain) && !pc_shares_quote(&m, plain, cut));
    CHECK(!pc_shares_quote(&m, whole, other) && !pc_shares_quote(&m, other, cut));
    CHECK(!pc_shares_quote(&m, other, shortq) && !same(&m, other, shortq));
    CHECK(m.quote[whole].end - m.quote[whole].start >= 20);
    CHECK(m.quote[shortq].end == m.quote[shortq].start); /* under PC_QUOTE_MIN_TOKENS */
    pc_arena_release(&a);

    precis_cluster_free(c);

    /* a summary with room for both keeps one of them */
    static const char *const SUM[] = {
        "Mount Keldar erupted early on Monday, and the ash cloud has closed three airports in "
        "the region.\n\n"
        "\xE2\x80\x9CWe are seeing the most intense activity since the 1998 eruption, and we "
        "expect the ash to drift east for at least two days,\xE2\x80\x9D said Maren Solberg, the "
        "institute's chief volcanologist.\n",
        "About 900 people from two villages spent the night in emergency shelters near the town "
        "of Orma.\n\n"
        "Dr. Maren Solberg told reporters that \"we expect the ash to drift east for at least two "
        "days,\" and that the lava flow posed no threat to homes.\n"};
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    for (size_t d = 0; d < 2; d++)
        CHECK(precis_cluster_add_document(c, SUM[d], strlen(SUM[d]), NULL, NULL, NULL) ==
              PRECIS_OK);
    precis_options o;
    precis_options_init(&o);
    o.budget = 200;
    precis_summary *s;
    CHECK(precis_summarize(c, &o, &s) == PRECIS_OK);
    int with_quote = 0, shown = 0;
    for (size_t i = 0; i < precis_summary_count(s); i++) {
        precis_sentence ps;
        precis_summary_sentence(s, i, &ps);
        char t[512];
        snprintf(t, sizeof t, "%.*s", (int)ps.len, ps.text);
        with_quote += strstr(t, "drift east") != NULL;
        shown++;
    }
    CHECK(shown == 3); /* the budget left room for all four */
    CHECK(with_quote == 1);
    precis_summary_free(s);
    precis_cluster_free(c);
    return check_done();
}
