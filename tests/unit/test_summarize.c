/* The library's staged and one-call paths on hand-written clusters:
 * budgets, redundancy, source tracing, offsets, repair warnings. */
#include <ctype.h>
#include <math.h>

#include "check.h"
#include "precis.h"

static const char *docs[] = {
    "Harbour officials said the storm destroyed forty fishing boats overnight. "
    "The mayor said repairs would take months. "
    "\"We have never seen waves like these,\" said captain Lena Berg.\n\n"
    "Schools will stay closed on Friday.",
    "Forty fishing boats were destroyed by the overnight storm, harbour officials said. "
    "\"We have never seen waves like these,\" captain Lena Berg said. "
    "Insurance claims are expected to exceed two million crowns.",
    "A storm hit the coast overnight and destroyed about thirty boats in the harbour. "
    "Power was restored to most homes by the morning. "
    "The weather service expects calmer seas next week."};

static precis_cluster *make(void)
{
    precis_cluster *c;
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    for (size_t i = 0; i < 3; i++)
        CHECK(precis_cluster_add_document(c, docs[i], strlen(docs[i]), NULL, NULL, NULL) ==
              PRECIS_OK);
    return c;
}

static size_t words(const char *s, size_t n)
{
    size_t w = 0;
    int in = 0;
    for (size_t i = 0; i < n; i++) {
        int sp = s[i] == ' ' || s[i] == '\n';
        w += !sp && !in;
        in = !sp;
    }
    return w;
}

/* The summary of c by lead, of `budget` sentences. */
static precis_summary *lead_summary(precis_cluster *c, size_t budget)
{
    precis_options o;
    precis_options_init(&o);
    o.unit = PRECIS_UNIT_SENTENCES;
    o.budget = budget;
    o.method = "lead";
    precis_summary *s = NULL;
    CHECK(precis_summarize(c, &o, &s) == PRECIS_OK);
    return s;
}

/* Source tracing in other languages reads their own negations
 * (hand-written): Portuguese "no" ("in the") does not turn a sentence
 * round, so the other report of the same fact is traced; German "nicht"
 * does, so the report that denies it is not. */
static void check_also_other_languages(void)
{
    static const struct {
        const char *a, *b;
        size_t also;
    } pairs[] = {
        {"O ministro da Economia confirmou a venda da companhia aérea estatal no domingo à noite, "
         "em Lisboa.\n\nOs sindicatos convocaram uma greve geral para a próxima semana contra a "
         "decisão do governo.",
         "Domingo à noite, em Lisboa, o ministro da Economia confirmou a venda da companhia aérea "
         "estatal.\n\nA oposição pediu explicações ao primeiro-ministro sobre o preço da venda "
         "da empresa.",
         1},
        {"Der Wirtschaftsminister hat am Sonntag in Berlin den Verkauf der staatlichen "
         "Fluggesellschaft bestätigt.\n\nDie Gewerkschaften riefen für die nächste Woche zu "
         "einem Streik gegen die Entscheidung der Regierung auf.",
         "Der Wirtschaftsminister hat am Sonntag in Berlin den Verkauf der staatlichen "
         "Fluggesellschaft nicht bestätigt.\n\nDie Opposition verlangte vom Kanzler eine "
         "Erklärung zum Preis der Fluggesellschaft.",
         0},
    };
    for (size_t k = 0; k < sizeof pairs / sizeof *pairs; k++) {
        precis_cluster *c;
        CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
        CHECK(precis_cluster_add_document(c, pairs[k].a, strlen(pairs[k].a), NULL, NULL, NULL) ==
              PRECIS_OK);
        CHECK(precis_cluster_add_document(c, pairs[k].b, strlen(pairs[k].b), NULL, NULL, NULL) ==
              PRECIS_OK);
        precis_summary *s = lead_summary(c, 3);
        precis_sentence ps;
        CHECK(precis_summary_count(s) >= 1 && precis_summary_sentence(s, 0, &ps) == PRECIS_OK);
        CHECK(ps.doc == 0 && ps.also_count == pairs[k].also);
        precis_summary_free(s);
        precis_cluster_free(c);
    }
}

/* The reading order opens, in text that writes names with capitals, with
 * a statement that names someone, something, a place or a time (a capital
 * past its first word, a digit) before one that names nothing, whatever
 * their places in their documents; in text that lost its case a capital
 * tells nothing, and the first chosen of two leads opens as before. */
static void check_opener_names(void)
{
    static const char *const cased[] = {
        "There are plenty of new shops and small cafes along the old harbour road.\n\n"
        "Most of them stay open late in the summer months.",
        "The Valmora City Council approved a new harbour budget of 40 million on Tuesday.\n\n"
        "The work will start in the spring, officials said."};
    for (int lowered = 0; lowered < 2; lowered++) {
        precis_cluster *c;
        CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
        for (size_t i = 0; i < 2; i++) {
            char text[256];
            size_t n = strlen(cased[i]);
            CHECK(n < sizeof text);
            for (size_t k = 0; k <= n; k++)
                text[k] =
                    lowered && k > 0 ? (char)tolower((unsigned char)cased[i][k]) : cased[i][k];
            CHECK(precis_cluster_add_document(c, text, n, NULL, NULL, NULL) == PRECIS_OK);
        }
        precis_summary *s = lead_summary(c, 2);
        precis_sentence ps;
        CHECK(precis_summary_count(s) == 2 && precis_summary_sentence(s, 0, &ps) == PRECIS_OK);
        CHECK(ps.doc == (lowered ? 0u : 1u));
        precis_summary_free(s);
        precis_cluster_free(c);
    }
}

/* A cluster of the n documents texts. */
static precis_cluster *cluster_of(const char *const *texts, size_t n)
{
    precis_cluster *c;
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    for (size_t i = 0; i < n; i++)
        CHECK(precis_cluster_add_document(c, texts[i], strlen(texts[i]), NULL, NULL, NULL) ==
              PRECIS_OK);
    return c;
}

/* The reading order puts every chosen sentence of the opener's document
 * that comes after it in that document right after it, not only the ones
 * next to it: here the lead skips the bridge's second and third sentences
 * (the second repeats the other report), and "The mayor thanked the
 * engineers." follows the council's vote before the other report's
 * sentences, which source order put first. */
static void check_opener_document_first(void)
{
    static const char *const texts[] = {
        "The vote came late.\n\n"
        "Residents of the old town had asked for a bridge for twenty years.\n\n"
        "The old ferry will stop running once the bridge opens.\n\n"
        "Ferry workers will be offered jobs on the new toll gates.\n\n"
        "A local choir sang at the meeting.\n",
        "The Valmora city council approved a new bridge over the river on Monday.\n\n"
        "Residents of the old town had asked for a bridge for twenty years.\n\n"
        "The bridge will cost forty million crowns and open in the spring of 2027.\n\n"
        "Its four lanes will carry trucks from the port to the highway.\n\n"
        "The mayor thanked the engineers.\n"};
    precis_cluster *c = cluster_of(texts, 2);
    precis_summary *s = lead_summary(c, 6);
    size_t n = precis_summary_count(s);
    CHECK(n == 6);
    for (size_t i = 0; i < n; i++) {
        precis_sentence ps;
        CHECK(precis_summary_sentence(s, i, &ps) == PRECIS_OK);
        CHECK(ps.doc == (i < 2 ? 1u : 0u));
        if (i == 1)
            CHECK(ps.len > 9 && !memcmp(ps.text, "The mayor", 9));
    }
    precis_summary_free(s);
    precis_cluster_free(c);
}

/* The reading order opens with what the reports lead with (issue 14): an
 * opener that no other document's lead tells (the harbour's description,
 * first of its document and first chosen) gives way to a chosen statement
 * that the leads of two other documents tell (the fire).  With two
 * documents no sentence can have two other leads telling it, and the
 * description opens as before. */
static void check_opener_leads_tell(void)
{
    static const char *const texts[] = {
        "The harbour of Valmora is a quiet place where old boats rest in the sun.\n\n"
        "A fire destroyed the Valmora ferry terminal on Sunday night, the fire service said.",
        "Fire destroyed the ferry terminal in Valmora on Sunday night and closed the port.\n\n"
        "Nobody was hurt, the police said.",
        "The Valmora ferry terminal burned down on Sunday night after a fire in its kitchen.\n\n"
        "Ferries will sail from Orma until a new terminal is built."};
    for (size_t ndocs = 2; ndocs <= 3; ndocs++) {
        precis_cluster *c = cluster_of(texts, ndocs);
        precis_summary *s = lead_summary(c, 3);
        precis_sentence ps;
        CHECK(precis_summary_count(s) == 3 && precis_summary_sentence(s, 0, &ps) == PRECIS_OK);
        CHECK(ps.doc == (ndocs == 3 ? 1u : 0u));
        CHECK(ps.len > 4 && !memcmp(ps.text, ndocs == 3 ? "Fire" : "The ", 4));
        precis_summary_free(s);
        precis_cluster_free(c);
    }
}

/* The writer's "I" (session 33, issue 14): a sentence that says "I" or
 * "my" outside quote marks is chosen only after an earlier sentence of its
 * document.  The sentence that sums up the cluster best ("From my window I
 * saw ...") is passed over when no sentence before it in its document is
 * chosen; a lead run that reaches it takes it; a summary short of its
 * budget takes it back. */
static void check_first_person(void)
{
    static const char *const texts[] = {
        "A storm destroyed forty fishing boats in the harbour of Orma on Monday night.\n\n"
        "Harbour officials said repairs to the quay would take several months.\n\n"
        "The weather service expects calmer seas along the coast next week.",
        "The old lighthouse of Orma lost its roof in the storm, the harbour master said.\n\n"
        "Schools in Orma will stay closed on Friday.",
        "Nobody in the town had a plan for a flood of that size.\n\n"
        "From my window I saw the storm tear the roof off the old lighthouse of Orma and sink "
        "the fishing boats.\n\n"
        "Insurance claims are expected to exceed two million crowns."};
    precis_cluster *c = cluster_of(texts, 3);
    for (int lead = 0; lead < 2; lead++) {
        precis_summary *s;
        if (lead) {
            s = lead_summary(c, 7);
        } else {
            precis_options o;
            precis_options_init(&o);
            o.unit = PRECIS_UNIT_SENTENCES;
            o.budget = 3;
            CHECK(precis_summarize(c, &o, &s) == PRECIS_OK);
        }
        size_t n = precis_summary_count(s), mine = 0, after = 0;
        for (size_t i = 0; i < n; i++) {
            precis_sentence ps, pp;
            CHECK(precis_summary_sentence(s, i, &ps) == PRECIS_OK);
            if (ps.len > 4 && !memcmp(ps.text, "From", 4)) {
                mine++;
                after = i > 0 && precis_summary_sentence(s, i - 1, &pp) == PRECIS_OK &&
                        pp.doc == ps.doc && !memcmp(pp.text, "Nobody", 6);
            }
        }
        CHECK(mine == (size_t)lead && after == (size_t)lead);
        precis_summary_free(s);
    }
    precis_cluster_free(c);
    /* a document's first sentence has no sentence before it to wait for:
     * it is taken as any other (a writer's account often opens with its
     * news: "On Monday night I was standing by the chapel when ...") */
    const char *const opened[] = {
        texts[0], texts[1],
        "On Monday night I was standing by the chapel when the water reached the square and "
        "carried away the market stalls.\n\n"
        "Insurance claims are expected to exceed two million crowns."};
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    for (size_t i = 0; i < 3; i++)
        CHECK(precis_cluster_add_document(c, opened[i], strlen(opened[i]), NULL, NULL, NULL) ==
              PRECIS_OK);
    precis_summary *lead3 = lead_summary(c, 3);
    int quay = 0;
    for (size_t i = 0; i < precis_summary_count(lead3); i++) {
        precis_sentence ps;
        CHECK(precis_summary_sentence(lead3, i, &ps) == PRECIS_OK);
        quay |= ps.len > 10 && !memcmp(ps.text, "On Monday night I", 17);
    }
    CHECK(quay);
    precis_summary_free(lead3);
    precis_cluster_free(c);
    /* a cluster with nothing else to say (one writer's account) still
     * fills its budget with it */
    static const char essay[] =
        "I moved to Orma in the spring of the year the harbour flooded.\n\n"
        "My neighbours lost their boats and I lost the small shop by the quay.\n\n"
        "I have rebuilt the shop with help from the whole street since then.\n\n"
        "Now I sell nets and rope to the fishermen who came back to the harbour.";
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    CHECK(precis_cluster_add_document(c, essay, strlen(essay), NULL, NULL, NULL) == PRECIS_OK);
    precis_options o;
    precis_options_init(&o);
    o.unit = PRECIS_UNIT_SENTENCES;
    o.budget = 3;
    precis_summary *s;
    CHECK(precis_summarize(c, &o, &s) == PRECIS_OK);
    CHECK(precis_summary_count(s) == 3);
    precis_summary_free(s);
    precis_cluster_free(c);
}

int main(void)
{
    precis_cluster *c = make();
    check_also_other_languages();
    check_opener_names();
    check_opener_document_first();
    check_opener_leads_tell();
    check_first_person();
    CHECK(precis_cluster_document_count(c) == 3);
    CHECK(precis_cluster_sentence_count(c) >= 9);

    for (size_t mi = 0; mi < precis_method_count(); mi++) {
        for (size_t budget = 5; budget <= 60; budget += 11) {
            precis_options o;
            precis_options_init(&o);
            o.method = precis_method_name(mi);
            o.budget = budget;
            precis_summary *s;
            CHECK(precis_summarize(c, &o, &s) == PRECIS_OK);
            size_t n = precis_summary_count(s), total = 0;
            CHECK(n >= 1); /* never empty */
            for (size_t i = 0; i < n; i++) {
                precis_sentence ps;
                CHECK(precis_summary_sentence(s, i, &ps) == PRECIS_OK);
                total += words(ps.text, ps.len);
                /* offsets point at the sentence in its own document */
                CHECK(ps.doc < 3 && ps.end <= strlen(docs[ps.doc]) && ps.start < ps.end);
                CHECK(memcmp(docs[ps.doc] + ps.start, ps.text, 3) == 0);
                for (size_t j = 0; j < i; j++) {
                    precis_sentence pj;
                    precis_summary_sentence(s, j, &pj);
                    CHECK(!(pj.len == ps.len && memcmp(pj.text, ps.text, ps.len) == 0));
                }
            }
            /* never over budget, unless a single sentence had to be taken */
            CHECK(total <= budget || n == 1);
            /* the Berg quote appears at most once */
            size_t quotes = 0;
            for (size_t i = 0; i < n; i++) {
                precis_sentence ps;
                precis_summary_sentence(s, i, &ps);
                char tmp[512];
                size_t l = ps.len < 511 ? ps.len : 511;
                memcpy(tmp, ps.text, l);
                tmp[l] = '\0';
                quotes += strstr(tmp, "never seen waves") != NULL;
            }
            CHECK(quotes <= 1);
            precis_summary_free(s);
        }
    }

    /* Source tracing: the shared quote lists the other outlet. */
    precis_summary *s = lead_summary(c, 20);
    int traced = 0;
    for (size_t i = 0; i < precis_summary_count(s); i++) {
        precis_sentence ps;
        precis_summary_sentence(s, i, &ps);
        if (ps.len > 20 && memcmp(ps.text, "\"We have never", 14) == 0)
            traced = ps.also_count == 1 && ps.also[0] != ps.doc;
    }
    CHECK(traced);
    /* all the sentences in one call: the same as one by one */
    {
        precis_sentence all[64], one;
        size_t n = precis_summary_sentences(s, all, 64);
        CHECK(n == precis_summary_count(s) && n >= 2);
        for (size_t i = 0; i < n; i++) {
            CHECK(precis_summary_sentence(s, i, &one) == PRECIS_OK);
            CHECK(memcmp(&one, &all[i], sizeof one) == 0);
        }
        CHECK(precis_summary_sentences(s, all, 1) == 1);
        CHECK(precis_summary_sentences(s, NULL, 5) == 0);
        CHECK(precis_summary_sentences(NULL, all, 5) == 0);
    }
    char *md;
    CHECK(precis_summary_render(s, PRECIS_FORMAT_MARKDOWN, &md, NULL) == PRECIS_OK);
    CHECK(strstr(md, "[1][2]") != NULL);
    CHECK(strstr(md, "Sources:") != NULL);
    precis_free(md);
    char *js;
    CHECK(precis_summary_render(s, PRECIS_FORMAT_JSON, &js, NULL) == PRECIS_OK);
    CHECK(strstr(js, "\"also\": [") != NULL && strstr(js, "\"start\": ") != NULL);
    precis_free(js);
    precis_summary_free(s);

    /* Unknown method */
    precis_options o;
    precis_options_init(&o);
    o.unit = PRECIS_UNIT_SENTENCES;
    o.budget = 20;
    o.method = "nope";
    CHECK(precis_summarize(c, &o, &s) == PRECIS_EMETHOD);
    /* options out of range: the caller's fault, at once (they fell through) */
    o.method = NULL;
    precis_options out_of_range = o;
    out_of_range.unit = (precis_unit)4;
    CHECK(precis_summarize(c, &out_of_range, &s) == PRECIS_EINVAL && !s);
    out_of_range = o;
    out_of_range.order = (precis_order)5;
    CHECK(precis_summarize(c, &out_of_range, &s) == PRECIS_EINVAL && !s);
    out_of_range = o;
    out_of_range.redundancy = NAN;
    CHECK(precis_summarize(c, &out_of_range, &s) == PRECIS_EINVAL && !s);
    out_of_range.redundancy = 1.5;
    CHECK(precis_summarize(c, &out_of_range, &s) == PRECIS_EINVAL && !s);
    precis_cluster_free(c);

    /* Repair: invalid bytes, BOM; offsets map back to the input as given. */
    const char bad[] = "\xEF\xBB\xBFThe \xff river rose by two metres overnight in the town. "
                       "Boats were moved to higher ground by the volunteers.";
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    precis_error w;
    CHECK(precis_cluster_add_document(c, bad, sizeof bad - 1, NULL, NULL, &w) == PRECIS_OK);
    CHECK(w.code == PRECIS_EPARSE && w.offset == 7);
    precis_sentence ps;
    CHECK(precis_cluster_sentence(c, 1, &ps) == PRECIS_OK);
    CHECK(ps.start < sizeof bad && memcmp(bad + ps.start, "Boats", 5) == 0);
    CHECK(precis_cluster_sentence(c, 0, &ps) == PRECIS_OK);
    CHECK(ps.start == 3);
    precis_cluster_free(c);

    /* The tail of a multi-sentence quote is never a summary sentence. */
    const char q[] = "\"Safety comes first. No aircraft will fly through the ash cloud,\" "
                     "the minister said on Monday evening.\n"
                     "The ash cloud closed three airports in the north of the country.";
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    CHECK(precis_cluster_add_document(c, q, sizeof q - 1, NULL, NULL, NULL) == PRECIS_OK);
    precis_options qo;
    precis_options_init(&qo);
    qo.unit = PRECIS_UNIT_SENTENCES;
    qo.budget = 10;
    CHECK(precis_summarize(c, &qo, &s) == PRECIS_OK);
    CHECK(precis_summary_count(s) >= 1);
    for (size_t i = 0; i < precis_summary_count(s); i++) {
        precis_sentence ps;
        precis_summary_sentence(s, i, &ps);
        CHECK(!(ps.len > 11 && memcmp(ps.text, "No aircraft", 11) == 0));
    }
    precis_summary_free(s);
    precis_cluster_free(c);

    /* One call; empty input gives an empty summary, not an error. */
    const char joined[] = "First doc says the bridge over the river closed on Monday.\n|||||\n"
                          "The bridge over the river closed on Monday, a second doc says.\n";
    char *out;
    size_t len;
    CHECK(precis_summarize_text(joined, sizeof joined - 1, NULL, PRECIS_FORMAT_TEXT, &out, &len) ==
          PRECIS_OK);
    CHECK(len > 0 && strchr(out, '\n') == out + len - 1); /* one sentence: same content */
    precis_free(out);
    CHECK(precis_summarize_text("", 0, NULL, PRECIS_FORMAT_TEXT, &out, &len) == PRECIS_OK);
    CHECK(len == 0);
    precis_free(out);
    CHECK(precis_summarize_text(NULL, 0, NULL, PRECIS_FORMAT_TEXT, NULL, NULL) == PRECIS_EINVAL);
    precis_cluster_free(NULL);
    precis_summary_free(NULL);
    CHECK(strcmp(precis_strerror(PRECIS_ENOMEM), "out of memory") == 0);
    return check_done();
}
