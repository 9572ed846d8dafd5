/* Entities: people with titles and bare surnames, organisations, places,
 * mention counts per document. */
#include <string.h>

#include "check.h"
#include "precis.h"

static int entity(const precis_digest *g, const char *name, precis_entity *out)
{
    for (size_t i = 0; i < precis_digest_entity_count(g); i++) {
        precis_digest_entity(g, i, out);
        if (strcmp(out->name, name) == 0)
            return 1;
    }
    return 0;
}

/* The digest of t as one document; its cluster in *c. */
static precis_digest *digest_of_document(const char *t, precis_cluster **c)
{
    precis_digest *g = NULL;
    precis_cluster_new(c, NULL);
    precis_cluster_add_document(*c, t, strlen(t), NULL, NULL, NULL);
    CHECK(precis_digest_new(*c, NULL, &g) == PRECIS_OK);
    return g;
}

int main(void)
{
    const char *t = "Secretary of State Rex Tillerson met Russian Foreign Minister Sergei Lavrov "
                    "in Moscow on Wednesday. Tillerson said the talks were hard. The United "
                    "Nations Security Council met in New York.\n|||||\nSergey Lavrov spoke to "
                    "Reuters in Moscow. Lavrov said Theresa May had called. It was in May. "
                    "President Assad did not comment, and Syria said nothing.";
    precis_cluster *c;
    precis_cluster_new(&c, NULL);
    precis_cluster_add_joined(c, t, strlen(t), "t", NULL, NULL);
    precis_digest *g = NULL;
    CHECK(precis_digest_new(c, NULL, &g) == PRECIS_OK);
    precis_entity e;
    CHECK(entity(g, "Rex Tillerson", &e) && e.kind == PRECIS_ENTITY_PERSON && e.mentions[0] == 2 &&
          e.mentions[1] == 0);
    /* Sergei / Sergey: one person */
    CHECK(entity(g, "Sergei Lavrov", &e) || entity(g, "Sergey Lavrov", &e));
    CHECK(e.kind == PRECIS_ENTITY_PERSON && e.mentions[0] == 1 && e.mentions[1] == 2);
    CHECK(entity(g, "Moscow", &e) && e.kind == PRECIS_ENTITY_PLACE && e.total == 2);
    CHECK(entity(g, "New York", &e) && e.kind == PRECIS_ENTITY_PLACE);
    CHECK(entity(g, "Syria", &e) && e.kind == PRECIS_ENTITY_PLACE);
    CHECK(entity(g, "Reuters", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION);
    CHECK(entity(g, "Theresa May", &e) && e.total == 1); /* not the month */
    CHECK(entity(g, "Assad", &e) && e.kind == PRECIS_ENTITY_PERSON);
    CHECK(!entity(g, "Wednesday", &e) && !entity(g, "The", &e) && !entity(g, "It", &e));
    int security = 0;
    for (size_t i = 0; i < precis_digest_entity_count(g); i++) {
        precis_digest_entity(g, i, &e);
        if (strstr(e.name, "Security Council"))
            security = e.kind == PRECIS_ENTITY_ORGANIZATION;
    }
    CHECK(security);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* one surname, given names spelled two ways by two outlets (Goran /
     * Goeran, Mohammed / Muhammad): one person; John and Joan Persson two,
     * and Joan, a given name no list knows, is not counted as John */
    t = "Prime Minister Goran Persson met Mohammed Karim in Stockholm. Persson said little.\n"
        "|||||\nGoeran Persson spoke to Muhammad Karim on Monday. Karim agreed.";
    precis_cluster_new(&c, NULL);
    precis_cluster_add_joined(c, t, strlen(t), "t", NULL, NULL);
    CHECK(precis_digest_new(c, NULL, &g) == PRECIS_OK);
    CHECK((entity(g, "Goran Persson", &e) || entity(g, "Goeran Persson", &e)) &&
          e.mentions[0] == 2 && e.mentions[1] == 1);
    CHECK((entity(g, "Mohammed Karim", &e) || entity(g, "Muhammad Karim", &e)) &&
          e.mentions[0] == 1 && e.mentions[1] == 2);
    precis_digest_free(g);
    precis_cluster_free(c);
    /* two spellings of one length: the more frequent names the person,
     * not the first read (a typo, "Hand Carlsson", in the first outlet) */
    t = "Police chief Hand Carlsson said the doors were locked.\n|||||\nPolice chief Hans "
        "Carlsson said the hall was full.\n|||||\nHans Carlsson said 400 people were inside.";
    precis_cluster_new(&c, NULL);
    precis_cluster_add_joined(c, t, strlen(t), "t", NULL, NULL);
    CHECK(precis_digest_new(c, NULL, &g) == PRECIS_OK);
    CHECK(entity(g, "Hans Carlsson", &e) && e.total == 3 && !entity(g, "Hand Carlsson", &e));
    precis_digest_free(g);
    precis_cluster_free(c);
    t = "On Sunday, John Persson met the press.\n|||||\nOn Monday, Joan Persson spoke to "
        "reporters.";
    precis_cluster_new(&c, NULL);
    precis_cluster_add_joined(c, t, strlen(t), "t", NULL, NULL);
    CHECK(precis_digest_new(c, NULL, &g) == PRECIS_OK);
    CHECK(entity(g, "John Persson", &e) && e.mentions[0] == 1 && e.mentions[1] == 0);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* a point of the compass and one name is a place; a people, its
     * adjective or a longer run is not, and a name ending with one stays a
     * person's */
    t = "Rebels in East Timor freed two soldiers. South Koreans and North African traders "
        "watched the East Asian Games. \"We will wait,\" Oliver North said.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "East Timor", &e) && e.kind == PRECIS_ENTITY_PLACE);
    CHECK(!entity(g, "South Koreans", &e) || e.kind != PRECIS_ENTITY_PLACE);
    CHECK(!entity(g, "North African", &e) || e.kind != PRECIS_ENTITY_PLACE);
    CHECK(!entity(g, "East Asian Games", &e) || e.kind != PRECIS_ENTITY_PLACE);
    CHECK(entity(g, "Oliver North", &e) && e.kind == PRECIS_ENTITY_PERSON);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* a hyphenated title is dropped from the name; a place's hyphens are
     * no title ("Port-au-Prince" ends in "Prince") */
    t = "Attorney-General Amos Wako spoke in Nairobi. Aid reached Port-au-Prince on Monday.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "Amos Wako", &e) && e.kind == PRECIS_ENTITY_PERSON);
    CHECK(!entity(g, "Attorney-General Amos Wako", &e));
    CHECK(!entity(g, "Port-au", &e));
    precis_digest_free(g);
    precis_cluster_free(c);

    /* a company's word without its period, an airline: organisations,
     * not people (DUC 2003's "Granger Telecom" and "Motors Corp" were) */
    t = "On Monday, engineers from Granger Telecom and Acme Motors Corp met staff from "
        "Northwest Airlines in Detroit.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "Granger Telecom", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION);
    CHECK(entity(g, "Northwest Airlines", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION);
    CHECK(entity(g, "Acme Motors Corp", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* "New" before a capitalised word begins a name; alone it names nothing */
    t = "The New York Times and the New Zealand Herald reported the talks. New rules came into "
        "force on Monday.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "New York Times", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION);
    CHECK(entity(g, "New Zealand Herald", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION);
    CHECK(!entity(g, "York Times", &e) && !entity(g, "Zealand Herald", &e) &&
          !entity(g, "New", &e));
    precis_digest_free(g);
    precis_cluster_free(c);

    /* a title word before the word of a body belongs to the body's name:
     * "Foreign Ministry", "Justice Department", "Labor Party" (they were
     * "Ministry", "Department", "Party") */
    t = "The Foreign Ministry and the Justice Department said the Labor Party had asked for "
        "the files. Foreign Minister Sergei Lavrov said nothing. The satellite belongs to a unit "
        "of General Motors Corp.";
    g = digest_of_document(t, &c);
    /* ...also when a word follows it ("General Motors Corp" was "Motors
     * Corp") */
    CHECK(entity(g, "General Motors Corp", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION &&
          !entity(g, "Motors Corp", &e));
    CHECK(entity(g, "Foreign Ministry", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION);
    CHECK(entity(g, "Justice Department", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION);
    CHECK(entity(g, "Labor Party", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION);
    CHECK(!entity(g, "Ministry", &e) && !entity(g, "Department", &e));
    CHECK(entity(g, "Sergei Lavrov", &e) && e.kind == PRECIS_ENTITY_PERSON);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* a person and what he belongs to are two names: "John Hetherington
     * of Paribas Asia Equity Ltd" was one organisation, "Dick Armey of
     * Texas" one person; "Bank of America" stays whole */
    t = "\"Prices will fall,\" said John Hetherington of Paribas Asia Equity Ltd. Rep. Dick "
        "Armey of Texas agreed. The Bank of America said nothing.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "John Hetherington", &e) && e.kind == PRECIS_ENTITY_PERSON);
    CHECK(entity(g, "Paribas Asia Equity Ltd", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION);
    CHECK(entity(g, "Dick Armey", &e) && e.kind == PRECIS_ENTITY_PERSON);
    CHECK(entity(g, "Texas", &e) && e.kind == PRECIS_ENTITY_PLACE);
    CHECK(entity(g, "Bank of America", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* initials before a surname and a regnal number are a person's, not
     * an acronym's ("B.J. Habibie", "John Paul II" were organisations);
     * "U.N. Human Development Index" stays one */
    t = "President B.J. Habibie met Pope John Paul II in Rome on Monday. The U.N. Human "
        "Development Index ranked the country low.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "B.J. Habibie", &e) && e.kind == PRECIS_ENTITY_PERSON);
    CHECK(!entity(g, "John Paul II", &e) || e.kind == PRECIS_ENTITY_PERSON);
    CHECK(entity(g, "U.N. Human Development Index", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* "Doctor" is a title: "Doctor Slepian" is Barnett Slepian */
    t = "Dr. Barnett Slepian was shot at his home. She added: \"Doctor Slepian helped a lot of "
        "people.\"";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "Barnett Slepian", &e) && e.total == 2);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* a common noun capitalised as its sentence opens ("Police",
     * "Airlines") names nothing, nor opens a name before "of" */
    t = "Police said the road was closed. Engineers of Granger Telecom were freed on Monday. "
        "Airlines cancelled their flights.";
    g = digest_of_document(t, &c);
    CHECK(!entity(g, "Police", &e) && !entity(g, "Airlines", &e) &&
          !entity(g, "Engineers of Granger Telecom", &e));
    CHECK(entity(g, "Granger Telecom", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* the holder of an organisation's office is a person, whatever the
     * list of given names knows ("Foreign Office Minister Derek Fatchett"
     * was an organisation); "Ministry of Foreign Affairs" stays one
     * organisation, and its last word is nobody */
    t = "Foreign Office Minister Derek Fatchett said on Monday that aid was coming. Fatchett met "
        "officials of the Ministry of Foreign Affairs in London.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "Derek Fatchett", &e) && e.kind == PRECIS_ENTITY_PERSON && e.total == 2);
    CHECK(!entity(g, "Foreign Office Minister Derek Fatchett", &e));
    CHECK(entity(g, "Ministry of Foreign Affairs", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION);
    CHECK(!entity(g, "Affairs", &e));
    precis_digest_free(g);
    precis_cluster_free(c);

    /* a portfolio the lists do not know before a title, and a title after
     * a body's name: the person is the two words after the last title */
    t = "Communications Minister Imad Falouji said the talks would go on. Tribunal Chief "
        "Prosecutor Louise Arbour arrived in The Hague on Friday. Falouji and Arbour spoke.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "Imad Falouji", &e) && e.kind == PRECIS_ENTITY_PERSON && e.total == 2);
    CHECK(entity(g, "Louise Arbour", &e) && e.kind == PRECIS_ENTITY_PERSON && e.total == 2);
    CHECK(!entity(g, "Communications Minister Imad Falouji", &e) &&
          !entity(g, "Prosecutor Louise Arbour", &e));
    precis_digest_free(g);
    precis_cluster_free(c);
    /* a first name before a title does not start the person: "San Juan
     * Mayor Sila Calderon" is Sila Calderon; an initial starts a name
     * ("E. Gerald Corrigan" is a person) */
    {
        precis_cluster *cc;
        precis_digest *gg = digest_of_document(
            "San Juan Mayor Sila Calderon said the plan would work. The bank chief, E. Gerald "
            "Corrigan, said the markets were calm.",
            &cc);
        precis_entity ee;
        CHECK(entity(gg, "Sila Calderon", &ee) && ee.kind == PRECIS_ENTITY_PERSON);
        CHECK(!entity(gg, "Juan Mayor Sila Calderon", &ee));
        CHECK(entity(gg, "Gerald Corrigan", &ee) && ee.kind == PRECIS_ENTITY_PERSON);
        precis_digest_free(gg);
        precis_cluster_free(cc);
    }

    /* session 26: a state's name is a place, never a person, and teaches
     * its short name ("Yugoslavia"); "Dominican Republic" likewise */
    t = "The Federal Republic of Yugoslavia continues to flout the law, the judge said. "
        "Investigators went to Yugoslavia on Monday. The Dominican Republic said it would help.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "Federal Republic of Yugoslavia", &e) && e.kind == PRECIS_ENTITY_PLACE);
    CHECK(entity(g, "Yugoslavia", &e) && e.kind == PRECIS_ENTITY_PLACE && e.total == 1);
    CHECK(entity(g, "Dominican Republic", &e) && e.kind == PRECIS_ENTITY_PLACE);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* "X of Y" with Y a person splits; "bin" joins a person's names; a
     * sentence opened by "Bin Laden" names him, and is no other given name */
    t = "The Taliban sheltered Osama bin Laden in Kandahar. Prince Turki presented evidence to "
        "the Taliban of bin Laden's involvement. Bin Laden said nothing. The Saudi request to "
        "the Taliban for bin Laden was new.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "Osama bin Laden", &e) && e.kind == PRECIS_ENTITY_PERSON && e.total == 4);
    CHECK(entity(g, "Taliban", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION && e.total == 3);
    CHECK(!entity(g, "Taliban of bin Laden", &e) && !entity(g, "Taliban for bin Laden", &e));
    precis_digest_free(g);
    precis_cluster_free(c);

    /* given names the list does not know before one it knows belong to
     * the person ("Stanley Frederick James Shaw" is "Stanley Shaw"), a
     * plural before them does not ("Britons Peter Kennedy") */
    t = "The hostages were Britons Peter Kennedy and Darren Hickey, and Stanley Frederick James "
        "Shaw of New Zealand. New Zealand's Stanley Shaw was an engineer. Shaw had been there a "
        "week. Kennedy had not.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "Stanley Frederick James Shaw", &e) && e.kind == PRECIS_ENTITY_PERSON &&
          e.total == 3);
    CHECK(!entity(g, "James Shaw", &e));
    CHECK(entity(g, "Peter Kennedy", &e) && e.total == 2);
    CHECK(!entity(g, "Britons Peter Kennedy", &e));
    precis_digest_free(g);
    precis_cluster_free(c);

    /* regnal numbers: "Pope Pius XII", "King Carl XVI Gustaf" are people;
     * an AP dash "_" ends a name ("NEVIS _ Both", "Manitoba _ Dr. Jack
     * Fainman"); a name of initials after "at" is a firm; "Baker of
     * Rutgers said" is Baker, of Rutgers */
    t = "Pope Pius XII later made him a cardinal. King Carl XVI Gustaf sent a statement. "
        "WINNIPEG, Manitoba _ Dr. Jack Fainman was shot. NEVIS _ Both islands were hit. "
        "``It is a loss,'' said David Sherman, a consultant at A.T. Kearney in Hong Kong. "
        "``Not at all,'' said Ross Baker. ``It is late,'' Baker of Rutgers said.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "Pius XII", &e) && e.kind == PRECIS_ENTITY_PERSON);
    CHECK(entity(g, "Carl XVI Gustaf", &e) && e.kind == PRECIS_ENTITY_PERSON);
    CHECK(entity(g, "Jack Fainman", &e) && e.kind == PRECIS_ENTITY_PERSON);
    CHECK(!entity(g, "NEVIS Both", &e) && !entity(g, "Manitoba Dr Jack Fainman", &e));
    CHECK(entity(g, "A.T. Kearney", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION);
    CHECK(entity(g, "Ross Baker", &e) && e.total == 2);
    CHECK(!entity(g, "Baker of Rutgers", &e));
    precis_digest_free(g);
    precis_cluster_free(c);

    /* no speaker, so no person: a possessive after the verb ("explained
     * Puerto Rico's Housing Secretary"), a name after a dash ("states _
     * Sao Paulo"), the object of a preposition ("a student in Sao Paulo,
     * said"); two words after "in" are a place ("in Puerto Rico"), and
     * since session 27 the cluster's other mentions of it too */
    t = "``It is hard,'' explained Puerto Rico's Housing Secretary, Ana Carmen Alemany. The "
        "allies are weak in four states _ Sao Paulo, Rio de Janeiro and Bahia. ``It is bad,'' "
        "a student in Sao Paulo, said. Rain fell in Puerto Rico on Monday.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "Puerto Rico", &e) && e.kind == PRECIS_ENTITY_PLACE && e.total == 2);
    CHECK(entity(g, "Sao Paulo", &e) && e.kind == PRECIS_ENTITY_PLACE && e.total == 2);
    CHECK(!entity(g, "Ana Carmen Alemany", &e) || e.kind == PRECIS_ENTITY_PERSON);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* a school, a board, a hospital are organisations, and no entity
     * alone; a name of no list before "of" and an organisation is a
     * person's */
    t = "Hospital staff were tired. Anna-Lisa Saar, a social worker at Oestra Hospital, said "
        "little. Kerstin Einarsson of Sahlgrenska Hospital said more. A professor at Vanderbilt "
        "Law School agreed with the Transportation Safety Board.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "Oestra Hospital", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION);
    CHECK(entity(g, "Sahlgrenska Hospital", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION);
    CHECK(!entity(g, "Kerstin Einarsson of Sahlgrenska Hospital", &e));
    CHECK(entity(g, "Vanderbilt Law School", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION);
    CHECK(entity(g, "Transportation Safety Board", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION);
    CHECK(!entity(g, "Hospital", &e));
    precis_digest_free(g);
    precis_cluster_free(c);

    /* an age in apposition makes a person, whatever the name's order or
     * its given name ("Xu Wenli, 55, of Beijing"); a number that is no
     * age does not ("Terminal Four, 400, ...") */
    t = "Police detained Qin Yongmin, 45, of the central city of Wuhan, and Xu Wenli, 55, of "
        "Beijing. The flights left Terminal Four, 400, and Terminal Five, 0, for the day.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "Qin Yongmin", &e) && e.kind == PRECIS_ENTITY_PERSON);
    CHECK(entity(g, "Xu Wenli", &e) && e.kind == PRECIS_ENTITY_PERSON);
    CHECK(!entity(g, "Terminal Four", &e) || e.kind != PRECIS_ENTITY_PERSON);
    CHECK(!entity(g, "Terminal Five", &e) || e.kind != PRECIS_ENTITY_PERSON);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* a family name written first (model/names.h: "Moon Jaehee", then
     * "Moon"): the bare family name counts for the person, and a name
     * whose last word is that family name ("Han Moon", the coach) is
     * named by its first word ("Han said") */
    t = "Moon Jaehee, 24, scored twice on Sunday. Coach Han Moon said the team was ready. "
        "Moon said she was tired. Han said little.\n|||||\nThe striker Moon Jaehee was "
        "injured. Moon will rest for a week, said Han Moon.";
    precis_cluster_new(&c, NULL);
    precis_cluster_add_joined(c, t, strlen(t), "t", NULL, NULL);
    CHECK(precis_digest_new(c, NULL, &g) == PRECIS_OK);
    CHECK(entity(g, "Moon Jaehee", &e) && e.kind == PRECIS_ENTITY_PERSON && e.mentions[0] == 2 &&
          e.mentions[1] == 2);
    CHECK(entity(g, "Han Moon", &e) && e.kind == PRECIS_ENTITY_PERSON && e.mentions[0] == 2 &&
          e.mentions[1] == 1);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* a regnal number completes a name: "John Paul" is "John Paul II",
     * named so, and the speaker of his quote; another number is another
     * person ("John Paul I", "Pius XI" beside "Pius XII") */
    t = "Pope John Paul II arrived in the city on Saturday. ``The country must heal its "
        "wounds,'' John Paul said. Later, John Paul visited the shrine. His predecessor, Pope "
        "John Paul I, reigned for 33 days. Pope Pius XII and Pope Pius XI served before him.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "John Paul II", &e) && e.kind == PRECIS_ENTITY_PERSON && e.total == 3);
    CHECK(!entity(g, "John Paul", &e));
    CHECK(entity(g, "John Paul I", &e) && e.kind == PRECIS_ENTITY_PERSON && e.total == 1);
    CHECK(entity(g, "Pius XII", &e) && e.total == 1);
    CHECK(entity(g, "Pius XI", &e) && e.total == 1);
    precis_quote q;
    CHECK(precis_digest_quote_count(g) == 1 && precis_digest_quote(g, 0, &q) == PRECIS_OK &&
          q.speaker && strcmp(q.speaker, "John Paul II") == 0);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* the possessive of a plural opens a name ("People's Republic of
     * Dorvania", "Women's Hospital"), where a singular's names an owner
     * ("Dorvania's Senate"); a state's name before its "of" is that state;
     * a first name in a place's name ("Santa Maria Bay", "the Charles
     * River") is no person's, but "Michael Bay" is a person */
    t = "The People's Republic of Dorvania sent troops. The People's Republic said little. "
        "Doctors at the Women's Hospital treated them. Dorvania's Senate met in Paris. Ships "
        "crossed Santa Maria Bay and sailed up the Charles River. ``The film is done,'' said "
        "Michael Bay.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "People's Republic of Dorvania", &e) && e.kind == PRECIS_ENTITY_PLACE &&
          e.total == 2);
    CHECK(!entity(g, "Republic of Dorvania", &e) && !entity(g, "People's Republic", &e));
    CHECK(entity(g, "Women's Hospital", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION);
    CHECK(!entity(g, "Dorvania's Senate", &e));
    CHECK(entity(g, "Santa Maria Bay", &e) && e.kind == PRECIS_ENTITY_PLACE);
    CHECK(entity(g, "Charles River", &e) && e.kind == PRECIS_ENTITY_PLACE);
    CHECK(entity(g, "Michael Bay", &e) && e.kind == PRECIS_ENTITY_PERSON);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* words in capitals: a dateline names its place ("HAITI _" counted
     * for Haiti, "PORT-AU-PRINCE, Haiti (AP) --" for both, places the
     * cluster names otherwise), a
     * slug no one ("EDITOR'S NOTE _"), a heading or a shout nothing
     * ("NATIONAL FORECAST", "OWN THE MARKET"), and a word in capitals is
     * no name with the sentence glued after it ("INKATHA The Commission");
     * acronyms stay ("IBM PC") */
    t = "Relief workers in Haiti said the roads were closed. Rescuers in Port-au-Prince "
        "waited on Monday. HAITI _ The tourist trade is ruined, officials said. EDITOR'S NOTE _ "
        "Mark "
        "Lee wrote this report. NATIONAL FORECAST Rain will fall on Tuesday. INKATHA The "
        "Truth Commission finds that the party was to blame. They wanted to ``OWN THE MARKET AND "
        "STAY AWAY.'' The IBM PC was sold.\n\nThe rains stopped after a week of storms. "
        "PORT-AU-PRINCE, Haiti (AP) -- The capital was dark.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "Haiti", &e) && e.kind == PRECIS_ENTITY_PLACE && e.total == 3);
    CHECK(entity(g, "Port-au-Prince", &e) && e.kind == PRECIS_ENTITY_PLACE && e.total == 2);
    CHECK(!entity(g, "HAITI", &e) && !entity(g, "NOTE", &e) && !entity(g, "Editor Note", &e));
    CHECK(!entity(g, "Haiti AP", &e) && !entity(g, "NATIONAL FORECAST Rain", &e));
    CHECK(!entity(g, "INKATHA The Truth Commission", &e) &&
          !entity(g, "OWN THE MARKET AND STAY", &e));
    CHECK(entity(g, "Truth Commission", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION);
    CHECK(entity(g, "IBM PC", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION);
    CHECK(precis_digest_entity_count(g) == 5); /* and Mark Lee */
    precis_digest_free(g);
    precis_cluster_free(c);

    /* a state's initials after its city are the cluster's place of those
     * initials ("Buffalo, N.Y." and New York), or nothing ("Vancouver,
     * B.C.": no British Columbia here); never an organisation */
    t = "Dr. Ann Berg of Buffalo, N.Y., was shot. The governor of New York spoke. A doctor in "
        "Vancouver, B.C., was hurt. Rochester, N.Y. _ A third doctor was shot.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "New York", &e) && e.kind == PRECIS_ENTITY_PLACE && e.total == 3);
    CHECK(!entity(g, "N.Y.", &e) && !entity(g, "B.C.", &e));
    precis_digest_free(g);
    precis_cluster_free(c);
    t = "In Geneva, U.N. officials said the talks failed.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "United Nations", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* no person: a run headed by a word of geography before "states"
     * (a verb of saying too), a first name after "the" heading its noun
     * phrase, a name followed by ", which"; "the Bill Clinton
     * administration" keeps its person */
    t = "Damage in the Gulf Coast states, the mayor said, was heavy. Officials said the Jack "
        "Tar, the biggest property, will stay closed. Jose Villamil heads a consulting company, "
        "Estudios Tecnicos, which works with the government, said the report. Aid came from "
        "the Bill Clinton administration.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "Gulf Coast", &e) && e.kind == PRECIS_ENTITY_PLACE);
    CHECK(!entity(g, "Jack Tar", &e) && !entity(g, "Estudios Tecnicos", &e));
    CHECK(entity(g, "Bill Clinton", &e) && e.kind == PRECIS_ENTITY_PERSON);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* a word of organisations alone at a sentence's start that the
     * cluster writes in lower case, and never capitalised alone within a
     * sentence, is that common noun; one written "in Parliament" is the
     * body; text in lower case reads no such evidence */
    t = "Government officials estimate the damage. The Red Cross said the government was slow. "
        "Parliament voted on Monday. The vote in Parliament was close, and the parliament of "
        "Sweden met. Television stations broadcast warnings. Officials of Radio Haiti-Inter "
        "said television and radio were off.";
    g = digest_of_document(t, &c);
    CHECK(!entity(g, "Government", &e) && !entity(g, "Television", &e));
    CHECK(entity(g, "Parliament", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION && e.total == 2);
    precis_digest_free(g);
    precis_cluster_free(c);
    /* (session 37: "Television" alone is now a kind of body, [bare]) */
    t = "Parliament crews filmed the damage. the parliament was on, the mayor said.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "Parliament", &e)); /* one sentence of two has capitals: lower case */
    precis_digest_free(g);
    precis_cluster_free(c);

    /* a place named after "in" is that place wherever the cluster writes
     * it alone ("Haiti has ...", "Haiti's"), but not a possessive in "-s'"
     * ("in Georges' path": no place), a people's adjective ("in
     * Portuguese"), nor the short name of a firm ("in Netscape" beside
     * "Netscape Communications Corp."), nor a person's surname */
    t = "Haiti has little money. Aid arrived in Haiti on Monday. Haiti's government asked for "
        "more. The island was in Georges' path, and Georges left it flooded. Talks were held "
        "in Portuguese. Portuguese officials came. AOL invested in Netscape. Netscape "
        "Communications Corp. agreed. Netscape said so. Maria Palvik lives in Palvik. Palvik "
        "said she was happy.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "Haiti", &e) && e.kind == PRECIS_ENTITY_PLACE && e.total == 3);
    CHECK(!entity(g, "Georges", &e) && !entity(g, "Portuguese", &e));
    /* "in Netscape" and "Netscape said" are the firm (session 28) */
    CHECK(!entity(g, "Netscape", &e));
    CHECK(entity(g, "Netscape Communications Corp", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION &&
          e.total == 3);
    /* since session 28 one word after "in" that is a person's surname is
     * that person, as two words were ("met in Schumer a rival") */
    CHECK(entity(g, "Maria Palvik", &e) && e.kind == PRECIS_ENTITY_PERSON && e.total == 3);
    CHECK(!entity(g, "Palvik", &e));
    precis_digest_free(g);
    precis_cluster_free(c);

    /* an era after a year or a century and a time zone after a clock's
     * digits are no organisations; an acronym of those letters elsewhere
     * stays one */
    t = "The town was built in the sixth century B.C. and grew. A temple from 2000 B.C. "
        "stands. The attack came at 9:45 a.m. (0745 GMT) on Monday. Polls closed at 1500 EST, "
        "and the AD Group said it would wait. The GMT union said so.";
    g = digest_of_document(t, &c);
    CHECK(!entity(g, "B.C.", &e) && !entity(g, "EST", &e));
    CHECK(entity(g, "AD Group", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION);
    CHECK(entity(g, "GMT", &e) && e.total == 1); /* "The GMT union", not "0745 GMT" */
    precis_digest_free(g);
    precis_cluster_free(c);

    /* the short name of a firm counts for the firm, within a sentence, and
     * at a sentence's start when the cluster writes it alone within one
     * too; not a people's name, a person's surname, nor a name two firms
     * share */
    t = "Apex Corp. sold its stake. Analysts said Apex's shares fell. Apex denied it. First "
        "Call Corp. tracks the stock. First, it was sold. The South African Broadcasting Corp. "
        "aired it and South African media followed. Kell Media Ltd. and Kell Systems Inc. "
        "merged, and Kell left. Ann Dorr of Dorr Inc. spoke, and Dorr said no.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "Apex Corp", &e) && e.total == 3);
    CHECK(entity(g, "First Call Corp", &e) && e.total == 1);
    CHECK(entity(g, "South African Broadcasting Corp", &e) && e.total == 1);
    CHECK(entity(g, "Kell Media Ltd", &e) && e.total == 1);
    CHECK(entity(g, "Dorr Inc", &e) && e.total == 1);
    CHECK(entity(g, "Ann Dorr", &e) && e.kind == PRECIS_ENTITY_PERSON && e.total == 2);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* "Operation X" is no place after "in", a person's surname neither */
    t = "Pinochet was involved in Operation Condor, officials said. Senator Alfonse D'Amato "
        "met in Schumer a strong rival. Charles Schumer said so.";
    g = digest_of_document(t, &c);
    CHECK(!entity(g, "Operation Condor", &e) && !entity(g, "Schumer", &e));
    CHECK(entity(g, "Charles Schumer", &e) && e.kind == PRECIS_ENTITY_PERSON && e.total == 2);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* "Debt-laden" is a modifier, not a word of the name */
    t = "Debt-laden PAL reopened on Monday. PAL said it would fly.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "PAL", &e) && e.total == 2 && !entity(g, "Debt-laden PAL", &e));
    precis_digest_free(g);
    precis_cluster_free(c);

    /* a name after "in" that modifies the noun after it is no place; a
     * function word, a number, a verb, a past tense or a word of geography
     * after it leave the place */
    t = "Microsoft competed in Internet software for years. A doctor in Palvik said no. Aid "
        "came in Kell province. A jury in Sorvik returned a verdict. Voters in Dorva on Monday "
        "were calm.";
    g = digest_of_document(t, &c);
    CHECK(!entity(g, "Internet", &e));
    CHECK(entity(g, "Palvik", &e) && e.kind == PRECIS_ENTITY_PLACE);
    CHECK(entity(g, "Kell", &e) && e.kind == PRECIS_ENTITY_PLACE);
    CHECK(entity(g, "Sorvik", &e) && e.kind == PRECIS_ENTITY_PLACE);
    CHECK(entity(g, "Dorva", &e) && e.kind == PRECIS_ENTITY_PLACE);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* a name right after a noun of a kind of organisation is an
     * organisation's, counted wherever the cluster writes it alone */
    t = "The girl was quoted in the newspaper Expressen. Expressen reported that the door was "
        "locked. Her uncle was quoted in Expressen. The paper Monday said so.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "Expressen", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION && e.total == 3);
    CHECK(!entity(g, "Monday", &e));
    precis_digest_free(g);
    precis_cluster_free(c);
    /* a name after its kind is no person though a verb of saying follows
     * or a first name opens it, and no adjective of nation for its "-i" */
    t = "The Syrian newspaper Al Baath said Turkey was wrong. The Bucharest daily Evenimentul "
        "Zilei said in a headline that Romanians should stay.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "Al Baath", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION);
    CHECK(entity(g, "Evenimentul Zilei", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* "the" before a title and one name: a body, no person ("the State
     * Duma"); "President Yeltsin" stays one; a run ending in "Mountains"
     * is a place, its first name no person's */
    t = "The State Duma backed the plan. President Yeltsin signed it, and the Duma cheered. "
        "Snow fell on the San Juan Mountains on Monday.";
    g = digest_of_document(t, &c);
    CHECK(!entity(g, "Duma", &e) && !entity(g, "Juan Mountains", &e));
    CHECK(entity(g, "Yeltsin", &e) && e.kind == PRECIS_ENTITY_PERSON);
    CHECK(entity(g, "San Juan Mountains", &e) && e.kind == PRECIS_ENTITY_PLACE);
    precis_digest_free(g);
    precis_cluster_free(c);
    /* session 29: the name of an airline before its word ("Cathay Pacific"
     * of "Cathay Pacific Airways") counts for the airline, also when a
     * verb of saying made it a person before the airline's name was read,
     * and the other word of an airline of that name is the same airline (one
     * row);
     * an airline named after a place leaves that place alone ("Port Vell
     * Airways" beside "in Port Vell"), and so does one of a single word */
    t = "Cathay Pacific has said it wants control. Espiritu said Cathay Pacific may invest. "
        "Cathay Pacific Airways confirmed it, and Cathay Pacific Airlines staff agreed. Port "
        "Vell Airways flies daily, and the storm hit hard in Port Vell. Port Vell said so. "
        "Kell Airlines is small. Kell said no.";
    g = digest_of_document(t, &c);
    CHECK(!entity(g, "Cathay Pacific", &e));
    CHECK(entity(g, "Cathay Pacific Airways", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION &&
          e.total == 4 && !entity(g, "Cathay Pacific Airlines", &e));
    CHECK(entity(g, "Port Vell", &e) && e.kind == PRECIS_ENTITY_PLACE && e.total == 2);
    CHECK(entity(g, "Port Vell Airways", &e) && e.total == 1);
    CHECK(entity(g, "Kell Airlines", &e) && e.total == 1);
    precis_digest_free(g);
    precis_cluster_free(c);
    /* session 29: a word opening a sentence before a name, which the
     * cluster writes in lower case within its sentences and never
     * capitalised there, is no word of the name ("Ailing Kell Airways");
     * one the cluster capitalises within a sentence stays ("Grand Vell
     * Hotel", "a grand plan") */
    t = "Ailing Kell Airways and its investor met on Monday. Creditors of the ailing Kell "
        "Airways agreed. Grand Vell Hotel reopened. It had a grand plan, and guests of the "
        "Grand Vell Hotel were back.";
    g = digest_of_document(t, &c);
    CHECK(!entity(g, "Ailing Kell Airways", &e));
    CHECK(entity(g, "Kell Airways", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION && e.total == 2);
    CHECK(entity(g, "Grand Vell Hotel", &e) && e.total == 2);
    precis_digest_free(g);
    precis_cluster_free(c);
    /* session 29: an acronym the cluster only uses before a noun of things
     * ("DNA samples", "VX nerve gas") or as what a share is of ("4 percent
     * of GDP") names no organisation; one that also acts ("the NLF said"),
     * modifies a noun of people ("NLF fighters", "KPA officials") or is a
     * word of organisations of the list ("CNN newscasts") stays one */
    t = "Police took DNA samples from relatives. The DNA patterns matched. The plant made VX "
        "nerve gas. Debt reached 4 percent of GDP. The NLF said it would fight, and NLF "
        "fighters attacked. KPA officials came. CNN newscasts showed it.";
    g = digest_of_document(t, &c);
    CHECK(!entity(g, "DNA", &e) && !entity(g, "VX", &e) && !entity(g, "GDP", &e));
    CHECK(entity(g, "NLF", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION && e.total == 2);
    CHECK(entity(g, "KPA", &e) && e.total == 1);
    CHECK(entity(g, "CNN", &e) && e.total == 1);
    precis_digest_free(g);
    precis_cluster_free(c);
    /* session 29: a time zone after "p.m." or "a.m." is no organisation,
     * within the sentence or opening the next one when the splitter cut
     * there; the same letters elsewhere stay an acronym */
    t = "Polls closed at 3 p.m. EST Tuesday, officials said. The EST union met. The vote ended "
        "at 9 a.m.\nEDT officials counted the ballots.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "EST", &e) && e.total == 1); /* "The EST union" */
    CHECK(!entity(g, "EDT", &e));
    precis_digest_free(g);
    precis_cluster_free(c);
    /* session 29, round two: an organisation named by its kind alone
     * ("Group", "Party", "Government") is no entity, unless exactly one
     * longer name takes it ("the Commission"); a body's own name alone
     * stays ("Parliament") */
    t = "Mara Kell, secretary of the Group of the Missing, said no. The Vell Workers Party and "
        "the Green Party met on Monday, and the Party discipline held. The Vell Trade Commission "
        "met, and the Commission said it would act. Critics of the Government said so, and "
        "Parliament voted.";
    g = digest_of_document(t, &c);
    CHECK(!entity(g, "Group", &e) && !entity(g, "Party", &e) && !entity(g, "Government", &e));
    CHECK(entity(g, "Vell Trade Commission", &e) && e.total == 2);
    CHECK(entity(g, "Green Party", &e) && entity(g, "Parliament", &e) &&
          e.kind == PRECIS_ENTITY_ORGANIZATION);
    precis_digest_free(g);
    precis_cluster_free(c);
    /* "and" inside an organisation's name: the word before it is never a
     * name of its own in the cluster; "Microsoft" is, and two firms stay
     * two */
    t = "The Vell Securities and Exchange Commission fined the bank. The Senate Ways and Means "
        "Committee met on Friday. Microsoft and Kell Computer Inc. signed a deal, and Microsoft "
        "was glad.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "Vell Securities and Exchange Commission", &e) &&
          e.kind == PRECIS_ENTITY_ORGANIZATION);
    CHECK(entity(g, "Senate Ways and Means Committee", &e) && !entity(g, "Means Committee", &e) &&
          !entity(g, "Exchange Commission", &e));
    CHECK(entity(g, "Kell Computer Inc", &e) && e.total == 1);
    precis_digest_free(g);
    precis_cluster_free(c);
    /* no person: a title before a word of organisations or events or its
     * plural, a quotation's whole text, adherents ("-crats", "-ists") */
    t = "The court heard of a man dubbed ``Prime Evil.'' Money for the Commerce, State and "
        "Justice Departments passed. The bill for Foreign Operations passed too. The coalition "
        "includes Christian Democrats and Socialists. Mayor Ruth Vell said so.";
    g = digest_of_document(t, &c);
    CHECK(!entity(g, "Evil", &e) && !entity(g, "Departments", &e) && !entity(g, "Operations", &e) &&
          !entity(g, "Christian Democrats", &e));
    CHECK(entity(g, "Ruth Vell", &e) && e.kind == PRECIS_ENTITY_PERSON);
    precis_digest_free(g);
    precis_cluster_free(c);
    /* a language after "in" is no place */
    t = "Adadi Rajabu read a statement in Swahili on Monday. The rain fell in Vell, and Vell was "
        "flooded.";
    g = digest_of_document(t, &c);
    CHECK(!entity(g, "Swahili", &e));
    CHECK(entity(g, "Vell", &e) && e.kind == PRECIS_ENTITY_PLACE && e.total == 2);
    precis_digest_free(g);
    precis_cluster_free(c);
    /* session 37: one name with and without its accents, or in capitals,
     * is one person (a wire drops the accents a local paper keeps): names
     * are compared case folded and without combining accents */
    t = "José Núñez, the coach of the Varn club, resigned on Friday. Núñez led the club for six "
        "years.\n|||||\nJose Nunez, the Varn coach, quit on Friday. The club said Nunez would "
        "stay in Zürich.\n|||||\nThe coach left Zurich, where Núñez lived.";
    precis_cluster_new(&c, NULL);
    precis_cluster_add_joined(c, t, strlen(t), "t", NULL, NULL);
    CHECK(precis_digest_new(c, NULL, &g) == PRECIS_OK);
    int nunez = 0, zurichs = 0;
    for (size_t i = 0; i < precis_digest_entity_count(g); i++) {
        precis_digest_entity(g, i, &e);
        if (strstr(e.name, "N") && e.kind == PRECIS_ENTITY_PERSON) {
            nunez++;
            CHECK(e.mentions[0] == 2 && e.mentions[1] == 2 && e.mentions[2] == 1);
        }
        if (strstr(e.name, "rich")) {
            zurichs++;
            CHECK(e.kind == PRECIS_ENTITY_PLACE && e.total == 2);
        }
    }
    CHECK(nunez == 1 && zurichs == 1);
    precis_digest_free(g);
    precis_cluster_free(c);
    /* two people whose Devanagari surnames differ by a vowel sign and a
     * virama stay two (a mark of another script is part of a letter) */
    t = "मुख्यमंत्री रमेश वर्मा ने कहा, \"यह एक नया अध्याय है।\" मंत्री सुनील वर्म ने कहा, \"काम "
        "जल्दी पूरा होगा।\"";
    g = digest_of_document(t, &c);
    int varma = 0;
    for (size_t i = 0; i < precis_digest_entity_count(g); i++) {
        precis_digest_entity(g, i, &e);
        varma += e.kind == PRECIS_ENTITY_PERSON && e.total == 1;
    }
    CHECK(varma == 2);
    precis_digest_free(g);
    precis_cluster_free(c);
    /* session 37: a word that names a kind of body (or none) alone is no
     * organisation when it opens a sentence of text in lower case: "Court
     * records", "University of varn scientists", "Watch the video"; the one
     * body of a country named alone stays ("Senate") */
    t = "Court records show the man lived in varn. University of varn scientists found the "
        "sample. Watch the video below. Council member ann dole voted no. Academy officials "
        "declined to comment. Forces in the valley moved north. The Senate voted on friday, "
        "and the Senate met again.";
    g = digest_of_document(t, &c);
    CHECK(!entity(g, "Court", &e) && !entity(g, "University", &e) && !entity(g, "Watch", &e) &&
          !entity(g, "Council", &e) && !entity(g, "Academy", &e) && !entity(g, "Forces", &e));
    CHECK(entity(g, "Senate", &e) && e.kind == PRECIS_ENTITY_ORGANIZATION && e.total == 2);
    precis_digest_free(g);
    precis_cluster_free(c);
    /* session 37: text in lower case capitalises a full name's given name
     * only ("Dr. Peter varnholt"); the bare surname capitalised elsewhere
     * ("dr. Varnholt") is the same person, one row named by both words;
     * a given name before two such surnames is left alone */
    t = "The staff were promised payment several times, but the payment never came. Dr. Peter "
        "varnholt, the field coordinator, explained it this way on tuesday. The staff would "
        "not sign the agreement, he said. dr. Varnholt continued by saying the staff are owed "
        "a mere $ 5,000.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "Peter Varnholt", &e) && e.kind == PRECIS_ENTITY_PERSON && e.total == 2);
    CHECK(!entity(g, "Peter", &e) && !entity(g, "Varnholt", &e));
    precis_digest_free(g);
    precis_cluster_free(c);
    t = "The staff were promised payment several times, but the payment never came. Dr. John "
        "varnholt, the field coordinator, explained it this way on tuesday. Dr. John dellmor, "
        "the chairman, said nothing. dr. Varnholt continued by saying the staff are owed money. "
        "dr. Dellmor declined to comment.";
    g = digest_of_document(t, &c);
    /* ... and each surname then takes the one given name written before
     * it (session 38): two men, two rows, neither given the other's mentions */
    CHECK(entity(g, "John Varnholt", &e) && e.total == 1 && entity(g, "John Dellmor", &e) &&
          e.total == 1);
    CHECK(!entity(g, "Varnholt", &e) && !entity(g, "Dellmor", &e) && !entity(g, "John", &e));
    precis_digest_free(g);
    precis_cluster_free(c);
    /* session 38: text in lower case capitalises a surname after a title
     * only ("mr. Hensley") and the full name at its given name ("rep.
     * Walter hensley"): the row listed by the surname alone takes the one
     * given name the cluster writes before it; two given names, none */
    t = "The bill failed in the house on tuesday after a long debate. A spokesman for rep. Walter "
        "hensley said the vote was close. mr. Hensley told reporters he would try again next "
        "year. mr. Hensley did not say when.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "Walter Hensley", &e) && e.kind == PRECIS_ENTITY_PERSON);
    CHECK(!entity(g, "Hensley", &e) && !entity(g, "Walter", &e));
    precis_digest_free(g);
    precis_cluster_free(c);
    t = "The bill failed in the house on tuesday after a long debate. A spokesman for rep. Walter "
        "hensley said the vote was close, and his wife, Susan hensley, agreed. mr. Hensley told "
        "reporters he would try again next year. mr. Hensley did not say when.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "Hensley", &e) && e.kind == PRECIS_ENTITY_PERSON);
    CHECK(!entity(g, "Walter Hensley", &e) && !entity(g, "Susan Hensley", &e));
    precis_digest_free(g);
    precis_cluster_free(c);
    /* session 38: a given name after a title, the surname in lower case
     * ("Sen. Walter hensley"): the row of the given name alone takes the
     * one surname, when the cluster writes it as a name ("hensley said");
     * two surnames: no row; a lower-case word after the surname ("Dr.
     * Martin luther king"): the name may go on, the row stays */
    t = "The bill failed in the house on tuesday after a long debate. Sen. Walter hensley, a "
        "democrat, voted against it. The vote was close, hensley said on wednesday.";
    g = digest_of_document(t, &c);
    CHECK(entity(g, "Walter Hensley", &e) && e.kind == PRECIS_ENTITY_PERSON);
    CHECK(!entity(g, "Walter", &e));
    precis_digest_free(g);
    precis_cluster_free(c);
    t = "The bill failed in the house on tuesday after a long debate. Sen. Walter hensley, a "
        "democrat, voted against it. Gov. Walter brannock, a republican, signed it. The vote was "
        "close, hensley said, and brannock said so too.";
    g = digest_of_document(t, &c);
    CHECK(!entity(g, "Walter", &e) && !entity(g, "Walter Hensley", &e) &&
          !entity(g, "Walter Brannock", &e));
    precis_digest_free(g);
    precis_cluster_free(c);
    t = "The march began on tuesday after a long debate. It honoured Dr. Martin hensley junior, "
        "who led it. The vote was close, hensley said on wednesday.";
    g = digest_of_document(t, &c);
    CHECK(!entity(g, "Martin Hensley", &e));
    precis_digest_free(g);
    precis_cluster_free(c);
    return check_done();
}
