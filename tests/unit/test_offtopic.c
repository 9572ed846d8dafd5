/* Sentences of another story in a cluster (PC_OFF_*, model/sentfeat.h),
 * on invented clusters: a document on another event among three on one
 * flood is marked, and the default method leaves it out of a summary
 * whose budget the flood's sentences do not fill; a run of short items of
 * other events after a document's story is marked and left out; of two
 * documents on two events, the one of less than half the other's words
 * is marked (session 34), and of two of about one length, the one that
 * never reports (no say, said, told) beside a report (session 37); a
 * roundup (every document on its own event),
 * a pair of documents on two events of about the same length,
 * a single document, a cluster whose far document holds most of its
 * words and a run of details in a document that holds most of its words
 * are not marked.  And a document in its writer's first person
 * (rank/learned.c, WRITER_*): beside two reports of a bridge's closure, a
 * reader's comment that says "I" in every sentence weighs less, and the
 * default method tells the story from the reports; a reporter's "told me"
 * once, a speaker's "I" inside quote marks (also over two sentences) and
 * a cluster of comments alone are left as they were; the bus company's
 * own page in its "we" and "our" weighs less as the comment does, the
 * same words quoted by a report do not (session 34).  The summary says
 * which document it left out (precis_summary_document_aside): the far one,
 * not the shorter of a far pair, which only weighs less (session 36); not
 * a short page of photo captions beside the flood reports, which shares
 * few of their words but names the story's place, river and mayor (the
 * cluster's core terms): it weighs less, it is not set aside (session
 * 36). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "precis.h"
#include "model/cluster.h"
#include "model/model.h"
#include "model/sentfeat.h"
#include "rank/rank.h"
#include "util/arena.h"

static const char *flood_a =
    "Floodwater from the swollen Marren river covered the lower streets of Halden on Tuesday. "
    "Rescue crews in boats carried forty residents from flooded homes near the river bank. "
    "The mayor of Halden said the river had not risen so high since the great flood of 1962. "
    "Schools in the lower town stayed closed while the floodwater drained away slowly.";
static const char *flood_b =
    "The Marren river burst its banks at Halden after three days of heavy rain, officials said. "
    "Rescue crews evacuated residents from the flooded streets by boat on Tuesday morning. "
    "The mayor said the flood was the worst the town had seen since 1962 and asked for help. "
    "Army trucks brought sandbags to the river bank to protect the old bridge of Halden.";
static const char *flood_c =
    "Heavy rain sent the Marren river over its banks in Halden, flooding hundreds of homes. "
    "Boats of the rescue crews took residents to a school on the hill above the flooded town. "
    "The mayor of Halden thanked the army for the sandbags that saved the old bridge. "
    "Forecasters expect more rain on Thursday, and the river may rise again, officials said.";
static const char *bakery =
    "A baker from Lusk won the national prize for sourdough loaves at a fair in Cardale. "
    "Judges praised the crisp crust and the tangy crumb of her entry among sixty competitors. "
    "Her grandmother taught her the recipe when she was nine years old, the winner told judges. "
    "Next spring she plans to open a second shop selling pastries and rye cakes in Cardale.";
static const char *flood_items =
    "Floodwater from the swollen Marren river covered the lower streets of Halden on Tuesday. "
    "Rescue crews in boats carried forty residents from flooded homes near the river bank. "
    "A farmer in Oskby dug up a potato shaped exactly like a duck, neighbours reported. "
    "Collectors offered the grower several thousand euros for that peculiar tuber yesterday. "
    "Elsewhere, students turned a rusty sedan into a swimming pool for a summer festival. "
    "Visitors splashed inside that converted hatchback throughout the sunny weekend.";
static const char *election =
    "Voters in Brask chose a new parliament on Sunday after a campaign about taxes and pensions. "
    "The ruling party lost eleven seats and will need a partner to form a government. "
    "Turnout reached seventy percent, the highest in two decades, the election board said.";
static const char *eclipse =
    "Thousands gathered on the beaches of Torvik to watch a total eclipse of the sun on Monday. "
    "The moon covered the sun for two minutes, and the sky turned dark over the harbour. "
    "Astronomers said the next eclipse visible from Torvik will come in 2081.";

/* a society's page and a museum's about themselves: no one says anything */
static const char *society =
    "The Cardale Gardening Society is a club devoted to growing heirloom vegetables and fruit. "
    "Its monthly journal publishes articles on soil, seeds, pruning and orchard care. "
    "Members receive discounts at partner nurseries and free entry to the spring show. "
    "The society welcomes growers of every age and experience from across the region.";
static const char *museum =
    "The Torvik Maritime Museum keeps a collection of ship models, charts and brass compasses. "
    "Its galleries open every day except Monday, and guided tours start on the hour. "
    "School groups may book workshops on knots, navigation and the lives of sailors.";

static const char *report_a =
    "The old stone bridge over the Marren river in Halden was closed to traffic on Monday. "
    "Engineers found deep cracks in two arches of the bridge during an inspection last week. "
    "The town council said the bridge would stay closed for at least six months of repairs. "
    "Buses between Halden and Vellby will take a detour of twelve kilometres until then.";
static const char *report_b =
    "Halden closed its old stone bridge on Monday after engineers found cracks in the arches. "
    "The council said repairs to the Marren river bridge will cost about four million euros. "
    "Shop owners near the bridge fear that the closure will keep customers away for months. "
    "The detour for buses to Vellby adds twenty minutes to the trip, the bus company said.";
/* a reader's comment under one of them: the story's words, the writer's voice */
static const char *comment =
    "I cross the old stone bridge in Halden every day and I saw the cracks in the arches myself. "
    "My bus to Vellby now takes the detour and I lose twenty minutes every morning. "
    "I think the council should have repaired the Marren river bridge years ago. "
    "My neighbours and I will write to the council about the closure of the bridge.";

/* the bus company's own page on it: the writer's "we" and "our" */
static const char *notice =
    "We know that the closure of the old stone bridge in Halden will make our buses to Vellby "
    "late. "
    "Our drivers will take the detour of twelve kilometres from Monday until the repairs end. "
    "We are sorry for the extra twenty minutes that the detour adds to our passengers' trips. "
    "Our timetables on the Marren river line will change for at least six months.";

/* the company's words as a report quotes them */
static const char *quoted_notice =
    "\"We know that the closure will make our buses to Vellby late,\" the bus company said. "
    "Its drivers will take a detour of twelve kilometres from Monday until the repairs end. "
    "\"We are sorry for the extra twenty minutes,\" a spokeswoman, Ines Holm, said on Monday. "
    "Timetables on the Marren river line will change for at least six months, she said.";

/* a column that opens in its writer's "I" and goes on in the third person
 * (session 39): a third of its sentences in the first person, less than
 * half, so only its opening marks it */
static const char *column =
    "I drove over the old stone bridge in Halden on Sunday, a day before it was closed. "
    "The arches of the bridge were built by masons from Vellby two centuries ago. "
    "Engineers say that the cracks in the arches grew during the cold winter. "
    "My grandfather crossed the bridge to the Marren river market every week. "
    "The town council has not repaired the stone arches of the bridge for decades. "
    "Repairs to the old bridge will take half a year, the council says.";

/* the same column's words in a report that gives its writer's "I" only
 * later, and one that opens in it with one sentence in six: no mark */
static const char *column_later =
    "The arches of the old stone bridge in Halden were built by masons from Vellby. "
    "I drove over the old stone bridge on Sunday, a day before it was closed. "
    "Engineers say that the cracks in the arches grew during the cold winter. "
    "My grandfather crossed the bridge to the Marren river market every week. "
    "The town council has not repaired the stone arches of the bridge for decades. "
    "Repairs to the old bridge will take half a year, the council says.";
static const char *column_once =
    "I drove over the old stone bridge in Halden on Sunday, a day before it was closed. "
    "The arches of the bridge were built by masons from Vellby two centuries ago. "
    "Engineers say that the cracks in the arches grew during the cold winter. "
    "The bridge carried farmers to the Marren river market every week. "
    "The town council has not repaired the stone arches of the bridge for decades. "
    "Repairs to the old bridge will take half a year, the council says.";

/* the comment's words as a report quotes them */
static const char *quoted =
    "\"I cross the old stone bridge in Halden every day and I saw the cracks myself. "
    "My bus to Vellby now takes the detour,\" a commuter, Anna Berg, told me on Monday. "
    "\"I think the council should have repaired the Marren river bridge years ago,\" "
    "said Olaf Lind, who runs a bakery by the bridge. "
    "\"My neighbours and I will write to the council about the closure,\" he said.";

static precis_cluster *cluster_of(const char **docs, size_t n)
{
    precis_cluster *c = NULL;
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    for (size_t i = 0; i < n; i++)
        CHECK(precis_cluster_add_document(c, docs[i], strlen(docs[i]), NULL, NULL, NULL) ==
              PRECIS_OK);
    return c;
}

/* The PC_OFF_* bits of each candidate, in `bits` (at most cap), and the
 * candidates' documents in `doc`; returns the number of candidates. */
static size_t marks(precis_cluster *c, uint8_t *bits, uint32_t *doc, size_t cap)
{
    pc_arena a;
    pc_arena_init(&a, NULL);
    pc_model m;
    pc_sentence_context ctx;
    size_t n = 0;
    CHECK(pc_model_build(&m, c, &a) == PRECIS_OK);
    CHECK(pc_sentence_context_build(&m, &m.concepts, NULL, 1024, &ctx) == PRECIS_OK);
    for (size_t i = 0; i < m.ncandidates && n < cap; i++, n++) {
        bits[n] = ctx.offtopic[i];
        doc[n] = pc_model_sent(&m, i)->doc;
    }
    pc_arena_release(&a);
    return n;
}

/* Candidates of document d marked with `want` (all of them), and of the
 * others marked with nothing. */
static int only_doc_marked(precis_cluster *c, size_t d, uint8_t want)
{
    uint8_t bits[64];
    uint32_t doc[64];
    size_t n = marks(c, bits, doc, 64), of_d = 0;
    int ok = n > 0;
    for (size_t i = 0; i < n; i++) {
        if (doc[i] == d) {
            of_d++;
            ok = ok && (bits[i] & want) == want;
        } else
            ok = ok && bits[i] == 0;
    }
    return ok && of_d > 0;
}

static int none_marked(precis_cluster *c)
{
    uint8_t bits[64];
    uint32_t doc[64];
    size_t n = marks(c, bits, doc, 64);
    int ok = n > 0;
    for (size_t i = 0; i < n; i++)
        ok = ok && bits[i] == 0;
    return ok;
}

/* Whether a sentence of the summary of c (default method, `budget` words)
 * holds `text`; and its word count in *words. */
static int summary_has(precis_cluster *c, size_t budget, const char *text, size_t *words)
{
    precis_options o;
    precis_options_init(&o);
    o.budget = budget;
    precis_summary *s = NULL;
    CHECK(precis_summarize(c, &o, &s) == PRECIS_OK);
    int found = 0;
    *words = 0;
    for (size_t i = 0; s && i < precis_summary_count(s); i++) {
        precis_sentence t;
        CHECK(precis_summary_sentence(s, i, &t) == PRECIS_OK);
        char buf[512];
        size_t len = t.len < sizeof buf - 1 ? t.len : sizeof buf - 1;
        memcpy(buf, t.text, len);
        buf[len] = 0;
        found |= strstr(buf, text) != NULL;
        for (size_t k = 0; k < len; k++)
            *words += buf[k] != ' ' && (k == 0 || buf[k - 1] == ' ');
    }
    precis_summary_free(s);
    return found;
}

/* No document of c is left out of its default summary. */
static int no_aside(precis_cluster *c)
{
    precis_summary *s = NULL;
    if (precis_summarize(c, NULL, &s) != PRECIS_OK)
        return 0;
    int none = 1;
    for (size_t d = 0; d < precis_cluster_document_count(c); d++)
        none &= !precis_summary_document_aside(s, d);
    precis_summary_free(s);
    return none;
}

static void check_aside(precis_cluster *c, size_t far);

/* the flood over eight sentences */
static const char *flood_long =
    "Floodwater from the swollen Marren river covered the lower streets of Halden on Tuesday. "
    "Rescue crews in boats carried forty residents from flooded homes near the river bank. "
    "The mayor of Halden said the river had not risen so high since the great flood of 1962. "
    "Schools in the lower town stayed closed while the floodwater drained away slowly. "
    "Army trucks brought sandbags to the river bank to protect the old bridge of Halden. "
    "Forecasters expect more rain on Thursday, and the river may rise again, officials said. "
    "Boats of the rescue crews took residents to a school on the hill above the flooded town. "
    "The mayor of Halden thanked the army for the sandbags that saved the old bridge.";

/* Whether a candidate of c is marked with `bit`. */
static int any_marked(precis_cluster *c, uint8_t bit)
{
    uint8_t bits[64];
    uint32_t doc[64];
    size_t n = marks(c, bits, doc, 64);
    int any = 0;
    for (size_t i = 0; i < n; i++)
        any |= (bits[i] & bit) != 0;
    return any;
}

/* A short page of photo captions on the flood: names of its own, few of
 * the reports' words, but the story's town, river and mayor, which all
 * three reports have (session 36). */
static const char *captions =
    "Ola and Siv Brenn outside their cottage with spaniel Tass, muddy boots, wicker baskets, "
    "jars of plum jam. "
    "Kari Dahl, the mayor, yellow raincoat, brass lantern, notebook, greeting pensioners at dawn. "
    "Neighbours Per Moe and Lise Vik lift a green velvet sofa, two armchairs, a piano stool. "
    "A rowing club's canoe, paddles and lifejackets tied to a lamppost on the quay by the "
    "river. "
    "Grandmother Astrid Lunde knits woollen mittens, scarves and socks beside a cast iron "
    "stove in the Halden chapel. "
    "Twins Jon and Eli Sand wave from a tractor's trailer of hay bales, pumpkins and apples. "
    "Pastor Nils Aas pours coffee, cocoa and herbal tea for scouts inside the parish kitchen. "
    "A ginger cat named Fjord dozes on damp quilts, cushions and towels in an attic. "
    "Fiddlers Guri Haug and Leif Strand play reels for toddlers beside a carousel. "
    "Veteran fireman Odd Rud polishes the brass bell of an antique engine, gloves, helmet.";

/* The captions are far from the reports, not very far: they weigh less,
 * and the summary does not say they are another story. */
static void check_captions(void)
{
    const char *docs[] = {flood_long, flood_b, captions, flood_c};
    precis_cluster *c = cluster_of(docs, 4);
    CHECK(only_doc_marked(c, 2, PC_OFF_DOC));
    CHECK(!any_marked(c, PC_OFF_DOC_FAR));
    CHECK(no_aside(c));
    size_t words = 0;
    CHECK(summary_has(c, 250, "Halden", &words) && words > 20);
    precis_cluster_free(c);
}

static void check_far_document(void)
{
    const char *docs[] = {flood_a, flood_b, bakery, flood_c};
    precis_cluster *c = cluster_of(docs, 4);
    CHECK(only_doc_marked(c, 2, PC_OFF_DOC | PC_OFF_DOC_FAR));
    /* 250 words: more than the flood's sentences, which say much the same */
    size_t words = 0;
    CHECK(!summary_has(c, 250, "sourdough", &words) && !summary_has(c, 250, "baker", &words));
    CHECK(summary_has(c, 250, "Halden", &words) && words > 20);
    check_aside(c, 2);
    precis_cluster_free(c);
}

/* The summary says which document it left out (precis_summary_document_
 * aside): the far one under the default method, in its JSON and Markdown
 * renderings too; none under a method that leaves nothing out, none out of
 * range. */
static void check_aside(precis_cluster *c, size_t far)
{
    precis_options o;
    precis_options_init(&o);
    o.budget = 250;
    precis_summary *s = NULL;
    CHECK(precis_summarize(c, &o, &s) == PRECIS_OK);
    for (size_t d = 0; d < precis_cluster_document_count(c); d++)
        CHECK(precis_summary_document_aside(s, d) == (d == far));
    CHECK(precis_summary_document_aside(s, precis_cluster_document_count(c)) == 0);
    CHECK(precis_summary_document_aside(NULL, 0) == 0);
    char *out = NULL;
    size_t len = 0;
    CHECK(precis_summary_render(s, PRECIS_FORMAT_JSON, &out, &len) == PRECIS_OK);
    const char *flag = out ? strstr(out, "\"another_story\": true") : NULL;
    char idx[32];
    snprintf(idx, sizeof idx, "{\"index\": %zu,", far);
    const char *entry = out ? strstr(out, idx) : NULL;
    /* one flag, in the far document's entry (the next entry opens after it) */
    CHECK(flag && entry && flag > entry && !strstr(flag + 2, "another_story"));
    CHECK(!strstr(entry + 1, "{\"index\"") || strstr(entry + 1, "{\"index\"") > flag);
    precis_free(out);
    CHECK(precis_summary_render(s, PRECIS_FORMAT_MARKDOWN, &out, &len) == PRECIS_OK);
    CHECK(out && strstr(out, "another story: none of its sentences is used"));
    precis_free(out);
    precis_summary_free(s);
    o.method = "lead";
    CHECK(precis_summarize(c, &o, &s) == PRECIS_OK);
    for (size_t d = 0; d < precis_cluster_document_count(c); d++)
        CHECK(precis_summary_document_aside(s, d) == 0);
    CHECK(precis_summary_render(s, PRECIS_FORMAT_JSON, &out, &len) == PRECIS_OK);
    CHECK(out && !strstr(out, "another_story"));
    precis_free(out);
    precis_summary_free(s);
}

static void check_run(void)
{
    const char *docs[] = {flood_items, flood_b, flood_c};
    precis_cluster *c = cluster_of(docs, 3);
    uint8_t bits[64];
    uint32_t doc[64];
    size_t n = marks(c, bits, doc, 64), run = 0, other = 0;
    for (size_t i = 0; i < n; i++) {
        if (bits[i] & PC_OFF_RUN)
            run++;
        else if (bits[i])
            other++;
    }
    CHECK(run == 4 && other == 0);
    size_t words = 0;
    CHECK(!summary_has(c, 250, "potato", &words) && !summary_has(c, 250, "pool", &words));
    CHECK(!summary_has(c, 250, "hatchback", &words) && !summary_has(c, 250, "tuber", &words));
    CHECK(summary_has(c, 250, "Halden", &words));
    precis_cluster_free(c);
}

/* Of the pair {a, b}, on two events, document `marked` alone is marked as
 * a far document, and a summary of `budget` words tells the flood's story
 * (Halden) without `gone1` or `gone2`: the marked one is weighed down, not
 * left out (a summary of room to spare may take it). */
static void check_pair_marked(const char *a, const char *b, size_t marked, size_t budget,
                              const char *gone1, const char *gone2)
{
    const char *pair[] = {a, b};
    precis_cluster *c = cluster_of(pair, 2);
    CHECK(only_doc_marked(c, marked, PC_OFF_DOC));
    size_t words = 0;
    CHECK(!summary_has(c, budget, gone1, &words) && !summary_has(c, budget, gone2, &words));
    CHECK(summary_has(c, budget, "Halden", &words) && words > budget / 2);
    CHECK(no_aside(c));
    precis_cluster_free(c);
}

/* No document of the pair {a, b} is marked. */
static void check_pair_unmarked(const char *a, const char *b)
{
    const char *pair[] = {a, b};
    precis_cluster *c = cluster_of(pair, 2);
    CHECK(none_marked(c));
    precis_cluster_free(c);
}

/* Two documents on two events, one of them less than half the other's
 * words (session 34): the shorter one is marked as a far document and a
 * summary leaves it out; a short one on the same event is not marked. */
static void check_far_pair(void)
{
    static const char *baker_short =
        "A baker from Lusk won the national prize for sourdough loaves at a fair in Cardale. "
        "Judges praised the crisp crust and the tangy crumb of her entry among sixty competitors.";
    static const char *flood_short =
        "The Marren river flooded the lower streets of Halden, and rescue crews took residents "
        "away in boats. "
        "The mayor said the flood was the worst since 1962.";
    check_pair_marked(flood_long, baker_short, 1, 80, "sourdough", "Judges");
    check_pair_unmarked(flood_long, flood_short);
}

/* Two documents on two events of about one length, one a report (its
 * mayor "said") and the other a society's page about itself, which never
 * says who said what (session 37): the page is marked as a far document
 * and a summary leaves it out; two such pages, neither reporting, and
 * two reports (check_left_alone) are not marked. */
static void check_far_pair_reports(void)
{
    check_pair_marked(society, flood_a, 0, 40, "society", "journal");
    check_pair_unmarked(society, museum);
}

static void check_left_alone(void)
{
    /* a roundup: every document on its own event */
    const char *roundup[] = {election, eclipse, bakery};
    precis_cluster *c = cluster_of(roundup, 3);
    CHECK(none_marked(c));
    CHECK(no_aside(c));
    precis_cluster_free(c);
    /* two documents on two events of about the same length: one cosine,
     * the same for both, and no longer one to tell the story */
    const char *pair[] = {flood_a, bakery};
    c = cluster_of(pair, 2);
    CHECK(none_marked(c));
    precis_cluster_free(c);
    /* one document of short items */
    const char *one[] = {flood_items};
    c = cluster_of(one, 1);
    CHECK(none_marked(c));
    precis_cluster_free(c);
    /* the far document holds most of the cluster's words: it is the story */
    static const char *short_a = "The Marren river flooded Halden on Tuesday, officials said.";
    static const char *short_b =
        "Rescue crews took residents of Halden from the flooded river bank.";
    static const char *short_c = "The mayor of Halden said the Marren river flood was the worst.";
    const char *most[] = {short_a, short_b, short_c, bakery};
    c = cluster_of(most, 4);
    CHECK(none_marked(c));
    precis_cluster_free(c);
    /* details that only the long document gives, beside two short ones:
     * the story's, not another's */
    static const char *long_doc =
        "Floodwater from the swollen Marren river covered the lower streets of Halden on Tuesday. "
        "Rescue crews in boats carried forty residents from flooded homes near the river bank. "
        "Volunteers handed blankets and soup to families sheltering inside a gymnasium. "
        "Engineers inspected cracks along a concrete levee upstream beside Vellby farm. "
        "Insurers estimated damage at several million euros across nine districts. "
        "Pharmacies reopened Wednesday after electricians restored power to shops.";
    const char *long_short[] = {long_doc, short_a, short_b};
    c = cluster_of(long_short, 3);
    CHECK(none_marked(c));
    precis_cluster_free(c);
}

/* The marks of c's documents (pc_learned_writer_docs) as a string of 0
 * and 1, one a document. */
static void writer_marks(precis_cluster *c, char *out, size_t cap)
{
    pc_arena a;
    pc_arena_init(&a, NULL);
    pc_model m;
    uint8_t *docs = NULL;
    CHECK(pc_model_build(&m, c, &a) == PRECIS_OK);
    CHECK(pc_learned_writer_docs(&m, &docs) == PRECIS_OK);
    size_t n = 0;
    for (size_t d = 0; docs && d < precis_cluster_document_count(c) && n + 1 < cap; d++)
        out[n++] = docs[d] ? '1' : '0';
    out[n] = 0;
    pc_arena_release(&a);
}

/* Between report_a and report_b, the page `middle` gets the mark `want`
 * ("010" or "000"); when marked, a 70-word summary (about half of the
 * reports' words) tells the story from the reports and opens no sentence
 * with `a` or `b`. */
static void check_between_reports(const char *middle, const char *want, const char *a,
                                  const char *b)
{
    const char *docs[] = {report_a, middle, report_b};
    precis_cluster *c = cluster_of(docs, 3);
    char m[8];
    writer_marks(c, m, sizeof m);
    CHECK(strcmp(m, want) == 0);
    size_t words = 0;
    if (want[1] == '1') {
        CHECK(!summary_has(c, 70, a, &words) && !summary_has(c, 70, b, &words));
        CHECK(summary_has(c, 70, "Halden", &words) && words > 40);
    }
    precis_cluster_free(c);
}

static void check_writer(void)
{
    check_between_reports(comment, "010", "I ", "My ");
    /* a reporter's "told me" once, and a speaker's "I" in quote marks, over
     * two sentences too: a report, not a comment */
    check_between_reports(quoted, "000", NULL, NULL);
    /* an organisation's page in its "we" (session 34): marked and left out
     * as the comment is; the same words quoted by a report are not */
    check_between_reports(notice, "010", "We ", "Our ");
    check_between_reports(quoted_notice, "000", NULL, NULL);
    /* a column that opens in its writer's "I", a third of it in the first
     * person (session 39): marked; the same sentences in another order,
     * or with one "I" in six sentences, are not */
    check_between_reports(column, "010", "I ", "My ");
    check_between_reports(column_later, "000", NULL, NULL);
    check_between_reports(column_once, "000", NULL, NULL);
    precis_cluster *c;
    char m[8];
    size_t words = 0;
    /* comments alone: nothing else tells the story */
    const char *alone[] = {comment};
    c = cluster_of(alone, 1);
    writer_marks(c, m, sizeof m);
    CHECK(strcmp(m, "0") == 0);
    CHECK(summary_has(c, 40, "I ", &words));
    precis_cluster_free(c);
}

/* A heading among the flood's reports, with no finite verb and many of
 * their words (text/boilerplate.h, pc_is_verbless): its prior weighs
 * VERBLESS_WEIGHT (rank/learned.c) and a 30-word summary tells the
 * flood in sentences; the same words with a verb are chosen. */
static void check_verbless(void)
{
    static const char *heading_doc =
        "A rescue crew in a boat on a street of Halden in the floodwater of the swollen Marren "
        "river. "
        "The town council met in the school on the hill above the river on Wednesday evening. "
        "Councillors voted to repair the old bridge before the winter and to raise the dykes. "
        "The work will cost the town more than it spends on its roads in a whole year.";
    static const char *sentence_doc =
        "A rescue crew in a boat searched a street of Halden in the floodwater of the swollen "
        "Marren river. "
        "The town council met in the school on the hill above the river on Wednesday evening. "
        "Councillors voted to repair the old bridge before the winter and to raise the dykes. "
        "The work will cost the town more than it spends on its roads in a whole year.";
    size_t words = 0;
    const char *docs[] = {heading_doc, flood_a, flood_b, flood_c};
    precis_cluster *c = cluster_of(docs, 4);
    CHECK(!summary_has(c, 30, "A rescue crew in a boat on", &words));
    CHECK(summary_has(c, 30, "residents", &words) && words > 15);
    precis_cluster_free(c);
    docs[0] = sentence_doc;
    c = cluster_of(docs, 4);
    CHECK(summary_has(c, 30, "A rescue crew in a boat searched", &words));
    precis_cluster_free(c);
}

int main(void)
{
    check_verbless();
    check_far_document();
    check_captions();
    check_run();
    check_far_pair();
    check_far_pair_reports();
    check_left_alone();
    check_writer();
    return check_done();
}
