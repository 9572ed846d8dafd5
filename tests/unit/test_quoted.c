/* The two exceptions of the redundancy test (model/model.h,
 * pc_same_content).  model/quoted.c: two sentences that carry the same
 * quotation, whole or cut, are the same content, whatever else the longer
 * one says; the same words outside quote marks, a short quotation and two
 * different quotations are not.  A summary with room for both keeps one of
 * them.  Same figure: two sentences that state the same figure (a number
 * that is not a year) are the same fact at a lower overlap of their
 * concept sets than any two sentences; the same pair with two different
 * figures, or sharing only a year, is not. */
#include "check.h"
#include "lang/lang.h"
#include "model/model.h"
#include "model/vocab.h"
#include "text/tokenize.h"
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

/* {first, second}: the second retells the first's fact in other words */
static const char *const FIGURE_DOCS[] = {
    "The bridge reopened on Saturday after two years of repairs that cost 38 million euros.\n\n"
    "The bridge last reopened in 1998 after two years of repairs that cost far less.\n\n"
    "Before it closed, about 9,000 vehicles crossed the river on the bridge every day.\n",
    "The region and the department shared the cost of the bridge repairs, 38 million euros.\n\n"
    "Two years of repairs closed the old crossing, at a cost of 41 million euros to the regional "
    "council and its partners.\n\n"
    "The region and the department shared the cost of the repairs when the bridge reopened in "
    "1998.\n",
};

/* A cluster of the two documents. */
static precis_cluster *two_docs(const char *const docs[2])
{
    precis_cluster *c = NULL;
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    for (size_t d = 0; d < 2; d++)
        CHECK(precis_cluster_add_document(c, docs[d], strlen(docs[d]), NULL, NULL, NULL) ==
              PRECIS_OK);
    return c;
}

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

/* A summary of the two documents at the budget, and how many of its
 * sentences contain each of the two needles. */
static size_t summarize_count(const char *const docs[2], size_t budget, const char *n1, int *c1,
                              const char *n2, int *c2)
{
    *c1 = *c2 = 0;
    precis_cluster *c = two_docs(docs);
    precis_options o;
    precis_options_init(&o);
    o.budget = budget;
    precis_summary *s;
    size_t n = 0;
    CHECK(precis_summarize(c, &o, &s) == PRECIS_OK);
    for (size_t i = 0; s && i < precis_summary_count(s); i++, n++) {
        precis_sentence ps;
        precis_summary_sentence(s, i, &ps);
        char t[512];
        snprintf(t, sizeof t, "%.*s", (int)ps.len, ps.text);
        *c1 += strstr(t, n1) != NULL;
        *c2 += strstr(t, n2) != NULL;
    }
    precis_summary_free(s);
    precis_cluster_free(c);
    return n;
}

static double overlap(const pc_model *m, size_t i, size_t j)
{
    pc_overlap_mark(m, i);
    return pc_overlap_with(m, j);
}

static void same_figure(void)
{
    precis_cluster *c = two_docs(FIGURE_DOCS);
    pc_arena a;
    pc_arena_init(&a, NULL);
    pc_model m;
    CHECK(pc_model_build(&m, c, &a) == PRECIS_OK);
    size_t told = find(&m, "The bridge reopened"),
           retold =
               find(&m, "The region and the department shared the cost of the bridge repairs, 38"),
           other = find(&m, "Two years of repairs"), year = find(&m, "The bridge last reopened"),
           year2 = find(&m, "The region and the department shared the cost of the repairs when");
    CHECK(told != SIZE_MAX && retold != SIZE_MAX && other != SIZE_MAX && year != SIZE_MAX &&
          year2 != SIZE_MAX);
    if (told == SIZE_MAX || retold == SIZE_MAX || other == SIZE_MAX || year == SIZE_MAX ||
        year2 == SIZE_MAX)
        return;
    /* every pair overlaps less than the limit and more than its figure
     * share: the figure alone decides */
    double lo = 0.5 * PC_FIGURE_SHARE;
    double ov[3] = {overlap(&m, told, retold), overlap(&m, told, other), overlap(&m, year, year2)};
    for (int k = 0; k < 3; k++)
        CHECK(ov[k] >= lo && ov[k] < 0.5);
    pc_overlap_mark(&m, told);
    CHECK(pc_shares_figure(&m, retold) && !pc_shares_figure(&m, other));
    CHECK(same(&m, told, retold) && same(&m, retold, told));
    CHECK(!same(&m, told, other) && !same(&m, other, told));
    CHECK(!same(&m, year, year2) && !same(&m, year2, year));
    pc_arena_release(&a);
    precis_cluster_free(c);

    /* a summary with room for both retellings keeps one */
    int with_38, with_41;
    summarize_count(FIGURE_DOCS, 400, " 38 ", &with_38, " 41 ", &with_41);
    CHECK(with_38 == 1);
    CHECK(with_41 == 1); /* another figure: another fact, kept */
}

/* The sentences of docs that open with `told` and `retold` overlap less
 * than the redundancy limit and more than its figure share, and share a
 * figure: the same content. */
static void retold_figure(const char *const docs[2], const char *told_at, const char *retold_at)
{
    precis_cluster *c = two_docs(docs);
    pc_arena a;
    pc_arena_init(&a, NULL);
    pc_model m;
    CHECK(pc_model_build(&m, c, &a) == PRECIS_OK);
    size_t told = find(&m, told_at), retold = find(&m, retold_at);
    CHECK(told != SIZE_MAX && retold != SIZE_MAX);
    if (told != SIZE_MAX && retold != SIZE_MAX) {
        double ov = overlap(&m, told, retold);
        CHECK(ov >= 0.5 * PC_FIGURE_SHARE && ov < 0.5);
        pc_overlap_mark(&m, told);
        CHECK(pc_shares_figure(&m, retold));
        CHECK(same(&m, told, retold) && same(&m, retold, told));
    }
    pc_arena_release(&a);
    precis_cluster_free(c);
}

/* Number words are figures as digits are: "three" states 3, "twenty" 20
 * (stems as the stemmer leaves them); "one" and "two", which say little of
 * a fact ("one of them", "the two countries"), are none. */
static const char *const WORD_DOCS[] = {
    "The bridge reopened on Saturday after fourteen months of repairs that cost a fortune.\n\n"
    "Before it closed, about nine thousand vehicles crossed the river on the bridge every day.\n",
    "The region and the department shared the cost of the bridge repairs over fourteen months.\n\n"
    "Engineers found cracks in the old cables of the bridge during the first inspection.\n",
};

static int word_figure(const pc_lang *lang, const char *term, const char *digits)
{
    size_t n;
    const pc_lang_number_word *w = pc_lang_number_list(lang, &n);
    const char *d = NULL;
    for (size_t i = 0; i < n && !d; i++)
        if (strcmp(w[i].term, term) == 0)
            d = w[i].digits;
    return digits ? d && strcmp(d, digits) == 0 : d == NULL;
}

static void number_words(void)
{
    const pc_lang *en = &pc_lang_en, *ru = pc_lang_find("ru"), *hi = pc_lang_find("hi"),
                  *el = pc_lang_find("el"), *fr = pc_lang_find("fr"), *zh = pc_lang_find("zh");
    CHECK(word_figure(en, "three", "3") && word_figure(en, "twenti", "20"));
    CHECK(word_figure(en, "eight", "8") && word_figure(en, "eighteen", "18") &&
          word_figure(en, "eighti", "80"));
    CHECK(word_figure(en, "one", NULL) && word_figure(en, "two", NULL));
    CHECK(word_figure(en, "twent", NULL) && word_figure(en, "threes", NULL));
    /* terms as the language's stemmer makes them, every case and gender */
    CHECK(word_figure(ru, "три", "3") && word_figure(ru, "трех", "3"));
    CHECK(word_figure(hi, "चौदह", "14") && word_figure(fr, "vingt", "20"));
    CHECK(word_figure(fr, "three", NULL) && word_figure(en, "vingt", NULL));
    /* a stem of two letters cut from one word is some other word's too
     * (Greek "εξ", six, "out of" and "εξωτερικός"; Turkish "al" of "altı",
     * six, is "take"); the stem of a number's inflection (Greek "τρεις",
     * "τρία": "τρ") and a whole word of two (Hindi "आठ", eight) are the
     * number's; Chinese numerals are characters of other words */
    CHECK(word_figure(el, "εξ", NULL) && word_figure(zh, "三", NULL));
    CHECK(word_figure(pc_lang_find("tr"), "al", NULL) &&
          word_figure(pc_lang_find("tr"), "üç", "3"));
    CHECK(word_figure(el, "τρ", "3") && word_figure(hi, "आठ", "8"));
    /* the table's lengths and hashes are the vocabulary's (its terms are
     * looked up by them) */
    const pc_lang *langs[] = {en, ru, hi, el, fr};
    for (size_t l = 0; l < sizeof langs / sizeof *langs; l++) {
        size_t n;
        const pc_lang_number_word *w = pc_lang_number_list(langs[l], &n);
        CHECK(n >= 10);
        for (size_t i = 0; i < n; i++) {
            CHECK(strlen(w[i].term) == w[i].len && pc_hash(w[i].term, w[i].len) == w[i].hash);
            CHECK(i == 0 || strcmp(w[i - 1].term, w[i].term) < 0);
        }
    }
    retold_figure(WORD_DOCS, "The bridge reopened", "The region and");
}

/* A number word is a figure in every language with a table: Russian
 * writes "три" (a stopword there, so only the bigram "три пункта" holds
 * it) and "трёх" (genitive) for 3. */
static const char *const RU_DOCS[] = {
    "Река вышла из берегов в ночь на вторник и затопила нижнюю часть города.\n\n"
    "«Мы развернули три пункта временного размещения в школах», — сообщил глава "
    "города.\n",
    "Городские власти открыли пункты временного размещения в трёх школах.\n\n"
    "Вода в реке продолжает подниматься, и жители укрепляют дома мешками с песком.\n",
};

static void russian_number_words(void)
{
    retold_figure(RU_DOCS, "\xC2\xAB\xD0\x9C\xD1\x8B", "Городские");
}

/* Greek three is the stem "τρ" of "τρία" and "τρεις" (before, no Greek
 * term of three: a stem of two code points was left out). */
static const char *const EL_DOCS[] = {
    "Το ποτάμι πλημμύρισε τη νύχτα της Τρίτης και κάλυψε το κάτω μέρος της πόλης.\n\n"
    "«Ανοίξαμε τρία κέντρα φιλοξενίας σε σχολεία», δήλωσε ο δήμαρχος της πόλης.\n",
    "Οι αρχές της πόλης άνοιξαν κέντρα φιλοξενίας σε τρεις σχολικές αίθουσες.\n\n"
    "Η στάθμη του νερού συνεχίζει να ανεβαίνει και οι κάτοικοι ενισχύουν τα σπίτια τους.\n",
};

static void greek_number_words(void)
{
    retold_figure(EL_DOCS, "\xC2\xAB\xCE\x91", "Οι αρχές");
}

/* Where each token of a sentence starts, as the tokenizer gives it. */
typedef struct starts {
    uint32_t at[64];
    size_t n;
} starts;

static int on_start(void *ctx, const char *w, size_t n, uint32_t h, size_t start, size_t end)
{
    (void)w, (void)n, (void)h, (void)end;
    starts *st = ctx;
    if (st->n < 64)
        st->at[st->n] = (uint32_t)start;
    st->n++;
    return 0;
}

/* The offsets the analysis keeps for a sentence that may quote
 * (pc_sent.tok_at, which model/quoted.c reads instead of tokenizing
 * again) are the tokenizer's starts, before an elision is cut off
 * ("d'euros" is the term "euros" and starts at its "d"); a sentence
 * without a quote mark keeps none. */
static void token_offsets(void)
{
    const char *const FR[] = {
        "« L'État a dépensé 41 millions d'euros pour le pont de la ville », a déclaré le "
        "maire lundi.\n\n"
        "Le pont a rouvert samedi après deux ans de travaux sur les câbles du tablier.\n",
        DOCS[0]};
    precis_cluster *c = two_docs(FR);
    CHECK(c->ndocs == 2 && c->docs[0].lang == pc_lang_find("fr"));
    size_t kept = 0, none = 0;
    for (size_t i = 0; i < c->nsents; i++) {
        const pc_sent *s = &c->sents[i];
        starts st = {{0}, 0};
        pc_tokenize(s->text, s->len, on_start, &st);
        CHECK(st.n == s->ntok && st.n <= 64);
        if (!pc_may_quote(s->text, s->len)) {
            CHECK(s->tok_at == NULL);
            none++;
            continue;
        }
        CHECK(s->tok_at != NULL);
        kept++;
        for (size_t t = 0; s->tok_at && t < s->ntok && t < 64; t++)
            CHECK(s->tok_at[t] == st.at[t]);
    }
    CHECK(kept >= 3 && none >= 2); /* the French quotation, two English ones */
    precis_cluster_free(c);
}

int main(void)
{
    token_offsets();
    russian_number_words();
    greek_number_words();
    same_figure();
    number_words();
    precis_cluster *c = two_docs(DOCS);
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
    int with_quote, none;
    size_t shown = summarize_count(SUM, 200, "drift east", &with_quote, "\x01", &none);
    CHECK(shown == 3); /* the budget left room for all four */
    CHECK(with_quote == 1);
    return check_done();
}
