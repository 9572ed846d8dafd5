/* Near copies of documents (model/copies.c): an exact copy, a copy with
 * another header and footer line, a copy with a paragraph dropped and a
 * trimmed wire copy are found as they are added and listed with the
 * document they copy; an article on the same story that shares a sentence,
 * a short note made of one shared sentence, and a rewritten article are
 * not; a copy changes no summary; max_documents counts copies. */
#include "check.h"
#include "model/cluster.h"
#include "precis.h"

/* A made-up wire story: eight paragraphs of one or two sentences. */
static const char *const PARAS[] = {
    "The river Aldane burst its banks near the town of Vesk on Tuesday night, flooding "
    "three villages and cutting the main road to the coast.",
    "Rescue teams in boats reached the village of Orma at dawn and took more than two "
    "hundred people to a school on higher ground.",
    "\"We lost everything on the ground floor, but we are alive,\" said Mara Ilkin, a baker "
    "who spent the night on her roof with her two sons.",
    "The regional governor, Tomas Ferel, said the water had risen faster than at any time "
    "since records began in 1911.",
    "Engineers were checking the dam upstream at Lorn, which held, and the weather office "
    "said more rain was expected on Thursday.",
    "The army sent four helicopters and a field kitchen, and the rail company stopped all "
    "trains between Vesk and the port of Sallow.",
    "Farmers said the flood came two weeks before the harvest and that most of the maize in "
    "the valley was under water.",
    "Insurers have not yet estimated the damage, which the governor put at several hundred "
    "million crowns.",
};
#define NPARAS (sizeof PARAS / sizeof *PARAS)

/* PARAS joined into out, without paragraph `skip` (-1: none), between a
 * first and a last line (NULL: none). */
static const char *story(char *out, size_t cap, const char *head, int skip, const char *foot)
{
    size_t n = 0;
    out[0] = '\0';
    if (head)
        n += (size_t)snprintf(out + n, cap - n, "%s\n\n", head);
    for (size_t i = 0; i < NPARAS; i++)
        if ((int)i != skip)
            n += (size_t)snprintf(out + n, cap - n, "%s\n\n", PARAS[i]);
    if (foot)
        snprintf(out + n, cap - n, "%s\n", foot);
    return out;
}

static precis_cluster *cluster_of(const char *const *texts, const char *const *sources, size_t n)
{
    precis_cluster *c;
    if (precis_cluster_new(&c, NULL))
        return NULL;
    for (size_t i = 0; i < n; i++) {
        precis_doc_meta m = {0};
        m.source = sources[i];
        if (precis_cluster_add_document(c, texts[i], strlen(texts[i]), &m, NULL, NULL)) {
            precis_cluster_free(c);
            return NULL;
        }
    }
    return c;
}

/* The summary of c in `format`, malloc'd (NULL on failure). */
static char *summary(precis_cluster *c, precis_format format)
{
    precis_options o;
    precis_options_init(&o);
    o.budget = 60;
    precis_summary *s;
    char *out = NULL;
    size_t len;
    if (precis_summarize(c, &o, &s) == PRECIS_OK) {
        if (precis_summary_render(s, format, &out, &len))
            out = NULL;
        precis_summary_free(s);
    }
    return out;
}

static const char OTHER[] =
    "Rescue teams in boats reached the village of Orma at dawn and took more than two "
    "hundred people to a school on higher ground.\n\n"
    "A day after the flood, the government of the province asked the capital for money to "
    "rebuild the bridge at Kell, which the water carried away with two lorries on it.\n\n"
    "The opposition said warnings about the embankment had been ignored for ten years and "
    "called for an inquiry into the way the river has been managed.\n\n"
    "Volunteers from the port of Sallow collected blankets, tinned food and drinking water "
    "for the families in the school.\n";

static void test_copies(void)
{
    char base[4096], again[4096], framed[4096], dropped[4096], trimmed[4096];
    story(base, sizeof base, NULL, -1, NULL);
    story(again, sizeof again, NULL, -1, NULL);
    story(framed, sizeof framed, "VESK, Wednesday (Northern Wire Service)", -1,
          "Copyright 2031 Valley Courier. All rights reserved. Sign up for our newsletter.");
    story(dropped, sizeof dropped, NULL, 5, NULL);
    /* a paper printing the first four paragraphs only */
    size_t n = 0;
    for (size_t i = 0; i < 4; i++)
        n += (size_t)snprintf(trimmed + n, sizeof trimmed - n, "%s\n\n", PARAS[i]);

    const char *texts[] = {base, again, OTHER, framed, dropped, trimmed};
    const char *sources[] = {"Northern Wire",  "Valley Courier", "Coast Herald",
                             "Valley Courier", "Sallow Post",    "Orma Weekly"};
    precis_cluster *c = cluster_of(texts, sources, 6);
    CHECK(c != NULL);
    if (!c)
        return;
    /* the story and the other article; the four copies listed with the story */
    CHECK(precis_cluster_document_count(c) == 2);
    CHECK(precis_cluster_document_copy_count(c, 0) == 4);
    CHECK(precis_cluster_document_copy_count(c, 1) == 0);
    CHECK(precis_cluster_document_copy_count(c, 2) == 0);
    CHECK_STR(precis_cluster_document_meta(c, 1)->source, "Coast Herald");
    CHECK_STR(precis_cluster_document_copy(c, 0, 0)->source, "Valley Courier");
    CHECK_STR(precis_cluster_document_copy(c, 0, 3)->source, "Orma Weekly");
    CHECK(precis_cluster_document_copy(c, 0, 4) == NULL);
    CHECK(precis_cluster_document_copy(c, 2, 0) == NULL);

    /* the copies change nothing in the summary */
    precis_cluster *plain = cluster_of(texts + 1, sources + 1, 2); /* again, OTHER */
    precis_cluster *ref = cluster_of((const char *const[]){base, OTHER},
                                     (const char *const[]){"Northern Wire", "Coast Herald"}, 2);
    CHECK(plain && ref);
    char *got = summary(c, PRECIS_FORMAT_TEXT),
         *want = ref ? summary(ref, PRECIS_FORMAT_TEXT) : NULL;
    CHECK(got && want && strcmp(got, want) == 0);
    free(got);
    free(want);
    /* ... and the sources list names each outlet once */
    char *md = summary(c, PRECIS_FORMAT_MARKDOWN);
    CHECK(md && strstr(md, "1. Northern Wire — also: Valley Courier, Sallow Post, Orma Weekly\n"));
    CHECK(md && strstr(md, "2. Coast Herald\n"));
    free(md);
    char *js = summary(c, PRECIS_FORMAT_JSON);
    CHECK(js && strstr(js, "\"source\": \"Northern Wire\", \"copies\": [{\"name\": null, "
                           "\"source\": \"Valley Courier\""));
    free(js);
    precis_cluster_free(plain);
    precis_cluster_free(ref);
    precis_cluster_free(c);
}

static void test_not_copies(void)
{
    char base[4096], rewritten[4096];
    story(base, sizeof base, NULL, -1, NULL);
    /* every sentence edited a little: another outlet's rewrite, its own words */
    size_t n = 0;
    for (size_t i = 0; i < NPARAS; i++)
        n += (size_t)snprintf(rewritten + n, sizeof rewritten - n, "Officials said: %s\n\n",
                              PARAS[i]);
    /* one shared sentence of fewer than PC_COPY_MIN_WORDS words */
    const char *note = "The river burst its banks near Vesk on Tuesday night.\n";
    const char *texts[] = {base, OTHER, rewritten, note, note};
    const char *sources[] = {"A", "B", "C", "D", "E"};
    precis_cluster *c = cluster_of(texts, sources, 5);
    CHECK(c != NULL);
    if (!c)
        return;
    /* the note's words are too few to call it a copy, even of itself */
    CHECK(precis_cluster_document_count(c) == 5);
    for (size_t d = 0; d < 5; d++)
        CHECK(precis_cluster_document_copy_count(c, d) == 0);
    precis_cluster_free(c);
}

static void test_limit(void)
{
    char base[4096];
    story(base, sizeof base, NULL, -1, NULL);
    precis_options o;
    precis_options_init(&o);
    o.max_documents = 2;
    precis_cluster *c;
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    precis_error w;
    CHECK(precis_cluster_add_document(c, base, strlen(base), NULL, &o, &w) == PRECIS_OK);
    CHECK(precis_cluster_add_document(c, base, strlen(base), NULL, &o, &w) == PRECIS_OK);
    /* a copy was read: the third document is refused all the same */
    CHECK(precis_cluster_add_document(c, OTHER, strlen(OTHER), NULL, &o, &w) == PRECIS_ELIMIT);
    CHECK(precis_cluster_document_count(c) == 1);
    precis_cluster_free(c);
}

/* The fingerprint ignores case and spacing, and tells word order. */
static void test_fingerprint(void)
{
    const char *texts[] = {"The dam at Lorn held through the night, engineers said.\n\n"
                           "the  dam at LORN held through the night,   engineers said.\n\n"
                           "Engineers said the dam at Lorn held through the night.\n"};
    precis_cluster *c = cluster_of(texts, (const char *const[]){NULL}, 1);
    CHECK(c && c->nsents == 3);
    if (!c || c->nsents != 3)
        return;
    CHECK(pc_sentence_fingerprint(&c->sents[0]) == pc_sentence_fingerprint(&c->sents[1]));
    CHECK(pc_sentence_fingerprint(&c->sents[0]) != pc_sentence_fingerprint(&c->sents[2]));
    precis_cluster_free(c);
}

int main(void)
{
    test_copies();
    test_not_copies();
    test_limit();
    test_fingerprint();
    return check_done();
}
