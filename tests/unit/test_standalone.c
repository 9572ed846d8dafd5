/* The stand-alone flags of model/standalone.c on hand-written documents:
 * a definite description whose noun the sentence before it introduced
 * ("... delayed a plane. The plane will return ...") refers back like a
 * pronoun, and is chosen only right after that sentence; one that says
 * itself what it is (a name, "of", a relative clause, a name in
 * apposition) or whose noun the sentence before does not have stands on
 * its own; "Another" and "The latter" always refer back.  One whose noun
 * is two sentences back never opens a summary.  A quotation
 * whose speaker is a pronoun ("..., he said.") names no one: it is all
 * quotation (PC_SA_BARE) like one with no speaker at all, and reported
 * speech with one ("Bidding reached ..., he said.", "There is ``a sense
 * of optimism,'' he said.") refers back. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "precis.h"
#include "lang/lang.h"
#include "model/cluster.h"
#include "model/model.h"
#include "model/standalone.h"
#include "rank/rank.h"
#include "select.h"

static const char *doc_a =
    "Israeli security officials delayed a charter plane at the Gaza airport on Wednesday. "
    "The plane will return to the airport later in the day, an airport official said. "
    "The plane of the visiting minister landed in Amman without any delay at all. "
    "Prosecutors said the slaying of an obstetrician near Buffalo shocked the region. "
    "The obstetrician, Dr. Barnett Slepian, was killed by a sniper at his home. "
    "Diplomats asked the Taliban to hand over the suspect to a foreign court. "
    "The Taliban refused to hand him over to any court outside of Afghanistan. "
    "The weather stayed calm across the whole coast for the rest of the week. "
    "Another storm is expected to reach the northern coast early next week. "
    "The latter said nothing about the talks with the union leaders on Friday. "
    "Analysts sent two reports about his statements to several government agencies. "
    "The reports, American officials said, included several caveats about the source. "
    "A reporter saw four severed heads near the village of Assinovskaya on Tuesday. "
    "There was no sign of any bodies near the village or on the road to it. "
    "The heads were identified as those of the four engineers by a bodyguard. "
    "Airline chief Lucio Tan spoke to reporters at the airport on Monday. "
    "\"It's either of the two options for the airline,\" he said. "
    "\"We will rebuild the harbour wall this year,\" Mayor Lena Berg said on Monday. "
    "\"We will rebuild every house,\" said the mayor of the port town. "
    "Auctioneer Mark Wells opened the sale of the rare coin at noon on Friday. "
    "Bidding reached 1.84 million dollars in the end, he said. "
    "Collectors from Texas bought two more coins that day, the auction house said. "
    "Police let the dealer Jan Moller travel to Peru, where he admits he sold a fake coin. "
    "Envoys from six countries met the minister in the capital on Thursday. "
    "There is ``a sense of optimism,'' he said after the long talks. "
    "There is now \"a real chance of a deal,\" she said of the talks. "
    "Talks would resume \"within a week or two,\" envoy Omar Haddad said. "
    "Rangers removed the horns of forty rhinos in the park in 1989. "
    "None of those animals was killed by poachers in the following decade. "
    "None of the passengers on the ferry was hurt when it ran aground. "
    "Some had gone into hiding in the hills for several days. "
    "Others went to the church to pray for the victims. "
    "Some protesters stayed in the square until the morning. "
    "Each said the storm had come in the night without warning. "
    "Neither was hurt when the roof of the shed fell in. "
    "Each boat carried twelve fishermen out of the harbour that night. "
    "On one side of the race is the mayor, a former teacher from the north. "
    "On the other is Charles Schumer, who voted against the crime bills. "
    "On the other side of the river, farmers moved their cattle to higher ground. "
    "In Bangkok, however, there are some silver linings for the swimming team. "
    "The Taliban, too, refused to take part in the talks on the new border. "
    "Many towns in central Iowa, for instance, got about a foot of snow overnight. "
    "This year, however, the fair was called off because of the floods. "
    "Rain, wind and hail, the forecast said, will hit the coast by the evening. "
    "The city, which owns the bridge, will pay for the repairs next spring. "
    "They've got their own little colony out in the cane fields near the town. "
    "It's a long way from the old mill to the coast, the driver said.";

/* Page furniture glued to the front of a sentence, and sentences that
 * open alike and are news. */
static const char *doc_glued =
    "Reuters/Tim Wimborne San Francisco police arrested a man on the bridge on Monday. "
    "Buy photo Eight-year-old Landon Ruder salutes during honor guard preparations on Wednesday. "
    "Uploaded by someone on Plagued by his own demons, the toy executive lost everything. "
    "By Lauren Johnson Manhattan landlord Maurice Laboz has sold real estate worth millions. "
    "Man pleads guilty to urinating on alamo photo: Billy Calzada, the shrine is very old. "
    "Eric Cantor | Wharton remarks as prepared for delivery were read by the leader today. "
    "May 18, 2015, 1:05 am | the senator from South Carolina says he will announce a run. "
    "Credit: Imperial College London electrically charged volcanic ash short-circuited the sky. "
    "Chip Somodevilla / Getty a handgun like the one the gunman used lies on a table. "
    "New heritage sites for 2014 image 1 of 29 a wetland in Botswana is on the list now. "
    "Nov. 29, 2018, 1: 40 am gmt / updated by phil smith for weeks, veterans raised alarms. "
    "1 of 11 We took a look at ten celebrities who started companies of their own. "
    "On Nov. 29, 2018, at 1:40 a.m., the tremor struck the coast near the old port. "
    "By then the storm had moved east across the northern coast of the island. "
    "By raising rates, the central bank hoped to slow the rise in prices this year. "
    "By 2020 the city had built three new bridges across the wide river. "
    "Parents said they would decide whether to keep and/or sell the house next year. "
    "A photo of the suspect was released by the police on Tuesday evening. "
    "Backed by a large grant, the city opened two new schools in the autumn. "
    "/ updated by dennis romero as the inquiry drew closer, the show stayed on the news. "
    /* no mark where the owner ends: glued (the article of "journal a
     * construction crew" is one, text/clean.h, pc_leading_copyright) */
    "Copyright \xC2\xA9 2018 mesa valley journal crews found bones on the west mesa on tuesday. "
    "Copyright 2019 nexstar broadcasting. "
    "Copyright infringement cases rose sharply in the courts of the state last year.";

static uint8_t flags_of(const pc_model *m, const uint8_t *sa, const char *prefix)
{
    for (size_t i = 0; i < m->ncandidates; i++) {
        const pc_sent *s = &m->c->sents[m->sentence_of[i]];
        if (s->len >= strlen(prefix) && memcmp(s->text, prefix, strlen(prefix)) == 0)
            return sa[i];
    }
    fprintf(stderr, "no candidate: %s\n", prefix);
    CHECK(!"candidate found");
    return 0xff;
}

/* The candidate whose sentence starts with prefix. */
static uint32_t cand_of(const pc_model *m, const char *prefix)
{
    for (size_t i = 0; i < m->ncandidates; i++) {
        const pc_sent *s = &m->c->sents[m->sentence_of[i]];
        if (s->len >= strlen(prefix) && memcmp(s->text, prefix, strlen(prefix)) == 0)
            return (uint32_t)i;
    }
    fprintf(stderr, "no candidate: %s\n", prefix);
    CHECK(!"candidate found");
    return 0;
}

/* A cluster, its model and the stand-alone flags of its
 * candidates. */
typedef struct fixture {
    precis_cluster *c;
    pc_arena a;
    pc_model m;
    uint8_t *sa;
    uint32_t *prev;
} fixture;

/* A cluster of the documents, its model and the stand-alone flags of its
 * candidates. */
static void fixture_build_docs(fixture *f, const char *const *docs, size_t n)
{
    CHECK(precis_cluster_new(&f->c, NULL) == PRECIS_OK);
    for (size_t i = 0; i < n; i++)
        CHECK(precis_cluster_add_document(f->c, docs[i], strlen(docs[i]), NULL, NULL, NULL) ==
              PRECIS_OK);
    pc_arena_init(&f->a, NULL);
    CHECK(pc_model_build(&f->m, f->c, &f->a) == PRECIS_OK);
    f->sa = pc_arena_calloc(&f->a, f->m.ncandidates + 1, 1);
    f->prev = pc_arena_alloc(&f->a, (f->m.ncandidates + 1) * sizeof *f->prev);
    CHECK(f->sa && f->prev);
    pc_standalone(&f->m, f->sa, f->prev);
}

static void fixture_build(fixture *f, const char *doc)
{
    fixture_build_docs(f, &doc, 1);
}

static void fixture_release(fixture *f)
{
    pc_arena_release(&f->a);
    precis_cluster_free(f->c);
}

static void check_glued(void)
{
    fixture f;
    fixture_build(&f, doc_glued);
    static const char *const glued[] = {"Uploaded by", "Man pleads", "Eric Cantor",
                                        "Copyright \xC2\xA9 2018"};
    /* a credit, a label and a stamp that the cluster splits off
     * (text/boilerplate.h): what follows them is a sentence of its own */
    static const char *const news[] = {"By then",
                                       "By raising",
                                       "By 2020",
                                       "Parents said",
                                       "A photo of",
                                       "Backed by",
                                       "On Nov. 29",
                                       "Copyright infringement",
                                       "San Francisco police",
                                       "Eight-year-old Landon",
                                       "As the inquiry"};
    for (size_t k = 0; k < sizeof glued / sizeof *glued; k++) {
        uint8_t fl = flags_of(&f.m, f.sa, glued[k]);
        CHECK((fl & PC_SA_GLUED) && !pc_sa_opener(fl));
    }
    for (size_t k = 0; k < sizeof news / sizeof *news; k++) {
        uint8_t fl = flags_of(&f.m, f.sa, news[k]);
        if (!(!(fl & PC_SA_GLUED) && pc_sa_opener(fl)))
            fprintf(stderr, "%s: flags %u\n", news[k], fl);
        CHECK(!(fl & PC_SA_GLUED) && pc_sa_opener(fl));
    }
    /* a byline inside a document is split off by the cluster
     * (pc_inner_byline): no candidate opens with it */
    for (size_t i = 0; i < f.m.ncandidates; i++) {
        const pc_sent *s = &f.m.c->sents[f.m.sentence_of[i]];
        CHECK(!(s->len >= 9 && memcmp(s->text, "By Lauren", 9) == 0));
    }
    /* a notice alone is furniture: no candidate */
    for (size_t i = 0; i < f.m.ncandidates; i++) {
        const pc_sent *s = &f.m.c->sents[f.m.sentence_of[i]];
        CHECK(!(s->len >= 14 && memcmp(s->text, "Copyright 2019", 14) == 0));
    }
    int seen = 0;
    for (size_t i = 0; i < f.c->nsents; i++)
        seen |= f.c->sents[i].len >= 14 && memcmp(f.c->sents[i].text, "Copyright 2019", 14) == 0 &&
                f.c->sents[i].furniture;
    CHECK(seen);
    fixture_release(&f);
}

/* A teaser cut at a length is the start of a longer sentence of the
 * cluster, word for word, with an ellipsis: broken, inside a quotation
 * too.  One that is no such start is broken when the ellipsis follows a
 * word outside quotation marks (check_cut_short), and stands inside. */
static void check_cut_copy(void)
{
    fixture f;
    fixture_build(&f, "\"Officials said the old bridge over the river will reopen...\" "
                      "The mayor spoke to reporters at the town hall on Friday morning. "
                      "Officials said the old bridge over the river will reopen on Monday "
                      "after three weeks of repairs. "
                      "\"The document makes it very clear what the city council wants...\"");
    CHECK(flags_of(&f.m, f.sa, "\"Officials said the old bridge over the river will reopen...") &
          PC_SA_BROKEN);
    CHECK(!(flags_of(&f.m, f.sa, "Officials said the old bridge over the river will reopen on") &
            PC_SA_BROKEN));
    CHECK(!(flags_of(&f.m, f.sa, "\"The document makes") & PC_SA_BROKEN));
    fixture_release(&f);
}

/* A shell noun after "The" names what the sentences before said as a
 * whole ("The result is that ..."): it refers back though the sentence
 * before has no word of its stem; restricted ("The result of the vote")
 * it says itself what it is.  A fronted "At the meeting, ..." is read as
 * "The meeting" is. */
static void check_shell_nouns(void)
{
    fixture f;
    fixture_build(&f, "Only a third of the homes on the island carried insurance against storms. "
                      "The result is that most of the cost will fall on the families themselves. "
                      "The ruling was expected by lawyers on both sides of the long dispute. "
                      "The result of the vote on Sunday surprised the leaders of every party. "
                      "The news that the bridge would reopen reached the village by noon. "
                      "The two firms held a secret meeting in a hotel near the border. "
                      "At the meeting, the prosecutors say, the firms agreed to split the market. "
                      "In the morning, the firms sent their lawyers to the court in the capital.");
    uint8_t res = flags_of(&f.m, f.sa, "The result is that");
    CHECK((res & PC_SA_REFERS) && !pc_sa_opener(res));
    CHECK(flags_of(&f.m, f.sa, "The ruling was expected") & PC_SA_REFERS);
    CHECK(!(flags_of(&f.m, f.sa, "The result of the vote") & PC_SA_REFERS));
    CHECK(!(flags_of(&f.m, f.sa, "The news that the bridge") & PC_SA_REFERS));
    /* a fronted phrase with a definite noun the sentence before has points
     * back as "The meeting" would; one whose noun is new does not */
    CHECK(flags_of(&f.m, f.sa, "At the meeting, the prosecutors") & PC_SA_REFERS);
    CHECK(!(flags_of(&f.m, f.sa, "In the morning, the firms") & PC_SA_REFERS));
    fixture_release(&f);
}

/* A subordinate clause or a participle's phrase with no main clause after
 * it is the rest of the sentence before it; one with a comma before its
 * main clause and "According to" stand. */
static void check_no_main_clause(void)
{
    fixture f;
    fixture_build(&f, "The ferry company closed its office in the harbour town on Monday. "
                      "Because the new harbour wall was not finished in time for the storms. "
                      "Because the wall was not finished, the ferry stayed in the port all week. "
                      "The mayor of the harbour town called the police on Tuesday evening. "
                      "Saying she last saw the ferry captain on the pier on Friday. "
                      "According to the harbour master the ferry will sail again next week.");
    CHECK(flags_of(&f.m, f.sa, "Because the new harbour wall") & PC_SA_REFERS);
    CHECK(!(flags_of(&f.m, f.sa, "Because the wall was not") & PC_SA_REFERS));
    CHECK(flags_of(&f.m, f.sa, "Saying she last saw") & PC_SA_REFERS);
    CHECK(!(flags_of(&f.m, f.sa, "According to the harbour") & PC_SA_REFERS));
    fixture_release(&f);
}

/* A fronted clause with a pronoun before a pronoun subject points back to
 * a person the sentence never names; a name after the comma, a pronoun
 * further into the clause (which may name its person first) or "it" does
 * not.  Nor does a sentence that ends on "this one". */
static void check_fronted_pronoun(void)
{
    fixture f;
    fixture_build(&f, "The mayor of the harbour town was charged with fraud on Monday morning. "
                      "After he lost the vote, he resigned from the council of the town. "
                      "As much as she admired the plan, she worried about its cost to the town. "
                      "When he arrived at the court, Mayor Berg said nothing to reporters. "
                      "When the old mayor of the town saw his lawyer, he smiled at the crowd. "
                      "While the river rose in the night, it did not reach the houses by the "
                      "harbour. "
                      "Gamblers in the harbour town would love this one. "
                      "Few in the town expected this one-sided vote on the new harbour wall.");
    CHECK(flags_of(&f.m, f.sa, "After he lost the vote") & PC_SA_REFERS);
    CHECK(flags_of(&f.m, f.sa, "As much as she admired") & PC_SA_REFERS);
    CHECK(!(flags_of(&f.m, f.sa, "When he arrived at the court") & PC_SA_REFERS));
    CHECK(!(flags_of(&f.m, f.sa, "When the old mayor") & PC_SA_REFERS));
    CHECK(!(flags_of(&f.m, f.sa, "While the river rose") & PC_SA_REFERS));
    /* "this one" at the end stands for a thing named before */
    CHECK(flags_of(&f.m, f.sa, "Gamblers in the harbour") & PC_SA_REFERS);
    CHECK(!(flags_of(&f.m, f.sa, "Few in the town") & PC_SA_REFERS));
    fixture_release(&f);
    /* English words: Spanish writes "he" for "I have" */
    fixture_build(&f, "El alcalde de la ciudad presentó el nuevo puente sobre el río el lunes por "
                      "la mañana. Cuando he llegado a la plaza mayor, he visto a cientos de "
                      "vecinos con banderas y con flores. Los vecinos esperaron durante horas la "
                      "llegada del alcalde y de los ministros del gobierno.");
    CHECK(!(flags_of(&f.m, f.sa, "Cuando he llegado") & PC_SA_REFERS));
    fixture_release(&f);
}

/* A verb phrase that leaves out what the sentence before said refers
 * back: a verb without its complement ("refused."), an auxiliary without
 * its verb ("did not."), "did the same", "followed suit"; not a passive,
 * not a comparison, not one whose verb the sentence itself gives in a
 * clause before it. */
static void check_ellipsis(void)
{
    fixture f;
    fixture_build(&f, "Envoys asked the Orma government to hand the two suspects over to Spain. "
                      "The Orma government, which controls most of the north, refused. "
                      "The harbour authority of Orma then asked for the files on the suspects. "
                      "Officials in the port of Orma did not. "
                      "The ministry of Orma gave the files to the court in Madrid on Monday. "
                      "Two other ministries of the Orma government did the same. "
                      "Three rival unions of Orma followed suit. "
                      "The request of the two unions in Orma was refused. "
                      "Prices in the harbour of Orma fell faster this year than they did. "
                      "If Orma wanted to show its strength to Madrid, it just did. "
                      "Berg asked the judges of Orma to open the files, and they did. "
                      "A judge ordered Orma to issue the licenses, signaling to other judges that "
                      "they should do the same. "
                      "The police of Orma have done what the army of Orma still cannot. "
                      "The card of the Orma mayor gets charged, you don't.");
    CHECK(flags_of(&f.m, f.sa, "The Orma government, which") & PC_SA_REFERS);
    CHECK(flags_of(&f.m, f.sa, "Officials in the port") & PC_SA_REFERS);
    CHECK(flags_of(&f.m, f.sa, "Two other ministries") & PC_SA_REFERS);
    CHECK(flags_of(&f.m, f.sa, "Three rival unions") & PC_SA_REFERS);
    CHECK(!(flags_of(&f.m, f.sa, "The request of the two") & PC_SA_REFERS));
    CHECK(!(flags_of(&f.m, f.sa, "Prices in the harbour") & PC_SA_REFERS));
    CHECK(!(flags_of(&f.m, f.sa, "If Orma wanted") & PC_SA_REFERS));
    CHECK(!(flags_of(&f.m, f.sa, "Berg asked the judges") & PC_SA_REFERS));
    CHECK(!(flags_of(&f.m, f.sa, "A judge ordered Orma") & PC_SA_REFERS));
    CHECK(!(flags_of(&f.m, f.sa, "The police of Orma have") & PC_SA_REFERS));
    CHECK(!(flags_of(&f.m, f.sa, "The card of the Orma") & PC_SA_REFERS));
    fixture_release(&f);
}

/* Reported speech with a pronoun speaker refers back with any verb of
 * saying: "recounted" as "said". */
static void check_recounted(void)
{
    fixture f;
    fixture_build(&f, "A survivor of the raid on the village of Orma spoke to reporters on Monday. "
                      "The policemen of Orma barked at the villagers for an hour, he recounted. "
                      "The policemen of Orma left the village of Orma before the night fell.");
    CHECK(flags_of(&f.m, f.sa, "The policemen of Orma barked") & PC_SA_REFERS);
    CHECK(!(flags_of(&f.m, f.sa, "The policemen of Orma left") & PC_SA_REFERS));
    fixture_release(&f);
}

/* A wire's pickup line closing a document ("Stepinac was, 5th graf,
 * pvs.") is the editor's, never chosen; prose with an ordinal or "grade"
 * and a name "Graf" is. */
static void check_pickup(void)
{
    fixture f;
    static const char *const docs[] = {
        "The harbour of Orma will reopen next spring after the long winter storm. "
        "The mayor of the town of Orma said on Monday that the harbour would reopen, "
        "5th graf, pvs.",
        "The harbour of Orma was closed for the whole winter after the storm. "
        "Pupils of the 5th grade in Orma went back to their school on Monday morning.",
        "Fishermen of the harbour town of Orma watched the tennis final on Sunday. "
        "The old champion Anna Graf won her 5th title at the Orma open on Sunday.",
    };
    fixture_build_docs(&f, docs, 3);
    CHECK(flags_of(&f.m, f.sa, "The mayor of the town") & PC_SA_BROKEN);
    CHECK(!(flags_of(&f.m, f.sa, "Pupils of the 5th") & PC_SA_BROKEN));
    CHECK(!(flags_of(&f.m, f.sa, "The old champion") & PC_SA_BROKEN));
    fixture_release(&f);
}

/* A bar belongs to the page, never to prose: a sentence with one is not
 * chosen, wherever the bar stands. */
static void check_bar(void)
{
    fixture f;
    fixture_build(&f,
                  "The council approved the new budget for the harbour on Monday night. "
                  "Harbour news | council votes to close the old ferry terminal after forty years. "
                  "The mayor said the work on the new quay would start in the spring.");
    CHECK(flags_of(&f.m, f.sa, "Harbour news | council") & PC_SA_BROKEN);
    CHECK(!(flags_of(&f.m, f.sa, "The mayor said") & PC_SA_BROKEN));
    fixture_release(&f);
}

/* A run of four or more bare numbers, each larger than the one before, is
 * a chart's axis or a page viewer's numbers glued to the text: the
 * sentence is not chosen.  Numbers in prose stand apart, or fall. */
static void check_number_run(void)
{
    fixture f;
    fixture_build(&f, "The council approved the new budget for the harbour on Monday night. "
                      "12 13 14 15 16 the harbour budget rose again after the storm. "
                      "Ages 18 19 20 21 22 the ferry terminal will close in the spring. "
                      "The mayor said 10 boats, 12 cranes and 14 sheds would move to the quay. "
                      "The score was 3 2 1 0 in the final game of the harbour league.");
    CHECK(flags_of(&f.m, f.sa, "12 13 14 15 16") & PC_SA_BROKEN);
    CHECK(flags_of(&f.m, f.sa, "Ages 18 19") & PC_SA_BROKEN);
    CHECK(!(flags_of(&f.m, f.sa, "The mayor said 10") & PC_SA_BROKEN));
    CHECK(!(flags_of(&f.m, f.sa, "The score was") & PC_SA_BROKEN));
    fixture_release(&f);
}

/* A sentence over 50 words with a web address inside is a page whose
 * sentences ran together: not chosen.  A short sentence citing a link, and
 * a long one without a link, are sentences. */
static void check_linked_run(void)
{
    fixture f;
    fixture_build(&f, "The council approved the new budget for the harbour on Monday night. "
                      "Harbour news follow the harbour board on the web: https://example.org/board "
                      "watch the meetings: https://example.org/watch the council approved the "
                      "budget on monday night after a long debate about the ferry terminal, the "
                      "cranes, the sheds, the fishing fleet, the storm damage, the quay walls, the "
                      "lighthouse and the old customs house which the board wants to sell to a "
                      "private buyer next year. "
                      "The board wrote on its page: https://example.org/budget is now open. "
                      "The council debated the harbour budget for six hours on Monday night, "
                      "with members of every party speaking about the ferry terminal, the "
                      "cranes, the sheds, the fishing fleet, the storm damage, the quay walls, "
                      "the lighthouse and the old customs house, which the board wants to sell "
                      "to a private buyer next year for a sum nobody would name.");
    CHECK(flags_of(&f.m, f.sa, "Harbour news follow") & PC_SA_BROKEN);
    CHECK(!(flags_of(&f.m, f.sa, "The board wrote") & PC_SA_BROKEN));
    CHECK(!(flags_of(&f.m, f.sa, "The council debated") & PC_SA_BROKEN));
    fixture_release(&f);
}

/* A short sentence that names nothing in a cluster that writes capitals
 * ("The party denied the reports.") needs the sentence before it; one
 * whose first word the cluster capitalises inside sentences ("Liu was
 * never put on trial.") names someone; in text without capitals
 * ("mark wahlburg is opening ...") no sentence is judged so. */
static void check_vague(void)
{
    fixture f;
    fixture_build(&f, "Newspapers reported that the leader of the True Path was in talks with "
                      "Virtue about an alliance. The party denied the reports. Police arrested "
                      "the writer Wei Liu in Beijing on Monday, his lawyer said. Liu was never "
                      "put on trial.");
    CHECK(flags_of(&f.m, f.sa, "The party denied") & PC_SA_REFERS);
    CHECK(!(flags_of(&f.m, f.sa, "Liu was never") & PC_SA_REFERS));
    fixture_release(&f);
    fixture_build(&f, "newspapers said on sunday that the leader was in talks with the "
                      "greens about an alliance. the party denied the reports. police "
                      "arrested the writer in the capital on monday, his lawyer said.");
    CHECK(!(flags_of(&f.m, f.sa, "The party denied") & PC_SA_REFERS));
    fixture_release(&f);
}

/* A lead whose glued headline was cut off as furniture: its "the" and
 * noun point at the headline, which is never chosen, and the lead says
 * again what the headline said, so it stands alone (it could otherwise
 * never be chosen: val-995, val-1169) */
static void check_definite_after_headline(void)
{
    static const char doc[] =
        "Vesk council raises ferry fares after fuel costs soar the council voted on monday "
        "to raise vesk ferry fares by a third after fuel costs soared this year.  The new fares "
        "start in june, the harbour office said.  Some riders said they would drive instead.";
    fixture f;
    fixture_build(&f, doc);
    uint8_t lead = flags_of(&f.m, f.sa, "The council voted");
    CHECK(!(lead & PC_SA_REFERS));
    fixture_release(&f);
}

static void check_definite(void)
{
    fixture f;
    fixture_build(&f, doc_a);
    const pc_model *m = &f.m;
    const uint8_t *sa = f.sa;
    CHECK(flags_of(m, sa, "The plane will return") & PC_SA_REFERS);
    CHECK(!(flags_of(m, sa, "The plane of the visiting") & PC_SA_REFERS));
    CHECK(!(flags_of(m, sa, "The obstetrician, Dr.") & PC_SA_REFERS));
    CHECK(flags_of(m, sa, "The reports, American") & PC_SA_REFERS);
    /* the noun two sentences back: chosen alone, but never first */
    uint8_t heads = flags_of(m, sa, "The heads were");
    CHECK((heads & PC_SA_BACK2) && !(heads & PC_SA_REFERS) && !pc_sa_opener(heads));
    CHECK(pc_sa_opener(flags_of(m, sa, "There was no sign")));
    CHECK(!(flags_of(m, sa, "The Taliban refused") & PC_SA_REFERS));
    CHECK(!(flags_of(m, sa, "The weather stayed") & PC_SA_REFERS));
    CHECK(flags_of(m, sa, "Another storm") & PC_SA_REFERS);
    CHECK(flags_of(m, sa, "On the other is") & PC_SA_REFERS);
    CHECK(!(flags_of(m, sa, "On the other side") & PC_SA_REFERS));
    CHECK(flags_of(m, sa, "The latter said") & PC_SA_REFERS);
    CHECK(!(flags_of(m, sa, "Israeli security officials") & PC_SA_REFERS));
    uint8_t he = flags_of(m, sa, "\"It's either");
    CHECK((he & PC_SA_BARE) && !(he & PC_SA_SPEAKER) && !pc_sa_opener(he));
    CHECK(flags_of(m, sa, "\"We will rebuild the harbour") & PC_SA_SPEAKER);
    CHECK(flags_of(m, sa, "\"We will rebuild every") & PC_SA_SPEAKER);
    /* reported speech: a pronoun speaker refers back, a named one does not */
    CHECK(flags_of(m, sa, "Bidding reached") & PC_SA_REFERS);
    CHECK(!(flags_of(m, sa, "Collectors from Texas") & PC_SA_REFERS));
    /* a partial quotation with a pronoun speaker refers back as well (wire
     * and straight marks); with a named speaker it does not */
    CHECK(flags_of(m, sa, "There is ``a sense") & PC_SA_REFERS);
    CHECK(flags_of(m, sa, "There is now \"a real") & PC_SA_REFERS);
    CHECK(!(flags_of(m, sa, "Talks would resume") & PC_SA_REFERS));
    /* a pronoun speaker inside a clause of a sentence that names him */
    CHECK(!(flags_of(m, sa, "Police let the dealer") & PC_SA_REFERS));
    /* a part of something named before refers back; a part of a new thing
     * does not */
    CHECK(flags_of(m, sa, "None of those animals") & PC_SA_REFERS);
    CHECK(!(flags_of(m, sa, "None of the passengers") & PC_SA_REFERS));
    /* a quantifier with its verb after it stands for a group named before;
     * with a noun after it, it names the group */
    CHECK(flags_of(m, sa, "Some had gone") & PC_SA_REFERS);
    CHECK(flags_of(m, sa, "Others went") & PC_SA_REFERS);
    CHECK(!(flags_of(m, sa, "Some protesters") & PC_SA_REFERS));
    CHECK(flags_of(m, sa, "Each said") & PC_SA_REFERS);
    CHECK(flags_of(m, sa, "Neither was hurt") & PC_SA_REFERS);
    CHECK(!(flags_of(m, sa, "Each boat") & PC_SA_REFERS));
    /* a connective between the first two commas continues the sentence
     * before; other phrases between commas do not */
    CHECK(flags_of(m, sa, "In Bangkok, however") & PC_SA_REFERS);
    CHECK(flags_of(m, sa, "The Taliban, too") & PC_SA_REFERS);
    CHECK(flags_of(m, sa, "Many towns in central Iowa, for instance") & PC_SA_REFERS);
    CHECK(flags_of(m, sa, "This year, however") & PC_SA_REFERS);
    CHECK(!(flags_of(m, sa, "Rain, wind and hail") & PC_SA_REFERS));
    CHECK(!(flags_of(m, sa, "The city, which owns") & PC_SA_REFERS));
    /* a pronoun with its verb contracted */
    CHECK(flags_of(m, sa, "They've got") & PC_SA_REFERS);
    CHECK(flags_of(m, sa, "It's a long way") & PC_SA_REFERS);
    fixture_release(&f);
}

/* "Both X and Y" names what it speaks of; "Both" as a pronoun refers back.
 * A quotation of two sentences in tokenised text: the second, which closes
 * it and names the speaker after the closing mark, names the speaker for
 * the run (its first quote mark closes, it does not open). */
static void check_both_and_speaker(void)
{
    static const char doc[] =
        "Two ministers met the strikers at the port of Varna on Monday morning. "
        "Both were booed by the crowd as they left the harbour office at noon. "
        "Both the union and the port authority declined to comment on the talks. "
        "\" it was a long night . We stayed until dawn , \" striker Ivo Petrov told reporters "
        "at the gate . The strike entered its third week on Tuesday with no end in sight .";
    fixture f;
    fixture_build(&f, doc);
    CHECK(flags_of(&f.m, f.sa, "Both were booed") & PC_SA_REFERS);
    CHECK(!(flags_of(&f.m, f.sa, "Both the union") & PC_SA_REFERS));
    uint8_t first = flags_of(&f.m, f.sa, "\" it was a long");
    uint8_t second = flags_of(&f.m, f.sa, "We stayed until");
    CHECK((first & PC_SA_BARE) && (first & PC_SA_OPEN_END));
    CHECK((second & PC_SA_SPEAKER) && (second & PC_SA_REFERS));
    fixture_release(&f);
}

/* Pieces: the rest of a sentence after an abbreviation taken for its end,
 * opening with a relative pronoun ("Who represented ..."), and the second
 * half of an aside in brackets over two sentences (the first is no
 * candidate).  A quoted question opening with "Who", a whole aside and a
 * list item's "1)" stand; a question or an exclamation of the writer's
 * own does not. */
static void check_pieces(void)
{
    static const char doc[] =
        "The building was sold by a broker, the president of Independent Properties Inc. "
        "Who represented the owner in the sale, said the new owner plans to keep it.\n\n"
        "\"Who will buy the next building on the street this year?\"\n\n"
        "\u201cWho will pay for the repairs to the roof of the old hall?\u201d\n\n"
        "Could the next owner keep the old facade of the building as it is?\n\n"
        "The mansion was built without a permit. (Neighbours complained for years. "
        "Nobody listened to them at the town hall.) The owner paid a fine in May.\n\n"
        "The council met on Monday evening (its first meeting since the fire in June).\n\n"
        "1) The council will vote on the new budget for the harbour next week.\n\n"
        "Take the quiz [ which season are you in this year.\n\n"
        "Get email notifications on the harbour council's meetings every day!\n\n"
        "Asked whether the council would vote again, the mayor answered, \"Not this year!\"";
    fixture f;
    fixture_build(&f, doc);
    CHECK(flags_of(&f.m, f.sa, "Who represented") & PC_SA_BROKEN);
    CHECK(!(flags_of(&f.m, f.sa, "\"Who will buy") & PC_SA_BROKEN));
    CHECK(!(flags_of(&f.m, f.sa, "\u201cWho will pay") & PC_SA_BROKEN));
    /* a question of the writer's own says nothing a summary can keep; a
     * quoted one is someone's words */
    CHECK(flags_of(&f.m, f.sa, "Could the next owner") & PC_SA_BROKEN);
    CHECK(flags_of(&f.m, f.sa, "Nobody listened") & PC_SA_BROKEN);
    CHECK(!(flags_of(&f.m, f.sa, "The council met") & PC_SA_BROKEN));
    CHECK(!(flags_of(&f.m, f.sa, "1) The council will") & PC_SA_BROKEN));
    CHECK(flags_of(&f.m, f.sa, "Take the quiz") & PC_SA_BROKEN);
    /* an exclamation of the writer's own is a page's call or a hook; a
     * quoted one is someone's words */
    CHECK(flags_of(&f.m, f.sa, "Get email notifications") & PC_SA_BROKEN);
    CHECK(!(flags_of(&f.m, f.sa, "Asked whether") & PC_SA_BROKEN));
    fixture_release(&f);
}

/* A quotation in guillemets or CJK corner brackets over two sentences:
 * its second half refers back to the first (it was chosen alone, "Les
 * responsables devront répondre », a déclaré le maire"); one in a sentence
 * of its own stands. */
static void check_other_quotes(void)
{
    static const char fr[] =
        "Le pont de Valmoreau a été fermé lundi après la découverte de fissures importantes. « "
        "Nous "
        "allons tout vérifier pendant la semaine. Les responsables devront répondre », a déclaré "
        "le maire mardi soir. « Le pont restera fermé », a ajouté la préfecture ce mercredi.";
    static const char ja[] = "港北市で木曜日に古い橋が崩落し、四人が死亡した。\n\n"
                             "市長は「原因を徹底的に調べる。\n\n"
                             "責任は必ず明らかにする」と述べた。\n\n"
                             "新しい橋の開通は来年の春になる予定です！";
    fixture f;
    fixture_build(&f, fr);
    CHECK(flags_of(&f.m, f.sa, "Les responsables") & PC_SA_REFERS);
    CHECK(flags_of(&f.m, f.sa, "« Nous allons") & PC_SA_OPEN_END);
    CHECK(!(flags_of(&f.m, f.sa, "« Le pont") & (PC_SA_REFERS | PC_SA_BROKEN | PC_SA_OPEN_END)));
    fixture_release(&f);
    fixture_build(&f, ja);
    CHECK(flags_of(&f.m, f.sa, "責任は") & PC_SA_REFERS);
    CHECK(flags_of(&f.m, f.sa, "市長は") & PC_SA_OPEN_END);
    CHECK(flags_of(&f.m, f.sa, "新しい橋の") & PC_SA_BROKEN); /* the writer's ！ */
    fixture_release(&f);
    /* Hebrew glues a prefix to the quote mark that opens a quotation
     * (מ"יד בן צבי": "from 'Yad Ben Zvi'") and writes its acronyms with a
     * straight quote (ארה"ב, דו"ח, ש"ח): neither leaves a quotation open */
    static const char he[] = "נירית שלו, חוקרת מ\"יד בן צבי\", מצאה בפסיפס סמלים נוצריים רבים. "
                             "הפסיפס מציג מאה ועשרים ציפורים מסוגים שונים. "
                             "שר החוץ של ארה\"ב פרסם דו\"ח על עלות של מיליון ש\"ח לפרויקט. "
                             "המונח הוא הלחם של שתי המילים \"ורוד\" ו\"טיוח\" באנגלית.";
    fixture_build(&f, he);
    CHECK(!(flags_of(&f.m, f.sa, "נירית") & (PC_SA_OPEN_END | PC_SA_BROKEN)));
    CHECK(!(flags_of(&f.m, f.sa, "הפסיפס") & (PC_SA_REFERS | PC_SA_OPEN_END)));
    CHECK(!(flags_of(&f.m, f.sa, "שר החוץ") & (PC_SA_REFERS | PC_SA_OPEN_END | PC_SA_BROKEN)));
    CHECK(!(flags_of(&f.m, f.sa, "המונח") & (PC_SA_REFERS | PC_SA_OPEN_END | PC_SA_BROKEN)));
    fixture_release(&f);
}

/* Quotations and their speakers beyond English: a sentence that opens with
 * a quote mark of its language (« », „ “, 「 」, straight) and names its
 * speaker after it, as the digest reads one (a full name, a Japanese
 * subject before は, a Hindi agent before ने, an Arabic or Hebrew one after
 * a verb of saying), stands on its own; one whose
 * speaker is a pronoun or unnamed is bare and is chosen only after the
 * sentence before it.  Hand-written paragraphs; each fails without the
 * rule (guillemets, „ and 「 opened no quotation; a named speaker counted
 * only with an English verb of saying). */
static void check_quote_speakers(void)
{
    static const struct {
        const char *lang, *text, *named, *bare;
    } cases[] = {
        {"fr",
         "Le conseil municipal de Valmoreau a voté lundi la fermeture du vieux pont sur la "
         "rivière. « Nous allons reconstruire le pont avant la fin de l'année prochaine », a "
         "déclaré Paul Girard, le maire de la ville. Les travaux commenceront au printemps selon "
         "la préfecture du département. « Les habitants devront patienter encore quelques mois », "
         "a-t-il ajouté mardi.",
         "« Nous allons", "« Les habitants"},
        {"de",
         "Der Stadtrat von Neustadt hat am Montag die Schließung der alten Brücke beschlossen. "
         "„Wir werden die Brücke bis zum Ende des nächsten Jahres neu bauen“, sagte Anna Berger, "
         "die Bürgermeisterin der Stadt. Die Arbeiten sollen im Frühjahr beginnen, teilte die "
         "Verwaltung mit. „Die Bürger müssen noch einige Monate warten“, sagte sie am Dienstag.",
         "„Wir werden", "„Die Bürger"},
        {"ru",
         "Городской совет Северогорска в понедельник решил закрыть старый мост через реку. «Мы "
         "построим новый мост до конца следующего года», — сообщил глава города Андрей Лукин. "
         "Работы начнутся весной, сообщили в администрации города. «Жителям придётся подождать "
         "ещё несколько месяцев», — подчеркнул он во вторник.",
         "«Мы построим", "«Жителям"},
        {"es",
         "El ayuntamiento de Valmoreau decidió el lunes cerrar el viejo puente sobre el río. "
         "«Vamos a construir un puente nuevo antes de que termine el próximo año», dijo María "
         "Luisa Fernández, alcaldesa de la ciudad. Las obras empezarán en primavera, según la "
         "administración. «Los vecinos tendrán que esperar unos meses más», dijo ella el martes.",
         "«Vamos a", "«Los vecinos"},
        {"ja",
         "港北市の市議会は月曜日、古い橋の閉鎖を決めた。「来年末までに新しい橋を必ず建設する」と"
         "田中浩二市長は述べた。工事は春に始まる予定だという。「住民の皆さんにはもう少し待って"
         "ほしい」と述べた。",
         "「来年末", "「住民の"},
        {"hi",
         "नगर परिषद ने सोमवार को पुराने पुल को बंद करने का फैसला किया। \"अगले साल के अंत तक "
         "नया पुल बनकर तैयार हो जाएगा\", मुख्यमंत्री रमेश वर्मा ने कहा। पुल का काम वसंत में "
         "शुरू होगा। \"लोगों को कुछ महीने और इंतजार करना होगा\", उन्होंने कहा।",
         "\"अगले साल", "\"लोगों को"},
        {"ar",
         "قرر مجلس المدينة يوم الاثنين إغلاق الجسر القديم فوق النهر بسبب الشقوق. \"سنبني جسرا "
         "جديدا قبل نهاية العام المقبل\"، قال وزير الأشغال سالم الحارثي. وستبدأ الأعمال في فصل "
         "الربيع المقبل. \"على السكان أن ينتظروا بضعة أشهر أخرى\"، أضاف.",
         "\"سنبني", "\"على السكان"},
        {"he",
         "מועצת העיר החליטה ביום שני לסגור את הגשר הישן מעל הנהר בגלל סדקים. \"נבנה גשר חדש עד "
         "סוף השנה הבאה\", אמר ראש העירייה דוד לוי. העבודות על הגשר החדש יתחילו באביב הבא. "
         "\"התושבים יצטרכו "
         "לחכות עוד כמה חודשים\", הוסיף.",
         "\"נבנה", "\"התושבים"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        fixture f;
        fixture_build(&f, cases[k].text);
        CHECK(strcmp(f.c->docs[0].lang->code, cases[k].lang) == 0);
        uint8_t named = flags_of(&f.m, f.sa, cases[k].named);
        uint8_t bare = flags_of(&f.m, f.sa, cases[k].bare);
        if (!(named & PC_SA_SPEAKER) || (named & PC_SA_BARE) || !(bare & PC_SA_BARE))
            fprintf(stderr, "%s: named %#x bare %#x\n", cases[k].lang, named, bare);
        CHECK((named & PC_SA_QUOTE_OPEN) && (named & PC_SA_SPEAKER) && !(named & PC_SA_BARE));
        CHECK((bare & PC_SA_QUOTE_OPEN) && (bare & PC_SA_BARE) && !(bare & PC_SA_SPEAKER));
        /* chosen alone, and only after its predecessor */
        uint32_t members[PC_SA_CHAIN];
        for (uint32_t i = 0; i < f.m.ncandidates; i++) {
            const pc_sent *s = &f.c->sents[f.m.sentence_of[i]];
            const char *p = cases[k].named, *b = cases[k].bare;
            if (s->len >= strlen(p) && !memcmp(s->text, p, strlen(p)))
                CHECK(pc_sa_chain(f.sa, f.prev, NULL, i, members) == 1);
            if (s->len >= strlen(b) && !memcmp(s->text, b, strlen(b)))
                CHECK(pc_sa_chain(f.sa, f.prev, NULL, i, members) == 2 && members[1] == i);
        }
        fixture_release(&f);
    }
    /* a title in quote marks that the sentence goes on from opens no
     * quotation; a quotation of as few words with its speaker does, and
     * one with its comma inside the marks ("Tudo bem," respondeu ela) */
    static const char pt[] =
        "O festival de cinema de Lisboa abriu ontem com uma sessão dedicada a Godard. "
        "«Alphaville» é uma mistura de ficção científica, filme noir e banda desenhada. "
        "«Foi um sonho», disse ontem o realizador Manuel Costa Pereira aos jornalistas. "
        "\"Tudo bem,\" respondeu ela sem olhar para os jornalistas da televisão.";
    fixture f;
    fixture_build(&f, pt);
    CHECK(strcmp(f.c->docs[0].lang->code, "pt") == 0);
    CHECK(!(flags_of(&f.m, f.sa, "«Alphaville»") & (PC_SA_QUOTE_OPEN | PC_SA_BARE)));
    uint8_t dream = flags_of(&f.m, f.sa, "«Foi um");
    CHECK((dream & PC_SA_QUOTE_OPEN) && (dream & PC_SA_SPEAKER));
    uint8_t fine = flags_of(&f.m, f.sa, "\"Tudo bem");
    CHECK((fine & PC_SA_QUOTE_OPEN) && (fine & PC_SA_BARE));
    fixture_release(&f);
}

/* Session 31: a speaker named by what the person is after a verb of
 * saying of the language ("», afirmou o ministro", "», dijo la
 * alcaldesa", "», a déclaré le maire", "“, sagte der Sprecher", "»,
 * δήλωσε ο δήμαρχος", "», — сообщил глава города") names the speaker as
 * a full name does: the quotation stands on its own, and a quotation of
 * two sentences whose second names its speaker so is chosen as the two
 * (before, the run went back to the sentence before the quotation).  A
 * pronoun after the verb ("», disse ele") names no one.  Hand-written
 * paragraphs; each fails without the rule. */
static void check_role_speakers(void)
{
    static const struct {
        const char *lang, *text, *named, *first, *second;
    } cases[] = {
        {"pt",
         "O novo hospital de Campinas abriu as portas na segunda-feira depois de quatro anos de "
         "obras. «O hospital vai atender trezentas mil pessoas por ano», afirmou o ministro da "
         "Saúde durante a visita. «A ala infantil abre em março. Faltam ainda quarenta médicos», "
         "disse a diretora do hospital.",
         "«O hospital", "«A ala", "Faltam ainda"},
        {"es",
         "El nuevo hospital de Campinas abrió sus puertas el lunes tras cuatro años de obras. «El "
         "hospital atenderá a trescientas mil personas al año», dijo la ministra de Sanidad "
         "durante la visita. «El ala infantil abrirá en marzo. Faltan todavía cuarenta médicos», "
         "añadió el director del hospital.",
         "«El hospital", "«El ala", "Faltan todavía"},
        {"fr",
         "Le nouvel hôpital de Valmoreau a ouvert ses portes lundi après quatre ans de travaux. « "
         "L'hôpital accueillera trois cent mille patients par an », a déclaré le ministre de la "
         "Santé pendant la visite. « L'aile des enfants ouvrira en mars. Il manque encore quarante "
         "médecins », a ajouté la directrice de l'hôpital.",
         "« L'hôpital", "« L'aile", "Il manque"},
        {"de",
         "Das neue Krankenhaus von Neustadt hat am Montag nach vier Jahren Bauzeit eröffnet. "
         "„Das Krankenhaus wird jedes Jahr dreihunderttausend Menschen behandeln“, sagte der "
         "Minister bei seinem Besuch. „Die Kinderstation öffnet im März. Es fehlen noch vierzig "
         "Ärzte“, so die Leiterin des Krankenhauses.",
         "„Das Krankenhaus", "„Die Kinderstation", "Es fehlen"},
        {"el",
         "Το νέο νοσοκομείο της Καλύμνου άνοιξε τη Δευτέρα μετά από τέσσερα χρόνια εργασιών. "
         "«Το νοσοκομείο θα εξυπηρετεί τριακόσιες χιλιάδες ασθενείς τον χρόνο», δήλωσε ο "
         "υπουργός Υγείας κατά την επίσκεψη. «Η παιδιατρική πτέρυγα θα ανοίξει τον Μάρτιο. "
         "Λείπουν ακόμη σαράντα γιατροί», πρόσθεσε η διευθύντρια του νοσοκομείου.",
         "«Το νοσοκομείο", "«Η παιδιατρική", "Λείπουν ακόμη"},
        {"ru",
         "Новая больница Северогорска открылась в понедельник после четырёх лет строительства. "
         "«Больница будет принимать триста тысяч пациентов в год», — заявил министр "
         "здравоохранения во время визита. «Детское отделение откроется в марте. Не хватает ещё "
         "сорока врачей», — сообщила главный врач больницы.",
         "«Больница", "«Детское", "Не хватает"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        fixture f;
        fixture_build(&f, cases[k].text);
        CHECK(strcmp(f.c->docs[0].lang->code, cases[k].lang) == 0);
        uint8_t named = flags_of(&f.m, f.sa, cases[k].named);
        if (!(named & PC_SA_SPEAKER) || (named & PC_SA_BARE))
            fprintf(stderr, "%s: named %#x\n", cases[k].lang, named);
        CHECK((named & PC_SA_QUOTE_OPEN) && (named & PC_SA_SPEAKER) && !(named & PC_SA_BARE));
        uint32_t members[PC_SA_CHAIN];
        for (uint32_t i = 0; i < f.m.ncandidates; i++) {
            const pc_sent *s = &f.c->sents[f.m.sentence_of[i]];
            const char *p = cases[k].second;
            if (s->len >= strlen(p) && !memcmp(s->text, p, strlen(p))) {
                size_t n = pc_sa_chain(f.sa, f.prev, NULL, i, members);
                if (n != 2)
                    fprintf(stderr, "%s: chain of %zu\n", cases[k].lang, n);
                CHECK(n == 2 && members[1] == i);
                CHECK(flags_of(&f.m, f.sa, cases[k].first) & PC_SA_OPEN_END);
            }
        }
        fixture_release(&f);
    }
    /* a pronoun after the verb names no one */
    static const char pt[] =
        "O novo hospital de Campinas abriu as portas na segunda-feira depois de quatro anos de "
        "obras. «A ala infantil abre em março e terá trinta camas», disse ele aos jornalistas.";
    fixture f;
    fixture_build(&f, pt);
    CHECK(flags_of(&f.m, f.sa, "«A ala") & PC_SA_BARE);
    fixture_release(&f);
}

/* English as the other languages: a name or title in quote marks that the
 * sentence goes on from with a word opens no quotation, spaced as
 * Multi-News writes its marks or not; a quotation's own comma inside the
 * marks keeps it one, as does a title of 4 words or more, or a straight
 * quote glued to the word after it (it opens a quotation inside). */
static void check_quoted_titles(void)
{
    static const char en[] =
        "The network announced its autumn schedule for the new season on Tuesday. "
        "\"The Voice\" returns to the network on Monday with four new coaches. "
        "\" Blood Harbor \" is about far more than one family's feud with the port. "
        "\"Terrible,\" he said of the ferry service that leaves from the harbour. "
        "\" It is over , \" she said after the vote in the old town hall. "
        "\"The Last Ferry to Orma\" opened Friday with record crowds in the city. "
        "\"it's the \"big harbour \" tour, \" the mayor replied to the reporters.";
    fixture f;
    fixture_build(&f, en);
    CHECK(strcmp(f.c->docs[0].lang->code, "en") == 0);
    uint8_t voice = flags_of(&f.m, f.sa, "\"The Voice\"");
    uint8_t blood = flags_of(&f.m, f.sa, "\" Blood Harbor");
    CHECK(!(voice & (PC_SA_QUOTE_OPEN | PC_SA_BARE)) && pc_sa_opener(voice));
    CHECK(!(blood & (PC_SA_QUOTE_OPEN | PC_SA_BARE)) && pc_sa_opener(blood));
    static const char *const quotes[] = {"\"Terrible,\"", "\" It is over", "\"The Last Ferry",
                                         "\"it's the"};
    for (size_t k = 0; k < sizeof quotes / sizeof *quotes; k++) {
        uint8_t fl = flags_of(&f.m, f.sa, quotes[k]);
        if (!(fl & PC_SA_QUOTE_OPEN) || pc_sa_opener(fl))
            fprintf(stderr, "%s: %#x\n", quotes[k], fl);
        CHECK((fl & PC_SA_QUOTE_OPEN) && !pc_sa_opener(fl));
    }
    fixture_release(&f);
}

/* Openings that point back in other languages (pc_lang.back_openers):
 * "Он", "Pero", "उन्होंने" refer back, as "He" and "But" do; a word that
 * only begins like one does not ("Ona" is no "On ..."; "Ma" is no "Mario"). */
static void check_other_openers(void)
{
    static const char ru[] = "Губернатор области Андрей Лукин посетил затопленные районы в "
                             "понедельник. Он пообещал помочь всем пострадавшим семьям. "
                             "Ночью уровень воды в реке снова поднялся.";
    static const char es[] = "El alcalde de Valmoreau inauguró el puente el sábado por la mañana. "
                             "Pero los vecinos se quejaron del ruido de las obras. Mario Gómez, "
                             "comerciante, dijo que las ventas cayeron mucho.";
    static const char hi[] = "मुख्यमंत्री रमेश वर्मा ने सोमवार को नई मेट्रो लाइन का उद्घाटन किया। "
                             "उन्होंने कहा कि दूसरी लाइन अगले साल शुरू होगी। शहर में यात्रियों की "
                             "भीड़ रही।";
    static const char it[] =
        "Il sindaco ha aperto il ponte sabato mattina dopo due anni di lavori. "
        "Mario Rossi, commerciante, ha detto che le vendite sono crollate.";
    fixture f;
    fixture_build(&f, ru);
    CHECK(flags_of(&f.m, f.sa, "Он пообещал") & PC_SA_REFERS);
    CHECK(!(flags_of(&f.m, f.sa, "Ночью") & PC_SA_REFERS));
    fixture_release(&f);
    fixture_build(&f, es);
    CHECK(flags_of(&f.m, f.sa, "Pero los") & PC_SA_REFERS);
    CHECK(!(flags_of(&f.m, f.sa, "Mario") & PC_SA_REFERS));
    fixture_release(&f);
    fixture_build(&f, hi);
    CHECK(flags_of(&f.m, f.sa, "उन्होंने") & PC_SA_REFERS);
    fixture_release(&f);
    fixture_build(&f, it);
    CHECK(!(flags_of(&f.m, f.sa, "Mario Rossi") & PC_SA_REFERS));
    fixture_release(&f);
    /* a verb of saying first: its subject is in an earlier sentence */
    static const char es2[] = "El alcalde de Valmoreau inauguró el puente el sábado por la mañana. "
                              "Dijo que las obras terminaron antes de lo previsto. Dijon es una "
                              "ciudad francesa famosa por su mostaza y sus vinos.";
    fixture_build(&f, es2);
    CHECK(flags_of(&f.m, f.sa, "Dijo que") & PC_SA_REFERS);
    CHECK(!(flags_of(&f.m, f.sa, "Dijon es") & PC_SA_REFERS));
    fixture_release(&f);
}

/* A paragraph in one language whose sentence `opening` has a flag (refers
 * back, or is broken) and whose sentence `plain` does not. */
typedef struct opener_case {
    const char *lang, *text, *opening, *plain;
} opener_case;

static void check_flagged(const opener_case *cases, size_t n, uint8_t flag)
{
    fixture f;
    for (size_t k = 0; k < n; k++) {
        fixture_build(&f, cases[k].text);
        CHECK(strcmp(f.c->docs[0].lang->code, cases[k].lang) == 0);
        CHECK(flags_of(&f.m, f.sa, cases[k].opening) & flag);
        CHECK(!(flags_of(&f.m, f.sa, cases[k].plain) & flag));
        fixture_release(&f);
    }
}

static void check_openers(const opener_case *cases, size_t n)
{
    check_flagged(cases, n, PC_SA_REFERS);
}

/* A piece cut from the sentence before that opens in lower case in any
 * script (Unicode Ll: Cyrillic, Greek, accented Latin) after a letter, a
 * digit or a colon is broken, as an ASCII one is; one after a full stop
 * is not (the text lost its capitals there, not a sentence its head). */
static void check_lower_pieces(void)
{
    static const opener_case cases[] = {
        {"ru",
         "Власти провинции Хэбэй в понедельник объявили режим чрезвычайной ситуации. Провинция "
         "Хэбэй на севере Китая\n\nодна из 45 провинций страны, где живут более семидесяти "
         "миллионов человек.\n\nПаводок затопил десятки деревень вдоль реки.",
         "одна из 45", "Паводок"},
        {"el",
         "Η κυβέρνηση ανακοίνωσε τη Δευτέρα νέα μέτρα για τα νησιά του Αιγαίου. Σύμφωνα με την "
         "έκθεση του υπουργείου:\n\nη κυβέρνηση θα χρηματοδοτήσει δύο νέα πλοία για τη γραμμή των "
         "νησιών.\n\nΤα πλοία θα ταξιδεύουν κάθε μέρα.",
         "η κυβέρνηση θα", "Τα πλοία"},
        {"fr",
         "Le ministre a présenté lundi son plan pour les écoles de la région. Selon le ministre "
         "les travaux commenceront\n\nété comme hiver, dans toutes les écoles de la région du "
         "nord.\n\nLes syndicats ont salué le plan du ministre.",
         "été comme", "Les syndicats"},
    };
    check_flagged(cases, sizeof cases / sizeof *cases, PC_SA_BROKEN);
}

/* The profiles' own openings that point back, in languages whose lists
 * came after the English lists were made English-only (session 28), and
 * five of the eleven more of session 29, of four scripts (Korean "그는",
 * he with its topic particle; Persian "اما", but; Armenian "Նա", he; Tamil
 * "ஆனால்", but; Lithuanian "Tačiau", however): pronouns and "but" first;
 * the sentence before them does not refer back.  Hand-written paragraphs;
 * each fails without its language's list. */
static void check_more_openers(void)
{
    static const opener_case cases[] = {
        {"sv",
         "Statsministern besökte på måndagen de översvämmade byarna i norra Sverige. Han lovade "
         "att regeringen skulle hjälpa alla drabbade familjer med pengar. Vattnet steg igen under "
         "natten enligt räddningstjänsten.",
         "Han lovade", "Vattnet steg"},
        {"fi",
         "Pääministeri vieraili maanantaina tulvan runtelemissa kylissä Pohjois-Suomessa. Hän "
         "lupasi, että hallitus auttaa kaikkia kärsineitä perheitä rahalla. Vesi nousi taas "
         "yöllä pelastuslaitoksen mukaan.",
         "Hän lupasi", "Vesi nousi"},
        {"ro",
         "Primarul orașului a inaugurat luni dimineață noul pod peste râul Mureș. Dar locuitorii "
         "cartierului s-au plâns de zgomotul lucrărilor din ultimele luni. Traficul a fost "
         "deviat pe străzile din apropiere toată ziua.",
         "Dar locuitorii", "Traficul a"},
        {"hu",
         "A polgármester hétfőn reggel átadta az új hidat a folyó felett a városban. De a "
         "környék lakói panaszkodtak az építkezés zajára az elmúlt hónapokban. A forgalmat "
         "egész nap a közeli utcákra terelték.",
         "De a", "A forgalmat"},
        {"tr",
         "Belediye başkanı pazartesi sabahı nehir üzerindeki yeni köprüyü açtı. Ancak mahalle "
         "sakinleri aylardır süren inşaatın gürültüsünden şikayet etti. Trafik gün boyunca "
         "yakındaki sokaklara yönlendirildi.",
         "Ancak mahalle", "Trafik gün"},
        {"bg",
         "Кметът на града откри в понеделник сутринта новия мост над реката. Той обеща, че "
         "общината ще помогне на всички засегнати семейства. Движението беше отклонено по "
         "съседните улици през целия ден.",
         "Той обеща", "Движението"},
        {"ko",
         "시장은 월요일 아침 강 위에 새로 지은 다리를 공식적으로 개통했다. 그는 주민들의 불편을 "
         "줄이기 위해 공사 기간을 크게 단축했다고 말했다. 교통은 하루 종일 인근 도로로 "
         "우회되었다.",
         "그는 주민들의", "교통은"},
        {"fa",
         "شهردار روز دوشنبه پل جدید شهر را بر روی رودخانه افتتاح کرد. اما ساکنان محله از سر و "
         "صدای کارهای ساختمانی در ماه های گذشته شکایت کردند. ترافیک در تمام روز به خیابان های "
         "اطراف منتقل شد.",
         "اما ساکنان", "ترافیک در"},
        {"hy",
         "Քաղաքապետը երկուշաբթի առավոտյան բացեց գետի վրայով անցնող նոր կամուրջը։ Նա խոստացավ, "
         "որ քաղաքապետարանը կօգնի բոլոր տուժած ընտանիքներին։ Երթևեկությունը ամբողջ օրը "
         "ուղղվեց հարևան փողոցներով։",
         "Նա խոստացավ", "Երթևեկությունը"},
        {"ta",
         "நகர மேயர் திங்கள்கிழமை காலை ஆற்றின் மீது கட்டப்பட்ட புதிய பாலத்தை திறந்து வைத்தார். "
         "ஆனால் அந்தப் பகுதி மக்கள் கட்டுமானப் பணிகளின் சத்தம் குறித்து புகார் அளித்தனர். "
         "போக்குவரத்து நாள் முழுவதும் அருகிலுள்ள தெருக்களில் திருப்பி விடப்பட்டது.",
         "ஆனால் அந்தப்", "போக்குவரத்து"},
        {"lt",
         "Miesto meras pirmadienio rytą atidarė naują tiltą per upę miesto centre. Tačiau "
         "kvartalo gyventojai skundėsi statybų triukšmu per pastaruosius kelis mėnesius. Eismas "
         "visą dieną buvo nukreiptas į gretimas gatves.",
         "Tačiau kvartalo", "Eismas visą"},
    };
    check_openers(cases, sizeof cases / sizeof *cases);
}

/* Session 30: the possessives, demonstratives and connectives added to
 * the profiles of twelve languages point back as English "his", "this",
 * "therefore" do (each opening below is one of the added words, and
 * fails without it); the sentence before them does not refer back. */
static void check_added_openers(void)
{
    static const opener_case cases[] = {
        {"fr",
         "Le maire de la ville a inauguré lundi matin le nouveau pont sur la rivière. Celui-ci "
         "avait été fermé pendant deux ans pour des travaux importants. La circulation a été "
         "déviée toute la journée dans les rues voisines.",
         "Celui-ci avait", "La circulation"},
        {"fr",
         "La ministre de la santé a visité mardi l'hôpital de la ville pendant trois heures. Ses "
         "conseillers ont promis de nouveaux moyens pour les urgences. La circulation a été "
         "déviée toute la journée dans les rues voisines.",
         "Ses conseillers", "La circulation"},
        {"ru",
         "Губернатор области посетил затопленные районы города в понедельник утром. Его "
         "помощники пообещали помочь всем пострадавшим семьям деньгами. Движение было "
         "перекрыто на всех улицах нижней части города.",
         "Его помощники", "Движение было"},
        {"el",
         "Ο δήμαρχος της πόλης εγκαίνιασε τη Δευτέρα το πρωί τη νέα γέφυρα πάνω από τον ποταμό. "
         "Αυτό έγινε μετά από δύο χρόνια εργασιών και πολλές καθυστερήσεις. Η κυκλοφορία "
         "διακόπηκε όλη την ημέρα στους γύρω δρόμους.",
         "Αυτό έγινε", "Η κυκλοφορία"},
        {"ar",
         "افتتح رئيس البلدية يوم الاثنين الجسر الجديد فوق النهر في وسط المدينة. ثم زار الأحياء "
         "المتضررة من الفيضانات في الجزء الشمالي من المدينة. وتم تحويل حركة المرور طوال اليوم إلى "
         "الشوارع المجاورة.",
         "ثم زار", "وتم تحويل"},
        {"hi",
         "शहर के महापौर ने सोमवार सुबह नदी पर बने नए पुल का उद्घाटन किया। उनके सहयोगियों ने "
         "कहा कि पुल से यातायात की समस्या कम होगी। पूरे दिन यातायात को पास की सड़कों पर मोड़ा "
         "गया।",
         "उनके सहयोगियों", "पूरे दिन"},
        {"ja",
         "港北市で月曜日の朝、川に架かる新しい橋が開通した。同市は工事に二年と四十億円をかけた。"
         "交通は一日中、近くの道路に迂回された。",
         "同市は", "交通は"},
        {"es",
         "El alcalde de la ciudad inauguró el lunes por la mañana el nuevo puente sobre el río. Su "
         "construcción duró dos años y costó más de cuarenta millones de euros. El tráfico fue "
         "desviado durante todo el día por las calles cercanas.",
         "Su construcción", "El tráfico"},
        {"pt",
         "O prefeito da cidade inaugurou na segunda-feira de manhã a nova ponte sobre o rio. Seus "
         "assessores disseram que a obra custou mais de quarenta milhões de reais. O trânsito foi "
         "desviado durante todo o dia pelas ruas vizinhas.",
         "Seus assessores", "O trânsito"},
        {"it",
         "Il sindaco della città ha inaugurato lunedì mattina il nuovo ponte sul fiume. Il suo "
         "progetto era stato approvato dal consiglio comunale due anni fa. Il traffico è stato "
         "deviato per tutta la giornata nelle strade vicine.",
         "Il suo progetto", "Il traffico"},
        {"de",
         "Die Bürgermeisterin der Stadt hat am Montagmorgen die neue Brücke über den Fluss "
         "eröffnet. Sie sprach von einem wichtigen Tag für alle Bewohner der beiden Ufer. Der "
         "Verkehr wurde den ganzen Tag über die Nachbarstraßen umgeleitet.",
         "Sie sprach", "Der Verkehr"},
        {"cs",
         "Starosta města v pondělí ráno slavnostně otevřel nový most přes řeku. Jeho stavba trvala "
         "dva roky a stála více než čtyři sta milionů korun. Doprava byla celý den odkloněna do "
         "okolních ulic.",
         "Jeho stavba", "Doprava byla"},
        {"zh",
         "青河市新图书馆于周六正式开馆，首日接待读者约八千人次。该馆藏书一百二十万册，建筑面积"
         "四万五千平方米。不少家长周末带孩子来到图书馆阅读。",
         "该馆藏书", "不少家长"},
        {"zh",
         "青河市新圖書館於週六正式開館，首日接待讀者約八千人次。這座圖書館藏書一百二十萬冊，"
         "建築面積四萬五千平方米。不少家長週末帶孩子來到圖書館閱讀。",
         "這座圖書館", "不少家長"},
        /* session 35: "one of them", a part of a group named before */
        {"uk",
         "Мешканці міста прийшли на новий міст рано-вранці в понеділок. Один із них сказав, що "
         "увечері міст дуже гарний і добре освітлений. Рух транспорту перекрили на всіх "
         "сусідніх вулицях.",
         "Один із них", "Рух транспорту"},
        {"pl",
         "Mieszkańcy miasta przyszli na nowy most wcześnie rano w poniedziałek. Jeden z nich "
         "powiedział, że widok w nocy jest naprawdę piękny. Ruch został skierowany na sąsiednie "
         "ulice przez cały dzień.",
         "Jeden z nich", "Ruch został"},
        {"ru",
         "Жители города пришли на новый мост рано утром в понедельник. Один из них сказал, что "
         "вечером мост очень красивый и хорошо освещён. Движение было перекрыто на всех "
         "соседних улицах.",
         "Один из них", "Движение было"},
    };
    check_openers(cases, sizeof cases / sizeof *cases);
}

/* Session 31: "according to him", "about this", "moreover" and a verb of
 * saying with no subject open sentences that point back in ten profiles
 * (each opening below fails without its language's addition); the
 * sentence after does not refer back, nor does a Russian verb first with
 * no subject ("Сообщается, что", it is reported that), an Arabic
 * sentence that opens with "و" and names its speaker ("وقال رئيس"), or
 * French "De plus en plus" (more and more). */
static void check_according_openers(void)
{
    static const opener_case cases[] = {
        {"ru",
         "Река Вишера вышла из берегов в среду и затопила три деревни у города. Об этом сообщил "
         "глава районной администрации на утренней пресс-конференции. Сообщается, что школы "
         "района закрыты до конца недели.",
         "Об этом", "Сообщается"},
        {"ru",
         "Губернатор области посетил затопленные районы города в понедельник утром. По его "
         "словам, всем пострадавшим семьям выплатят компенсацию из бюджета. Движение было "
         "перекрыто на всех улицах нижней части города.",
         "По его словам", "Движение было"},
        {"ar",
         "افتتح رئيس البلدية يوم الاثنين الجسر الجديد فوق النهر في وسط المدينة. وقال إن الجسر "
         "سيخفف الازدحام في الشوارع القريبة من السوق. وقال رئيس غرفة التجارة إن المحلات تضررت "
         "من الأشغال.",
         "وقال إن", "وقال رئيس"},
        {"he",
         "ראש העירייה פתח ביום שני את הגשר החדש מעל הנהר במרכז העיר. לדבריו, הגשר יקצר את "
         "הנסיעה למרכז העיר בחצי שעה. התנועה הוסטה כל היום לרחובות הסמוכים לגשר.",
         "לדבריו", "התנועה"},
        {"fr",
         "Le maire de la ville a inauguré lundi matin le nouveau pont sur la rivière. Selon lui, "
         "les travaux ont coûté moins cher que prévu. De plus en plus de cyclistes empruntent "
         "le pont chaque jour depuis son ouverture.",
         "Selon lui", "De plus en"},
        {"es",
         "La alcaldesa de la ciudad inauguró el lunes por la mañana el nuevo puente sobre el río. "
         "Según ella, las obras costaron menos de lo previsto por el ayuntamiento. El tráfico fue "
         "desviado durante todo el día por las calles cercanas.",
         "Según ella", "El tráfico"},
        {"pt",
         "O prefeito da cidade inaugurou na segunda-feira de manhã a nova ponte sobre o rio. "
         "Segundo ele, a obra custou menos do que o previsto pela prefeitura. O trânsito foi "
         "desviado durante todo o dia pelas ruas vizinhas.",
         "Segundo ele", "O trânsito"},
        {"it",
         "Il sindaco della città ha inaugurato lunedì mattina il nuovo ponte sul fiume. Secondo "
         "lui i lavori sono costati meno del previsto dal comune. Il traffico è stato deviato "
         "per tutta la giornata nelle strade vicine.",
         "Secondo lui", "Il traffico"},
        {"de",
         "Der Bürgermeister der Stadt hat am Montagmorgen die neue Brücke über den Fluss "
         "eröffnet. Ihm zufolge waren die Arbeiten billiger als geplant. Der Verkehr wurde den "
         "ganzen Tag über die Nachbarstraßen umgeleitet.",
         "Ihm zufolge", "Der Verkehr"},
        {"de",
         "Der Bürgermeister der Stadt hat am Montagmorgen die neue Brücke über den Fluss "
         "eröffnet. Daraufhin zogen Hunderte Anwohner mit Fahnen über die Brücke. Der Verkehr "
         "wurde den ganzen Tag über die Nachbarstraßen umgeleitet.",
         "Daraufhin zogen", "Der Verkehr"},
        /* session 35: "Stattdessen", "Und", "Oder" (instead, and, or) */
        {"de",
         "Die Stadt will die alte Brücke über den Fluss nicht mehr reparieren lassen. Stattdessen "
         "plant sie einen Neubau aus Stahl. Der Verkehr wurde den ganzen Tag über die "
         "Nachbarstraßen umgeleitet.",
         "Stattdessen plant", "Der Verkehr"},
        {"de",
         "Die Stadt will die alte Brücke über den Fluss nicht mehr reparieren lassen. Und auch "
         "die Fähre fährt nur noch am Wochenende. Der Verkehr wurde den ganzen Tag über die "
         "Nachbarstraßen umgeleitet.",
         "Und auch", "Der Verkehr"},
        {"cs",
         "Starosta města v pondělí ráno slavnostně otevřel nový most přes řeku. Podle něj stavba "
         "stála méně, než město čekalo. Doprava byla celý den odkloněna do okolních ulic.",
         "Podle něj", "Doprava byla"},
        {"el",
         "Ο δήμαρχος της πόλης εγκαίνιασε τη Δευτέρα το πρωί τη νέα γέφυρα πάνω από τον ποταμό. "
         "Σύμφωνα με τον ίδιο, τα έργα κόστισαν λιγότερα από όσα είχαν προβλεφθεί. Η κυκλοφορία "
         "διακόπηκε όλη την ημέρα στους γύρω δρόμους.",
         "Σύμφωνα με", "Η κυκλοφορία"},
    };
    check_openers(cases, sizeof cases / sizeof *cases);
}

/* Session 31: openings that only look like ones that point back name
 * what they speak of: Greek "Η ίδια η Επιτροπή" (the Commission itself)
 * against "Η ίδια δήλωσε" (she herself stated); Russian "Кроме
 * психотерапии," (besides psychotherapy) against "Кроме того," (besides
 * that).  The plain sentences fail without the change. */
static void check_back_not(void)
{
    static const opener_case cases[] = {
        {"el",
         "Η υπουργός επισκέφθηκε τη Δευτέρα το νέο νοσοκομείο της πόλης μαζί με τον δήμαρχο. Η "
         "ίδια δήλωσε ότι το νοσοκομείο θα ανοίξει τον Μάρτιο. Η ίδια η Επιτροπή ενέκρινε τη "
         "χρηματοδότηση του έργου πριν από δύο χρόνια.",
         "Η ίδια δήλωσε", "Η ίδια η"},
        {"ru",
         "Губернатор области посетил новую больницу города в понедельник утром. Кроме того, он "
         "осмотрел строительство моста через реку. Кроме больницы, в городе откроют две новые "
         "школы до конца года.",
         "Кроме того", "Кроме больницы"},
        /* Hebrew: "זה" opens pointing back ("this"), but "זה שנים" (for
         * years) and "לכל אלה" (to all those who) do not */
        {"he",
         "ראש העירייה פתח ביום שני את הגשר החדש מעל הנהר בעיר. זה היה הגשר הראשון שנבנה "
         "בעיר מאז שנות השבעים. זה שנים מחכים תושבי השכונה לגשר שיחבר אותם למרכז העיר.",
         "זה היה", "זה שנים"},
        {"he",
         "ראש העירייה פתח ביום שני את הגשר החדש מעל הנהר בעיר. לכן התנועה במרכז העיר "
         "תחזור לשגרה בשבוע הבא. לכל אלה שחיכו לגשר שנים רבות יש עכשיו דרך קצרה לעבודה.",
         "לכן התנועה", "לכל אלה"},
    };
    check_openers(cases, sizeof cases / sizeof *cases);
}

/* Session 31: a demonstrative after the sentence's first noun points
 * back as one before it does (Greek "Η απόφαση αυτή", Hebrew "החוק
 * הזה", "מגמה זו": this decision, this law, this trend), and so do Greek
 * "Συνεπώς" (consequently) and "Παράλληλα," (meanwhile), Hindi "इससे" (by
 * this) and "हालांकि" (however), Arabic "ومع ذلك" (nevertheless) and
 * "وتقول:" (and she says:) and "وبالتالي" (consequently), Hebrew "זהו"
 * (this is), "ואכן" (and indeed), "אך" (but) and "כתוצאה מכך" (as a
 * result), and a Greek or Hebrew verb of saying right before
 * "that" ("Πρόσθεσε ότι", "הוסיף כי").  Greek "Αυτή τη στιγμή" (at this
 * moment, now), Hebrew "בימים אלה" (these days) and "גם אם" (even if) do
 * not, nor a verb of saying with its subject after it ("Πρόσθεσε ο
 * δήμαρχος ότι") or an Arabic one that names its speaker before the
 * colon.  Each fails without the change. */
static void check_demonstrative_after(void)
{
    static const opener_case cases[] = {
        {"el",
         "Το δημοτικό συμβούλιο αποφάσισε τη Δευτέρα να κλείσει την παλιά γέφυρα του ποταμού. Η "
         "απόφαση αυτή προκάλεσε την αντίδραση των κατοίκων της περιοχής. Αυτή τη στιγμή "
         "εκατοντάδες οδηγοί περιμένουν στην είσοδο της πόλης.",
         "Η απόφαση αυτή", "Αυτή τη στιγμή"},
        {"el",
         "Το δημοτικό συμβούλιο αποφάσισε τη Δευτέρα να κλείσει την παλιά γέφυρα του ποταμού. "
         "Συνεπώς, οι οδηγοί θα πρέπει να χρησιμοποιούν τον νέο δρόμο για δύο μήνες. Οι κάτοικοι "
         "της περιοχής διαμαρτυρήθηκαν έξω από το δημαρχείο.",
         "Συνεπώς", "Οι κάτοικοι"},
        {"el",
         "Ο δήμαρχος εγκαίνιασε τη Δευτέρα τη νέα γέφυρα πάνω από τον ποταμό της πόλης. "
         "Παράλληλα, η αστυνομία έκλεισε τους γύρω δρόμους για όλη την ημέρα. Η κυκλοφορία "
         "διακόπηκε στους δρόμους του κέντρου μέχρι το βράδυ.",
         "Παράλληλα", "Η κυκλοφορία"},
        {"hi",
         "शहर के महापौर ने सोमवार सुबह नदी पर बने नए पुल का उद्घाटन किया। इससे शहर के दोनों "
         "हिस्सों के बीच यात्रा का समय आधा हो जाएगा। पूरे दिन यातायात को पास की सड़कों पर मोड़ा "
         "गया।",
         "इससे शहर", "पूरे दिन"},
        {"hi",
         "शहर के महापौर ने सोमवार सुबह नदी पर बने नए पुल का उद्घाटन किया। हालांकि कई व्यापारियों "
         "ने निर्माण में देरी की शिकायत की। पूरे दिन यातायात को पास की सड़कों पर मोड़ा गया।",
         "हालांकि", "पूरे दिन"},
        {"ar",
         "افتتح رئيس البلدية يوم الاثنين الجسر الجديد فوق النهر في وسط المدينة. ومع ذلك، اشتكى "
         "التجار من تأخر الأشغال لعدة أشهر. وتم تحويل حركة المرور طوال اليوم إلى الشوارع "
         "المجاورة.",
         "ومع ذلك", "وتم تحويل"},
        {"ar",
         "افتتح رئيس البلدية يوم الاثنين الجسر الجديد فوق النهر في وسط المدينة. وتقول: \"الجسر "
         "سيغير حياة السكان في الأحياء الشرقية\". وقالت التاجرة فاطمة الزهراني: \"خسرنا نصف "
         "زبائننا خلال الأشغال\".",
         "وتقول:", "وقالت التاجرة"},
        {"el",
         "Ο υπουργός Ναυτιλίας επισκέφθηκε τη Δευτέρα το λιμάνι της Καλύμνου μετά την απεργία. "
         "Πρόσθεσε ότι τα πλοία θα ταξιδεύουν κανονικά από την Τετάρτη. Πρόσθεσε ο δήμαρχος ότι "
         "τα ξενοδοχεία του νησιού έχασαν πολλές κρατήσεις.",
         "Πρόσθεσε ότι", "Πρόσθεσε ο"},
        {"he",
         "הכנסת אישרה ביום שני חוק חדש על מחירי הדיור בערים הגדולות. הוסיף כי החוק ייכנס לתוקף "
         "בתחילת השנה הבאה. הוסיף השר כי מחירי הדירות ירדו כבר בחודש הבא.",
         "הוסיף כי", "הוסיף השר"},
        {"he",
         "הכנסת אישרה ביום שני חוק חדש על מחירי הדיור בערים הגדולות. כתוצאה מכך ירדו מחירי "
         "הדירות בעשרה אחוזים. התושבים הפגינו מול בניין העירייה כל הערב.",
         "כתוצאה מכך", "התושבים"},
        {"ar",
         "افتتح رئيس البلدية يوم الاثنين الجسر الجديد فوق النهر في وسط المدينة. وبالتالي تراجع "
         "الازدحام في الشوارع القريبة من السوق. وتم تحويل حركة المرور طوال اليوم إلى الشوارع "
         "المجاورة.",
         "وبالتالي", "وتم تحويل"},
        {"he",
         "הכנסת אישרה ביום שני חוק חדש על מחירי הדיור בערים הגדולות. מגמה זו נמשכת כבר שלוש "
         "שנים ברציפות. בימים אלה מפגינים התושבים מול בניין העירייה.",
         "מגמה זו", "בימים אלה"},
        {"he",
         "הכנסת אישרה ביום שני חוק חדש על מחירי הדיור בערים הגדולות. אך מחירי הדירות לא ירדו "
         "גם בחודש שאחרי. גם אם המחירים ירדו, התושבים ימשיכו להפגין מול העירייה.",
         "אך מחירי", "גם אם"},
        {"he",
         "הכנסת אישרה ביום שני חוק חדש על מחירי הדיור בערים הגדולות. זהו החוק הראשון מסוגו "
         "מאז קום המדינה. התושבים הפגינו מול בניין העירייה כל הערב.",
         "זהו החוק", "התושבים"},
        {"he",
         "הכנסת אישרה ביום שני חוק חדש על מחירי הדיור בערים הגדולות. ואכן, מחירי הדירות ירדו "
         "כבר למחרת בעשרה אחוזים. התושבים הפגינו מול בניין העירייה כל הערב.",
         "ואכן", "התושבים"},
        {"he",
         "הכנסת אישרה ביום שני חוק חדש על מחירי הדיור בערים הגדולות. החוק הזה יחייב את "
         "הקבלנים למכור דירות במחיר מופחת. התושבים הפגינו מול בניין העירייה כל הערב.",
         "החוק הזה", "התושבים"},
    };
    check_openers(cases, sizeof cases / sizeof *cases);
}

/* Session 31: a demonstrative and a time word point to the present, not
 * back, as English "This year" does ("Ce lundi", "Cette semaine", "Dieses
 * Jahr", "Questa settimana", "Tento týden"); the same demonstrative before
 * another noun points back.  The plain sentences fail without the rule. */
static void check_deictic_time(void)
{
    static const opener_case cases[] = {
        {"fr",
         "Le maire de la ville a inauguré le nouveau pont sur la rivière en présence du ministre. "
         "Cette décision a surpris les habitants des deux rives du fleuve. Ce lundi, les "
         "premiers camions ont traversé le pont sous les applaudissements.",
         "Cette décision", "Ce lundi"},
        {"fr",
         "Le maire de la ville a inauguré le nouveau pont sur la rivière en présence du ministre. "
         "Ces travaux ont duré plus de deux ans et coûté quarante millions. Cette semaine, la "
         "circulation restera limitée aux voitures et aux vélos.",
         "Ces travaux", "Cette semaine"},
        {"de",
         "Der Bürgermeister der Stadt hat am Montag die neue Brücke über den Fluss eröffnet. Diese "
         "Entscheidung hat die Bewohner beider Ufer überrascht. Dieses Jahr soll noch eine zweite "
         "Brücke im Norden der Stadt gebaut werden.",
         "Diese Entscheidung", "Dieses Jahr"},
        {"it",
         "Il sindaco della città ha inaugurato lunedì mattina il nuovo ponte sul fiume. Questa "
         "decisione ha sorpreso gli abitanti delle due rive. Questa settimana il traffico resterà "
         "limitato alle automobili e alle biciclette.",
         "Questa decisione", "Questa settimana"},
        {"cs",
         "Starosta města v pondělí ráno slavnostně otevřel nový most přes řeku. Tato stavba "
         "trvala dva roky a stála více než čtyři sta milionů korun. Tento týden bude doprava "
         "na mostě omezena jen na osobní auta.",
         "Tato stavba", "Tento týden"},
    };
    check_openers(cases, sizeof cases / sizeof *cases);
}

/* The English lists read English sentences only: other languages write
 * the same letters for other words.  Spanish "He visto" is "I have seen",
 * Italian "I vigili" "The firemen", French "Plus de" "More than", German
 * "So viele ... wie" "As many ... as", Swedish "I Göteborg" "In
 * Gothenburg"; German writes the WHO's initials as a word opening a
 * sentence.  The same words open English sentences that do point back
 * ("He", "Plus,") or are the rest of a cut sentence ("Who ..."). */
static void check_english_words_elsewhere(void)
{
    static const struct {
        const char *lang, *text, *opening;
        uint8_t flag;
    } cases[] = {
        {"es",
         "El alcalde de Sevilla inauguró el nuevo puente sobre el río el lunes por la mañana. "
         "He visto a cientos de vecinos en la plaza con banderas y con flores, contó una "
         "vecina a la radio. Los vecinos esperaron durante horas la llegada del alcalde.",
         "He visto", PC_SA_REFERS},
        {"it",
         "Il sindaco di Genova ha aperto il nuovo ponte sabato mattina dopo due anni di lavori. "
         "I vigili del fuoco hanno controllato la struttura per tutta la notte. Le vendite dei "
         "negozi vicini sono crollate durante i lavori.",
         "I vigili", PC_SA_REFERS},
        {"fr",
         "Le maire de Lyon a inauguré le nouveau pont samedi matin après deux ans de travaux. "
         "Plus de trois cents personnes ont assisté à la cérémonie sur les quais du fleuve. "
         "Les commerçants du quartier se sont plaints du bruit des travaux.",
         "Plus de", PC_SA_REFERS},
        {"de",
         "Die Stadt Köln hat am Montag die neue Brücke über den Rhein eröffnet. So viele "
         "Besucher wie noch nie kamen zu dem Fest am Ufer des Flusses. Die Feier dauerte bis "
         "in die Nacht und die Polizei meldete keine Zwischenfälle.",
         "So viele", PC_SA_REFERS},
        {"de",
         "Die Hitze in den Städten des Landes ist für viele ältere Menschen eine Gefahr. WHO "
         "warnt vor den Folgen der Hitze für die Gesundheit der Kinder und der Alten. Die "
         "Kliniken in der Stadt haben mehr Betten für die Kranken bereitgestellt.",
         "WHO warnt", PC_SA_BROKEN},
        {"sv",
         "Regeringen presenterade på måndagen en ny plan för järnvägen mellan Stockholm och "
         "Göteborg. I Göteborg välkomnade politikerna beskedet från regeringen. Planen ska "
         "vara klar till nästa år enligt ministern.",
         "I Göteborg", PC_SA_REFERS},
    };
    fixture f;
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        fixture_build(&f, cases[k].text);
        CHECK(strcmp(f.c->docs[0].lang->code, cases[k].lang) == 0);
        CHECK(!(flags_of(&f.m, f.sa, cases[k].opening) & cases[k].flag));
        fixture_release(&f);
    }
    /* French connectives that English read by chance: "Plus tard" is
     * "Later", "Or" "Now" (fr profile) */
    fixture_build(&f, "Le maire de Lyon a inauguré le nouveau pont samedi matin après deux ans "
                      "de travaux. Plus tard, la préfecture a fermé les quais au public pour la "
                      "nuit. Or, les commerçants du quartier avaient prévu une fête sur les "
                      "quais du fleuve.");
    CHECK(flags_of(&f.m, f.sa, "Plus tard") & PC_SA_REFERS);
    CHECK(flags_of(&f.m, f.sa, "Or, les") & PC_SA_REFERS);
    fixture_release(&f);
    fixture_build(&f, "The mayor of Seville opened the new bridge over the river on Monday "
                      "morning. He thanked the workers who had built it in two years. Plus, "
                      "the city will open a second bridge next spring. Who built the first "
                      "bridge, the city said, was never recorded in its archives.");
    CHECK(strcmp(f.c->docs[0].lang->code, "en") == 0);
    CHECK(flags_of(&f.m, f.sa, "He thanked") & PC_SA_REFERS);
    CHECK(flags_of(&f.m, f.sa, "Plus, the city") & PC_SA_REFERS);
    CHECK(flags_of(&f.m, f.sa, "Who built") & PC_SA_BROKEN);
    fixture_release(&f);
}

/* A cluster of one language with a short article in another (an
 * aggregator's stray copy): the other language's sentences are not chosen;
 * two languages in halves (a desk's mixed story) keep both. */
static void check_dominant_language(void)
{
    static const char *const en[] = {
        "The council of Halden voted on Monday to close the old rail bridge after engineers "
        "found deep cracks in two of its piers. Trains will stop at the river until a new "
        "bridge opens. The repairs are expected to take at least two years, officials said.",
        "Halden's old rail bridge will close after inspectors found cracks in its piers, the "
        "council decided on Monday. Passengers will cross the river by bus while a new bridge "
        "is built. The council said the work would take two years and cost 40 million euros.",
        "Engineers who inspected the Halden bridge last week found cracks deep enough to close "
        "it, the council said on Monday. Freight trains will be diverted through the valley. "
        "Local businesses said the closure would hurt trade in the town for years to come.",
        "Der Stadtrat von Halden hat am Montag beschlossen, die Eisenbahnbrücke zu schließen.",
    };
    static const char *const half[] = {
        "The council of Halden voted on Monday to close the old rail bridge after engineers "
        "found deep cracks in two of its piers. Trains will stop at the river until a new "
        "bridge opens.",
        "Der Stadtrat von Halden hat am Montag beschlossen, die alte Eisenbahnbrücke zu "
        "schließen, nachdem Ingenieure tiefe Risse in zwei Pfeilern gefunden hatten. Die "
        "Züge halten am Fluss, bis eine neue Brücke eröffnet wird.",
    };
    fixture f;
    fixture_build_docs(&f, en, 4);
    CHECK(flags_of(&f.m, f.sa, "Der Stadtrat") & PC_SA_BROKEN);
    CHECK(!(flags_of(&f.m, f.sa, "The council of Halden") & PC_SA_BROKEN));
    fixture_release(&f);
    fixture_build_docs(&f, half, 2);
    CHECK(!(flags_of(&f.m, f.sa, "Der Stadtrat") & PC_SA_BROKEN));
    fixture_release(&f);
}

/* A teaser or caption the page cut short: an ellipsis after a comma or a
 * word that cannot end a phrase, or outside quotation marks after any word
 * or a closing bracket.  Speech that trails off inside its quotation, and
 * an ellipsis followed by a period, stand. */
static void check_cut_short(void)
{
    static const char doc[] =
        "The minister walks with the ambassador upon his arrival at the base in Kabul,...\n\n"
        "The president accused the rebels and the army of...\n\n"
        "The minister said the talks would go on, but nobody knows for how long...\n\n"
        "The ministers met the ambassadors for an hour in Kabul on Sunday…\n\n"
        "The convoy stopped at a checkpoint 40 kilometers ( 25 miles ) ...\n\n"
        "The envoy said: \"We will go on talking for as long as it takes...\"\n\n"
        "The minister said nobody in the capital had expected the talks to fail....";
    fixture f;
    fixture_build(&f, doc);
    CHECK(flags_of(&f.m, f.sa, "The minister walks") & PC_SA_BROKEN);
    CHECK(flags_of(&f.m, f.sa, "The president accused") & PC_SA_BROKEN);
    CHECK(flags_of(&f.m, f.sa, "The minister said the talks") & PC_SA_BROKEN);
    CHECK(flags_of(&f.m, f.sa, "The ministers met") & PC_SA_BROKEN);
    CHECK(flags_of(&f.m, f.sa, "The convoy stopped") & PC_SA_BROKEN);
    CHECK(!(flags_of(&f.m, f.sa, "The envoy said") & PC_SA_BROKEN));
    CHECK(!(flags_of(&f.m, f.sa, "The minister said nobody") & PC_SA_BROKEN));
    fixture_release(&f);
}

/* A sentence all in brackets is an aside on the one before it; one that
 * only opens or ends with brackets is not. */
static void check_whole_aside(void)
{
    static const char doc[] =
        "The House voted to open an inquiry into the president's conduct on Thursday. "
        "(Richard Nixon resigned before a House vote on the articles of impeachment.) "
        "(In a statement) the White House called the vote a partisan exercise. "
        "The Senate will hold a trial if the House impeaches him (as expected).";
    fixture f;
    fixture_build(&f, doc);
    CHECK(flags_of(&f.m, f.sa, "(Richard Nixon") & PC_SA_REFERS);
    CHECK(!(flags_of(&f.m, f.sa, "The Senate will") & PC_SA_REFERS));
    fixture_release(&f);
}

/* A list item after the wire's underscore dash is a broken piece: the head
 * of the list is in another sentence. */
static void check_list_items(void)
{
    static const char doc[] =
        "The spending bill passed the Senate on Monday by a wide margin after two weeks "
        "of talks between the leaders of both parties.\n\n"
        "It covers the following agencies and programs:\n"
        "_ Justice Department, the federal courts and the State Department.\n"
        "_ Treasury Department and U.S. Postal Service.\n";
    fixture f;
    fixture_build(&f, doc);
    CHECK(flags_of(&f.m, f.sa, "_ Treasury Department") & PC_SA_BROKEN);
    CHECK(flags_of(&f.m, f.sa, "_ Justice Department") & PC_SA_BROKEN);
    CHECK(!(flags_of(&f.m, f.sa, "The spending bill") & PC_SA_BROKEN));
    fixture_release(&f);
}

/* In every summary of the document at every budget, "The plane will
 * return" comes right after the sentence that introduced the plane. */
static void check_summaries(void)
{
    precis_cluster *c;
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    CHECK(precis_cluster_add_document(c, doc_a, strlen(doc_a), NULL, NULL, NULL) == PRECIS_OK);
    const char *back = "The plane will return", *intro = "Israeli security officials";
    for (size_t words = 10; words <= 120; words += 5) {
        precis_options o;
        precis_options_init(&o);
        o.budget = words;
        precis_summary *s;
        CHECK(precis_summarize(c, &o, &s) == PRECIS_OK);
        size_t n = precis_summary_count(s);
        for (size_t i = 0; i < n; i++) {
            precis_sentence x;
            CHECK(precis_summary_sentence(s, i, &x) == PRECIS_OK);
            if (x.len >= strlen(back) && memcmp(x.text, back, strlen(back)) == 0) {
                precis_sentence y;
                CHECK(i > 0 && precis_summary_sentence(s, i - 1, &y) == PRECIS_OK);
                CHECK(y.len >= strlen(intro) && memcmp(y.text, intro, strlen(intro)) == 0);
            }
        }
        precis_summary_free(s);
    }
    precis_cluster_free(c);
}

/* A wire's code glued to a sentence's front ("nn Another hazard ...", a
 * paragraph mark): a lower-case word the cluster writes only where
 * sentences open, before a capital, in text that keeps its capitals.  "de
 * Klerk", whose "de" is written inside sentences too, opens a sentence. */
static void check_code_front(void)
{
    static const char *const docs[] = {
        "The storm hit the Baltic coast on Monday and damaged many homes in Gdansk. nn Another "
        "hazard is electrical, officials in Warsaw said on Tuesday. nn The Polish government "
        "sent the army to help the towns on the coast.",
        "President F.W. de Klerk visited Cape Town on Monday to meet the mayor. de Klerk said "
        "the talks with Nelson Mandela would go on next week in Pretoria.",
    };
    fixture f;
    fixture_build_docs(&f, docs, 2);
    CHECK(flags_of(&f.m, f.sa, "Nn Another") & PC_SA_BROKEN);
    CHECK(flags_of(&f.m, f.sa, "Nn The Polish") & PC_SA_BROKEN);
    CHECK(!(flags_of(&f.m, f.sa, "De Klerk said") & PC_SA_BROKEN));
    CHECK(!(flags_of(&f.m, f.sa, "The storm hit") & PC_SA_BROKEN));
    fixture_release(&f);
}

/* "here" in the writer's own words is the dateline's place or the page's,
 * which a summary does not show: never chosen.  Inside a quotation it is
 * the speaker's, and "here in" names the place. */
static void check_here(void)
{
    static const char doc[] =
        "The foreign minister of Velmoria flew here on Sunday for talks on the border. "
        "Officials in the capital said the talks would last two days at least. "
        "Farmers here in Ostby said the river had never risen so fast in spring. "
        "\"We are staying here until the water goes down,\" a farmer said on Monday. "
        "Here's how to keep your basement dry when the river rises in the spring. "
        "The video shown here explains how the dam was built in the last century.";
    fixture f;
    fixture_build(&f, doc);
    CHECK(flags_of(&f.m, f.sa, "The foreign minister") & PC_SA_BROKEN);
    CHECK(flags_of(&f.m, f.sa, "Here's how") & PC_SA_BROKEN);
    CHECK(flags_of(&f.m, f.sa, "The video shown") & PC_SA_BROKEN);
    CHECK(!(flags_of(&f.m, f.sa, "Officials in the capital") & PC_SA_BROKEN));
    CHECK(!(flags_of(&f.m, f.sa, "Farmers here in") & PC_SA_BROKEN));
    CHECK(!(flags_of(&f.m, f.sa, "\"We are staying") & PC_SA_BROKEN));
    fixture_release(&f);
}

/* In text written in mixed case, a sentence that opens with "The" and a
 * noun that nothing restricts points back at what its document introduced
 * in other words ("A car bomb ... || The blast killed ..."): it may be
 * chosen but never opens a summary.  One restricted by a preposition, a
 * relative clause or a name says what it is. */
static void check_bare_definite(void)
{
    static const char doc[] =
        "A car bomb exploded on Friday in a crowded market in the old city of Velmar. "
        "The blast killed two people and wounded 21 shoppers, police said. "
        "The radical Islamic group Jund claimed the attack in a statement on Saturday. "
        "The crew reported smoke in the cockpit 16 minutes before the crash. "
        "The death toll from the storm rose to 40 on Monday, officials said. "
        "The bodies of four engineers were found near Velmar on Tuesday. "
        "The blast in the Velmar market was the third this year, Mayor Anna Holt said.";
    fixture f;
    fixture_build(&f, doc);
    uint8_t blast = flags_of(&f.m, f.sa, "The blast killed");
    CHECK((blast & PC_SA_BACK2) && !(blast & PC_SA_BROKEN) && !pc_sa_opener(blast));
    CHECK(!pc_sa_opener(flags_of(&f.m, f.sa, "The crew reported")));
    CHECK(pc_sa_opener(flags_of(&f.m, f.sa, "The blast in the")));
    CHECK(pc_sa_opener(flags_of(&f.m, f.sa, "The radical Islamic")));
    CHECK(pc_sa_opener(flags_of(&f.m, f.sa, "The death toll from")));
    CHECK(pc_sa_opener(flags_of(&f.m, f.sa, "The bodies of")));
    CHECK(pc_sa_opener(flags_of(&f.m, f.sa, "A car bomb")));
    fixture_release(&f);
    /* a lead introduces: its description names what is unique where the
     * news is */
    static const char lead[] =
        "The city council voted on Wednesday to close the old bridge to cars next year. "
        "The bridge carries about 18,000 vehicles a day across the river Velm.";
    fixture_build(&f, lead);
    CHECK(pc_sa_opener(flags_of(&f.m, f.sa, "The city council")));
    fixture_release(&f);
    /* text that lost its capitals writes names in lower case ("The white
     * house said"): not read */
    static const char lower[] =
        "The white house said on friday that the talks would go on next week in geneva. "
        "The president will meet the leaders of both parties on monday in washington.";
    fixture_build(&f, lower);
    CHECK(pc_sa_opener(flags_of(&f.m, f.sa, "The white house")));
    fixture_release(&f);
}

/* Session 32 (issue 14): a sentence that answers the one before ("Well,
 * ...", "in fact" between commas, a demonstrative at its end) refers back;
 * one that opens with a person described by age, or says "I" outside its
 * quote marks, may be chosen but never opens a summary. */
static void check_not_alone(void)
{
    static const char doc[] =
        "The storm flooded the harbour of Orma on Monday and sank forty boats. "
        "A big one, in fact, and today that storm takes the form of a flood. "
        "Nobody thought a town could ever top the great flood of 1953. "
        "Well, the small town of Orma can top that. "
        "The 40-year-old harbour master said the quay would be rebuilt by May. "
        "From my window above the quay I watched the water rise all night. "
        "\"I have never seen anything like it in my life,\" a fisherman said. "
        "Anna Holt said no storm had hit Orma so hard since World War I ended. "
        "Officials said on Tuesday that the storm was the worst in decades. "
        "Old Tom Berg called the flood \"worse than anything I have seen\" in his life. "
        "Fishermen in the north of the country had long warned of this. "
        "The mayor told them: \"we will rebuild the quay, you can count on that. "
        "And we will do it by May,\" he said. "
        "Oh, the harbour master of Orma was away on the day of the storm. "
        "Nor did the town have a plan for a flood of that size. "
        "Over the last ten years I've seen the river rise twice in Orma. "
        "Agents of the F.B.I. met the mayor, who said \"give me time,\" on Friday.";
    fixture f;
    fixture_build(&f, doc);
    CHECK(flags_of(&f.m, f.sa, "A big one") & PC_SA_REFERS);
    CHECK(flags_of(&f.m, f.sa, "Well, the small") & PC_SA_REFERS);
    uint8_t aged = flags_of(&f.m, f.sa, "The 40-year-old");
    CHECK((aged & PC_SA_BACK2) && !(aged & PC_SA_BROKEN) && !pc_sa_opener(aged));
    uint8_t first = flags_of(&f.m, f.sa, "From my window");
    CHECK(!(first & PC_SA_BROKEN) && pc_sa_opener(first));
    CHECK(!pc_sa_may_open(&f.m, cand_of(&f.m, "From my window")));
    CHECK(pc_sa_may_open(&f.m, cand_of(&f.m, "Anna Holt said")));
    CHECK(pc_sa_may_open(&f.m, cand_of(&f.m, "Officials said on")));
    CHECK(pc_sa_may_open(&f.m, cand_of(&f.m, "Old Tom Berg")));
    CHECK(!pc_sa_may_open(&f.m, cand_of(&f.m, "Over the last ten")));
    CHECK(pc_sa_may_open(&f.m, cand_of(&f.m, "Agents of the")));
    CHECK(!(flags_of(&f.m, f.sa, "Nobody thought") & (PC_SA_REFERS | PC_SA_BACK2)));
    CHECK(pc_sa_opener(flags_of(&f.m, f.sa, "Anna Holt said")));
    CHECK(flags_of(&f.m, f.sa, "Fishermen in the north") & PC_SA_REFERS);
    /* a "that" inside the quotation the sentence opened is the speaker's */
    CHECK(!(flags_of(&f.m, f.sa, "The mayor told them") & PC_SA_REFERS));
    CHECK(flags_of(&f.m, f.sa, "Oh, the harbour") & PC_SA_REFERS);
    CHECK(flags_of(&f.m, f.sa, "Nor did the town") & PC_SA_REFERS);
    CHECK(pc_sa_opener(flags_of(&f.m, f.sa, "Officials said on")));
    CHECK(pc_sa_opener(flags_of(&f.m, f.sa, "The storm flooded")));
    fixture_release(&f);
}

/* Session 33 (issue 14): the writer's "I" (pc_sa_first_person) is no
 * "I" after an article or a preposition (a unit's numeral: "a spokesman
 * for I MEF"), a "my" before an article (a typo: "stopped my the
 * police"), one inside single quote marks (as Multi-News writes them: "'
 * i will ... '", but not the apostrophe of "i ' m") nor an initial ("kim
 * i. Hartman"); "I" and "my" elsewhere outside quote marks are. */
static void check_first_person(void)
{
    static const char doc[] =
        "The storm flooded the harbour of Orma on Monday and sank forty boats. "
        "A spokesman for I MEF said the marines would help to rebuild the quay. "
        "A fishing boat was stopped my the police at the bridge on Tuesday. "
        "Within two weeks I had lost my boat and my house to the water. "
        "\"My boat is gone,\" a fisherman told the crowd at the harbour. "
        "An old fisherman said ' i will never go back to sea ' on the quay. "
        "Tourists said i ' m told the quay is closed until the spring. "
        "The photo of the quay was taken by kim i. Hartman on the same morning. "
        "The college suspended its division i football team for the whole season.";
    fixture f;
    fixture_build(&f, doc);
    CHECK(!pc_sa_first_person(&f.m, cand_of(&f.m, "The storm flooded")));
    CHECK(!pc_sa_first_person(&f.m, cand_of(&f.m, "A spokesman for")));
    CHECK(!pc_sa_first_person(&f.m, cand_of(&f.m, "A fishing boat")));
    CHECK(pc_sa_first_person(&f.m, cand_of(&f.m, "Within two weeks")));
    CHECK(!pc_sa_first_person(&f.m, cand_of(&f.m, "\"My boat")));
    CHECK(!pc_sa_first_person(&f.m, cand_of(&f.m, "An old fisherman")));
    CHECK(pc_sa_first_person(&f.m, cand_of(&f.m, "Tourists said")));
    CHECK(!pc_sa_first_person(&f.m, cand_of(&f.m, "The photo of")));
    CHECK(!pc_sa_first_person(&f.m, cand_of(&f.m, "The college suspended")));
    fixture_release(&f);
}

/* Session 32 (issue 14): an opening that points at a time, a place or an
 * event an earlier sentence gave ("Years later", "At the event", "Officials
 * say the ban ...", "The lawsuit ...") may be chosen, never first; the same
 * words that say themselves what they are ("The ban on fishing in the
 * bay", "At the time of the storm") may open. */
static void check_points_back(void)
{
    static const char doc[] =
        "A storm hit the coast of Orma on Monday and flooded its old harbour. "
        "Years later, the fishermen of Orma would still speak of that week. "
        "The ban on fishing in the bay was lifted by the council of Orma on Friday. "
        "At the event, Mayor Anna Holt thanked the volunteers who rebuilt the quay. "
        "Officials say the ban is meant to protect the young fish of the bay. "
        "The lawsuit was filed by three boat owners against the harbour board. "
        "The next morning, divers found two boats on the floor of the bay. "
        "In the meantime, the ferry to the islands will leave from Selby. "
        "Since then, no boat has left the harbour without a radio on board. "
        "At the time of the storm, forty boats were moored in the harbour. "
        "Officials say the harbour will open again in the spring of next year. "
        "After the shooting, police closed the square for the rest of the day.";
    fixture f;
    fixture_build(&f, doc);
    static const char *const back[] = {"Years later", "At the event",      "Officials say the ban",
                                       "The lawsuit", "The next morning",  "In the meantime",
                                       "Since then",  "After the shooting"};
    for (size_t k = 0; k < sizeof back / sizeof *back; k++) {
        uint32_t i = cand_of(&f.m, back[k]);
        CHECK(!pc_sa_may_open(&f.m, i));
        /* the flags alone would let most open ("The lawsuit", in text with
         * capitals, is bare_definite's already) */
        if (strcmp(back[k], "The lawsuit"))
            CHECK(pc_sa_opener(f.sa[i]));
    }
    CHECK(pc_sa_may_open(&f.m, cand_of(&f.m, "The ban on fishing")));
    CHECK(pc_sa_may_open(&f.m, cand_of(&f.m, "At the time of")));
    CHECK(pc_sa_may_open(&f.m, cand_of(&f.m, "Officials say the harbour")));
    CHECK(pc_sa_may_open(&f.m, cand_of(&f.m, "A storm hit")));
    fixture_release(&f);
}

/* Selects, in f's model at a budget of 100 words, with candidate want
 * picked first and scored best and candidate need scored 0.5 (never:
 * -HUGE_VAL, a sentence the ranking never chooses), the rest 0.1; sets
 * has[0] when want is chosen and has[1] when need is. */
static void select_pair(fixture *f, uint32_t want, uint32_t need, int never, int has[2])
{
    size_t n = f->m.ncandidates;
    double *score = pc_arena_calloc(&f->a, n + 1, sizeof *score);
    uint32_t *pick = pc_arena_alloc(&f->a, (n + 1) * sizeof *pick);
    uint32_t *out = pc_arena_alloc(&f->a, (n + 1) * sizeof *out);
    CHECK(score && pick && out);
    for (size_t i = 0; i < n; i++)
        score[i] = 0.1;
    score[want] = 1.0;
    score[need] = never ? -HUGE_VAL : 0.5;
    pick[0] = want;
    pc_ranking r = {score, pick, 1};
    precis_options o;
    precis_options_init(&o);
    o.budget = 100;
    size_t k = pc_select(&f->m, &r, &o, 0, out);
    CHECK(k > 0 && k != SIZE_MAX);
    has[0] = has[1] = 0;
    for (size_t j = 0; j < k && k != SIZE_MAX; j++) {
        has[0] |= out[j] == want;
        has[1] |= out[j] == need;
    }
}

/* A sentence the ranking never chooses (a score of -HUGE_VAL: another
 * story's, rank/learned.c) does not come in as the sentence a chosen one
 * needs before it (session 36: val-4887's summary carried a run of
 * another story's sentences as a quotation's rest, with scores of -inf);
 * with the sentence it needs choosable, the pair comes in together. */
static void check_never_needed(void)
{
    static const char *doc =
        "The mayor of Halden opened the new bridge over the Marren river on Monday morning. "
        "He said the bridge would carry ten thousand cars a day across the river. "
        "Engineers tested the steel arches for a month before the opening ceremony began.";
    fixture f;
    fixture_build(&f, doc);
    uint32_t mayor = cand_of(&f.m, "The mayor"), he = cand_of(&f.m, "He said");
    CHECK(pc_sa_chain(f.m.standalone, f.m.standalone_prev, NULL, he, (uint32_t[PC_SA_CHAIN]){0}) ==
          2);
    for (int never = 0; never < 2; never++) {
        int has[2];
        select_pair(&f, he, mayor, never, has);
        CHECK(never ? !has[1] && !has[0] : has[1] && has[0]);
    }
    fixture_release(&f);
}

/* Session 38 (issue 14): a definite description whose noun its document
 * wrote two to five sentences before it ("The hikers were found ..." two
 * after "Two hikers went missing ...") is chosen only after a sentence
 * that writes that noun, or a word written around it there; never alone.
 * One whose noun the sentence right before writes refers back as before
 * (a run); one restricted by a participle and a preposition, or followed
 * by another noun, says what it is. */
static void check_described(void)
{
    static const char *doc =
        "Two hikers went missing near Lake Orne on Saturday afternoon after a storm. "
        "Rescuers searched the forest with dogs and a helicopter through the night. "
        "The hikers were found alive on Sunday morning near a ranger station. "
        "A landslide closed the mountain road for three days last winter. "
        "The road was reopened on Monday after crews cleared the fallen trees. "
        "Volunteers brought soup and blankets to the ranger station at dawn. "
        "The rescuers based in Orne thanked the volunteers for their long help. "
        "The forest ranger station stayed open for the rest of the week.";
    fixture f;
    fixture_build(&f, doc);
    uint32_t missing = cand_of(&f.m, "Two hikers"), found = cand_of(&f.m, "The hikers"),
             near[PC_SA_NEAR];
    CHECK(pc_sa_described(&f.m, found, near) != UINT32_MAX);
    CHECK(near[0] != UINT32_MAX); /* "two", "went": written around "hikers" */
    CHECK(pc_sa_described(&f.m, cand_of(&f.m, "The road was"), near) == UINT32_MAX);
    CHECK(pc_sa_described(&f.m, cand_of(&f.m, "The rescuers based"), near) == UINT32_MAX);
    CHECK(pc_sa_described(&f.m, cand_of(&f.m, "The forest ranger"), near) == UINT32_MAX);
    CHECK(pc_sa_described(&f.m, missing, near) == UINT32_MAX);
    for (int never = 0; never < 2; never++) {
        int has[2];
        select_pair(&f, found, missing, never, has);
        CHECK(never ? !has[0] : has[1] && has[0]);
    }
    fixture_release(&f);
}

/* Session 38 (s38-needs2): what follows "The" and its word is read as a
 * verb only where it is one.  A word in "-s" the cluster writes after
 * "the", or right after the same noun again, is a noun ("The harbor
 * wolves coach ..." where "the harbor wolves coach Ana Reyes" came
 * before): the description says what it is, and is chosen alone.  A
 * second word that is itself a verb or an adverb ("The crowd said",
 * "The study merely shows") is no noun the document wrote; a number
 * after the word ("The first 100 visitors") is no verb, nor a word in
 * "-is" ("The harbor analysis predicts").  Each still
 * waits where a verb follows its noun ("The hikers were found"). */
static void check_described_verb(void)
{
    static const char *doc =
        "Fans of the harbor wolves coach Ana Reyes filled the old stadium on Friday night. "
        "A storm delayed the first kick for an hour, and a witness said the lights failed. "
        "The first match was played in heavy rain before a small audience. "
        "A report on the club's finances merely hinted at its debts. "
        "The harbor wolves coach thanked the fans for staying in the rain. "
        "The crowd said players were tired after the long delay in the rain. "
        "The study merely shows that the club spent more than it earned. "
        "The first 100 visitors will get free tickets for the next match. "
        "The harbor analysis predicts more storms in the coming years. "
        "The harbor stayed closed to boats for the rest of the weekend. "
        "The harbor \"will reopen soon,\" a spokesman for the port said.";
    fixture f;
    fixture_build(&f, doc);
    uint32_t near[PC_SA_NEAR];
    CHECK(pc_sa_described(&f.m, cand_of(&f.m, "The harbor wolves"), near) == UINT32_MAX);
    CHECK(pc_sa_described(&f.m, cand_of(&f.m, "The crowd said"), near) == UINT32_MAX);
    CHECK(pc_sa_described(&f.m, cand_of(&f.m, "The study merely"), near) == UINT32_MAX);
    CHECK(pc_sa_described(&f.m, cand_of(&f.m, "The first 100"), near) == UINT32_MAX);
    CHECK(pc_sa_described(&f.m, cand_of(&f.m, "The harbor analysis"), near) == UINT32_MAX);
    /* a verb after the noun still makes it wait */
    CHECK(pc_sa_described(&f.m, cand_of(&f.m, "The harbor stayed"), near) != UINT32_MAX);
    /* and a quotation mark between the noun and its verb is no number */
    CHECK(pc_sa_described(&f.m, cand_of(&f.m, "The harbor \"will"), near) != UINT32_MAX);
    fixture_release(&f);
}

int main(void)
{
    check_described();
    check_described_verb();
    check_never_needed();
    check_points_back();
    check_not_alone();
    check_first_person();
    check_here();
    check_bare_definite();
    check_definite();
    check_definite_after_headline();
    check_shell_nouns();
    check_fronted_pronoun();
    check_no_main_clause();
    check_ellipsis();
    check_pickup();
    check_recounted();
    check_bar();
    check_number_run();
    check_linked_run();
    check_vague();
    check_glued();
    check_cut_copy();
    check_list_items();
    check_both_and_speaker();
    check_pieces();
    check_other_quotes();
    check_quote_speakers();
    check_role_speakers();
    check_quoted_titles();
    check_lower_pieces();
    check_other_openers();
    check_english_words_elsewhere();
    check_more_openers();
    check_according_openers();
    check_back_not();
    check_demonstrative_after();
    check_deictic_time();
    check_dominant_language();
    check_added_openers();
    check_cut_short();
    check_whole_aside();
    check_summaries();
    check_code_front();
    return check_done();
}
