/* Page furniture inside paragraphs (text/boilerplate.h): the key ignores
 * case, punctuation and spacing and nothing else; a sentence of the table
 * is never a candidate, even in a cluster with no other complete sentence;
 * a cluster of furniture alone has an empty summary.  The two table
 * sentences below are web-video and notification prompts that Multi-News
 * train-10k carries in dozens of unrelated clusters (the table's comments
 * list them): if a regenerated table lost them, this test says so. */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "precis.h"
#include "lang/lang.h"
#include "model/cluster.h"
#include "model/model.h"
#include "text/boilerplate.h"

#define RATED "Rating is available when the video has been rented."
#define NOTIFY "There was a problem saving your notification."

static uint64_t key(const char *s)
{
    return pc_boilerplate_key(s, strlen(s));
}

static void check_key(void)
{
    CHECK(key(RATED) != 0);
    CHECK(key(RATED) == key("rating is available when the video has been rented"));
    CHECK(key(RATED) == key("  Rating is available, when the video has been RENTED !"));
    CHECK(key(RATED) != key("Rating is available when the video has been bought."));
    CHECK(key(RATED) != key("Rating is available when the video has been rented out."));
    /* fewer than PC_BOILERPLATE_MIN_WORDS words: no key */
    CHECK(key("Please try again later.") == 0);
    CHECK(key("") == 0);
    CHECK(pc_is_boilerplate(RATED, strlen(RATED)));
    CHECK(pc_is_boilerplate(NOTIFY, strlen(NOTIFY)));
    const char *news = "The river burst its banks near the town of Vesk on Tuesday night.";
    CHECK(!pc_is_boilerplate(news, strlen(news)));
}

/* A cluster of one document. */
static precis_cluster *one_doc(const char *doc)
{
    precis_cluster *c;
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    CHECK(precis_cluster_add_document(c, doc, strlen(doc), NULL, NULL, NULL) == PRECIS_OK);
    return c;
}

/* Candidates of a cluster of one document. */
static size_t candidates(const char *doc, const char *must_not)
{
    precis_cluster *c = one_doc(doc);
    pc_arena a;
    pc_model m;
    pc_arena_init(&a, NULL);
    CHECK(pc_model_build(&m, c, &a) == PRECIS_OK);
    size_t n = m.ncandidates;
    for (size_t i = 0; i < n; i++) {
        const pc_sent *s = &c->sents[m.sentence_of[i]];
        CHECK(!(s->len >= strlen(must_not) && memcmp(s->text, must_not, strlen(must_not)) == 0));
    }
    pc_arena_release(&a);
    precis_cluster_free(c);
    return n;
}

static void check_candidates(void)
{
    /* beside news */
    CHECK(
        candidates("The river Aldane burst its banks near the town of Vesk on Tuesday night. " RATED
                   " Three villages were flooded and the main road was cut.",
                   "Rating is") == 2);
    /* with no sentence of five words or more beside it: the short ones are
     * candidates, the furniture is not */
    CHECK(candidates(RATED " Roads are closed. Schools are shut. Vesk is flooded.", "Rating is") ==
          3);
    /* furniture alone: no candidate, and an empty summary */
    const char *only = RATED " " NOTIFY;
    CHECK(candidates(only, "Rating is") == 0);
    precis_cluster *c = one_doc(only);
    precis_options o;
    precis_options_init(&o);
    precis_summary *s;
    CHECK(precis_summarize(c, &o, &s) == PRECIS_OK);
    CHECK(precis_summary_count(s) == 0);
    precis_summary_free(s);
    precis_cluster_free(c);
}

/* A template page (model/cluster.c): a document of which two sentences of
 * the table or more make half the words or more is a capture notice or an
 * error page, and its other sentences are the template's too; a news
 * document with the same two sentences among more words of its own keeps
 * them, and so does a document with one sentence of the table. */
static void check_template_page(void)
{
    const char *notice =
        RATED " " NOTIFY " A daily crawl of more than two hundred home pages of news sites.";
    CHECK(candidates(notice, "A daily crawl") == 0);
    precis_cluster *c = one_doc(notice);
    CHECK(c->nsents == 3);
    CHECK(c->sents[2].furniture == 1 && !c->sents[2].eligible);
    precis_cluster_free(c);
    /* the same sentences below an article's lead: news */
    CHECK(
        candidates("The river Aldane burst its banks near the town of Vesk on Tuesday night. " RATED
                   " " NOTIFY " Three villages were flooded and the main road was cut. Rescue "
                   "teams reached the town of Vesk by boat early on Wednesday morning.",
                   "Rating is") == 3);
    /* one sentence of the table, however short the rest */
    CHECK(candidates(RATED " A daily crawl of more than two hundred home pages.", "Rating is") ==
          1);
    /* a page is judged alone: an article in the same cluster keeps its
     * sentences */
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    const char *news = "The river Aldane burst its banks near the town of Vesk on Tuesday night.";
    CHECK(precis_cluster_add_document(c, notice, strlen(notice), NULL, NULL, NULL) == PRECIS_OK);
    CHECK(precis_cluster_add_document(c, news, strlen(news), NULL, NULL, NULL) == PRECIS_OK);
    CHECK(c->nsents == 4 && !c->sents[2].eligible && c->sents[3].eligible);
    precis_cluster_free(c);
}

/* Furniture glued to the front of a sentence in lower-cased one-line text
 * ("Advertisement" and "Story highlights" start the sentences of hundreds
 * of train-10k clusters and are in the prefix table): split off as a
 * sentence of its own, which is furniture; the rest is a sentence that
 * opens with a capital, at its exact offsets, and may be chosen.  News
 * openers are not in the table. */
static void check_prefix(void)
{
    const char *ad = "Advertisement james clapper, the director, dismissed such objections.";
    size_t p = pc_boilerplate_prefix(ad, strlen(ad));
    CHECK(p == strlen("Advertisement"));
    const char *sh = "Story highlights: paul ryan needs 218 votes to win.";
    CHECK(pc_boilerplate_prefix(sh, strlen(sh)) == strlen("Story highlights"));
    /* criterion 5b of tools/make_boilerplate.c: a site's button in front
     * of its own reports, which no other document shows glued and no
     * reference opens with; and not the branch of a longer run into the
     * sentence ("Story continued below The ...": the lead keeps "The") */
    const char *ai = "Add interest the governor signed the budget on tuesday.";
    CHECK(pc_boilerplate_prefix(ai, strlen(ai)) == strlen("Add interest"));
    const char *sc = "Story continued below The senate passed the bill on friday.";
    CHECK(pc_boilerplate_prefix(sc, strlen(sc)) == strlen("Story continued below"));
    /* a whole notice of the first table glued to the lead, its full stop
     * lost; a notice with fewer than PC_ASIDE_REST words after it, or
     * news opening with a notice's first words, is left whole */
    const char *gl = "Rating is available when the video has been rented the river aldane burst "
                     "its banks near vesk.";
    CHECK(pc_boilerplate_prefix(gl, strlen(gl)) ==
          strlen("Rating is available when the video has been rented"));
    const char *gl2 = "Rating is available when the video has been rented out now.";
    CHECK(pc_boilerplate_prefix(gl2, strlen(gl2)) == 0);
    const char *gl3 = "Rating is available when the council of vesk has met, the mayor said.";
    CHECK(pc_boilerplate_prefix(gl3, strlen(gl3)) == 0);
    /* a run with no word after it is no prefix */
    CHECK(pc_boilerplate_prefix("Advertisement.", 14) == 0);
    const char *openers[] = {"The company said it would appeal the ruling on Monday.",
                             "In a statement, the ministry denied any wrongdoing.",
                             "According to the police, the driver fled the scene.",
                             "Meanwhile the river kept rising through the night.",
                             "He also said the bridge would stay closed."};
    for (size_t i = 0; i < sizeof openers / sizeof *openers; i++)
        CHECK(pc_boilerplate_prefix(openers[i], strlen(openers[i])) == 0);

    const char *doc = "The river aldane burst its banks near the town of vesk on tuesday night. "
                      "Advertisement three villages were flooded and the main road was cut.";
    precis_cluster *c = one_doc(doc);
    CHECK(c->nsents == 3);
    CHECK(c->sents[1].furniture == PC_FURNITURE_PREFIX && !c->sents[1].eligible);
    CHECK(c->sents[1].len == strlen("Advertisement"));
    const pc_sent *rest = &c->sents[2];
    CHECK(!rest->furniture && rest->eligible);
    CHECK(rest->len > 5 && memcmp(rest->text, "Three villages", 14) == 0);
    CHECK(memcmp(doc + rest->start, "three villages", 14) == 0);
    CHECK(rest->end == strlen(doc));
    pc_arena a;
    pc_model m;
    pc_arena_init(&a, NULL);
    CHECK(pc_model_build(&m, c, &a) == PRECIS_OK);
    CHECK(m.ncandidates == 2);
    pc_arena_release(&a);
    precis_options o;
    precis_options_init(&o);
    precis_summary *s;
    CHECK(precis_summarize(c, &o, &s) == PRECIS_OK);
    CHECK(precis_summary_count(s) == 2); /* the rest opens in lower case: not broken */
    precis_summary_free(s);
    precis_cluster_free(c);
}

/* A short aside in brackets glued to the front of a sentence (a caption's
 * credit, an outlet's tag) is split off like furniture; an aside that is
 * the whole sentence, or a long one, or one without enough words after
 * it, is not. */
static void check_aside(void)
{
    const char *credit = "( associated press ) afghan president hamid karzai spoke on sunday.";
    CHECK(pc_leading_aside(credit, strlen(credit)) == strlen("( associated press )"));
    const char *tag = "(CNN) Debris found in the ocean appears to be part of a plane.";
    CHECK(pc_leading_aside(tag, strlen(tag)) == strlen("(CNN)"));
    const char *whole = "(The company declined to comment on the report.)";
    CHECK(pc_leading_aside(whole, strlen(whole)) == 0);
    const char *few = "(photo: ap) he left.";
    CHECK(pc_leading_aside(few, strlen(few)) == strlen(few));
    const char *place = "( associated press ) harrisburg, pa.";
    CHECK(pc_leading_aside(place, strlen(place)) == strlen(place));
    const char *nested = "(a (b) c) the mayor left the town hall early.";
    CHECK(pc_leading_aside(nested, strlen(nested)) == 0);
    const char *mid = "The mayor (a former judge) left the town hall early.";
    CHECK(pc_leading_aside(mid, strlen(mid)) == 0);

    const char *doc =
        "The river aldane burst its banks near the town of vesk on tuesday night. "
        "( photo: mark humphrey, ap ) three villages were flooded and the road was cut.";
    precis_cluster *c = one_doc(doc);
    CHECK(c->nsents == 3);
    CHECK(c->sents[1].furniture == PC_FURNITURE_PREFIX && !c->sents[1].eligible);
    const pc_sent *rest = &c->sents[2];
    CHECK(!rest->furniture && rest->eligible);
    CHECK(rest->len > 5 && memcmp(rest->text, "Three villages", 14) == 0);
    /* positions count the sentences that are no furniture: the rest is the
     * document's second sentence, and a lead after an outlet's tag is its
     * first */
    CHECK(c->sents[0].pos == 0 && rest->pos == 1);
    precis_cluster_free(c);
    const char *tagged = "(CNN) Debris found in the western ocean appears to be part of a plane. "
                         "Investigators will examine it in France next week.";
    c = one_doc(tagged);
    CHECK(c->nsents == 3 && c->sents[0].furniture);
    CHECK(c->sents[1].pos == 0 && c->sents[2].pos == 1 && c->docs[0].npos == 2);
    precis_cluster_free(c);
}

/* A copyright notice glued before a lead, its owner's end shown by an
 * article, is split off as furniture and the lead opens with a capital; a
 * notice alone with the word after its sign is furniture whole
 * (pc_leading_copyright, pc_copyright_notice, text/clean.h; session 39). */
static void check_copyright(void)
{
    const char *doc = "The river aldane burst its banks near the town of vesk on tuesday night. "
                      "Copyright \xC2\xA9 2018 vesk daily journal a crew found three cars "
                      "under the mud near the bridge. "
                      "\xC2\xA9 copyright 2018 vesk newspaper company.";
    precis_cluster *c = one_doc(doc);
    CHECK(c->nsents == 4);
    CHECK(c->sents[1].furniture == PC_FURNITURE_PREFIX && !c->sents[1].eligible);
    const pc_sent *rest = &c->sents[2];
    CHECK(!rest->furniture && rest->eligible);
    CHECK(rest->len > 7 && memcmp(rest->text, "A crew found", 12) == 0);
    CHECK(c->sents[3].furniture && !c->sents[3].eligible);
    precis_cluster_free(c);
}

/* A list's bullet in front of a sentence is split off as furniture, and
 * the sentence after it opens with a capital; a sentence that only dates
 * its page is furniture (pc_is_stamp, text/clean.h). */
static void check_bullet_and_stamp(void)
{
    const char *item = "\xE2\x80\xA2 syrian authorities say troops have pulled back.";
    CHECK(pc_leading_bullet(item, strlen(item)) == 3);
    const char *spaced = "  \xE2\x97\x8F three villages were flooded.";
    CHECK(pc_leading_bullet(spaced, strlen(spaced)) == 5);
    const char *glued = "\xE2\x80\xA2syrian authorities say troops have pulled back.";
    CHECK(pc_leading_bullet(glued, strlen(glued)) == 0);
    const char *short_item = "\xE2\x80\xA2 read more";
    CHECK(pc_leading_bullet(short_item, strlen(short_item)) == 0);
    const char *dash = "\xE2\x80\x94 syrian authorities say troops have pulled back.";
    CHECK(pc_leading_bullet(dash, strlen(dash)) == 0);

    const char *doc = "The clock starts ticking on the tenth for both sides, he said. "
                      "\xE2\x80\xA2 syrian authorities say troops have begun pulling back. "
                      "Updated at 11: 10 a.m.";
    precis_cluster *c = one_doc(doc);
    CHECK(c->nsents == 4);
    CHECK(c->sents[1].furniture == PC_FURNITURE_PREFIX && !c->sents[1].eligible);
    CHECK(memcmp(c->sents[2].text, "Syrian authorities", 18) == 0);
    CHECK(!c->sents[2].furniture && c->sents[2].eligible && c->sents[2].pos == 1);
    CHECK(c->sents[3].furniture && !c->sents[3].eligible);
    precis_cluster_free(c);
}

/* A numbered list's label in front of an English sentence is split off as
 * furniture, as a bullet is; a number a tokeniser split ("2. 5 million")
 * and a short item stay. */
static void check_list_number(void)
{
    const char *item = "3. the old ferry will leave the harbour in may.";
    CHECK(pc_leading_list_number(item, strlen(item)) == 3);
    const char *quoted = "12. \"the harbour belongs to the town, \" she said.";
    CHECK(pc_leading_list_number(quoted, strlen(quoted)) == 4);
    const char *split = "2. 5 million visitors came to the harbour last year.";
    CHECK(pc_leading_list_number(split, strlen(split)) == 0);
    const char *year = "2018. the harbour reopened in the spring.";
    CHECK(pc_leading_list_number(year, strlen(year)) == 0);
    const char *short_item = "4. see more";
    CHECK(pc_leading_list_number(short_item, strlen(short_item)) == 0);

    const char *doc = "Here are five facts about the harbour of Orma you may not know. "
                      "1. The harbour was built by fishermen in the year 1820. "
                      "2. The old lighthouse still works on every winter night.";
    precis_cluster *c = one_doc(doc);
    int seen = 0;
    for (size_t k = 0; k < c->nsents; k++)
        if (memcmp(c->sents[k].text, "The old lighthouse", 18) == 0) {
            seen = 1;
            CHECK(!c->sents[k].furniture && c->sents[k].eligible);
            CHECK(k > 0 && c->sents[k - 1].furniture == PC_FURNITURE_PREFIX);
        }
    CHECK(seen);
    precis_cluster_free(c);
}

/* A place dateline without its agency, lower-cased as Multi-News writes it,
 * is split off the sentence that opens its document ("Port arlen — a
 * school bus ..."), or the one after a headline's dash; a subject set off
 * by a pair of dashes, a clause with a stopword before the dash, and the
 * same front in the middle of a document stay. */
static void check_leading_place(void)
{
    static const struct {
        const char *s;
        size_t front; /* the bytes split off, 0 for none */
    } cases[] = {
        {"Port arlen \xE2\x80\x94 a school bus slid off an icy road on monday.", 15},
        {"Kelso falls, ore. -- a school bus slid off an icy road on monday.", 21},
        {"Mar 3, 2031 port arlen - a school bus slid off an icy road on monday.", 25},
        {"Northwind \xE2\x80\x94 already under fire for its fees \xE2\x80\x94 has another plan.",
         0},
        {"It's not your imagination \xE2\x80\x94 more people are riding buses.", 0},
        {"Bus company drops its fare plan kelso \xE2\x80\x94 a city council vote ended it.", 0},
        {"Port arlen \xE2\x80\x94 more soon.", 0},
        /* an aside between two dashes inside the lead: the dateline's dash
         * pairs with none of them (session 40) */
        {"Port arlen \xE2\x80\x93 dana weller \xE2\x80\x93 known as \" the mayor \" "
         "\xE2\x80\x93 filed papers on monday.",
         15},
        {"Port arlen -- three buses -- and a van -- slid off an icy road.", 14},
        /* an agency's tag in brackets, no dash (s39-read) */
        {"Port arlen ( kpn ) a school bus slid off an icy road on monday.", 19},
        {"Kelso falls, ore. ( kpn news ) a school bus slid off an icy road.", 31},
        {"Dana weller ( left ) and her brother ran the shop for years.", 0},
        {"Northwind inc. ( nwnd ) shares fell sharply on monday morning.", 0},
        {"Sen. Dana weller ( r-ore. ) said on monday she would vote no.", 0},
        {"Rapid transit authority ( rta ) buses will run late on monday.", 0},
        {"Port arlen ( kpn ) more soon.", 0},
        {"Port arlen ( k ) a school bus slid off an icy road on monday.", 0},
        {"Rapid transit ( rt ) said on monday that buses will run late.", 0},
        {"Sen. Dana weller ( ore. ), who chairs the panel, said no.", 0},
        {"Port arlen northwind ( nw.o ) must pay the fine by monday, a court ruled.", 0},
        {"Northwind's ( nwnd ) test of a new fare plan is being expanded to the south.", 0},
        /* a rating after a film's title: no agency has a function word */
        {"Harbor lights ( out of four ) starring dana weller opens friday in ten cities.", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        CHECK(pc_leading_place(cases[i].s, strlen(cases[i].s)) == cases[i].front);

    precis_cluster *c =
        one_doc("Port arlen \xE2\x80\x94 a school bus slid off an icy road on monday, "
                "police said.  No child was hurt in the crash, the district said. "
                "Kelso \xE2\x80\x94 the next town over closed its schools on tuesday "
                "morning.");
    CHECK(c->nsents == 4);
    CHECK(c->sents[0].furniture == PC_FURNITURE_PREFIX && !c->sents[0].eligible);
    CHECK(memcmp(c->sents[1].text, "A school bus", 12) == 0);
    CHECK(!c->sents[1].furniture && c->sents[1].pos == 0);
    CHECK(memcmp(c->sents[3].text, "Kelso \xE2\x80\x94 the next", 16) == 0);
    precis_cluster_free(c);
    /* after a headline's agency and dash, on one line */
    c = one_doc(
        "Bus slides off icy road ( kpn ) \xE2\x80\x93 mar 3, 2031 port arlen \xE2\x80\x94 a "
        "school bus slid off an icy road on monday, police said.");
    int found = 0;
    for (size_t i = 0; i < c->nsents; i++)
        found |= memcmp(c->sents[i].text, "A school bus", 12) == 0;
    CHECK(found);
    precis_cluster_free(c);
    /* the tag without a dash at a document's top comes off; inside, stays */
    c = one_doc("Port arlen ( kpn ) a school bus slid off an icy road on monday, "
                "police said.  Kelso ( kpn ) the next town over closed its schools on "
                "tuesday morning.");
    CHECK(c->nsents == 3);
    CHECK(c->sents[0].furniture == PC_FURNITURE_PREFIX);
    CHECK(memcmp(c->sents[1].text, "A school bus", 12) == 0);
    CHECK(memcmp(c->sents[2].text, "Kelso ( kpn ) the next", 22) == 0);
    precis_cluster_free(c);
}

/* In a language other than English, whose text keeps its capitals, a place
 * dateline without an agency ("Valmora – Jaka kiša ...") is split off the
 * sentence that opens the document when its place and the sentence after
 * the dash open with capitals; a copula's dash ("Северогорск — крупнейший
 * город"), a stopword before the dash ("V Brně"), a place in lower case, a
 * label of one letter ("P. --"), a script without case and the first turn
 * of an interview ("Jornal -- ...? Almeida -- ...") stay. */
/* A date in the language's own words before or after the place of a
 * dateline (session 40): cut with the place, read with the profile's month
 * names; prose that opens with a date stays. */
static void check_leading_place_cased_date(void)
{
    static const struct {
        const char *s, *lang;
        const char *lead; /* where the sentence after the front starts, NULL: no front */
    } cases[] = {
        {"BERLIN, 3. März 2024 – Die Stadtwerke haben am Montag neue Tarife beschlossen.", "de",
         "Die"},
        {"Lindau, Montag, 3. März 2024 – Die Fähre fährt wieder nach Plan.", "de", "Die"},
        {"PARIS, 12 mars 2024 – Le conseil a voté lundi un nouveau budget pour les écoles.", "fr",
         "Le conseil"},
        {"12 mars 2024, Valmont – Le maire a annoncé la fermeture du pont.", "fr", "Le maire"},
        {"MADRID, 5 de marzo de 2024 – El ayuntamiento aprobó el martes un plan nuevo.", "es",
         "El ayuntamiento"},
        {"ROMA, 7 marzo 2024 – Il comune ha approvato ieri un piano per le strade.", "it",
         "Il comune"},
        {"LISBOA, 5 de março de 2024 – O município aprovou ontem um plano novo.", "pt",
         "O município"},
        {"СЕВЕРОГОРСК, 3 марта — Мэрия утвердила в понедельник новый план ремонта дорог.", "ru",
         "Мэрия"},
        /* a city stopwords-iso listed as a stopword (session 40) */
        {"МОСКВА, 3 марта — Власти утвердили в понедельник новый план ремонта дорог.", "ru",
         "Власти"},
        {"КАМЕНКА, 3 березня 2024 — Міська рада ухвалила у вівторок новий план.", "uk", "Міська"},
        {"ΛΑΡΙΣΑ, 3 Μαρτίου 2024 – Το δημοτικό συμβούλιο ενέκρινε την Τρίτη νέο σχέδιο.", "el",
         "Το δημοτικό"},
        {"KAMENICE, 3. března 2024 – Zastupitelstvo schválilo v úterý nový plán.", "cs",
         "Zastupitelstvo"},
        {"VALMORA, 3 martie 2024 – Consiliul local a aprobat marți un plan nou.", "ro",
         "Consiliul"},
        {"SZEGED, 2024. március 3. – A közgyűlés kedden új tervet fogadott el.", "hu",
         "A közgyűlés"},
        {"AMSTERDAM, 3 maart 2024 – De gemeente heeft dinsdag een nieuw plan gepresenteerd.", "nl",
         "De gemeente"},
        {"WARSZAWA, 3 marca 2024 – Rada miasta przyjęła we wtorek nowy plan.", "pl", "Rada"},
        /* prose that opens with a date, or a date with no place */
        {"3. März 2024 war ein Sonntag, sagte der Sprecher der Stadtwerke.", "de", NULL},
        {"Le 12 mars, la ville a fermé ses écoles pour une semaine entière.", "fr", NULL},
        {"12 mars 2024 – Le conseil a voté lundi un nouveau budget pour les écoles.", "fr", NULL},
        /* a lower-case word after the dash: no dateline */
        {"PARIS, 12 mars 2024 – le conseil a voté lundi un nouveau budget pour les écoles.", "fr",
         NULL},
        /* a number and no month after the comma */
        {"PARIS, 12 élèves – Le conseil a voté lundi un nouveau budget pour les écoles.", "fr",
         NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *s = cases[i].s;
        size_t front = cases[i].lead ? (size_t)(strstr(s, cases[i].lead) - s) : 0;
        size_t got = pc_leading_place_cased(s, strlen(s), pc_lang_find(cases[i].lang));
        if (got != front)
            fprintf(stderr, "case %zu: %zu, not %zu\n", i, got, front);
        CHECK(got == front);
    }
    /* in a document (model/cluster.c): the French report's dated dateline
     * is furniture, its lead the document's first sentence */
    precis_cluster *c = one_doc(
        "VALMONT, 12 mars 2031 – Le conseil municipal a voté lundi la fermeture du vieux pont "
        "pour six mois. Les travaux commenceront en avril et coûteront quatre millions "
        "d'euros, selon la mairie. Les habitants devront passer par le nouveau pont du nord.");
    CHECK(c->nsents == 4);
    CHECK(c->sents[0].furniture == PC_FURNITURE_PREFIX && !c->sents[0].eligible);
    CHECK(memcmp(c->sents[1].text, "Le conseil", 10) == 0 && c->sents[1].pos == 0);
    precis_cluster_free(c);
}

static void check_leading_place_cased(void)
{
    static const struct {
        const char *s, *lang;
        size_t front; /* the bytes split off, 0 for none */
    } cases[] = {
        /* a place in Latin letters, no profile */
        {"Valmora \xE2\x80\x93 Jaka ki\xC5\xA1"
         "a izazvala je u ponedjeljak "
         "poplave.",
         "und", 12},
        {"Kamenice \xE2\x80\x93 Siln\xC3\xBD v\xC3\xADtr v "
         "pond\xC4\x9Bl\xC3\xAD strhl st\xC5\x99"
         "echu \xC5\xA1koly.",
         "cs", 13},
        /* "V" is Czech's "in", a stopword in its capital */
        {"V Brn\xC4\x9B \xE2\x80\x93 Siln\xC3\xBD v\xC3\xADtr v "
         "pond\xC4\x9Bl\xC3\xAD strhl st\xC5\x99"
         "echu \xC5\xA1koly.",
         "cs", 0},
        /* Северогорск — Река Сольва ... */
        {"\xD0\xA1\xD0\xB5\xD0\xB2\xD0\xB5\xD1\x80\xD0\xBE\xD0\xB3\xD0\xBE\xD1\x80\xD1\x81\xD0\xBA "
         "\xE2\x80\x94 \xD0\xA0\xD0\xB5\xD0\xBA\xD0\xB0 "
         "\xD0\xA1\xD0\xBE\xD0\xBB\xD1\x8C\xD0\xB2\xD0\xB0 "
         "\xD0\xB2\xD1\x8B\xD1\x88\xD0\xBB\xD0\xB0 \xD0\xB8\xD0\xB7 "
         "\xD0\xB1\xD0\xB5\xD1\x80\xD0\xB5\xD0\xB3\xD0\xBE\xD0\xB2.",
         "ru", 27},
        /* МОСКВА — Власти ...: a city stopwords-iso lists (session 40) */
        {"МОСКВА — Власти города утвердили новый план ремонта дорог.", "ru", 17},
        {"Москва — Власти города утвердили новый план ремонта дорог.", "ru", 17},
        /* Северогорск — крупнейший город ...: the copula */
        {"\xD0\xA1\xD0\xB5\xD0\xB2\xD0\xB5\xD1\x80\xD0\xBE\xD0\xB3\xD0\xBE\xD1\x80\xD1\x81\xD0\xBA "
         "\xE2\x80\x94 "
         "\xD0\xBA\xD1\x80\xD1\x83\xD0\xBF\xD0\xBD\xD0\xB5\xD0\xB9\xD1\x88\xD0\xB8\xD0\xB9 "
         "\xD0\xB3\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4 "
         "\xD0\xBE\xD0\xB1\xD0\xBB\xD0\xB0\xD1\x81\xD1\x82\xD0\xB8 "
         "\xD0\xBD\xD0\xB0 \xD1\x80\xD0\xB5\xD0\xBA\xD0\xB5.",
         "ru", 0},
        /* a quotation after the dash */
        {"Lindau \xE2\x80\x93 \xE2\x80\x9EWir schaffen das nicht "
         "allein\xE2\x80\x9C, sagte die B\xC3\xBCrgermeisterin.",
         "de", 11},
        /* a place in lower case */
        {"valmora \xE2\x80\x93 Jaka ki\xC5\xA1"
         "a izazvala je u ponedjeljak "
         "poplave.",
         "und", 0},
        /* an interview's label: one letter is no place */
        {"P. -- Quando a ponte foi fechada, quem pagou a conta?", "pt", 0},
        /* القاهرة - أعلنت الحكومة ...: no case, no sign */
        {"\xD8\xA7\xD9\x84\xD9\x82\xD8\xA7\xD9\x87\xD8\xB1\xD8\xA9 - "
         "\xD8\xA3\xD8\xB9\xD9\x84\xD9\x86\xD8\xAA \xD8\xA7\xD9\x84\xD8\xAD\xD9\x83\xD9\x88"
         "\xD9\x85\xD8\xA9 \xD8\xAE\xD8\xB7\xD8\xA9 \xD8\xAC\xD8\xAF\xD9\x8A\xD8\xAF\xD8\xA9 "
         "\xD9\x84\xD9\x84\xD9\x85\xD9\x8A\xD8\xA7\xD9\x87.",
         "ar", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        CHECK(pc_leading_place_cased(cases[i].s, strlen(cases[i].s), pc_lang_find(cases[i].lang)) ==
              cases[i].front);
    /* a NUL byte after the dash is no opening quote mark: the sentence
     * after it opens with no capital */
    static const char nul_after[] = "Valmora \xE2\x80\x93 \0Jaka kisa izazvala je u ponedjeljak "
                                    "poplave.";
    CHECK(pc_leading_place_cased(nul_after, sizeof nul_after - 1, pc_lang_find("und")) == 0);

    char b[512];
    static const char *const ndash = "\xE2\x80\x93";
    /* in a document (model/cluster.c): a Czech report's dateline is
     * furniture, its lead the document's first sentence */
    snprintf(b, sizeof b,
             "Kamenice %s Siln\xC3\xBD v\xC3\xADtr v pond\xC4\x9Bl\xC3\xAD strhl st\xC5\x99\x65"
             "chu \xC5\xA1koly na n\xC3\xA1m\xC4\x9Bst\xC3\xAD. Nikdo nebyl zran\xC4\x9Bn, "
             "\xC5\x99\x65kla "
             "policie. \xC5\xA0kola bude do p\xC3\xA1tku zav\xC5\x99\x65na a d\xC4\x9Bti se budou "
             "u\xC4\x8Dit doma.",
             ndash);
    precis_cluster *c = one_doc(b);
    CHECK(c->nsents == 4);
    CHECK(c->sents[0].furniture == PC_FURNITURE_PREFIX && !c->sents[0].eligible);
    CHECK(memcmp(c->sents[1].text, "Siln", 4) == 0);
    CHECK(!c->sents[1].furniture && c->sents[1].pos == 0);
    precis_cluster_free(c);
    /* an interview's turns, each opened by its speaker: no dateline */
    c = one_doc("Jornal -- O senhor vai reabrir a ponte velha ainda este ano? "
                "Almeida -- Sim, a obra termina em mar\xC3\xA7o e a ponte abre em abril. "
                "Jornal -- E quem vai pagar a conta da obra?");
    CHECK(c->nsents == 3);
    CHECK(!c->sents[0].furniture && memcmp(c->sents[0].text, "Jornal --", 9) == 0);
    precis_cluster_free(c);
}

/* "Инженер Олег Смирнов (Oleg) -- главный специалист станции по насосам и
 * трубам. Он работает на станции уже десять лет." */
static const char copula_text[] =
    "\xD0\x98\xD0\xBD\xD0\xB6\xD0\xB5\xD0\xBD\xD0\xB5\xD1\x80 "
    "\xD0\x9E\xD0\xBB\xD0\xB5\xD0\xB3 "
    "\xD0\xA1\xD0\xBC\xD0\xB8\xD1\x80\xD0\xBD\xD0\xBE\xD0\xB2 (Oleg) -- "
    "\xD0\xB3\xD0\xBB\xD0\xB0\xD0\xB2\xD0\xBD\xD1\x8B\xD0\xB9 "
    "\xD1\x81\xD0\xBF\xD0\xB5\xD1\x86\xD0\xB8\xD0\xB0\xD0\xBB\xD0\xB8\xD1\x81\xD1\x82 "
    "\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD\xD1\x86\xD0\xB8\xD0\xB8 "
    "\xD0\xBF\xD0\xBE "
    "\xD0\xBD\xD0\xB0\xD1\x81\xD0\xBE\xD1\x81\xD0\xB0\xD0\xBC \xD0\xB8 "
    "\xD1\x82\xD1\x80\xD1\x83\xD0\xB1\xD0\xB0\xD0\xBC. \xD0\x9E\xD0\xBD "
    "\xD1\x80\xD0\xB0\xD0\xB1\xD0\xBE\xD1\x82\xD0\xB0\xD0\xB5\xD1\x82 "
    "\xD0\xBD\xD0\xB0 "
    "\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD\xD1\x86\xD0\xB8\xD0\xB8 "
    "\xD1\x83\xD0\xB6\xD0\xB5 "
    "\xD0\xB4\xD0\xB5\xD1\x81\xD1\x8F\xD1\x82\xD1\x8C "
    "\xD0\xBB\xD0\xB5\xD1\x82.";

/* A name with a gloss in brackets before a Russian copula's dash
 * ("Инженер Олег Смирнов (Oleg) -- главный специалист ...": "engineer Oleg
 * Smirnov is the chief specialist") is no dateline with its agency: the
 * predicate after the dash is in lower case, where the sentence after a
 * dateline opens with a capital ("... Северогорск (ТАСС) -- Река ...").
 * At a paragraph's top the cleaner reads it (text/clean_rules.c), inside a
 * paragraph model/cluster.c does. */
static void check_dateline_copula(void)
{
    /* at a paragraph's top (the cleaner) */
    precis_cluster *c = one_doc(copula_text);
    CHECK(c->nsents == 2);
    CHECK(memcmp(c->sents[0].text, "\xD0\x98\xD0\xBD", 4) == 0); /* Ин */
    CHECK(!c->sents[0].furniture && c->sents[0].eligible && c->sents[0].pos == 0);
    precis_cluster_free(c);
    /* inside it (model/cluster.c), after "Станция открылась в марте после
     * ремонта." */
    char opened[512];
    snprintf(opened, sizeof opened, "%s%s",
             "\xD0\xA1\xD1\x82\xD0\xB0\xD0\xBD\xD1\x86\xD0\xB8\xD1\x8F "
             "\xD0\xBE\xD1\x82\xD0\xBA\xD1\x80\xD1\x8B\xD0\xBB\xD0\xB0\xD1\x81\xD1\x8C "
             "\xD0\xB2 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB5 "
             "\xD0\xBF\xD0\xBE\xD1\x81\xD0\xBB\xD0\xB5 "
             "\xD1\x80\xD0\xB5\xD0\xBC\xD0\xBE\xD0\xBD\xD1\x82\xD0\xB0. ",
             copula_text);
    c = one_doc(opened);
    CHECK(c->nsents == 3);
    CHECK(memcmp(c->sents[1].text, "\xD0\x98\xD0\xBD", 4) == 0);
    CHECK(!c->sents[1].furniture && c->sents[1].eligible);
    precis_cluster_free(c);
    /* a dateline with its agency glued to a caption still goes */
    c = one_doc(
        "\xD0\xA1\xD0\xBF\xD0\xB0\xD1\x81\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD0\xB8 "
        "\xD0\xBD\xD0\xB0 \xD0\xBB\xD0\xBE\xD0\xB4\xD0\xBA\xD0\xB5 \xD1\x83 "
        "\xD0\xBC\xD0\xBE\xD1\x81\xD1\x82\xD0\xB0 "
        "\xD0\xA1\xD0\xB5\xD0\xB2\xD0\xB5\xD1\x80\xD0\xBE\xD0\xB3\xD0\xBE\xD1\x80\xD1\x81\xD0\xBA "
        "(\xD0\xA2\xD0\x90\xD0\xA1\xD0\xA1) -- \xD0\xA0\xD0\xB5\xD0\xBA\xD0\xB0 "
        "\xD0\xA1\xD0\xBE\xD0\xBB\xD1\x8C\xD0\xB2\xD0\xB0 "
        "\xD0\xB2\xD1\x8B\xD1\x88\xD0\xBB\xD0\xB0 \xD0\xB8\xD0\xB7 "
        "\xD0\xB1\xD0\xB5\xD1\x80\xD0\xB5\xD0\xB3\xD0\xBE\xD0\xB2 \xD0\xB2 "
        "\xD0\xBD\xD0\xBE\xD1\x87\xD1\x8C \xD0\xBD\xD0\xB0 "
        "\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80\xD0\xBD\xD0\xB8\xD0\xBA. "
        "\xD0\xAD\xD0\xB2\xD0\xB0\xD0\xBA\xD1\x83\xD0\xB8\xD1\x80\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBD"
        "\xD1\x8B "
        "\xD0\xB1\xD0\xBE\xD0\xBB\xD0\xB5\xD0\xB5 "
        "\xD1\x82\xD1\x8B\xD1\x81\xD1\x8F\xD1\x87\xD0\xB8 "
        "\xD0\xB6\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD0\xB5\xD0\xB9 "
        "\xD0\xB3\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4\xD0\xB0.");
    CHECK(c->nsents == 2);
    CHECK(memcmp(c->sents[0].text, "\xD0\xA0\xD0\xB5", 4) == 0); /* Ре */
    precis_cluster_free(c);
}

/* A dash left of a cut dateline is split off an English sentence, which
 * then opens with a capital; a dash of Russian direct speech stays. */
static void check_leading_dash(void)
{
    const char *em = "\xE2\x80\x94 two men are under arrest after the burglary, police said.";
    CHECK(pc_leading_dash(em, strlen(em)) == 4);
    const char *wire = "-- two men are under arrest after the burglary, police said.";
    CHECK(pc_leading_dash(wire, strlen(wire)) == 3);
    const char *glued = "-two men are under arrest after the burglary, police said.";
    CHECK(pc_leading_dash(glued, strlen(glued)) == 0);
    const char *alone = "\xE2\x80\x93 read more";
    CHECK(pc_leading_dash(alone, strlen(alone)) == 0);
    const char *news = "Two men are under arrest - police said so on Friday.";
    CHECK(pc_leading_dash(news, strlen(news)) == 0);

    precis_cluster *c = one_doc("The burglary happened at the house on Friday night, they said. "
                                "\xE2\x80\x94 two men are under arrest after the burglary, police "
                                "said on Saturday.");
    CHECK(c->nsents == 3);
    CHECK(c->sents[1].furniture == PC_FURNITURE_PREFIX);
    CHECK(memcmp(c->sents[2].text, "Two men", 7) == 0);
    precis_cluster_free(c);
    c = one_doc("Губернатор области Андрей Лукин посетил затопленные районы в понедельник. "
                "\xE2\x80\x94 Мы развернули три пункта временного размещения в школах, сказал "
                "он "
                "журналистам.");
    CHECK(c->nsents == 2);
    CHECK(memcmp(c->sents[1].text, "\xE2\x80\x94 Мы", 6) == 0);
    precis_cluster_free(c);
}

/* A row of share buttons at a sentence's front goes with what stands
 * before it; a video player's row with the video's title and length; a
 * row alone at the front, a picture's, with the caption after it.  Prose
 * that names the networks is left alone. */
static size_t share(const char *s)
{
    return pc_leading_share_buttons(s, strlen(s));
}

static void check_share_buttons(void)
{
    const char *article = "Listen to article 4: 26 share this article facebook twitter linkedin "
                          "email president donald trump ordered a review.";
    CHECK(share(article) == strlen("Listen to article 4: 26 share this article facebook twitter "
                                   "linkedin email"));
    const char *video = "Play facebook twitter embed towering dust storm forms over phoenix 2: 23 "
                        "a massive dust storm moved through the area.";
    CHECK(share(video) ==
          strlen("Play facebook twitter embed towering dust storm forms over phoenix 2: 23"));
    const char *untimed = "Play facebook twitter google plus embed a massive dust storm moved in.";
    CHECK(share(untimed) == strlen("Play facebook twitter google plus embed"));
    const char *picture = "Facebook twitter pinterest dhaka floods throughout the monsoon season.";
    CHECK(share(picture) == strlen(picture));
    CHECK(share("Share this article facebook twitter linkedin email") ==
          strlen("Share this article facebook twitter linkedin email"));
    CHECK(share("He posted it on facebook, twitter and instagram last week.") == 0);
    CHECK(share("The row of facebook and twitter buttons is gone.") == 0);
    CHECK(share("One two three four five six seven eight nine ten eleven facebook twitter "
                "buttons were there.") == 0);

    precis_cluster *c = one_doc("The postal service lost money again last year, the report said. "
                                "Play facebook twitter embed a task force for the mail 1: 05 "
                                "president donald trump ordered a review of the service.");
    CHECK(c->nsents == 3 && c->sents[1].furniture == PC_FURNITURE_PREFIX);
    CHECK(memcmp(c->sents[2].text, "President donald trump", 22) == 0 && c->sents[2].eligible);
    precis_cluster_free(c);
}

static size_t dateline(const char *s)
{
    return pc_leading_dateline(s, strlen(s));
}

/* A wire dateline glued behind page furniture is split off with it; an
 * acronym, a party or a letter in brackets before a dash is no agency. */
static void check_dateline(void)
{
    const char *credit = "Reuters/kcna seoul ( reuters ) - north korea rejected a proposal.";
    CHECK(dateline(credit) == strlen("Reuters/kcna seoul ( reuters ) -"));
    const char *after = "Washington ( ap ) \xE2\x80\x94 the senate confirmed the nomination.";
    CHECK(dateline(after) == strlen("Washington ( ap ) \xE2\x80\x94"));
    const char *wire = "MOSCOW, April 12 (Reuters) -- The ruble fell to a new low on Monday.";
    CHECK(dateline(wire) == strlen("MOSCOW, April 12 (Reuters) --"));
    const char *two = "Scott applewhite ) ( associated press ) washington ( ap ) - nasa's latest "
                      "drama was far from orbit.";
    CHECK(dateline(two) == strlen("Scott applewhite ) ( associated press ) washington ( ap ) -"));
    const char *cities = "Jerusalem/warsaw ( reuters ) - swastikas were daubed on the wall.";
    CHECK(dateline(cities) == strlen("Jerusalem/warsaw ( reuters ) -"));
    static const char *const not_datelines[] = {
        "She has mayer rokitansky kuster hauser syndrome ( mrkh ) - which means a lot to her.",
        "The two top allies, mark meadows and jim jordan ( r-ohio ) - voted against it.",
        "The correct answer is ( a ) - because sarah needs to pay the money back.",
        "Washington ( ap ) - the senate.",                             /* too few words after it */
        "Washington ( ap ) the senate confirmed the nomination.",      /* no dash */
        "a b c d e f g h i j k l m ( ap ) - the senate confirmed it.", /* past twelve words */
        "Why? ( ap ) - the senate confirmed the nomination on monday.",
    };
    for (size_t k = 0; k < sizeof not_datelines / sizeof *not_datelines; k++)
        CHECK(dateline(not_datelines[k]) == 0);

    const char *doc = "The river aldane burst its banks near the town of vesk on tuesday night. "
                      "( associated press ) vesk, ruritania ( ap ) \xE2\x80\x94 three villages "
                      "were flooded and the road was cut.";
    precis_cluster *c = one_doc(doc);
    CHECK(c->nsents == 3);
    CHECK(c->sents[1].furniture == PC_FURNITURE_PREFIX);
    CHECK(memcmp(c->sents[1].text, "( associated press ) vesk", 25) == 0);
    CHECK(!c->sents[2].furniture && c->sents[2].eligible);
    CHECK(memcmp(c->sents[2].text, "Three villages", 14) == 0);
    precis_cluster_free(c);
}

static size_t abstract_heading(const char *s)
{
    int part = -1;
    unsigned which = 0;
    size_t n = pc_leading_abstract_heading(s, strlen(s), &part, &which);
    return n ? n * 10 + (size_t)part : 0;
}

/* A structured abstract's section heading at a sentence's front, the
 * longest heading first, with the part it opens; not before a verb (the
 * section's own sentence) nor before too few words. */
static void check_abstract_heading_front(void)
{
    CHECK(
        abstract_heading("Importance the association between exposure and asthma is not clear.") ==
        strlen("Importance") * 10 + 0);
    CHECK(abstract_heading("Methods twenty bacterial strains were grown in the lab.") ==
          strlen("Methods") * 10 + 2);
    CHECK(abstract_heading("Design, setting, and participants this cohort study used registers.") ==
          strlen("Design, setting, and participants") * 10 + 2);
    CHECK(abstract_heading("Results: among 1080 users, 26.1 % reported it.") ==
          strlen("Results:") * 10 + 3);
    CHECK(abstract_heading("Conclusions and relevance long-term use was associated with it.") ==
          strlen("Conclusions and relevance") * 10 + 4);
    CHECK(abstract_heading("Results were similar in both groups of the trial.") == 0);
    CHECK(abstract_heading("Participants received either gluten or placebo daily.") == 0);
    CHECK(abstract_heading("Results matter.") == 0);
    CHECK(abstract_heading("Designer shoes were on sale all week.") == 0);
}

/* Sentence i of c is a heading split off, and the next opens with rest. */
static void heading_then(const precis_cluster *c, size_t i, const char *rest)
{
    CHECK(c->sents[i].furniture == PC_FURNITURE_PREFIX);
    CHECK(!c->sents[i + 1].furniture && memcmp(c->sents[i + 1].text, rest, strlen(rest)) == 0);
}

/* In a document whose sentences open with two headings in the abstract's
 * order, each heading is split off as furniture and its text kept; in a
 * news document a single "Results" opens a sentence as before. */
static void check_abstract_headings(void)
{
    const char *doc =
        "Background diabetes is classified into two main forms in most clinics. "
        "Methods we did a cluster analysis in patients with newly diagnosed diabetes. "
        "Results five clusters of patients were found with different risks. "
        "Results of the analysis were shared with doctors in the region.";
    precis_cluster *c = one_doc(doc);
    CHECK(c->nsents == 7);
    heading_then(c, 0, "Diabetes is classified");
    heading_then(c, 2, "We did a cluster");
    heading_then(c, 4, "Five clusters");
    /* a heading once a document: the second "Results" is the text's */
    CHECK(!c->sents[6].furniture && memcmp(c->sents[6].text, "Results of the", 14) == 0);
    precis_cluster_free(c);
    const char *news = "Results of the poll show the mayor ahead by ten points in the city. "
                       "Background checks for gun buyers were also on the ballot this year.";
    c = one_doc(news);
    CHECK(c->nsents == 2);
    CHECK(!c->sents[0].furniture && memcmp(c->sents[0].text, "Results of the poll", 19) == 0);
    CHECK(!c->sents[1].furniture && memcmp(c->sents[1].text, "Background checks", 17) == 0);
    precis_cluster_free(c);
}

static size_t label(const char *s)
{
    return pc_leading_label(s, strlen(s));
}

/* The label "Photo" glued to a sentence is split off; a credit, a
 * compound noun, a plural or a colon is not this label. */
static void check_label(void)
{
    CHECK(label("Photo desperate migrants traveling for days may have foraged.") == 5);
    CHECK(label("Photo ms. Rowe, a freshman at the university, described it.") == 5);
    CHECK(label("Photo \"it's inexcusable,\" said an analyst at the bank.") == 5);
    CHECK(label("Photo by andrew burton/getty images martin shkreli was arrested.") == 0);
    CHECK(label("Photo ID laws were struck down by the court on Friday.") == 0);
    CHECK(label("Photos can also be uploaded from social platforms.") == 0);
    CHECK(label("Photo: getty on wednesday, the company shut down.") == 0);
    CHECK(label("Photo courtesy of the family.") == 0);
    CHECK(label("Photo two.") == 0);
    CHECK(label("Continue reading the main story for many women, a dress is a dream.") ==
          strlen("Continue reading the main story"));
    CHECK(label("Continue reading below the officer said he had seen nothing.") ==
          strlen("Continue reading below"));
    CHECK(label("Continue reading the report, the officer said.") == 0);
    /* a "Subscribe" button glued to the next sentence; the verb with its
     * complement is a prompt or prose */
    CHECK(label("Subscribe washington — the senate ended its debate.") == strlen("Subscribe"));
    CHECK(label("Subscribe now no gas leaked, but workers waited.") == strlen("Subscribe now"));
    CHECK(label("Subscribe today! nobody knew where to sit.") == strlen("Subscribe today!"));
    CHECK(label("Subscribe to our channel for more news.") == 0);
    CHECK(label("Subscribe now to get the paper every day.") == 0);
    CHECK(label("Subscribe and save on every issue this year.") == 0);
    CHECK(label("Subscribe with rates rising, the state acted.") == 0);
    CHECK(label("Subscribe now.") == 0);
    CHECK(label("Continuing reading lessons, the school grew.") == 0);
    /* a "Read more" button glued to the next sentence; with what it names
     * after it, it is a prompt or a link's label */
    CHECK(label("Read more hannity's investment strategy is confirmed by public records.") ==
          strlen("Read more"));
    CHECK(label("Read more \"i had not renounced,\" she said on monday.") == strlen("Read more"));
    CHECK(label("Read more the symbolic move came on the final day.") == strlen("Read more"));
    CHECK(label("Read more about the attack on patrick here.") == 0);
    CHECK(label("Read more at msnbc, the los angeles times, and the hill.") == 0);
    CHECK(label("Read more at 3.30pm, police began pushing activists out of the square.") ==
          strlen("Read more"));
    CHECK(label("Read more on afghanistan's deepening refugee crisis.") == 0);
    CHECK(label("Read more: trump's stance on talks plays into north korea's hands.") == 0);
    CHECK(label("Read more than 200 pages of the report.") == 0);
    CHECK(label("Read more.") == 0);
    /* a prompt to follow the page's accounts, up to its last handle; the
     * whole when little follows; "follow" in news */
    CHECK(label("Follow the ticker on twitter: @politicalticker but a source told cnn friday "
                "that her role was overblown.") ==
          strlen("Follow the ticker on twitter: @politicalticker"));
    CHECK(label("Follow @politicalticker follow @killoughcnn palin, wearing a shirt, spoke.") ==
          strlen("Follow @politicalticker follow @killoughcnn"));
    CHECK(label("Follow him on twitter @noahyc the council met on monday night.") ==
          strlen("Follow him on twitter @noahyc"));
    const char *alone = "Follow her on twitter @kr0618.";
    CHECK(label(alone) == strlen(alone));
    CHECK(label("Follow the money, the senator told @reporters on monday night.") == 0);
    CHECK(label("Follow the river north for two miles to the bridge.") == 0);
    CHECK(label("Followers of @pontifex grew to ten million this year.") == 0);
    /* a page's note about itself: its label and colon glued to a sentence;
     * the word without a colon is news, an update's stamp is a stamp's */
    CHECK(label("Update: in june, the council fined four bakers for mislabelled bread.") ==
          strlen("Update:"));
    CHECK(label("Editor's note: the town's ferry resumed service on monday.") ==
          strlen("Editor's note:"));
    CHECK(label("Correction: the mayor's name is spelled with two l's.") == strlen("Correction:"));
    /* a note that speaks of the page itself is the page's notice whole; an
     * update is news whatever it names */
    const char *fix = "Correction: an earlier version of this story misspelled the mayor's name.";
    CHECK(label(fix) == strlen(fix));
    const char *nsfw = "Warning: the video below contains strong language.";
    CHECK(label(nsfw) == strlen(nsfw));
    /* the page's correction or update note without its label (or after the
     * document's opener took the label) is the page's notice whole; the
     * same words about a report, an order or a bill are news */
    const char *note1 = "An earlier version of this article misstated the name of the fund.";
    const char *note2 = "This story has been updated to clarify the context of a tweet.";
    const char *note3 = "This post was updated at 9: 18 p.m. thursday.";
    const char *note4 = "This story will be updated as more information becomes available.";
    CHECK(label(note1) == strlen(note1));
    CHECK(label(note2) == strlen(note2));
    CHECK(label(note3) == strlen(note3));
    CHECK(label(note4) == strlen(note4));
    CHECK(label("An earlier version of this report found no link to the disease.") == 0);
    CHECK(label("The original version of the order was signed in january.") == 0);
    CHECK(label("This story has captivated the town for a decade.") == 0);
    CHECK(label("This bill was amended by the senate on friday.") == 0);
    CHECK(label("Update: the town's page below lists the closed roads and bridges.") ==
          strlen("Update:"));
    CHECK(label("Clarification: the bridge is 40 feet long.") == strlen("Clarification:"));
    CHECK(label("Warning: heavy rain is expected across the valley on friday.") ==
          strlen("Warning:"));
    CHECK(label("Note: the survey asked 300 farmers about the drought.") == strlen("Note:"));
    CHECK(label("Update the software before the deadline on friday.") == 0);
    CHECK(label("Note the date on the letter from the mayor.") == 0);
    CHECK(label("Warning signs were posted along the flooded road.") == 0);
    CHECK(label("Update: at 4: 15 p.m., the council voted to close the pool.") == 0);
    CHECK(label("Update: two.") == 0);
    /* an update's longer label: its colon ends it, after what the update
     * added ("with ...") or when it was made (a stamp); "updated" as an
     * adjective, a participle's phrase and a clock's colon are not it */
    CHECK(label("Updated: the examiner said monday that the wound was fatal.") ==
          strlen("Updated:"));
    CHECK(label("Updated with more reactions; refresh for latest: when the claims surfaced, "
                "hollywood reacted.") ==
          strlen("Updated with more reactions; refresh for latest:"));
    CHECK(label("Updated at 3 p.m. et: the captain was spotted on land during the evacuation.") ==
          strlen("Updated at 3 p.m. et:"));
    /* a stamp with its clock is pc_leading_stamp's */
    CHECK(label("Updated at 9: 17 p.m. pt: the network released a statement on his death.") == 0);
    CHECK(label("Update #2: the town's ferry resumed service on monday.") == strlen("Update #2:"));
    CHECK(label("Updated: 6 p.m.: four boys suspected of the fire face charges.") ==
          strlen("Updated: 6 p.m.:"));
    CHECK(label("Last updated: the river crested at noon on friday.") == strlen("Last updated:"));
    CHECK(label("Updated findings show that 35 % of men are obese.") == 0);
    CHECK(label("Updated figures: the company said sales rose in june.") == 0);
    CHECK(label("Updated with new data, the model shows: the river will rise.") == 0);
    CHECK(label("Updated: 11/20/15 6: 40pm brian doolin spoke to the press.") == 0);
    CHECK(label("Updated: aug. 13, 8: 51 a.m.") == 0);
    CHECK(label("Updated at 12 p.m. et the app says it will stop sharing data.") == 0);
    CHECK(label("Last week: the council met twice on the budget.") == 0);
    CHECK(label("Updated: two.") == 0);
}

static int caption(const char *s)
{
    return pc_is_caption(s, strlen(s));
}

static int scene(const char *s)
{
    return pc_is_present_scene(s, strlen(s));
}

/* A scene told in the present (a caption's form): its subject, then a
 * verb of posture or visible act, and no finite verb; narration, a
 * fronted phrase, a report and speech are not. */
static void check_present_scene(void)
{
    CHECK(scene("Prime minister Ann Berg arrives for the leadership ballot."));
    CHECK(scene("A farmworker carries heads of lettuce near the river."));
    CHECK(scene("The old mill stands on the north bank of the river in Vesk."));
    CHECK(scene("Governor Jon Aas, of Vesk, waves to the crowd at the bridge."));
    CHECK(!scene("Putin then speaks to the president by phone."));
    CHECK(!scene("At first glance, the quay looks like a car park."));
    CHECK(!scene("As he walks away, the crowd cheers."));
    CHECK(!scene("The mayor speaks to farmers, who said the maize was lost."));
    CHECK(!scene("The mayor stands by the decision, she said."));
    CHECK(!scene("It looks pretty close to the old one."));
    CHECK(!scene("The report looks like a draft."));
    CHECK(!scene("The storm destroyed forty boats in the harbour."));
    CHECK(!scene("The mayor will speak at noon."));
    /* the plural after a plural subject, not a noun after a possessive
     * or a function word */
    CHECK(scene("A grey seal and her two pups walk along the beach near Vesk."));
    CHECK(scene("Striking dockworkers march past the harbour office in Vesk."));
    CHECK(scene("Ann Berg and Jon Aas pose on the steps of the town hall."));
    CHECK(!scene("The mayor's walk along the harbour drew a crowd."));
    CHECK(!scene("The governor ' s address to the council lasts an hour."));
    CHECK(!scene("The farmers who walk to the market sold their maize."));
    CHECK(!scene("Dockworkers walk out, the union said."));
    CHECK(!scene("Open enrollment ends march 31 at the harbour office."));
    CHECK(!scene("The new ferry stands 40 metres tall."));
    /* a participle with its agent, or after "being", is no past tense */
    CHECK(scene("The mayor speaks at a dinner hosted by the harbour board in Vesk."));
    CHECK(scene("Ann Berg poses with her cup after being named player of the year."));
    CHECK(!scene("The mayor speaks to farmers whose maize failed."));
    CHECK(!scene(""));
}

static int verbless(const char *s)
{
    return pc_is_verbless(s, strlen(s));
}

/* A sentence without a finite verb: a heading, a label, a caption or a
 * fragment; every form of a finite verb, and a question or a label with
 * its colon, are not. */
static void check_verbless(void)
{
    CHECK(verbless("Officials with the harbour office of the port of vesk."));
    CHECK(verbless("Thank you for your support."));
    CHECK(verbless("The end of the long winter."));
    CHECK(verbless("A grey seal on the beach near Vesk, May 2, 2014."));
    CHECK(verbless("Then at his home, the old mill by the river."));
    CHECK(verbless("Several months of rain in the valley."));
    /* auxiliaries, contracted and negated too */
    CHECK(!verbless("The ferry is late again this morning."));
    CHECK(!verbless("The ferry won't sail on sunday at all."));
    CHECK(!verbless("They're back at the harbour with the boats."));
    CHECK(!verbless("They\xe2\x80\x99re back at the harbour with the boats."));
    CHECK(!verbless("It's the first ferry of the year."));
    CHECK(!verbless("It\xe2\x80\x99s the first ferry of the year."));
    CHECK(!verbless("The mayor didn't answer the letter from the union."));
    CHECK(!verbless("I cannot in good conscience back the plan for the ferry."));
    /* pasts, verbs of saying, a verb in -s after its subject */
    CHECK(!verbless("The storm destroyed forty boats in the harbour."));
    CHECK(!verbless("The storm took forty boats in the harbour."));
    CHECK(!verbless("The mayor says the ferry is late."));
    CHECK(!verbless("The old ferry now runs twice a day to Vesk."));
    CHECK(!verbless("The company also plans a new ferry to Vesk."));
    /* a plain verb after a subject pronoun, a plural without an -s or a
     * word in -s */
    CHECK(!verbless("They want a new ferry to Vesk by the summer."));
    CHECK(!verbless("Police search the harbour for the missing boat."));
    CHECK(!verbless("Just 23 percent support the plan for a new ferry."));
    CHECK(!verbless("Farmers want a new bridge over the river."));
    CHECK(!verbless("I just want to thank the crew of the ferry."));
    CHECK(!verbless("Ann berg and jon aas expect to marry next year."));
    CHECK(!verbless("Everyone's getting ready for the ferry to Vesk."));
    CHECK(!verbless("The mayor's letter mischaracterized the union's plan."));
    CHECK(!verbless("In his first year at the school, he became a sailor."));
    /* a word, an adverb between subject and verb, a word (s41-heldout) */
    CHECK(!verbless("The gulls then swoop down to catch the fish."));
    CHECK(!verbless("Some ferries even appear to be late."));
    CHECK(!verbless("In his campaign, berg further upset the union by a letter."));
    CHECK(verbless("The old harbour at dawn, then and now."));
    CHECK(!verbless("8k delivers 16 times the detail of the old camera."));
    CHECK(verbless("Ferries of 12 towns in 3 years."));
    CHECK(verbless("The harbour of Vesk in 1976, then a port of 12 ferries."));
    /* a noun in -s after a determiner, a preposition or a number is no verb */
    CHECK(verbless("Photos of the floods in the valley of Vesk."));
    CHECK(verbless("The results of the ballot in 12 towns."));
    /* questions and labels are editors' forms */
    CHECK(!verbless("The reason for the long delay at the harbour?"));
    CHECK(!verbless("The reaction at the harbour: no, thank you."));
    CHECK(!verbless(""));
    /* "may" is a month before a number, else the auxiliary; a verb of
     * saying counts but in -ing */
    CHECK(!verbless("The ferry may sail to Vesk on sunday."));
    CHECK(verbless("Ferries to Vesk since May 2014 and the storm."));
    CHECK(!verbless("The ferry of Vesk told the union of the delay."));
    CHECK(verbless("The mayor of Vesk saying goodbye to the ferry."));
    /* VERBLESS_WORDS words are read; a sentence longer has a verb */
    char longest[512] = "Harbour";
    for (int k = 0; k < 21; k++)
        strcat(longest, " of the harbour");
    CHECK(verbless(longest)); /* 64 words */
    strcat(longest, " of");
    CHECK(!verbless(longest));
}

/* Photo captions (English): by their grammar, not by their words; and the
 * sentences of prose that share those words are not. */
static void check_caption(void)
{
    /* a person named and given a title, with no verb: a caption or a
     * page's label; a sentence that says something of the person is prose */
    CHECK(caption("Dr. Ann Reyes, chief medical officer at the Vesk city hospital."));
    CHECK(caption("Jon aas, harbour master of the port of vesk."));
    CHECK(caption("Tom hale, a farmer from alden, ore."));
    CHECK(caption("Mara lind, from a family album of her sister in vesk."));
    CHECK(!caption("Ann Reyes, the hospital's chief medical officer, resigned on friday."));
    CHECK(!caption("Ann Reyes, 52, died at the scene."));
    CHECK(!caption("Officers returned fire, killing the gunman."));
    CHECK(!caption("Each year, millions of tourists visit the island."));
    CHECK(!caption("Under normal conditions, dna begins to degrade soon after death."));
    CHECK(!caption("Frances bean, we feel sorry for you."));
    /* a clause's time phrase before the comma, with a verb the test
     * misses; the reader addressed */
    CHECK(!caption("Friday night, lena vask brought her friends to alden for a dinner."));
    CHECK(!caption("Four years later, pupils at the vesk school score better on tests."));
    CHECK(!caption("Tuesday morning, harbour crews fix the pier at vesk."));
    CHECK(!caption("Vesk gardeners, sharpen your shears."));
    CHECK(caption("April lind, chief reporter of the vesk courier."));
    CHECK(!caption("Jon aas, harbour master: the port is closed."));
    CHECK(!caption("Ann Reyes, who runs the hospital in vesk."));
    CHECK(!caption("Ann Reyes won the ballot, a first for the party in vesk."));
    CHECK(!caption("_ Harbour Office, the port police and the customs house."));
    /* an irregular past or a negated auxiliary after the name tells
     * (irregular_finite); inside the name a participle is an adjective,
     * and a past set off by commas or after an article names no act */
    CHECK(!caption("Jon aas, the harbour master, took the stand in vesk."));
    CHECK(!caption("Two guards, mara lind and tom hale, shot him."));
    CHECK(!caption("Tom hale, a farmer near alden didn't hear the storm."));
    CHECK(!caption("Mara lind, a botanist working at the vesk college, led the study."));
    CHECK(caption("Grass fed lamb, a speciality of the vesk hills."));
    CHECK(caption("Tom hale, left, and mara lind at the vesk fair."));
    CHECK(caption("Tom hale, the host of the 6 p.m. news on vesk radio."));
    CHECK(caption("Mara lind, author of the hit about the vesk harbour."));
    CHECK(caption("File - in this Sept. 16, 2016, file photo, a buyer compares two phones."));
    CHECK(caption("A local resident clears snow from his driveway, Thursday, Dec. 20, 2012, "
                  "in Urbana, Ill."));
    CHECK(caption("Rescue workers collect bodies at the site, monday, june 4th 2012."));
    CHECK(caption("forensic workers arrive at the morgue in iguala , sunday oct . 5 , 2014 ."));
    CHECK(caption("The Pentagon is shown in this aerial photo taken last year."));
    CHECK(caption("Smoke rises over the port in this undated image released by the navy."));
    CHECK(caption("The car is pictured at the school in this evidence photo released by police."));
    CHECK(caption("In this book cover image released by the publisher, the memoir is shown."));
    /* the agencies' form: the picture's place and date end it */
    CHECK(caption("French soldiers patrol outside the cathedral in paris, april 22, 2015."));
    CHECK(caption("A vial of vaccine is seen at a hospital in boston, massachusetts february 26, "
                  "2015."));
    CHECK(!caption("He died suddenly of a heart attack on nov. 17, 2017."));
    /* the picture's date follows its place, not a word that joins dates,
     * and is no future date */
    CHECK(caption("French soldiers patrol outside the cathedral in Paris, April 22, 2015."));
    CHECK(caption("A vial is seen at a hospital in Boston, Massachusetts February 26, 2015."));
    CHECK(!caption("Their terms will end Nov. 16, 2001."));
    /* a scene told in the present with its year's date: an old picture */
    CHECK(caption("Governor Ann Berg speaks in the council hall in Vesk on march 17, 2031."));
    CHECK(caption("Dockworkers march past the harbour on july 9, 2031, in Vesk."));
    CHECK(!caption("Governor Ann Berg spoke in the council hall in Vesk on march 17, 2031."));
    CHECK(!caption("Governor Ann Berg speaks in the council hall in Vesk on march 17."));
    CHECK(!caption("The governor says the hall will open on march 17, 2031."));
    CHECK(!caption("Open enrollment ends march 31, 2031, at the harbour office."));
    CHECK(caption("Sheriff joe arpaio announces a program in anthem, arizona, u.s. January 9, "
                  "2013."));
    CHECK(caption("An archaeologist works on an excavation site in xi ' an april 30, 2015."));
    CHECK(!caption("On Wednesday, March 12, 2031, the talks will resume."));
    CHECK(!caption("He ruled between Sept. 11, 1973, the day he seized power, and Dec. 31, "
                   "1983."));
    /* a name and what it is doing, with no finite verb */
    CHECK(caption("Charles Lindbergh addressing an America First Committee rally on October 3, "
                  "1941."));
    CHECK(caption("President Jon Aas speaking to reporters in Oslo."));
    CHECK(!caption("Police Chief Jon Aas speaking at the site said the road was closed."));
    CHECK(!caption("Investigators looking into the crash have found heat damage."));
    CHECK(!caption("While Serving as archbishop in 1941, Stepinac backed the government."));
    CHECK(!caption("Jon Aas, speaking at the site, thanked the crews."));
    CHECK(!caption("Jon Aas during the rally on October 3, 1941."));
    /* a person placed in the picture */
    CHECK(caption("Tobey Maguire, left, and Jake Gyllenhaal play brothers in the remake."));
    CHECK(caption("Attorney Christopher Dolan ( left ) and Omari Sealey smiled at reporters."));
    CHECK(caption("Benioff (right) and Weiss will get their own film as soon as the show ends."));
    CHECK(!caption("Rep. Alan Harper (R) says people should shop only at local stores."));
    CHECK(!caption("The party moved to the left, the senator said on Monday."));
    /* a scene told in the present, dated by its weekday without a year;
     * prose tells it in the past, a scheduled event with its auxiliary */
    CHECK(caption("A woman looks at a burned bus near the market in the old town on friday, "
                  "may 23."));
    CHECK(caption("Jane Roe speaks during a campaign stop in Dover, Del., Tuesday, April 19."));
    CHECK(!caption("A woman was found at the market on friday, may 23."));
    CHECK(!caption("The mayor sits down with reporters, and the interview will air on friday, "
                   "october 30."));
    CHECK(!caption("On Friday, May 23, a woman looks at the burned bus."));
    CHECK(!caption("She speaks to the press every week, her aide said on Friday, May 23."));
    /* the people of a picture in their order */
    CHECK(caption("From left, tom brown, ann gray and lee fox appear on the set of the show."));
    CHECK(caption("The Smith family from left to right: Ann, 16, Tom, 13, and Bob."));
    CHECK(caption("Leaders, left to right, Jon Aas and Ann Berg, pose before the summit."));
    CHECK(!caption("The plan drew fire from left, right and centre."));
    CHECK(caption("From left: Andrew Berg, Ann Fox and Lee Gray at the quay."));
    CHECK(!caption("He left, and the talks ended."));
    CHECK(!caption("The bill drew votes from left and right in the chamber."));
    CHECK(!caption("Turn from left to right when you reach the bridge."));
    /* a wire caption's front, cut after its month's abbreviation */
    CHECK(caption("File - in this jan."));
    CHECK(caption("( associated press ) in this wednesday, feb."));
    CHECK(!caption("A video clip is included in this file."));
    CHECK(!caption("They met in this city in jan."));
    CHECK(!caption("A 501(c)(4) group can take in unlimited money from anyone."));
    CHECK(!caption("The station has been closed since 2015."));
    /* prose about a picture, a date in prose, a quotation on a photo */
    CHECK(!caption("A photo released by the agency on Tuesday shows the two men shaking hands."));
    CHECK(!caption("\"I love this photo because it shows her character,\" she said."));
    CHECK(!caption("The trial opened on Thursday and will resume on Dec. 20, the judge said."));
    CHECK(!caption("He filed the photo request on Monday, March 3."));
    CHECK(!caption("The museum will put the file on its photo archive site this year."));
    CHECK(!caption(""));
    /* a scene in the present closed by its day and year, a verb no list
     * names; a name's initial opens it as a name's word does */
    CHECK(caption("Hillary clinton campaigns in queens on april 18, 2016."));
    CHECK(caption("Vernon odom reports during action news at noon on july 14, 2017."));
    CHECK(caption("A jet flies in front of the moon on its approach to the airport on november 13, "
                  "2016."));
    CHECK(caption("O.j. Simpson holds up his hands before the jury on june 21, 1995."));
    CHECK(scene("O.j. Simpson holds up his hands before the jury."));
    /* the past, a schedule, an auxiliary, the date inside, a fronted phrase */
    CHECK(!caption("Hillary clinton campaigned in queens on april 18, 2016."));
    CHECK(!caption("The film opens nationwide on november 27, 2002."));
    CHECK(!caption("The law takes effect on january 1, 2019."));
    CHECK(!caption("Smith says he will run again on april 18, 2016."));
    CHECK(!caption("Smith campaigns in queens on april 18, 2016, and in ohio later."));
    CHECK(!caption("In queens clinton campaigns on april 18, 2016."));
    CHECK(!caption("The company's shares rose on may 5, 2017."));
    /* an English caption is furniture, no candidate and no position; in
     * another language the words mean nothing */
    const char *doc = "Smoke rises over the port in this undated image released by the navy.\n\n"
                      "The harbour fire burned for three days before crews put it out.\n\n"
                      "Officials said no one was hurt in the fire at the harbour.";
    precis_cluster *c = one_doc(doc);
    CHECK(c->nsents == 3 && c->sents[0].furniture && !c->sents[0].eligible);
    CHECK(!c->sents[1].furniture && c->sents[1].pos == 0 && c->sents[1].eligible);
    precis_cluster_free(c);
    CHECK(candidates(doc, "Smoke rises") == 2);
}

/* The picture agencies' caption: a full date, then the picture's place
 * after "in", no verb of a clause (date_then_place). */
static void check_date_then_place(void)
{
    CHECK(caption("Singer ann berg attends the awards gala at the city hall on march 3, 2015 in "
                  "portland, oregon."));
    CHECK(caption("Nurses at a field clinic rest jan. 12, 2016, in freetown, sierra leone."));
    CHECK(caption("The scene of a train derailment on nov. 2, 2017 in the fraser valley."));
    CHECK(caption("A man takes a picture as the volcano spews ash seen from a village on nov. 4, "
                  "2013 in karo district, north sumatra, indonesia."));
    CHECK(
        caption("Governor tom hale appears on \" face the nation \" oct. 9, 2012 in washington."));
    /* prose: a past, an auxiliary, a pronoun, a place with other function
     * words, more words than a place's, something after the place */
    CHECK(!caption("Ann berg died on march 3, 2015 in portland, oregon."));
    CHECK(!caption("She was born march 3, 1975, in portland, oregon."));
    CHECK(!caption("He died on march 3, 2015 in portland, oregon."));
    CHECK(!caption("The report will appear online march 3, 2015 in the journal nature."));
    CHECK(!caption("Video shows officers chasing him on july 4, 2014, in an alley near the park."));
    CHECK(!caption("The nurses rest jan. 12, 2016, in the small town of freetown near the coast."));
    CHECK(!caption("Nurses rest on jan. 12, 2016, in freetown, and return on monday."));
    CHECK(!caption("Nurses rest jan. 12, 2016, in freetown, officials said."));
    CHECK(!caption("Ann berg fled on march 3, 2015 in portland, oregon."));
}

/* A line whose every word opens with a capital (a dateline, an address, a
 * heading in title case) is no sentence of prose and never a candidate;
 * letters without case count neither way. */
static void check_capitals(void)
{
    const char *doc = "Nov. 10, 1995, Ancaster, Ont.\n\n"
                      "A doctor was shot through the window of his home near the city.\n\n"
                      "Police said the gunman fired from a wooded area behind the house.";
    CHECK(candidates(doc, "Nov. 10, 1995") == 2);
    const char *hi = "मुंबई में मेट्रो की नई लाइन सोमवार को खुली। यात्रियों ने नई लाइन का स्वागत किया।";
    CHECK(candidates(hi, "Nov.") == 2);
    /* a Latin name or acronym in capitals among letters without case is no
     * line of capitals: each sentence below is eligible */
    const char *caseless[] = {
        "तीसरे दिन, मैं Emicro पर वापस आ गया था। कंपनी की खबरों की वजह से VW के मूल्य गिर गए।",
        "JTによると、廃作の募集は二〇〇四年に続いて二度目。KGBの文書には死因が記録されている。",
        "העירוי עשוי פעמים רבות מפלזמה קפואה (FFP), שהיא מוצר דם. הביטוי FFP משמש לכל מוצרי "
        "הפלזמה.",
        "ثمة أيضاً خيار بإرسال ملفات صور GIF متحركة عبر المنصة. وقالت الشركة إن الخدمة مجانية "
        "للجميع.",
    };
    for (size_t i = 0; i < sizeof caseless / sizeof *caseless; i++) {
        precis_cluster *c = one_doc(caseless[i]);
        CHECK(c->nsents == 2 && c->sents[0].eligible && c->sents[1].eligible);
        precis_cluster_free(c);
    }
}

/* Text that lower-cases its sentences: a sentence that opens at the top of
 * the document, on a new line, after a sentence's end (glued or not) or
 * after a dateline's dash is shown with a capital, at its source's
 * offsets; a word with a capital inside ("iPhone") is left as written. */
static void check_display_capital(void)
{
    const char *doc = "VESK ( reuters ) - the river aldane burst its banks near the town on "
                      "tuesday.the villages were flooded and the main road was cut. \" we lost "
                      "everything,\" said one farmer.\nwater reached the roofs of the lowest "
                      "houses by noon. iPhone owners could not call out, the mayor said.";
    precis_cluster *c = one_doc(doc);
    const char *want[] = {"The river", "The villages", "\" we lost", "Water reached",
                          "iPhone owners"};
    size_t k = 0;
    for (size_t i = 0; i < c->nsents && k < sizeof want / sizeof *want; i++) {
        const pc_sent *s = &c->sents[i];
        if (s->furniture)
            continue;
        CHECK(s->len > strlen(want[k]) && memcmp(s->text, want[k], strlen(want[k])) == 0);
        /* offsets are the source's, which has the lower case */
        size_t n = strlen(want[k]);
        CHECK((doc[s->start] | 0x20) == (want[k][0] | 0x20) &&
              memcmp(doc + s->start + 1, want[k] + 1, n - 1) == 0);
        k++;
    }
    CHECK(k == sizeof want / sizeof *want);
    precis_cluster_free(c);
    /* a lone CR ends a line as LF does ("CRLF and CR line ends are
     * accepted"): the same display texts ("gathered" was left in lower case
     * after a CR, a line that ends with no full stop before it) */
    const char *lines[] = {doc, "The mayor opened the new bridge on Monday morning.\nCrowds of "
                                "people\ngathered to watch the ceremony.\n"};
    for (size_t k2 = 0; k2 < 2; k2++) {
        char cr[512];
        size_t len = strlen(lines[k2]);
        CHECK(len < sizeof cr);
        for (size_t i = 0; i <= len && i < sizeof cr; i++)
            cr[i] = lines[k2][i] == '\n' ? '\r' : lines[k2][i];
        c = one_doc(lines[k2]);
        precis_cluster *d = one_doc(cr);
        CHECK(c->nsents > 0 && d->nsents == c->nsents);
        for (size_t i = 0; i < c->nsents && i < d->nsents; i++)
            CHECK(d->sents[i].len == c->sents[i].len &&
                  memcmp(d->sents[i].text, c->sents[i].text, c->sents[i].len) == 0);
        precis_cluster_free(d);
        precis_cluster_free(c);
    }
}

/* A case of a rule that splits a front off a sentence: the sentence, and
 * the text up to the split (NULL: none; "": the whole sentence). */
typedef struct front_case {
    const char *s, *cut;
} front_case;

static void check_fronts(const front_case *cases, size_t n, size_t (*front)(const char *, size_t))
{
    for (size_t i = 0; i < n; i++) {
        const char *t = cases[i].s, *cut = cases[i].cut;
        CHECK(front(t, strlen(t)) == (!cut ? 0 : *cut ? strlen(cut) : strlen(t)));
    }
}

/* A document of a lead and a second sentence, `rest`, with `front` glued
 * to it: the front is split off as furniture and the rest is a candidate
 * of its own, whose text opens with `want`. */
static void check_split_rest(const char *front, const char *rest, const char *want)
{
    char doc[512];
    snprintf(doc, sizeof doc,
             "The river aldane burst its banks near the town of vesk on tuesday night. %s %s",
             front, rest);
    precis_cluster *c = one_doc(doc);
    CHECK(c->nsents == 3);
    CHECK(c->sents[1].furniture == PC_FURNITURE_PREFIX && !c->sents[1].eligible);
    CHECK(c->sents[2].eligible && memcmp(c->sents[2].text, want, strlen(want)) == 0);
    precis_cluster_free(c);
}

/* check_split_rest with the rest "three villages ..." ("Three villages"). */
static void check_split(const char *front)
{
    check_split_rest(front, "three villages were flooded and the main road was cut.",
                     "Three villages");
}

/* A caption with its credit in brackets, or an embedded post with its
 * byline, glued to the front of the sentence after it: split off as
 * furniture; the whole sentence when too little follows.  Brackets that
 * credit nothing, and a handle without a date, are left alone. */
static void check_leading_caption(void)
{
    static const front_case cases[] = {
        {"charles tan ( photo: provided photo ) alex woodard, 20, said he was shocked.",
         "charles tan ( photo: provided photo )"},
        {"sheriff tommy bryant (Photo by John Smith) an erath county sheriff was found dead.",
         "sheriff tommy bryant (Photo by John Smith)"},
        {"pic.twitter.com/x — alex leary ( @learyreports ) february 20, 2018 benjamin kelly "
         "referred to a picture.",
         "pic.twitter.com/x — alex leary ( @learyreports ) february 20, 2018"},
        {"Toll — Ana (@_ana_b) 20 février 2018 Les secours sont arrivés.",
         "Toll — Ana (@_ana_b) 20 février 2018"},
        /* Instagram's form: "on" before the date, its clock and zone after */
        {"Thank you @chanelofficial!!!! a photo posted by lily-rose depp ( @lilyrose_depp ) on "
         "jul 7, 2015 at 6: 09am pdt busy being all over chanel's instagram.",
         "Thank you @chanelofficial!!!! a photo posted by lily-rose depp ( @lilyrose_depp ) on "
         "jul 7, 2015 at 6: 09am pdt"},
        {"A post shared by ann ( @ann_b ) on dec 2, 2017 at 12: 35 pm continental, the bar, "
         "is closing.",
         "A post shared by ann ( @ann_b ) on dec 2, 2017 at 12: 35 pm"},
        {"A photo posted by ann ( @ann_b ) on feb 8, 2015 at noon the sidewalks are too narrow.",
         "A photo posted by ann ( @ann_b ) on feb 8, 2015"},
        {"bob jones university campus ( photo courtesy of bju ).", ""},
        {"— jacob bernstein ( @bernsteinjacob ) february 14, 2017 4.", ""},
        {"The vote ( 52 to 48 ) was close, officials said on monday.", NULL},
        {"He wrote to ( @someone ) about the plan on monday night.", NULL},
        {"The photo ( the one he posted: a cat ) went viral overnight.", NULL},
        /* a credit without a label: the picture's kind last or before a
         * slash, or a photographer and an outlet joined by a slash */
        {"attorney general eric holder ( ap photo/john raoux ) in an unusual move, the "
         "department asked for comments.",
         "attorney general eric holder ( ap photo/john raoux )"},
        {"the senator at the hearing ( getty images ) the senate voted on tuesday night.",
         "the senator at the hearing ( getty images )"},
        {"at 99th st. ( jefferson siegel/new york daily news ) joan rivers visited a clinic.",
         "at 99th st. ( jefferson siegel/new york daily news )"},
        /* prose in brackets: a function word first, a list, a quotation,
         * the kind of picture inside a phrase, too far from the front, too
         * little after it */
        {"She is a writer ( which has examples of the retouched images ) and a comedian.", NULL},
        {"She played a teacher ( a french teacher/guidance counselor ) in the show for years.",
         NULL},
        {"These included eight basic color terms ( aka/red, ki/yellow, midori/green ) and "
         "others.",
         NULL},
        {"The app ( \" makes outdoor photos gorgeous \" ) is up 30 percent this year.", NULL},
        {"The team used the telescope ( and its photos of them ) to search for far objects.", NULL},
        {"He said on monday that the long review of the case in the city court last year had "
         "found ( getty images ) that the claim was false.",
         NULL},
        {"He tells the show ( retouched images ) now.", NULL},
    };
    check_fronts(cases, sizeof cases / sizeof *cases, pc_leading_caption);
    check_split("mayor ana lind ( photo: city hall )");
}

/* A pair of names joined by a slash in brackets is a picture's credit in
 * a document of another language only with an outlet or a kind of picture
 * in it: Spanish and German news write parties so ("(PSOE/Sumar)",
 * "(CDU/CSU)"), and the sentence goes on past them.  Hand-written. */
static void check_caption_other_languages(void)
{
    static const char *const kept[] = {
        "El Gobierno de coalición (PSOE/Sumar) aprobó el martes la reforma de la ley de vivienda.",
        "Die Regierung (CDU/CSU) hat am Dienstag im Kabinett die Reform des Mietrechts "
        "beschlossen."};
    for (size_t k = 0; k < sizeof kept / sizeof *kept; k++) {
        CHECK(pc_leading_caption_in(kept[k], strlen(kept[k]), 0) == 0);
        /* in a document: one sentence, the brackets inside it */
        char doc[400];
        snprintf(doc, sizeof doc, "%s %s", kept[k],
                 k == 0 ? "La ministra defendió la medida ante la prensa en Madrid el miércoles."
                        : "Die Ministerin verteidigte die Reform am Mittwoch vor der Presse.");
        precis_cluster *c = one_doc(doc);
        CHECK(strcmp(c->docs[0].lang->code, k == 0 ? "es" : "de") == 0);
        CHECK(c->nsents == 2 && c->sents[0].furniture == 0 && c->sents[0].eligible);
        precis_cluster_free(c);
    }
    /* an outlet or a kind of picture in the pair: a credit in any language */
    static const char *const cut[] = {
        "El presidente (Reuters/Juan Pérez) aprobó el martes la reforma de la ley de vivienda.",
        "Der Minister (photo/Anna Berger) sprach am Dienstag vor dem Bundestag in Berlin."};
    for (size_t k = 0; k < sizeof cut / sizeof *cut; k++) {
        const char *e = strchr(cut[k], ')') + 1;
        CHECK(pc_leading_caption_in(cut[k], strlen(cut[k]), 0) == (size_t)(e - cut[k]));
    }
}

/* A button or a label in front of a document's lead ("Close" opens the
 * documents of hundreds of train-10k clusters and no reference sentence):
 * split off the document's first sentence only, and not where it heads a
 * phrase ("Close to 1,000 people", "Close-up of") or stands inside the
 * text ("Close inspection revealed"). */
static void check_opener(void)
{
    const char *lead = "Close a mexican restaurant in tallahassee is being sued by a woman.";
    CHECK(pc_boilerplate_opener(lead, strlen(lead)) == strlen("Close"));
    const char *keep[] = {"Close to 1,000 people marched in the capital on monday.",
                          "Close-up of the crust from northern quebec was shown.",
                          "The company said it would appeal the ruling on monday."};
    for (size_t i = 0; i < sizeof keep / sizeof *keep; i++)
        CHECK(pc_boilerplate_opener(keep[i], strlen(keep[i])) == 0);
    const char *doc = "Close a mexican restaurant in tallahassee is being sued by a woman who "
                      "fell off a stool. close inspection of the stool showed a broken leg.";
    precis_cluster *c = one_doc(doc);
    CHECK(c->nsents == 3);
    CHECK(c->sents[0].furniture == PC_FURNITURE_PREFIX && c->sents[0].len == 5);
    CHECK(c->sents[1].eligible && memcmp(c->sents[1].text, "A mexican", 9) == 0);
    CHECK(memcmp(c->sents[2].text, "Close inspection", 16) == 0);
    precis_cluster_free(c);
    /* the table is of English pages: a French lead that opens with the
     * same word keeps it */
    const char *fr = "Correction des copies: les professeurs ont commencé lundi à corriger les "
                     "épreuves du baccalauréat dans toute la France, avec les résultats attendus "
                     "pour le début du mois de juillet.";
    CHECK(pc_boilerplate_opener(fr, strlen(fr)) > 0); /* the word is in the table */
    c = one_doc(fr);
    CHECK(c->nsents >= 1 && !c->sents[0].furniture &&
          memcmp(c->sents[0].text, "Correction des", 14) == 0);
    precis_cluster_free(c);
}

static int prompt(const char *s)
{
    return pc_is_prompt(s, strlen(s));
}

/* Prompts: the page speaking to its reader about itself, with two words of
 * its interface; and the news sentences that have one of the two signs. */
static void check_prompt(void)
{
    CHECK(prompt("Please check your email and click on the link to activate your profile."));
    CHECK(prompt("Sign up for our newsletter to get the latest updates on the royals!"));
    CHECK(prompt("Please enable cookies on your web browser in order to continue."));
    CHECK(prompt("Please log in using this email address and your password."));
    CHECK(prompt("To inquire about a licence to reproduce material, visit our syndication site."));
    CHECK(
        prompt("Whenever Holly Prestidge posts new content, you'll get an email delivered to your "
               "inbox with a link."));
    CHECK(prompt("PLEASE VERIFY YOU'RE NOT A ROBOT BY CLICKING THE BOX."));
    /* one interface word, no reader, a quotation, or too long for a prompt */
    CHECK(!prompt("Please verify the figures before the board meets on Monday."));
    CHECK(!prompt("Rescuers reached the crash site and found the account book of the pilot."));
    CHECK(!prompt("You can see the damage from the road, the mayor told reporters."));
    CHECK(
        !prompt("Investigators said the suspect used a fake email account to register the site."));
    CHECK(!prompt("\"Check your email and click the link,\" the scammers told their victims."));
    CHECK(!prompt("The company said users who click the link in your inbox can reset the account, "
                  "and that it would change the page, the app and the site over the next two weeks "
                  "as regulators in Europe and the United States look at how it handles the data "
                  "of its users."));
    CHECK(!prompt(""));
    /* an imperative that points into the page; one that points nowhere on
     * it, a height, a quotation or no imperative */
    CHECK(prompt("Read the clouse family's heartbreaking story here."));
    CHECK(prompt("Click here for more."));
    CHECK(prompt("Please try again later."));
    CHECK(!prompt("Please try to understand what our family is going through."));
    CHECK(prompt("Watch the video below ( story continues below it ):"));
    CHECK(prompt("Find out which celebrities are related in the gallery above."));
    CHECK(!prompt("Watch out for ice above 2,000 feet on the northern roads tonight."));
    CHECK(!prompt("Read the report before the board meets on Monday."));
    CHECK(!prompt("\"See you here next year,\" the mayor told the crowd."));
    CHECK(!prompt("Police said the crash happened here on Monday night."));
    /* a verb of the page before one of its things, among the first words;
     * a verb of the page alone; the same words in news */
    CHECK(prompt("View all daily courier newsletters."));
    CHECK(prompt("See more videos of the storm."));
    CHECK(prompt("Check out the photos of the new bridge."));
    CHECK(prompt("Click to view the council's report."));
    CHECK(prompt("Scroll down for the full timeline."));
    CHECK(!prompt("See the report the council published on monday for the full list of roads "
                  "and the photos of the flooded bridge."));
    CHECK(!prompt("Police released photos of the suspect on monday."));
    CHECK(!prompt("\"Watch the video and you will see,\" the mayor said."));
    CHECK(!prompt("Clicking noises were heard before the bridge collapsed."));
    /* the same imperatives after a fronted clause of purpose or condition;
     * a fronted clause before news, or before a verb of news */
    CHECK(prompt("To receive the magazine, click here to subscribe."));
    CHECK(prompt("For unlimited access to the best local news, subscribe to the daily courier."));
    CHECK(prompt("If you want more, see the gallery above."));
    CHECK(prompt("Subscribe to the channel for more videos."));
    CHECK(!prompt("To reach the village, rescuers walked for six hours."));
    CHECK(!prompt("For years, readers subscribed to the paper for its sports pages."));
    CHECK(!prompt("If convicted, he faces up to ten years in prison."));
    CHECK(!prompt("Subscribers to the service were told on monday that prices would rise."));
    /* "Sign up" first, whatever follows; the words inside news */
    CHECK(prompt("Sign up you agree to receive occasional updates and special offers."));
    CHECK(prompt("Sign up never miss a local story."));
    CHECK(prompt("Sign up for denver7 email alerts to stay informed about breaking news."));
    CHECK(!prompt("Millions rushed to sign up for health insurance before the deadline."));
    /* a follow button's prompt: a verb of following first, then "to stay
     * up to date" or "informed", naming no reader; the words in news */
    CHECK(prompt("Add harbour strike as an interest to stay up to date on the latest harbour "
                 "strike news, video, and analysis."));
    CHECK(prompt("Follow the council to stay informed."));
    CHECK(!prompt("Farmers follow the forecasts to stay informed about the frost."));
    CHECK(!prompt("Add the cost of fuel, and ferries struggle to stay up to date with repairs."));
    CHECK(!prompt("The app lets drivers stay up to date on closures."));
    CHECK(!prompt("Signs up and down the road warned drivers of the flood."));
    CHECK(!prompt("\"Sign up today,\" the recruiter told the crowd."));
    /* an offer or a form: an imperative of buying or filling in, with a
     * word of a sale or of the reader's account (session 32) */
    CHECK(prompt("Book your half-price festival pass today."));
    CHECK(prompt("Choose the bundle that's right for you and save with a free trial."));
    CHECK(prompt("Please enter your postcode."));
    CHECK(prompt("Type the letters you see in the box."));
    CHECK(prompt("Check your login name and password."));
    CHECK(!prompt("Check your smoke alarms before you go to bed, the fire chief said."));
    CHECK(!prompt("Get over your fear of flying, the airline's new advert says."));
    CHECK(!prompt("Ticket prices rose after you and your neighbours complained."));
    CHECK(!prompt("\"Buy your tickets early,\" the promoter told fans."));
}

/* Whether f holds for every sentence of yes[] and for none of no[]. */
static void check_holds(int (*f)(const char *, size_t), const char *const *yes, size_t nyes,
                        const char *const *no, size_t nno)
{
    for (size_t k = 0; k < nyes; k++)
        CHECK(f(yes[k], strlen(yes[k])));
    for (size_t k = 0; k < nno; k++)
        CHECK(!f(no[k], strlen(no[k])));
}

/* A document of two sentences: the first is chosen as any, the second is
 * furniture and never enters a summary. */
static void check_second_is_furniture(const char *text)
{
    precis_cluster *c = one_doc(text);
    CHECK(c->nsents == 2);
    CHECK(c->sents[0].eligible && !c->sents[0].furniture);
    CHECK(c->sents[1].furniture == 1 && !c->sents[1].eligible);
    precis_cluster_free(c);
}

/* Checks that test(s) holds for every sentence of yes and for none of no,
 * and that a cluster's second sentence, yes[0]'s kind, is furniture. */
static void check_furniture_kind(int (*test)(const char *, size_t), const char *const *yes,
                                 size_t nyes, const char *const *no, size_t nno, const char *two)
{
    check_holds(test, yes, nyes, no, nno);
    check_second_is_furniture(two);
}

/* A web archive's notice about its own collection is furniture; crawling
 * bodies are news (session 31). */
static void check_archive_notice(void)
{
    static const char *const notice[] = {
        "The web archiving was done in the spring of 2019 to keep the ministry's pages.",
        "This collection continues the vesk web-archiving project of the city library.",
        "These crawls are part of an effort to archive pages as they are made.",
        "Crawl of the urls listed by the vesk library, started in may.",
        "We fed the seed list to the crawler over two weeks.",
        "Web wide crawl with a new seedlist from june.",
    };
    static const char *const prose[] = {
        "The man crawled out of the car and called his wife.",
        "Rescuers searched crawl spaces and sheds near vesk on tuesday.",
        "Turtles crawling across the runway delayed flights, data from the airport showed.",
        "The traffic slowed to a crawl as the storm hit vesk.",
        "The web site of the vesk council was down for a week.",
        "Scrawled messages covered the walls of the archive building.",
    };
    check_furniture_kind(pc_is_archive_notice, notice, sizeof notice / sizeof *notice, prose,
                         sizeof prose / sizeof *prose,
                         "The river aldane burst its banks near vesk on tuesday. "
                         "The web archiving was done in the spring of 2019.");
}

/* A writer's note about an author is furniture; a journalist the news
 * tells of is not (session 37). */
static void check_author_note(void)
{
    static const char *const note[] = {
        "Ana lind is a staff writer for the vesk times.",
        "Tom b. Berg is a reporter at vesk news.",
        "Ana lind ana lind is a senior editor for vesk daily, where she covers floods.",
        "Tom berg is a columnist and editorial writer for the vesk times.",
        "Ana Lind is an investigative journalist for Vesk Radio.",
    };
    static const char *const prose[] = {
        "She is a reporter for vesk news and lives near the river.",
        "Lind is a reporter for vesk news.",
        "Ana lind, a reporter for vesk news, was detained on monday.",
        "Ana lind was a reporter for vesk news until 2010.",
        "Ana lind is a nurse at vesk hospital.",
        "The river is a threat for the town, the mayor said.",
        "Ana lind is a writer, and for years she lived in vesk.",
    };
    check_furniture_kind(pc_is_author_note, note, sizeof note / sizeof *note, prose,
                         sizeof prose / sizeof *prose,
                         "The river aldane burst its banks near vesk on tuesday. "
                         "Ana lind is a staff writer for the vesk times.");
}

/* A wire story's credit line inside a one-line page is furniture. */
static void check_credit_line(void)
{
    static const char *const credit[] = {
        "Tv2's anna berg, lars holm and ida moe contributed to this report.",
        "The associated press contributed to this report",
        "Reuters' jon dale contributed reporting.",
        "Additional reporting by mira solt in vesk.",
        "( the vesk wire contributed to this report. )",
    };
    static const char *const prose[] = {
        "Farmers contributed to the river's recovery by planting willows.",
        "She contributed $ 500 to the report's authors, the filing shows.",
        "He said the reporting by local papers was fair.",
        "Rain contributed to this week's floods, which a report blamed on the dam.",
        /* 26 words: longer than a credit line */
        ("Anna berg, lars holm, ida moe, jon dale, mira solt, per lund, eva strand, ola vik, "
         "kari nes, siv dahl and tor bakke contributed to this report."),
    };
    check_holds(pc_is_credit_line, credit, sizeof credit / sizeof *credit, prose,
                sizeof prose / sizeof *prose);
    /* a page as one line: the block is longer than rule_agency_note's */
    check_second_is_furniture("The river aldane burst its banks near vesk on tuesday, and the "
                              "town's mayor closed the old bridge until the water falls again. "
                              "Tv2's anna berg contributed to this report.");
}

/* A sentence with an e-mail address is a page's contact line: furniture. */
static void check_email(void)
{
    static const char *const contact[] = {
        "Kimberly redmond may be reached at kredmond@njadvancemedia.com.",
        "Dan adams can be reached atdadams@globe.com.",
        "Share for immediate release contact: media@aclu.org washington – the president spoke.",
        "Email him at will.oremus@slate.com or follow him on twitter.",
    };
    static const char *const prose[] = {
        "Follow @politicalticker on twitter for the latest news.",
        "Update @ 6: 15 p.m.: the university has announced a leave.",
        "He wrote to me@ the office, then left for the weekend.",
        "The firm's name, a@b, was a joke among the staff.",
        "Prices rose 5% at the store @ 3.5 percent a year.",
    };
    check_furniture_kind(pc_has_email, contact, sizeof contact / sizeof *contact, prose,
                         sizeof prose / sizeof *prose,
                         "The river aldane burst its banks near vesk on tuesday. "
                         "Anna berg can be reached at aberg@vesk-times.com.");
}

/* A sentence that ends in a quotation or an aside is a candidate when the
 * text writes its closing marks apart from the words (Multi-News: "...
 * alive. \""), as when they are glued. */
/* A link's label and its colon with the linked headline alone. */
static void check_link_label(void)
{
    static const char *const links[] = {
        "Photos: vesk under water.",
        "Related: the dam at vesk holds.",
        "See also: floods in the aldane valley.",
        "Watch: the river bursts its banks at vesk.",
        "Read more: the flood's toll.",
        "Video: the flood at vesk.",
        "Related video: the flood at vesk.",
        "RELATED STORIES: the flood at vesk.",
    };
    static const char *const prose[] = {
        "More: the council met on tuesday after the river rose.", /* Newser's own */
        "Photos show the river aldane bursting its banks at vesk.",
        "Related to the flood, the council met on tuesday.",
        "Related, the council met on tuesday after the river rose.",
        "Related by marriage to the mayor, she took charge of the shelters.",
        /* a list of links' name: the lead may follow it (left) */
        "Related stories the river rose two metres in a night at vesk, officials said.",
        "Related content rescue teams reached four villages by boat on wednesday.",
        "Previous storms had flooded the same three villages near vesk.",
        "Watch out for the river, the mayor of vesk told residents.",
        "Related to the dam: the council met on tuesday.",
        "Video:the flood at vesk.",                                     /* no space: no label */
        "Photo: ana lind the river aldane burst its banks on tuesday.", /* a credit */
        /* a headline with the lead run on after it: the lead is news */
        ("Photos: vesk under water the river aldane burst its banks on tuesday and three "
         "villages were flooded, the council said."),
    };
    for (size_t k = 0; k < sizeof links / sizeof *links; k++)
        CHECK(pc_is_link_label(links[k], strlen(links[k])));
    for (size_t k = 0; k < sizeof prose / sizeof *prose; k++)
        CHECK(!pc_is_link_label(prose[k], strlen(prose[k])));
}

/* A link's label still at a sentence's front after the cuts that see
 * where its headline ends (pc_is_link_run): the headline runs on into the
 * lead with no end in sight, and the sentence is furniture whole
 * (model/cluster.c), at any length; a label's words in prose, Newser's
 * "More:", and a label without its space are none. */
static void check_link_run(void)
{
    static const char *const runs[] = {
        ("Related: vesk dam bursts its banks three villages were flooded near vesk on "
         "tuesday night, officials said."),
        ("Watch: vesk mayor visits flooded farms rescue teams reached four villages by boat "
         "on wednesday morning and more are expected."),
        "Read more: flood at vesk.",
        ("See also: why vesk floods every spring council workers cleared two drains on "
         "monday, officials said."),
        /* "Related" before a headline with no colon, the link to the page
         * before (session 43) */
        ("Related vesk dam: why it burst three villages were flooded near vesk on "
         "tuesday night."),
        "Related | vesk council opens two schools as shelters for the families.",
        "Related - vesk mayor: we will rebuild the bridge, the council was told.",
        "Related \xc2\xbb vesk mayor visits flooded farms after the storm.",
        "Previous story: vesk dam bursts its banks rescue teams reached four villages by boat.",
        "Previous: vesk dam bursts its banks.",
    };
    static const char *const prose[] = {
        "More: the council met on tuesday after the river rose and three villages flooded.",
        "Related to the flood, the council met on tuesday.",
        "Related, the council met on tuesday after the river rose.",
        "Related by marriage to the mayor, she took charge of the shelters.",
        /* a list of links' name: the lead may follow it (left) */
        "Related stories the river rose two metres in a night at vesk, officials said.",
        "Related content rescue teams reached four villages by boat on wednesday.",
        "Previous storms had flooded the same three villages near vesk.",
        "Watch out for the river, the mayor of vesk told residents.",
        "Video:the flood at vesk and three villages under water on tuesday night.",
        "Photos show the river aldane bursting its banks at vesk.",
    };
    for (size_t k = 0; k < sizeof runs / sizeof *runs; k++)
        CHECK(pc_is_link_run(runs[k], strlen(runs[k])));
    for (size_t k = 0; k < sizeof prose / sizeof *prose; k++)
        CHECK(!pc_is_link_run(prose[k], strlen(prose[k])));
    /* in a document: the run is no candidate, the news around it is */
    const char *doc =
        "The river Aldane burst its banks near the town of Vesk on Tuesday night. Related: vesk "
        "dam bursts its banks three villages were flooded near vesk on tuesday night, officials "
        "said. Rescue teams reached the villages by boat on Wednesday morning. The council "
        "opened two schools as shelters for the families who lost their homes.";
    CHECK(candidates(doc, "Related:") == 3);
}

/* A link's label and headline glued to a lead that opens with a
 * quotation: split off before the quote mark; a quotation that belongs to
 * the headline or to a verb of the lead shows no cut. */
static void check_link_label_front(void)
{
    static const front_case cases[] = {
        {"Photos: the flood at vesk \" we lost everything, \" a farmer told the council.",
         "Photos: the flood at vesk "},
        {"Related video: vesk counts its losses \"the water came at night and took the road.",
         "Related video: vesk counts its losses "},
        {"Watch: mayor of vesk speaks \xE2\x80\x9Cwe will rebuild the bridge,\xE2\x80\x9D "
         "she said on tuesday.",
         "Watch: mayor of vesk speaks "},
        /* a title in marks inside the headline, or a verb's object */
        {"Photos: the cast of \"river\" at vesk the premiere was held on friday night.", NULL},
        {"Related: vesk's mayor of ten years said \" we will rebuild the bridge, \" on tuesday.",
         NULL},
        {"Related: the council plans to build \" a bridge of stone \" at vesk next year.", NULL},
        {"Video: vesk under water, \" we lost everything, \" a farmer told the council.", NULL},
        /* a headline too short, or the label and headline past a link's length */
        {"Photos: vesk \" we lost everything, \" a farmer told the council.", NULL},
        {"Related: vesk under water the river aldane burst its banks on tuesday and three "
         "villages were flooded \" we lost everything, \" a farmer said.",
         NULL},
        /* no label, or no quotation: where the headline ends does not show */
        {"More: the flood at vesk \" we lost everything, \" a farmer told the council.", NULL},
        {"Photos: vesk under water the river aldane burst its banks on tuesday.", NULL},
        /* a single quotation the headline opened, which the double mark may close */
        {"Read more: ' we are the last of vesk \" never again ': the flood's toll.", NULL},
        {"Photos: vesk's ' day of water' in pictures \" we lost everything, \" a farmer said.",
         "Photos: vesk's ' day of water' in pictures "},
        /* a picture's credit: a name of one word or more */
        {"Credit: ana lind \" it was over in a minute, \" the farmer said.", "Credit: ana lind "},
        {"Courtesy of the lind family \"she loved the river and the town.",
         "Courtesy of the lind family "},
        {"Photo: ap the mayor said in a statement that \" we will rebuild, \" on monday.", NULL},
        {"Courtesy calls to vesk \" we are sorry for your loss, \" the mayor said.", NULL},
    };
    check_fronts(cases, sizeof cases / sizeof *cases, pc_leading_label_to_quote);
    /* in a document: the label and headline are furniture, the quotation a sentence */
    check_split_rest("Photos: the flood at vesk",
                     "\" we lost everything, \" a farmer told the council on wednesday.",
                     "\" we lost everything");
}

/* A link's headline glued to the lead with no mark: the lead's subject
 * opens with an article and a finite verb follows it. */
static void check_link_headline(void)
{
    static const front_case cases[] = {
        {"Related: vesk mayor plans new bridge over aldane the council was told on monday "
         "that the old one must close.",
         "Related: vesk mayor plans new bridge over aldane "},
        {"Watch: farmers of vesk count losses after flood an inquiry has been opened into "
         "the warnings.",
         "Watch: farmers of vesk count losses after flood "},
        {"See also: vesk floods for third year the old stone bridge collapsed into the river.",
         "See also: vesk floods for third year "},
        /* "again" is a function word: the article after it is not looked at */
        {"See also: vesk floods again the old stone bridge collapsed into the river.", NULL},
        {"Photos: aldane valley towns under water a farmer near vesk lost forty sheep.",
         "Photos: aldane valley towns under water "},
        /* an article after a function word is inside the headline's phrase */
        {"Related: confessions of a vesk farmer in the flood the council has said nothing.",
         "Related: confessions of a vesk farmer in the flood "},
        /* after a word ending as a verb: a past or a participle may follow the
         * verb's object; an auxiliary or a verb of saying opens a clause */
        {"Related: vesk mayor rescues the dog trapped on the roof was saved on monday.", NULL},
        {"Photos: aldane valley farmers the flood left homeless were counted on monday.", NULL},
        {"Photos: aldane valley farmers the vesk mayor has promised aid to the farms.",
         "Photos: aldane valley farmers "},
        {"Watch: vesk bridge closing the council says the old stone one must go.",
         "Watch: vesk bridge closing "},
        /* after a verb that takes a clause, in any of its forms */
        {"Related: vesk report reveals the bridge was unsafe for years before the flood.", NULL},
        {"Related: vesk council denies the bridge was unsafe for years before the flood.", NULL},
        {"Related: vesk engineers believed the bridge was unsafe for years before the flood.",
         NULL},
        /* a quotation opened in what would be the lead's subject */
        {"Related: vesk mayor gets a first draft \" the council says the bridge must go.", NULL},
        {"Related: vesk officials believe the bridge was unsafe for years before the flood.", NULL},
        {"Related: vesk mayor could include the bridge funds in next year's budget, she said.",
         NULL},
        /* no finite verb soon after the article, or a function word before it */
        {"Related: vesk mayor plans new bridge over aldane the old stone one near the mill "
         "will close.",
         NULL},
        {"Related: vesk mayor plans new bridge the 2,000 unpaid workers of the mill were told "
         "to wait.",
         NULL},
        /* a headline of fewer than 3 words, or past a link's length */
        {"Related: vesk the council was told on monday that the old bridge must close.", NULL},
        {"Related: vesk mayor plans new bridge over aldane after floods left farms and roads "
         "and mills ruined the council was told on monday.",
         NULL},
        /* the link to the page before (session 43); after "Related" with
         * no colon the article is not looked for */
        {"Related vesk mayor plans new bridge over aldane the council was told on monday that "
         "the old one must close.",
         NULL},
        {"Previous story: vesk mayor plans new bridge the council was told on monday.",
         "Previous story: vesk mayor plans new bridge "},
        /* no link's label */
        {"Mayor plans new bridge over aldane the council was told on monday.", NULL},
    };
    check_fronts(cases, sizeof cases / sizeof *cases, pc_leading_link_headline);
    check_split_rest("Related: vesk mayor plans new bridge over aldane",
                     "the council was told on monday that the old one must close.",
                     "The council was told");
}

/* A bare link glued to the front of a sentence. */
static void check_link(void)
{
    static const front_case cases[] = {
        {"https://vesk.example/p/x7q2 the river aldane burst its banks.",
         "https://vesk.example/p/x7q2"},
        {"Http://t.co/q8zv3 appalled by this, the mayor said.", "Http://t.co/q8zv3"},
        {"www.vesk-news.example/2016/flood.html three villages were evacuated.",
         "www.vesk-news.example/2016/flood.html"},
        {"https://vesk.example/p/x7q2 now.", NULL}, /* a word after it */
        {"https://vesk.example/p/x7q2", NULL},      /* a link alone */
        {"The mayor wrote at https://vesk.example that the river rose.", NULL},
        {"Whatever the river does, the town will stay.", NULL},
        {"Https:// the river aldane burst its banks.", NULL}, /* no host */
        /* the link's own query, spaced out by the page */
        {"Http://vesk.example/f?nodes=ui, feed, entry&id=7 http://vesk.example/x the flood.", NULL},
        {"Http://vesk.example/f?n=ui feed, entry&id=7 the river burst its banks.", NULL},
        {"Http://vesk.example/a% 20b.jpg the river burst its banks.", NULL},
    };
    check_fronts(cases, sizeof cases / sizeof *cases, pc_leading_link);
    check_split("https://vesk.example/p/x7q2");
}

/* An audio player's label and the article's length at a sentence's front. */
static void check_listen(void)
{
    static const front_case cases[] = {
        {"Listen to article 4: 21 a former engineer was arrested at vesk.",
         "Listen to article 4: 21"},
        {"Listen to article 12:05 the river aldane burst its banks.", "Listen to article 12:05"},
        {"Listen to article 4: 21 now.", NULL},                           /* nothing after it */
        {"Listen to article four of the charter, the mayor said.", NULL}, /* no length */
        {"Listen to the article 4: 21 read by its author at vesk.", NULL},
    };
    check_fronts(cases, sizeof cases / sizeof *cases, pc_leading_listen);
    check_split("Listen to article 4: 21");
}

/* Markup left in the text: an attribute with its quote, a closing tag. */
static void check_markup(void)
{
    static const char *const markup[] = {
        "Poster= \" http://example.com/a.jpg \" true the river aldane burst its banks.",
        "Floods <a href=\"http://example.com/\">#vesk</a> the river burst its banks.",
        "[ embedtweet id= \" 4685 \" ] the river aldane burst its banks.",
    };
    static const char *const prose[] = {
        "The ratio x = \"a\" held, the engineers said of the dam.",
        "He wrote \"e=mc2\" on the board and the class laughed.",
        "The river rose < 2 metres, and the level 2<3 held at vesk.",
        "She said: \"the river burst its banks.\"",
        "Prices rose 5% & rents <b>doubled</b> in vesk.", /* a tag alone */
    };
    check_holds(pc_is_markup, markup, sizeof markup / sizeof *markup, prose,
                sizeof prose / sizeof *prose);
    /* such a sentence never enters a summary */
    check_second_is_furniture("The river aldane burst its banks near vesk on tuesday. "
                              "Poster= \" http://example.com/a.jpg \" true floods hit "
                              "vesk three villages were flooded and the road was cut.");
}

static void check_quote_end(void)
{
    const char *doc = "A survey reveals a vast complex of monuments near the stones, including a "
                      "huge stone \" super henge. \"\n\n"
                      "Officials said the plan would \"cut costs.\"\n\n"
                      "The council met again on monday ( the third time this year. )\n";
    precis_cluster *c = one_doc(doc);
    CHECK(c->nsents == 3);
    for (size_t i = 0; i < c->nsents; i++)
        CHECK(c->sents[i].eligible);
    precis_cluster_free(c);
}

/* A picture's credit without brackets in front of a lead: an outlet of
 * the table beside a photographer's name, joined by a slash; the lead
 * after it is a sentence of its own.  Prose with a slash is left alone. */
static void check_credit(void)
{
    static const front_case cases[] = {
        {"Reuters/ana lind the river aldane burst its banks on tuesday.", "Reuters/ana lind"},
        {"tom berg/getty images the council voted on monday to close the school.",
         "tom berg/getty images"},
        {"Photographer: tom berg/bloomberg in a series of messages, the mayor said no.",
         "Photographer: tom berg/bloomberg"},
        {"Reuters/ana p. Lind - the river aldane burst its banks on tuesday.",
         "Reuters/ana p. Lind"},
        {"Reuters/ana lind/file photo the court set a date for the trial.",
         "Reuters/ana lind/file photo"},
        {"tom berg/handout via reuters the ministers met on friday in vesk.",
         "tom berg/handout via reuters"},
        /* an outlet the table does not hold, and one that passed it on */
        {"tom berg/vesk times via getty images the ministers met on friday.",
         "tom berg/vesk times via getty images"},
        /* an outlet the table does not hold, whose end a clause's opener
         * shows (session 40) */
        {"tom berg/vesk times the ministers met on friday in vesk.", "tom berg/vesk times"},
        {"Ana lind/the vesk herald when the council met, no one spoke at all.",
         "Ana lind/the vesk herald"},
        {"Tom berg/staff photographer outside the court, ten people waited.",
         "Tom berg/staff photographer"},
        {"Vesk/aldane the river burst its banks on tuesday night.", "Vesk/aldane"},
        {"Tom berg/vesk news image 3 of 52 the ministers met on friday.", NULL},
        /* a year in the chain, the credit's copyright, then an outlet of
         * the table (s41-credit2) */
        {"Photo: tom berg/2016 getty images the council voted on monday.",
         "Photo: tom berg/2016 getty images"},
        {"Tom berg/2011 getty images ana lind is the most popular mayor of vesk.",
         "Tom berg/2011 getty images"},
        {"Tom berg/2016 vesk times the council voted on monday in vesk.", NULL},
        {"On monday december 18th/2017 tragedy struck our family in vesk.", NULL},
        {"Tom berg/2016 getty images the end.", NULL},
        {"Vesk/aldane north vesk said its ministers would meet on friday.", NULL},
        {"Vesk/aldane aldane summoned the ambassador on monday night.", NULL},
        {"Ana lind/for the vesk post the council met on friday in vesk.", NULL},
        {"Purple power strength cleaner/degreaser wipes away the stains in seconds.", NULL},
        {"Tom berg/vesk times of the ministers met on friday in vesk.", NULL},
        {"Vesk gave vesk/news an advance look at the plan on monday night.", NULL},
        /* a site's name alone before an article or a pronoun (session 40) */
        {"Vesknews.com the child was airlifted to the hospital on tuesday.", "Vesknews.com"},
        {"Vesk-news.co.uk she said the child was airlifted on tuesday.", "Vesk-news.co.uk"},
        {"Vesknews.com reported the child was airlifted on tuesday.", NULL},
        {"Vesk.com inc. said on monday that it would close the store.", NULL},
        {"Vesknews.com at the scene, ten people waited in the rain.", NULL},
        {"Vesknews.com the end.", NULL},
        {"Vesk/aldane via the old road, the ministers met on friday.", NULL},
        {"A reuters/ipsos poll found that most voters agree with the plan.", NULL},
        {"Vesk/aldane at least ten people were hurt on monday night.", NULL},
        {"The on/off switch was broken, he said on monday.", NULL},
        {"Reuters/ana lind the end.", NULL},
        {"He said, tom berg/getty images were shown on monday night.", NULL},
        {"tom berg/getty images", NULL},
        /* a credit written twice (a caption and its alternative text) */
        {"Tom berg, getty images tom berg, getty images the council voted on monday.",
         "Tom berg, getty images tom berg, getty images"},
        {"Tom said tom would come, the council said on monday.", NULL},
        {"Floods in vesk floods in vesk the river burst its banks on tuesday.",
         "Floods in vesk floods in vesk"},
        {"Ana maria lind ana maria lind is the mayor of vesk.", "Ana maria lind "},
        {"Vesk, vesk and more: the river burst its banks on tuesday.", NULL},
        /* a caption glued to its lead after the credit: furniture whole */
        {"Image copyright tom berg/getty images image caption the dam at vesk the river "
         "burst its banks on tuesday.",
         ""},
        /* no slash: a name, an outlet and its picture words (session 28) */
        {"Ana lind via getty images the ministers met on friday in vesk.",
         "Ana lind via getty images"},
        {"Ana lind / getty images file the ministers met on friday in vesk.",
         "Ana lind / getty images file"},
        {"Tom j berg / getty images id: 8289274 the ministers met on friday.",
         "Tom j berg / getty images id: 8289274"},
        {"Ana lind / ap id: 5672497 vesk — the ministers met on friday.",
         "Ana lind / ap id: 5672497"},
        {"Tom j berg / reuters file the court set a date for the trial.",
         "Tom j berg / reuters file"},
        {"Tom berg / reuters the court set a date for the trial on friday.", "Tom berg / reuters"},
        {"Tom berg / ap, file the court set a date for the trial on friday.",
         "Tom berg / ap, file"},
        {"Tom berg / ap, the court set a date for the trial on friday.", "Tom berg / ap"},
        {"Ana-maria lind / ap the court set a date for the trial on friday.",
         "Ana-maria lind / ap"},
        {"Tom j. Berg / reuters file the court set a date for the trial.",
         "Tom j. Berg / reuters file"},
        {"Tom berg.  / reuters the court set a date for the trial on friday.", NULL},
        {"The vote of / reuters readers was held on friday in vesk.", NULL},
        /* an outlet's word before ".com" is a site's name (s42-creditcut) */
        {"tom s. berg/wireimage.com despite being sued, ana lind was close to her son.", NULL},
        {"Getty images the ministers met on friday in vesk.", "Getty images"},
        {"Getty images has agreed to buy a rival agency on friday.", NULL},
        /* at the front, before a word that cannot be the outlet's verb
         * (session 43) */
        {"Getty images five people died when a stage collapsed in vesk.", "Getty images"},
        {"Getty images house speaker ana lind continued her campaign in vesk.", "Getty images"},
        {"Ap photo vesk mayor plans new bridge over the aldane river.", "Ap photo"},
        {"Getty images \" we lost everything, \" a farmer of vesk said.", "Getty images"},
        {"Getty images said on friday it would buy a rival agency.", NULL},
        {"Getty images acquired a rival agency in vesk on friday.", NULL},
        {"Getty images, owned by ana lind, bought a rival on friday.", NULL},
        {"Getty images and reuters agreed on friday to share their pictures.", NULL},
        {"Handout photo image 1 of / 59 caption close the vesk mayor plans a bridge.", NULL},
        {"A former getty images photographer was arrested on friday.", NULL},
        {"Ana lind, getty images and the council agreed on friday.", NULL},
        /* a picture's label before the credit: its caption follows */
        {"View full image getty images a sign hangs in front of a home in vesk.", ""},
    };
    check_fronts(cases, sizeof cases / sizeof *cases, pc_leading_credit);
    check_split("Reuters/ana lind");
    check_split_rest("Tom berg/vesk times", "the village was flooded and the main road was cut.",
                     "The village");
    /* the clause's openers are English words: another language's document
     * keeps the chain */
    const char *other = "tom berg/vesk times the ministers met on friday in vesk.";
    CHECK(pc_leading_credit_in(other, strlen(other), 0) == 0);
    CHECK(pc_leading_credit_in(other, strlen(other), 1) == strlen("tom berg/vesk times"));
    const char *site = "vesknews.com the child was airlifted to the hospital on tuesday.";
    CHECK(pc_leading_credit_in(site, strlen(site), 0) == 0);
}

/* A picture's label in front of a lead: a caption glued to the lead is
 * furniture whole; a credit after "Image copyright" or "toggle caption"
 * goes with its label where its end shows; "buy photo" after a credit. */
/* A run of the prefix table that ends with a picture's label ("... on
 * your device media caption") is split off before the caption glued to
 * the lead, where the one's end does not show: the rest is furniture, but
 * keeps the lead's place, so the sentence after it is no document's
 * first. */
static void check_labelled_prefix(void)
{
    static const struct {
        const char *run;
        int label;
    } runs[] = {{"Media playback is unsupported on your device media caption", 1},
                {"Image copyright ana lind image caption", 1},
                {"image caption:", 1},
                {"Media Caption", 1},
                {"enlarge this image toggle caption", 0},
                {"caption", 0},
                {"the vesk image caption x", 0},
                {"Advertisement", 0}};
    for (size_t i = 0; i < sizeof runs / sizeof *runs; i++)
        CHECK(pc_ends_picture_label(runs[i].run, strlen(runs[i].run)) == runs[i].label);

    /* the caption and its lead: furniture, but the lead keeps its place */
    static const char doc[] =
        "The river aldane burst its banks near the town of vesk on tuesday night. Media playback "
        "is unsupported on your device media caption the mayor speaks to reporters at the dam "
        "three villages were flooded and the main road was cut. The council met on wednesday.";
    precis_cluster *c = one_doc(doc);
    const pc_sent *run = &c->sents[1], *glued = &c->sents[2], *next = &c->sents[3];
    CHECK(c->nsents == 4 && run->furniture == PC_FURNITURE_PREFIX);
    CHECK(glued->furniture == PC_FURNITURE_PREFIX && !glued->eligible && glued->pos == 1);
    CHECK(memcmp(doc + glued->start, "the mayor", 9) == 0);
    CHECK(!next->furniture && next->eligible && next->pos == 2);
    precis_cluster_free(c);
    /* the label opening a document: the lead keeps position 0 */
    c = one_doc("Image caption the dam at vesk in 1911 the river aldane burst its banks near vesk "
                "on tuesday night. Three villages were flooded and the main road was cut.");
    CHECK(c->nsents == 3 && c->sents[0].furniture == PC_FURNITURE_PREFIX);
    CHECK(c->sents[1].furniture == PC_FURNITURE_PREFIX && !c->sents[1].eligible);
    CHECK(c->sents[2].eligible && c->sents[2].pos == 1);
    precis_cluster_free(c);
}

static void check_picture_label(void)
{
    static const front_case cases[] = {
        /* the label alone: the caption glued to the lead is the caller's
         * (check_labelled_prefix) */
        {"Image caption the dam at vesk the river aldane burst its banks on tuesday.",
         "Image caption"},
        {"Media caption the mayor speaks to reporters three villages were flooded.",
         "Media caption"},
        {"Hide caption the mayor speaks to reporters three villages were flooded.", ""},
        {"Image copyright tom berg/getty images the river aldane burst its banks.",
         "Image copyright tom berg/getty images"},
        {"Image copyright reuters the river aldane burst its banks on tuesday.",
         "Image copyright reuters"},
        {"Image copyright vesk council the river aldane burst its banks on tuesday.", ""},
        {"Image copyright reuters image caption the dam the river burst its banks.",
         "Image copyright reuters image caption"},
        {"Flood in vesk enlarge this image toggle caption ana lind/npr ana lind/npr the river "
         "aldane burst its banks on tuesday.",
         "Flood in vesk enlarge this image toggle caption ana lind/npr ana lind/npr"},
        {"toggle caption tom berg/npr the river aldane burst its banks on tuesday.",
         "toggle caption tom berg/npr"},
        {"Vesk mayor dies at 96 i itoggle caption ana lind/ap ana lind/ap the mayor of vesk "
         "died on monday.",
         "Vesk mayor dies at 96 i itoggle caption ana lind/ap ana lind/ap"},
        /* a headline of 16 words before the button (session 28) */
        {"Council proposes new rule defining which roads can be closed by the mayor in vesk "
         "enlarge this image toggle caption ana lind/npr ana lind/npr the head of the council "
         "proposed a rule.",
         "Council proposes new rule defining which roads can be closed by the mayor in vesk "
         "enlarge this image toggle caption ana lind/npr ana lind/npr"},
        {"ana lind/vesk times buy photo the river aldane burst its banks on tuesday.",
         "ana lind/vesk times buy photo"},
        {"He wanted to buy photo equipment for the trip to vesk.", NULL},
        /* a function word inside the credit, not before the button */
        {"Ana b. Lind buy photo the river aldane burst its banks on tuesday.",
         "Ana b. Lind buy photo"},
        {"ana lind/the vesk times buy photo the river aldane burst its banks.",
         "ana lind/the vesk times buy photo"},
        {"Shops in vesk will buy photo prints from the flood for the museum.", NULL},
        {"Photo: reuters the river aldane burst its banks on tuesday.", "Photo: reuters"},
        {"Image: getty images the river aldane burst its banks on tuesday.", "Image: getty images"},
        {"Credit: tom berg/getty images the river aldane burst its banks.",
         "Credit: tom berg/getty images"},
        {"Image: ap photo/tom berg the river aldane burst its banks on tuesday.", NULL},
        /* a name after the label ends where a word that opens a clause
         * follows it */
        {"Photo: vesk council the river aldane burst its banks on tuesday.", "Photo: vesk council"},
        /* a label and its colon whose credit's end shows not: the label's
         * sentence whole (s41-credit2) */
        {"Credit: \xC2\xA9 ana lind / vesk times three villages were flooded on tuesday.", ""},
        {"Credit: \xC2\xA9 ana lind / vesk times at dawn three villages were flooded.",
         "Credit: \xC2\xA9 ana lind / vesk times"},
        {"Credit: ana lind she said three villages were flooded on tuesday.", "Credit: ana lind"},
        {"Credit: lind she said three villages were flooded on tuesday.", "Credit: lind"},
        {"Image: vesktv the river aldane burst its banks on tuesday.", "Image: vesktv"},
        {"Photo: firefighters at the dam of vesk on tuesday night.", ""},
        {"Credit: vesk council flooding the river aldane burst its banks on tuesday.", ""},
        {"Photos: ana lind visits the river and she says it burst its banks.", ""},
        {"Photo: tom berg ana lind is a real nice girl, but she is competitive.", ""},
        {"Photo: vesk county sheriff's office tom berg was sentenced to life on monday.", ""},
        {"Photos: the many faces of ana lind officials have not released her name.", ""},
        {"Picture: ana lind.", ""},
        /* where another rule sees the credit's end, it is that rule's: a
         * slash chain, a credit in brackets, a wire's dateline */
        {"Photo: tom berg/2016 getty images the council voted on monday.", NULL},
        {"Photo: ana lind ( getty images ) the council voted on monday in vesk.", NULL},
        {"Credit: vesk lab ( vesk.org ) — astronomers found the star on monday.", NULL},
        /* read past the label, the credit's end shows (s42-creditcut): the
         * credit rules see it, or a wire's place dateline follows it, which
         * goes with it; not at a lone hyphen, not after "Photos:" */
        {"Photo: tom berg / ap photo just when we thought the river had fallen, it rose.",
         "Photo: tom berg / ap photo"},
        {"Photo: ana lind/ vesk journal/ ap photo the hermit set out of camp at midnight.",
         "Photo: ana lind/ vesk journal/ ap photo"},
        {"Photo: vesk press washington — president ana lind said the summit will proceed.",
         "Photo: vesk press washington — "},
        {"Photo: vesk/tomberg caracas, venezuela — the council's account of the flood was short.",
         "Photo: vesk/tomberg caracas, venezuela — "},
        {"Credit: tom berg by of the madison — a recount is all but certain in the race.",
         "Credit: tom berg by of the madison — "},
        {"Photo: ana lind ( vesk ) los angeles prep school closed both its campuses.",
         "Photo: ana lind ( vesk ) "},
        {"Photo: tom berg - ana/vesk the new album of ana lind is out on friday.", ""},
        {"Photos: the $ 140 million divorce — what's at stake for ana lind and tom berg.", ""},
        {"Photo: vesk press washington — president ana lind.", ""},
        /* "Courtesy of", a credit's label without a colon (session 31) */
        {"Courtesy of ana lind she said three villages were flooded on tuesday.",
         "Courtesy of ana lind"},
        {"Courtesy of vesk council the river aldane burst its banks on tuesday.",
         "Courtesy of vesk council"},
        {"Courtesy of the lind family the river aldane burst its banks on tuesday.", NULL},
        {"Courtesy of his friends in vesk, he kept the farm for ten years.", NULL},
        {"Courtesy calls were made to the mayor of vesk on tuesday.", NULL},
        /* a credit's label in words, no colon (s32c-read): the credit goes
         * where its end shows, else the sentence is the credit's */
        {"Photo by tom berg/getty images the river aldane burst its banks on tuesday.",
         "Photo by tom berg/getty images"},
        {"Photograph by ana lind, vesk times the river aldane burst its banks on tuesday.",
         "Photograph by ana lind, vesk times"},
        {"Image via ana lind she said three villages were flooded on tuesday.",
         "Image via ana lind"},
        {"Photo courtesy of vesk council the river aldane burst its banks on tuesday.",
         "Photo courtesy of vesk council"},
        {"Photograph by ana lind, vesk times in the spring of that year the river rose.", ""},
        {"Photograph by ana lind, ap french troops reached the town of vesk on monday.",
         "Photograph by ana lind, ap"},
        {"Photo via vesktv user tom berg three villages were flooded on tuesday.", ""},
        {"Photos by ana lind/vesk times.", ""},
        {"Photo booths were set up by the council of vesk on tuesday.", NULL},
        {"Image quality was poor, the council of vesk said on tuesday.", NULL},
        {"The caption of the image was wrong, the paper said on monday.", NULL},
    };
    check_fronts(cases, sizeof cases / sizeof *cases, pc_leading_picture_label);
    /* the label's sentence whole never enters a summary, the lead before
     * it stays (s41-credit2) */
    precis_cluster *c = one_doc("The river aldane burst its banks near the town of vesk on "
                                "tuesday night. Photo: tom berg ana lind is the mayor of vesk "
                                "and she met the ministers on friday.");
    CHECK(c->nsents == 2);
    CHECK(c->sents[0].eligible && !c->sents[0].furniture);
    CHECK(c->sents[1].furniture && !c->sents[1].eligible);
    precis_cluster_free(c);
    check_split("Image copyright reuters");
    /* the lead after a credit whose end shows past the label stays a
     * candidate (s42-creditcut) */
    check_split_rest("Photo: vesk press washington —",
                     "president ana lind said the summit will proceed on monday.", "President ana");
    check_split_rest("Photo: tom berg / ap photo", "three villages were flooded on tuesday night.",
                     "Three villages");
}

/* A byline glued to a document's first sentence: "By" and a name of two
 * words (an initial between them), or two names joined by "and"; times
 * and phrases after "By" are prose. */
static void check_byline(void)
{
    static const front_case cases[] = {
        {"By ana lind the river aldane burst its banks on tuesday.", "By ana lind"},
        {"By tom r. berg the river aldane burst its banks on tuesday.", "By tom r. berg"},
        {"By ana lind and tom berg three villages were flooded on tuesday.",
         "By ana lind and tom berg"},
        {"By ana lind, vesk times three villages were flooded on tuesday.", "By ana lind"},
        {"By: ana lind the river aldane burst its banks on tuesday.", "By: ana lind"},
        {"By:ana lind the river aldane burst its banks on tuesday.", NULL},
        {"By late tuesday, three villages were flooded near vesk.", NULL},
        {"By monday morning the river had burst its banks.", NULL},
        {"By contrast, the river aldane stayed within its banks.", NULL},
        {"By aggressively closing the dam, the council saved three villages.", NULL},
        {"By the end of the week the river had fallen.", NULL},
        {"By ana lind the end.", NULL},
        {"Written by ana lind the river aldane burst its banks on tuesday.", "Written by ana lind"},
        {"Written by ana lind and tom berg three villages were flooded.",
         "Written by ana lind and tom berg"},
        {"Written by ana lind, a ranger, the post lists the villages flooded.", NULL},
        {"Written by: ana lind the river aldane burst its banks on tuesday.", NULL},
        {"Written by hand, the letters reached the council of vesk.", NULL},
    };
    check_fronts(cases, sizeof cases / sizeof *cases, pc_leading_byline);
    /* a staff byline (s44-byline): an outlet's words and "staff" go
     * together, its "writer" too; times, -ing words and numbers are
     * prose's */
    static const front_case staff[] = {
        {"By vesk sentinel staff three girls were injured at the fair on monday.",
         "By vesk sentinel staff"},
        {"By ana lind staff writer prosecutors said the mother was charged.",
         "By ana lind staff writer"},
        {"By kvsk 7 staff quick facts: a student was arrested on monday.", "By kvsk 7 staff"},
        {"By vesk-herald staff — testimony in the hearing resumed on monday.",
         "By vesk-herald staff"},
        {"By vesk.com staff officials weigh in on the election results.", "By vesk.com staff"},
        {"By: vesk news staff a third suspect was arrested on friday.", "By: vesk news staff"},
        {"By cutting staff the council saved three million crowns last year.", NULL},
        {"By breaking news staff nearly $ 9,000 has been raised for the family.", NULL},
        {"By monday staff had cleared the road near vesk again.", NULL},
        {"By then staff had cleared the road near vesk again.", NULL},
        {"By some of the staff at the hospital the rumour was believed.", NULL},
        {"By 2015 staff numbers at the hospital had fallen by half.", NULL},
        {"By vesk sentinel staff the end.", NULL},
    };
    check_fronts(staff, sizeof staff / sizeof *staff, pc_leading_byline);
    check_fronts(staff, sizeof staff / sizeof *staff, pc_inner_byline);
    /* inside a document (s43-byline): "By" only, no comma after the name
     * (nor after a staff byline's "staff"), no past participle for its
     * last word, no outlet's "staff" after it (but a staff byline's own,
     * above), no title's abbreviation for its first word */
    static const front_case inner[] = {
        {"By ana lind the river aldane burst its banks on tuesday.", "By ana lind"},
        {"By ana lind and tom berg three villages were flooded on tuesday.",
         "By ana lind and tom berg"},
        {"By wide margins, voters of vesk agreed to close the dam.", NULL},
        {"By multivariable adjusted logistic regression we associated the floods.", NULL},
        {"By hospital staff, the patients were moved to vesk on tuesday.", NULL},
        {"By dr. Ana lind the number one question i hear is about floods.", NULL},
        {"By christmas day 2004, the chance of a flood was 1 in 45.", NULL},
        {"Written by ana lind directed by tom berg starring eva holm and the river.", NULL},
    };
    check_fronts(inner, sizeof inner / sizeof *inner, pc_inner_byline);
    /* the same byline after a document's first sentence is split off
     * there too, and the lead after it is a candidate; not after an
     * abbreviation's period, where the segmenter may have cut a sentence
     * that goes on */
    check_split("By ana lind");
    check_split("By vesk sentinel staff");
    check_split("By ana lind staff writer");
    {
        const char *doc = "The river aldane burst its banks near the town of vesk on tuesday "
                          "night. The mayor was seen at 8 a.m. By district judge ana lind, "
                          "according to the court records of vesk.";
        precis_cluster *c = one_doc(doc);
        for (size_t i = 0; i < c->nsents; i++)
            CHECK(!c->sents[i].furniture);
        precis_cluster_free(c);
    }
    static const front_case updated[] = {
        {"/ updated by ana lind and tom berg the river aldane burst its banks.",
         "/ updated by ana lind and tom berg"},
        {"/ updated in a note, the mayor of vesk said the dam held.", "/ updated"},
        {"/ updated by ana lind, tom berg and eva holm the river aldane burst its banks.",
         "/ updated by ana lind, tom berg and eva holm"},
        {"/ updated by late tuesday the river had fallen again.", "/ updated"},
        {"The page was updated by ana lind on tuesday night.", NULL},
        {"/ updated the end.", NULL},
        /* the stamp's source goes with a byline after it, and only then */
        {"/ source: reuters by ana lind and tom berg three villages were flooded.",
         "/ source: reuters by ana lind and tom berg"},
        {"/ source: vesk news by ana lind three villages were flooded on tuesday.",
         "/ source: vesk news by ana lind"},
        {"/ source: reuters three villages were flooded on tuesday near vesk.", NULL},
        {"/ source: reuters by ana lind berg and tom holm said the dam held.", NULL},
        {"The source: reuters by ana lind said three villages were flooded.", NULL},
    };
    check_fronts(updated, sizeof updated / sizeof *updated, pc_leading_updated);
    /* a document's first sentence, and since s43-byline a sentence inside
     * it (pc_inner_byline) */
    precis_cluster *c =
        one_doc("By ana lind the river aldane burst its banks near vesk on tuesday. "
                "By tom berg three villages were flooded and the road was cut.");
    CHECK(c->nsents == 4);
    CHECK(c->sents[0].furniture == PC_FURNITURE_PREFIX);
    CHECK(c->sents[1].eligible && memcmp(c->sents[1].text, "The river", 9) == 0);
    CHECK(c->sents[2].furniture == PC_FURNITURE_PREFIX);
    CHECK(c->sents[3].eligible && memcmp(c->sents[3].text, "Three villages", 14) == 0);
    precis_cluster_free(c);
    /* but after a page's stamp a byline is one wherever it stands */
    c = one_doc("The river aldane burst its banks near vesk on tuesday night. "
                "Nov. 29, 2018, 1: 40 am gmt / updated nov. 29, 2018, 1: 52 am gmt by ana "
                "lind three villages were flooded and the road was cut.");
    CHECK(c->nsents == 4);
    CHECK(c->sents[1].furniture == PC_FURNITURE_PREFIX);
    CHECK(c->sents[2].furniture == PC_FURNITURE_PREFIX);
    CHECK(c->sents[2].len == strlen("by ana lind"));
    CHECK(c->sents[3].eligible && memcmp(c->sents[3].text, "Three villages", 14) == 0);
    precis_cluster_free(c);
    /* a stamp past the front goes with what the page put before it
     * (pc_glued_stamp): the lead after it is a sentence of its own */
    c = one_doc("Originally published may 3, 2019 at 8: 18 pm | page modified may 4, 2019 at "
                "11: 44 am two hikers were hurt in an avalanche near vesk on saturday.");
    CHECK(c->nsents == 2);
    CHECK(c->sents[0].furniture == PC_FURNITURE_PREFIX);
    CHECK(c->sents[1].eligible && memcmp(c->sents[1].text, "Two hikers", 10) == 0);
    precis_cluster_free(c);
}

/* pc_glued_credit_label: a caption and its credit glued to the lead in
 * text written as one line; the front goes when the credit's end shows,
 * the whole sentence when it does not; prose and a bracketed credit stay */
static void check_glued_credit_label(void)
{
#define CREDITED(t) pc_glued_credit_label(t, strlen(t))
    const char *a = "A model of the painted bird credit: ana lind the team said the bird "
                    "lived on the island.";
    CHECK(CREDITED(a) == strlen("A model of the painted bird credit: ana lind"));
    const char *b = "Credit: vesk university scientists have found a cheap way to make fuel.";
    CHECK(CREDITED(b) == strlen(b));
    const char *c = "The old mill at dusk photo credit: tom berg/vesk daily ana lind spoke first.";
    CHECK(CREDITED(c) == strlen(c));
    const char *d = "Credit: vesk trust ana lind, the trust's founder, was named on monday.";
    CHECK(CREDITED(d) == strlen(d));
    const char *e = "Credit: tide so it goes.";
    CHECK(CREDITED(e) == strlen(e));
    CHECK(CREDITED("The mill burned down on monday, the owner said.") == 0);
    CHECK(CREDITED("The old mill ( photo credit: tom berg ) burned down on monday night.") == 0);
    CHECK(CREDITED("She gave him the credit for the win, the coach said.") == 0);
#undef CREDITED
}

/* In a cluster of the one document `doc`, a front is split off as
 * furniture and the rest is a sentence that opens with `lead`. */
static void check_front_cut(const char *doc, const char *lead)
{
    precis_cluster *cl = one_doc(doc);
    CHECK(cl->nsents == 2);
    CHECK(cl->sents[0].furniture == PC_FURNITURE_PREFIX);
    CHECK(cl->sents[1].eligible && memcmp(cl->sents[1].text, lead, strlen(lead)) == 0);
    precis_cluster_free(cl);
}

/* pc_glued_read_more: a link's headline and its "read more" button past a
 * sentence's front, glued to the lead after them; prose's "read more" and
 * a prompt stay */
static void check_glued_read_more(void)
{
#define GLUED(t) pc_glued_read_more(t, strlen(t))
    const char *a = "Ancient tomb found beside the northern river read more the team said the find "
                    "was older than the town.";
    CHECK(GLUED(a) == strlen("Ancient tomb found beside the northern river read more"));
    const char *b = "Ferry fares rise again | anna berg Read more \"we cannot pay this,\" a "
                    "commuter said.";
    CHECK(GLUED(b) == strlen("Ferry fares rise again | anna berg Read more"));
    const char *c = "Council votes to close the old library read more in a late session, members "
                    "voted nine to two.";
    CHECK(GLUED(c) == strlen("Council votes to close the old library read more"));
    /* a headline that ends in a quotation, its mark glued to the button */
    const char *d = "Mayor of the river town on the flood: ' we were not ready'read more the "
                    "water rose two metres overnight, officials said.";
    CHECK(GLUED(d) ==
          strlen("Mayor of the river town on the flood: ' we were not ready'read more"));
    const char *e = "Ferry crew tells of the storm: \"it was all of it\"read more \"we saw the "
                    "waves,\" a sailor said.";
    CHECK(GLUED(e) == strlen("Ferry crew tells of the storm: \"it was all of it\"read more"));
    /* a mark that opens, not closes, and a mark glued to what it names */
    CHECK(GLUED("Mayor of the river town on the flood said ' read more of the reports ' now.") ==
          0);
    CHECK(GLUED("Flood in the river town: ' we were not ready'read more about the flood.") == 0);
    /* prose: a function word, a prompt's verb or a colon before it */
    CHECK(GLUED("Pupils who read more books at home did better in the test.") == 0);
    CHECK(GLUED("At the end of the page you can read more of her letters to the mayor.") == 0);
    CHECK(GLUED("For the full story please click read more at the bottom of this page.") == 0);
    CHECK(GLUED("Go down the rabbit hole: read more odd reviews of the kettle.") == 0);
    /* what the button names, or a comparison, after it */
    CHECK(GLUED("The girls in the survey read more than the boys did last year.") == 0);
    CHECK(GLUED("Tomb found beside the river read more about the dig and its finds here.") == 0);
    CHECK(GLUED("Tomb found beside the river read more stories from the region.") == 0);
    /* too little before or after it */
    CHECK(GLUED("Tomb found read more the team said so.") == 0);
    CHECK(GLUED("Ancient tomb found beside the northern river read more here.") == 0);
    CHECK(GLUED("Nothing here to see.") == 0);
#undef GLUED
    /* in a cluster the headline is furniture and the lead a sentence */
    check_front_cut("Ancient tomb found beside the northern river read more the team said the "
                    "find was older than the town.",
                    "The team said");
}

/* Each text of cuts[0..ncuts) loses its front cuts[i][1] to glued(), each
 * of kept[0..nkept) nothing. */
static void check_cuts_and_kept(size_t (*glued)(const char *, size_t), const char *const (*cuts)[2],
                                size_t ncuts, const char *const *kept, size_t nkept)
{
    for (size_t i = 0; i < ncuts; i++)
        CHECK(glued(cuts[i][0], strlen(cuts[i][0])) == strlen(cuts[i][1]));
    for (size_t i = 0; i < nkept; i++)
        CHECK(glued(kept[i], strlen(kept[i])) == 0);
}

/* pc_glued_share_this: a "share this" button and its row glued between a
 * headline and a lead, or in front of a lead; prose's "share this" stays */
static void check_glued_share_this(void)
{
#define SHARED(t) pc_glued_share_this(t, strlen(t))
    /* each text, and the front that is cut off it */
    static const char *const cuts[][2] = {
        {"Storm closes two schools in the valley share this story print email the district "
         "said classes would resume on monday.",
         "Storm closes two schools in the valley share this story print email"},
        {"Clinic reports rare fever cases share this content: linkedin google email print "
         "health officials said the cases were mild.",
         "Clinic reports rare fever cases share this content: linkedin google email print"},
        {"Share this article: a farmer who found a gold ring in a field gave it back.",
         "Share this article:"},
        {"Share this story the new frog lives only on two islands, the team said.",
         "Share this story"},
        {"Share this article with google plus the ferry sank in calm water.",
         "Share this article with google plus"}};
    /* a headline and its buttons alone */
    const char *f = "Ferry sinks in calm water share this story tweet email";
    CHECK(SHARED(f) == strlen(f));
    /* prose: a function word before it, what the button would not name,
     * a continuation after it, no row in mid-sentence, someone's words */
    static const char *const kept[] = {
        "We are glad to share this story with all of our readers today.",
        "Many farmers share this view of the new rules, the survey found.",
        "Share this story with your friends and family before friday.",
        "Readers share this story widely on the first day it runs.",
        "\" please share this video: the ferry is gone, \" she wrote.",
        "Share this story now.",
        "Nothing here to see."};
    check_cuts_and_kept(pc_glued_share_this, cuts, sizeof cuts / sizeof *cuts, kept,
                        sizeof kept / sizeof *kept);
#undef SHARED
    /* in a cluster the headline and row are furniture, the lead a sentence */
    check_front_cut("Storm closes two schools in the valley share this story print email the "
                    "district said classes would resume on monday after the storm.",
                    "The district said");
}

/* pc_glued_email_this: an "email this" button glued between a headline
 * and a lead (session 40); prose's "email this" stays */
static void check_glued_email_this(void)
{
    static const char *const cuts[][2] = {
        {"Stage actor dies at 81 email this dana weller, who played the king for years, died "
         "on monday.",
         "Stage actor dies at 81 email this"},
        {"Singer: ' i ' m sorry ' email this weeks after the show, the singer wrote a letter.",
         "Singer: ' i ' m sorry ' email this"},
        {"Farm rules printable version email this page the state announced new rules today.",
         "Farm rules printable version email this page"}};
    static const char *const kept[] = {
        "In an email this week to the staff, the dean said the school would close.",
        "She asked me to email this to everyone on the list before friday.",
        "Please sign up invalid email this is the first storm of the year.",
        "Ferry news email this article to a friend who takes the ferry.",
        "Ferry sinks in calm water email this now.",
        "Email this story the ferry sank in calm water on monday."};
    check_cuts_and_kept(pc_glued_email_this, cuts, sizeof cuts / sizeof *cuts, kept,
                        sizeof kept / sizeof *kept);
    check_front_cut("Stage actor dies at 81 email this dana weller, who played the king for "
                    "years, died on monday in his home.",
                    "Dana weller, who");
}

/* pc_glued_duration: a video's title and length glued before a lead, or
 * the length alone; a clock's time in prose, a quoted time, a time before
 * a clock's unit, a number or a stamp's label, a comma and too little
 * after it stay */
static void check_glued_duration(void)
{
#define DUR(t) pc_glued_duration(t, strlen(t))
    const char *a = "Play video storm floods the old harbour 3: 51 the coast guard said the "
                    "ferry would not sail.";
    CHECK(DUR(a) == strlen("Play video storm floods the old harbour 3: 51"));
    const char *b = "02: 07 the mayor of the river town resigned on Tuesday.";
    CHECK(DUR(b) == strlen("02: 07"));
    const char *c = "Video ( 01:38 ): the ferry ran aground off the northern coast on Friday.";
    CHECK(DUR(c) == strlen("Video ( 01:38"));
    const char *d = "Listen 2: 19 2: 19 the owners of the bakery say the rent doubled.";
    CHECK(DUR(d) == strlen("Listen 2: 19 2: 19"));
    /* prose: a function word before it, a quotation, a clock's unit */
    CHECK(DUR("With 1: 13 left, the two teams were level at 53 points.") == 0);
    CHECK(DUR("The council met at 10: 30 to vote on the harbour wall.") == 0);
    CHECK(DUR("\" it's 8: 08 on a saturday morning, \" the baker said.") == 0);
    CHECK(DUR("The first ferry leaves the pier 6: 45 am every day of the week.") == 0);
    CHECK(DUR("The ferry docked 9: 41 et on the north side of the pier.") == 0);
    /* a verse, a ratio, too little after or too much before */
    CHECK(DUR("The pastor read isaiah 54: 16, which speaks of the smith.") == 0);
    CHECK(DUR("The film was shot in the wide ratio 2.35: 1 on old cameras.") == 0);
    /* not before a stamp's label and date, which its own rule reads: after
     * the whole stamp */
    CHECK(DUR("Photo: ap 11: 38 published: 30 jun 2016 11: 38 the mayor spoke.") ==
          strlen("Photo: ap 11: 38 published: 30 jun 2016 11: 38"));
    CHECK(DUR("Director: anna berg ( 1: 40 ).") == 0);
    CHECK(DUR("A title of more than fifteen words that runs on and on before the clock "
              "finally shows 3: 51 the lead follows here.") == 0);
    CHECK(DUR("Nothing here to see.") == 0);
    /* an article after the length is no "a.m."; a title ending in an
     * object pronoun (or "us", the country in lower case) is no prose time */
    const char *e = "Storm clouds roll over the bay 2: 23 a cold front moved in on Friday night.";
    CHECK(DUR(e) == strlen("Storm clouds roll over the bay 2: 23"));
    CHECK(DUR("The ferry left the pier at 2: 23 a.m. on Friday with forty cars.") == 0);
    const char *f = "Mayor cuts ties with him 4: 05 the council voted on Monday to end the deal.";
    CHECK(DUR(f) == strlen("Mayor cuts ties with him 4: 05"));
#undef DUR
    /* in a cluster the title and length are furniture and the lead a
     * sentence */
    precis_cluster *cl = one_doc("Play video storm floods the old harbour 3: 51 the coast guard "
                                 "said the ferry would not sail.");
    CHECK(cl->nsents == 2);
    CHECK(cl->sents[0].furniture == PC_FURNITURE_PREFIX);
    CHECK(cl->sents[1].eligible && memcmp(cl->sents[1].text, "The coast guard", 15) == 0);
    precis_cluster_free(cl);
}

/* A list of highlights glued before a lead runs to the agency's tag that
 * opens it; the tag ends the list in the document's first sentence after
 * its front furniture only (s40-read). */
static void check_glued_agency_lead(void)
{
    static const struct {
        const char *s;
        size_t front; /* the bytes split off, 0 for none */
    } cases[] = {
        {"Ferry fares rise by a third council says the vote was close ( kpn ) the harbour "
         "council voted on monday to raise ferry fares.",
         68},
        {"Ferry fares rise by a third the vote was close port arlen ( kpn ) the harbour "
         "council voted on monday.",
         66},
        /* too few words before the bracket: a dateline's, not a list's */
        {"Fares rise ( kpn ) the harbour council voted on monday to raise fares.", 0},
        /* an abbreviation, a party, a function word, a stock symbol */
        {"Scientists with the kelso ( b.c. ) marine science society say the whale was old.", 0},
        {"Ferry fares rise by a third, says sen. Dana weller ( r-ore. ) who voted no.", 0},
        {"Ferry fares rise by a third at the harbour ( out of four ) dana weller wrote.", 0},
        {"Shares of the ferry company northwind inc. ( nwnd ) fell sharply on monday.", 0},
        /* the first bracket decides */
        {"Ferry fares rise by a third ( with video ) the vote was close ( kpn ) the harbour "
         "council voted on monday.",
         0},
        {"The harbour council voted on monday to raise ferry fares by a third.", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        CHECK(pc_glued_agency_lead(cases[i].s, strlen(cases[i].s)) == cases[i].front);

    /* behind the list's label at the document's top: the lead is the first
     * sentence, capitalised; a tag further down stays */
    precis_cluster *c = one_doc(
        "Story highlights ferry fares rise by a third council says the vote was close ( kpn ) "
        "the harbour council voted on monday to raise ferry fares by a third.  The council "
        "met for six hours, and the mayor said the price of fuel left no choice ( kpn ) "
        "a reporter asked her twice.");
    int lead = 0, later = 0;
    for (size_t k = 0; k < c->nsents; k++) {
        if (memcmp(c->sents[k].text, "The harbour council voted", 25) == 0) {
            lead = 1;
            CHECK(!c->sents[k].furniture && c->sents[k].pos == 0);
            CHECK(k > 0 && c->sents[k - 1].furniture == PC_FURNITURE_PREFIX);
        }
        later |= memcmp(c->sents[k].text, "The council met", 15) == 0 &&
                 strstr(c->sents[k].text, "( kpn ) a reporter") != NULL;
    }
    CHECK(lead && later);
    precis_cluster_free(c);
    /* no furniture before it: a headline's tag is left to the dateline's rules */
    c = one_doc("Ferry fares rise by a third council says the vote was close ( kpn ) the "
                "harbour council voted on monday to raise ferry fares by a third.");
    CHECK(c->nsents == 1 && !c->sents[0].furniture);
    precis_cluster_free(c);
    /* after a dateline split off the front the lead has begun: a bracket
     * in it is the lead's own, not a tag that ends a list (session 40,
     * s40-heldout) */
    c = one_doc("Port arlen -- researchers from the kelso college ( kc ) fisheries school "
                "counted the whales along the harbour on monday for the survey.");
    int whole = 0;
    for (size_t k = 0; k < c->nsents; k++)
        whole |= !c->sents[k].furniture &&
                 strncmp(c->sents[k].text, "Researchers from the kelso college ( kc ) fisheries",
                         51) == 0;
    CHECK(whole);
    precis_cluster_free(c);
}

/* A highlights list glued before the lead with no agency's tag after it:
 * where the lead begins does not show, the list's sentence is furniture
 * that keeps the lead's place; one item of its own (a short rest) stays,
 * and so does the label's sentence with the tag (check_glued_agency_lead). */
static void check_untagged_list(void)
{
    CHECK(pc_ends_list_label("Story highlights", 16));
    CHECK(pc_ends_list_label("Buy photo story highlights", 26));
    CHECK(!pc_ends_list_label("Story continued below", 21));
    CHECK(!pc_ends_list_label("Weekhighlights", 14));
    precis_cluster *c =
        one_doc("Story highlights ferry fares rise by a third council says the vote was close the "
                "mayor blames the price of fuel the harbour council voted on monday to raise ferry "
                "fares by a third after a six-hour meeting.  The council met again on tuesday.");
    int list = 0, next = 0;
    for (size_t k = 0; k < c->nsents; k++) {
        if (strstr(c->sents[k].text, "the harbour council voted") != NULL)
            list |= c->sents[k].furniture == PC_FURNITURE_PREFIX;
        if (memcmp(c->sents[k].text, "The council met again", 21) == 0)
            next = !c->sents[k].furniture && c->sents[k].pos == 1;
    }
    CHECK(list && next);
    precis_cluster_free(c);
    /* one item with its own full stop: a sentence */
    c = one_doc("Story highlights ferry fares rise by a third, the council says.  The harbour "
                "council voted on monday to raise ferry fares by a third.");
    int item = 0;
    for (size_t k = 0; k < c->nsents; k++)
        item |= memcmp(c->sents[k].text, "Ferry fares rise by a third, the council", 40) == 0 &&
                !c->sents[k].furniture;
    CHECK(item);
    precis_cluster_free(c);
}

/* pc_glued_headline: a headline glued to its document's lead, known by its
 * words coming again in the lead, cut before the lead's article */
static void check_glued_headline(void)
{
    static const front_case cases[] = {
        {"Vesk council raises ferry fares after fuel costs soar the vesk council voted on monday "
         "to raise ferry fares by a third.",
         "Vesk council raises ferry fares after fuel costs soar "},
        /* a page's stamp ends the headline */
        {"Vesk mayor quits over bridge scandal updated the vesk mayor has quit over the bridge "
         "scandal, the council said.",
         "Vesk mayor quits over bridge scandal updated "},
        /* a dateline's dash, alone */
        {"Ferry fares rise by a third in vesk vesk — the vesk harbour council voted on monday to "
         "raise ferry fares.",
         "Ferry fares rise by a third in vesk vesk — "},
        /* two words said again are not enough */
        {"Vesk mayor plans new bridge over aldane the vesk mayor was told on monday.", NULL},
        {"Mayor plans new bridge over aldane the council was told on monday.", NULL},
        /* a verb's past before the article: its object, then the main verb */
        {"Vesk ferry council harbour board issued a vesk ferry statement is read by the vesk "
         "council.",
         NULL},
        /* inside a quotation */
        {"\" vesk ferry council members approved half the vesk ferry council budget was spent, "
         "\" she said.",
         NULL},
        /* a pair of dashes around an aside */
        {"Ferry fares in vesk rise by a third — the vesk ferry fares council says — after the "
         "vote.",
         NULL},
        /* a comma in what would be the lead's subject */
        {"Vesk ferry board chief quits the vesk ferry board, harbour said on monday.", NULL},
        /* fewer than 4 words before the article */
        {"Vesk ferry fares the vesk ferry fares were raised on monday.", NULL},
    };
    check_fronts(cases, sizeof cases / sizeof *cases, pc_glued_headline);
    check_front_cut(
        "Vesk council raises ferry fares after fuel costs soar the vesk council voted on "
        "monday to raise ferry fares by a third.",
        "The vesk council voted");
    /* only a document's first sentence */
    precis_cluster *c = one_doc("The harbour of vesk reopened on monday after the storm.  Vesk "
                                "council raises ferry fares after fuel costs soar the vesk council "
                                "voted on monday to raise ferry fares by a third.");
    CHECK(c->nsents == 2 && !c->sents[1].furniture);
    precis_cluster_free(c);
}

/* pc_glued_headline_place: a headline glued to its lead through the
 * lead's place dateline and its dash, known by the headline's words coming
 * again in the lead, cut before the dash */
static void check_glued_headline_place(void)
{
    static const front_case cases[] = {
        {"New ferry fares anger vesk commuters after council vote aldane -- vesk commuters are "
         "angry at new ferry fares after monday's council vote.",
         "New ferry fares anger vesk commuters after council vote aldane"},
        /* a place with its region, an em dash */
        {"Harbour board fines ferry firm over late sailings vesk, aldshire \xE2\x80\x94 the "
         "harbour board fined the vesk ferry firm on monday over its late sailings.",
         "Harbour board fines ferry firm over late sailings vesk, aldshire"},
        /* a byline in the place's stead */
        {"Council backs new vesk bridge plan by anna berg - council members backed the new vesk "
         "bridge plan on monday night.",
         "Council backs new vesk bridge plan by anna berg"},
        /* two words said again are not enough */
        {"Ferry fares rise in vesk after long council debate aldane -- commuters say the ferry "
         "fares are too high.",
         NULL},
        /* the place after a function word: the headline's own object */
        {"Vesk ferry firm prepares for the loss of aldane -- managers of the vesk ferry firm "
         "expect the loss of the aldane route.",
         NULL},
        /* a headline written twice, its name again before the dash */
        {"Anna berg quits vesk ferry board anna berg -- quits the board after ten years on the "
         "vesk ferry board, members said.",
         NULL},
        /* the headline going on after a dash of its own */
        {"Vesk mayor fined over ferry deal aldane -- mayor fined over ferry deal, council says.",
         NULL},
        /* a lead that opens with a function word */
        {"Vesk ferry fares rise by a third aldane -- but commuters on the vesk ferry say fares "
         "are still fair.",
         NULL},
        /* inside a quotation */
        {"\" vesk ferry fares rise by a third aldane -- commuters on the vesk ferry say the fares "
         "are too high.",
         NULL},
        /* fewer than 4 words of headline */
        {"Vesk ferry fares aldane -- commuters on the vesk ferry say fares are too high.", NULL},
        /* a dash that another pairs with: an aside */
        {"Vesk ferry fares rise by a third aldane -- commuters on the vesk ferry -- say the fares "
         "are too high.",
         NULL},
    };
    check_fronts(cases, sizeof cases / sizeof *cases, pc_glued_headline_place);
    check_front_cut("New ferry fares anger vesk commuters after council vote aldane -- vesk "
                    "commuters are angry at new ferry fares after monday's council vote.",
                    "Vesk commuters are angry");
    /* only a document's first sentence */
    precis_cluster *c = one_doc("The harbour of vesk reopened on monday after the storm.  New "
                                "ferry fares anger vesk commuters after council vote aldane -- "
                                "vesk commuters are angry at new ferry fares after monday's "
                                "council vote.");
    CHECK(c->nsents == 2 && !c->sents[1].furniture);
    precis_cluster_free(c);
}

int main(void)
{
    check_key();
    check_archive_notice();
    check_abstract_heading_front();
    check_abstract_headings();
    check_author_note();
    check_candidates();
    check_template_page();
    check_prefix();
    check_aside();
    check_copyright();
    check_caption();
    check_date_then_place();
    check_present_scene();
    check_capitals();
    check_display_capital();
    check_leading_caption();
    check_caption_other_languages();
    check_credit();
    check_picture_label();
    check_labelled_prefix();
    check_byline();
    check_opener();
    check_prompt();
    check_markup();
    check_email();
    check_credit_line();
    check_link_label();
    check_link_run();
    check_link_label_front();
    check_link_headline();
    check_listen();
    check_link();
    check_bullet_and_stamp();
    check_list_number();
    check_leading_dash();
    check_leading_place();
    check_leading_place_cased();
    check_leading_place_cased_date();
    check_dateline_copula();
    check_share_buttons();
    check_dateline();
    check_label();
    check_quote_end();
    check_glued_read_more();
    check_glued_duration();
    check_glued_share_this();
    check_glued_email_this();
    check_glued_credit_label();
    check_glued_agency_lead();
    check_untagged_list();
    check_glued_headline();
    check_glued_headline_place();
    check_verbless();
    return check_done();
}
