/* Dates: parsing, metadata date lines, and the timeline resolved against a
 * document's date. */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "text/dates.h"
#include "precis.h"

static int event(const precis_digest *g, const char *expr, precis_event *out)
{
    for (size_t i = 0; i < precis_digest_event_count(g); i++) {
        precis_digest_event(g, i, out);
        if (strcmp(out->expression, expr) == 0)
            return 1;
    }
    return 0;
}

static int ymd(const precis_event *e, int y, int m, int d)
{
    return e->resolved && e->year == y && e->month == m && e->day == d;
}

/* The date the timeline gives the expression containing `part` in `text`,
 * one document in `lang` dated `date`: 1 when it is y-m-d. */
static int dated_as(const char *lang, const char *date, const char *text, const char *part, int y,
                    int m, int d)
{
    precis_cluster *c;
    precis_options o;
    precis_options_init(&o);
    o.language = lang;
    precis_doc_meta dm = {0};
    dm.date = date;
    if (precis_cluster_new(&c, NULL) != PRECIS_OK)
        return 0;
    precis_cluster_add_document(c, text, strlen(text), &dm, &o, NULL);
    precis_digest *g = NULL;
    int ok = 0, found = 0;
    if (precis_digest_new(c, &o, &g) == PRECIS_OK) {
        precis_event e;
        for (size_t i = 0; i < precis_digest_event_count(g); i++) {
            precis_digest_event(g, i, &e);
            if (strstr(e.expression, part)) {
                found = 1;
                ok = ymd(&e, y, m, d);
                if (!ok)
                    fprintf(stderr, "%s: \"%s\" is %04d-%02d-%02d, not %04d-%02d-%02d\n", lang,
                            e.expression, e.year, e.month, e.day, y, m, d);
            }
        }
    }
    if (!found)
        fprintf(stderr, "%s: no date \"%s\" in \"%s\"\n", lang, part, text);
    precis_digest_free(g);
    precis_cluster_free(c);
    return ok;
}

int main(void)
{
    pc_date d;
    CHECK(pc_date_parse("2017-04-10", 10, &d) && d.y == 2017 && d.m == 4 && d.d == 10);
    CHECK(pc_date_parse("April 10, 2017", 14, &d) && d.d == 10);
    CHECK(pc_date_parse("10 April 2017", 13, &d) && d.m == 4);
    CHECK(pc_date_parse("Monday, April 10, 2017", 22, &d) && d.y == 2017);
    CHECK(!pc_date_parse("April 31, 2017", 14, &d));
    CHECK(!pc_date_parse("Theresa May", 11, &d));
    pc_date mon = {2017, 4, 10};
    CHECK(pc_date_weekday(mon) == 0);
    pc_date x = pc_date_add(mon, -40);
    CHECK(x.y == 2017 && x.m == 3 && x.d == 1);

    /* metadata found in the raw text */
    precis_cluster *c;
    precis_cluster_new(&c, NULL);
    const char *a = "# Title\n\nApril 10, 2017\n\nThe body of the story is here.\n\nOriginal "
                    "url:\n\n<https://www.reuters.com/article/x>\n";
    const char *b = " date 2017-04-11 Secretary Rex Tillerson said Tuesday that talks went on.";
    const char *w = "WASHINGTON (Reuters) - Rex Tillerson on Sunday blamed Russia.";
    const char *caption = "Lavrov and Tillerson at a press conference in Moscow, April 12, 2017.";
    precis_cluster_add_document(c, a, strlen(a), NULL, NULL, NULL);
    precis_cluster_add_document(c, b, strlen(b), NULL, NULL, NULL);
    precis_cluster_add_document(c, w, strlen(w), NULL, NULL, NULL);
    precis_cluster_add_document(c, caption, strlen(caption), NULL, NULL, NULL);
    const precis_doc_meta *m = precis_cluster_document_meta(c, 0);
    CHECK_STR(m->date, "2017-04-10");
    CHECK_STR(m->url, "https://www.reuters.com/article/x");
    CHECK_STR(m->source, "Reuters");
    CHECK_STR(precis_cluster_document_meta(c, 1)->date, "2017-04-11");
    CHECK_STR(precis_cluster_document_meta(c, 2)->source, "Reuters");
    CHECK(precis_cluster_document_meta(c, 2)->date == NULL);
    CHECK(precis_cluster_document_meta(c, 3)->date == NULL); /* a caption is no date line */
    precis_cluster_free(c);

    /* metadata given by the caller wins */
    precis_cluster_new(&c, NULL);
    precis_doc_meta given = {0};
    given.date = "2017-04-09";
    given.source = "Vice";
    precis_cluster_add_document(c, a, strlen(a), &given, NULL, NULL);
    CHECK_STR(precis_cluster_document_meta(c, 0)->date, "2017-04-09");
    CHECK_STR(precis_cluster_document_meta(c, 0)->source, "Vice");
    precis_cluster_free(c);

    /* the timeline of a document dated Monday 10 April 2017 */
    precis_cluster_new(&c, NULL);
    const char *t = "Tillerson spoke on television on Sunday evening. The attack happened last "
                    "week. He will travel to Moscow on Wednesday. The deal was made in 2013. In "
                    "October, a school was hit. Officials met Tuesday. A 45-year-old man and 72 "
                    "people were named. Theresa May spoke.";
    precis_doc_meta dm = {0};
    dm.date = "2017-04-10";
    precis_cluster_add_document(c, t, strlen(t), &dm, NULL, NULL);
    const char *u = "The ministers met on Sunday to talk. Engineers said on Thursday that the "
                    "bridge was weak.";
    precis_cluster_add_document(c, u, strlen(u), NULL, NULL, NULL);
    precis_digest *g = NULL;
    CHECK(precis_digest_new(c, NULL, &g) == PRECIS_OK);
    precis_event e;
    CHECK(event(g, "on Sunday evening", &e) && ymd(&e, 2017, 4, 9));
    CHECK(event(g, "last week", &e) && ymd(&e, 2017, 4, 3) && e.precision == PRECIS_DATE_WEEK);
    CHECK(event(g, "on Wednesday", &e) && ymd(&e, 2017, 4, 12)); /* future: "will" */
    CHECK(event(g, "in 2013", &e) && e.resolved && e.year == 2013 &&
          e.precision == PRECIS_DATE_YEAR);
    CHECK(event(g, "In October", &e) && ymd(&e, 2016, 10, 0) && e.precision == PRECIS_DATE_MONTH);
    CHECK(event(g, "Tuesday", &e) && ymd(&e, 2017, 4, 4));
    /* an undated document: against the cluster's date (Monday 10 April) */
    CHECK(event(g, "on Sunday", &e) && ymd(&e, 2017, 4, 9) && e.docs[0] == 1);
    /* ...the day of that name nearest to it, after it too: its own date is
     * not known (a reaction "on Thursday" was dated the Thursday before) */
    CHECK(event(g, "on Thursday", &e) && ymd(&e, 2017, 4, 13) && e.docs[0] == 1);
    for (size_t i = 0; i < precis_digest_event_count(g); i++) {
        precis_digest_event(g, i, &e);
        CHECK(strstr(e.expression, "45") == NULL && strstr(e.expression, "72") == NULL &&
              strstr(e.expression, "May") == NULL);
    }
    /* sorted: resolved in date order, unresolved last */
    int last_resolved = 1;
    for (size_t i = 0; i < precis_digest_event_count(g); i++) {
        precis_digest_event(g, i, &e);
        CHECK(!(e.resolved && !last_resolved));
        last_resolved = e.resolved;
    }
    precis_digest_free(g);
    precis_cluster_free(c);

    /* newswire quote marks: a date inside ``...'' is what someone said */
    precis_cluster_new(&c, NULL);
    t = "The ministers said they made progress in the talks. The minister said: ``We will meet "
        "again on Monday and again on Friday.'' The talks ended on Tuesday.";
    precis_cluster_add_document(c, t, strlen(t), &dm, NULL, NULL);
    CHECK(precis_digest_new(c, NULL, &g) == PRECIS_OK);
    CHECK(!event(g, "on Monday", &e) && !event(g, "on Friday", &e));
    CHECK(event(g, "on Tuesday", &e) && ymd(&e, 2017, 4, 4));
    precis_digest_free(g);
    precis_cluster_free(c);

    /* session 29: straight quotes spaced off their words (as Multi-News
     * writes them) open and close a quote: the title " 2012 " is inside,
     * and the dates after the closing mark, in this sentence and the
     * next, are outside */
    precis_cluster_new(&c, NULL);
    t = "The film was called \" 2012 \" and the crew met in 2011 to shoot it. The studio sold "
        "it in 2014 and fans rejoiced.";
    precis_cluster_add_document(c, t, strlen(t), &dm, NULL, NULL);
    CHECK(precis_digest_new(c, NULL, &g) == PRECIS_OK);
    CHECK(!event(g, "2012", &e));
    CHECK(event(g, "in 2011", &e) && e.year == 2011);
    CHECK(event(g, "in 2014", &e) && e.year == 2014);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* a photo caption is no event, whatever its date: the cleaner's
     * furniture (a picture's place and date, a name doing something) */
    precis_cluster_new(&c, NULL);
    t = "The rally drew a large crowd.\n\nCharles Lindbergh addressing an America First "
        "Committee rally on October 3, 1941.\n\nFrench soldiers patrol outside the cathedral in "
        "Paris, April 22, 2015.\n\nTheir terms will end Nov. 16, 2001.";
    precis_cluster_add_document(c, t, strlen(t), &dm, NULL, NULL);
    CHECK(precis_digest_new(c, NULL, &g) == PRECIS_OK);
    CHECK(!event(g, "October 3, 1941", &e) && !event(g, "April 22, 2015", &e));
    CHECK(event(g, "Nov. 16, 2001", &e) && ymd(&e, 2001, 11, 16));
    precis_digest_free(g);
    precis_cluster_free(c);

    /* plans for the future resolve forward from Wednesday 5 March 2031; a
     * past plan and "last November" stay in the past */
    precis_cluster_new(&c, NULL);
    t = "The court is planning to rule on Monday.\n\nThe president hopes to sign the bill on "
        "Sunday.\n\nThe ministers are to meet on Saturday.\n\nThe rebels were planning to attack "
        "the town on Friday.\n\nThe envoy arrived last November and said talks will go on.";
    dm.date = "2031-03-05";
    precis_cluster_add_document(c, t, strlen(t), &dm, NULL, NULL);
    CHECK(precis_digest_new(c, NULL, &g) == PRECIS_OK);
    CHECK(event(g, "on Monday", &e) && ymd(&e, 2031, 3, 10));
    CHECK(event(g, "on Sunday", &e) && ymd(&e, 2031, 3, 9));
    CHECK(event(g, "on Saturday", &e) && ymd(&e, 2031, 3, 8));
    CHECK(event(g, "on Friday", &e) && ymd(&e, 2031, 2, 28));
    CHECK(event(g, "last November", &e) && ymd(&e, 2030, 11, 0));
    precis_digest_free(g);
    precis_cluster_free(c);

    /* session 35: a present plan is of the future, also with the date
     * between "planning" and "to", passive ("are planned") or before the
     * noun ("Tuesday's planned vote"); "was planned" stays in the past */
    precis_cluster_new(&c, NULL);
    t = "The mayor is planning on Monday to open the bridge.\n\nA march and a concert are "
        "planned on Sunday.\n\nBuses brought voters for Tuesday's planned vote.\n\nThe "
        "strike was planned on Friday.";
    dm.date = "2031-03-05";
    precis_cluster_add_document(c, t, strlen(t), &dm, NULL, NULL);
    CHECK(precis_digest_new(c, NULL, &g) == PRECIS_OK);
    CHECK(event(g, "on Monday", &e) && ymd(&e, 2031, 3, 10));
    CHECK(event(g, "on Sunday", &e) && ymd(&e, 2031, 3, 9));
    CHECK(event(g, "Tuesday", &e) && ymd(&e, 2031, 3, 11));
    CHECK(event(g, "on Friday", &e) && ymd(&e, 2031, 2, 28));
    precis_digest_free(g);
    precis_cluster_free(c);

    /* text in lower case writes its months so: a month with its year
     * after it, the day between or not, is a date; "may" and "march"
     * alone stay verbs */
    precis_cluster_new(&c, NULL);
    t = "The interview was filmed on oct. 5, 2031, at the park.\n\nThe park has been closed "
        "since june 2029.\n\nThe crowds may march 12 miles, the police said.";
    dm.date = "2031-11-20";
    precis_cluster_add_document(c, t, strlen(t), &dm, NULL, NULL);
    CHECK(precis_digest_new(c, NULL, &g) == PRECIS_OK);
    CHECK(event(g, "oct. 5, 2031", &e) && ymd(&e, 2031, 10, 5));
    CHECK(event(g, "since june 2029", &e) && e.year == 2029 && e.month == 6);
    CHECK(precis_digest_event_count(g) == 2);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* session 37: "of" may stand between a month and its year ("in March
     * of 2029", "march of 2028" in text in lower case): the year is that
     * one, not the story's; "in May of this year" stays a month alone */
    precis_cluster_new(&c, NULL);
    t = "The tunnel will open in March of 2029, the agency said.\n\nThe plan was drawn up "
        "in march of 2028 by the city.\n\nWork started on April 2 of 2030.\n\nThe vote "
        "came in May of this year.";
    dm.date = "2031-11-20";
    precis_cluster_add_document(c, t, strlen(t), &dm, NULL, NULL);
    CHECK(precis_digest_new(c, NULL, &g) == PRECIS_OK);
    CHECK(event(g, "in March of 2029", &e) && e.year == 2029 && e.month == 3 && e.day == 0);
    CHECK(event(g, "in march of 2028", &e) && e.year == 2028 && e.month == 3);
    CHECK(event(g, "April 2 of 2030", &e) && ymd(&e, 2030, 4, 2));
    CHECK(event(g, "in May", &e) && e.year == 2031 && e.month == 5);
    CHECK(precis_digest_event_count(g) == 4);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* a deadline's month alone is the nearest such month: "by February"
     * and "by the end of January" in a story of November are the next
     * ones, "by March" in it the last; "in March" stays in the past */
    precis_cluster_new(&c, NULL);
    t = "The troops must leave the valley by February under the deal.\n\nThe army was to "
        "hand over the last posts by the end of January.\n\nThe talks began in March.";
    dm.date = "2031-11-20";
    precis_cluster_add_document(c, t, strlen(t), &dm, NULL, NULL);
    CHECK(precis_digest_new(c, NULL, &g) == PRECIS_OK);
    CHECK(event(g, "by February", &e) && e.year == 2032 && e.month == 2);
    CHECK(event(g, "of January", &e) && e.year == 2032 && e.month == 1);
    CHECK(event(g, "in March", &e) && e.year == 2031 && e.month == 3);
    precis_digest_free(g);
    precis_cluster_free(c);
    precis_cluster_new(&c, NULL);
    t = "About 300 families had fled the valley by March, the agency said.";
    dm.date = "2031-05-02";
    precis_cluster_add_document(c, t, strlen(t), &dm, NULL, NULL);
    CHECK(precis_digest_new(c, NULL, &g) == PRECIS_OK);
    CHECK(event(g, "by March", &e) && e.year == 2031 && e.month == 3);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* a merged entry lists only the documents that carry its fact: a word
     * next to the same date ("vote") is not enough */
    precis_cluster_new(&c, NULL);
    t = "Published: 2031-03-05\n\nThe government resigned on Monday after the vote.\n|||||\n"
        "Published: 2031-03-05\n\nThe opposition won the vote in the capital on Monday.\n|||||\n"
        "Published: 2031-03-05\n\nThe whole government resigned on Monday after losing the "
        "vote.";
    precis_cluster_add_joined(c, t, strlen(t), "t", NULL, NULL);
    CHECK(precis_digest_new(c, NULL, &g) == PRECIS_OK);
    size_t entries = 0;
    for (size_t i = 0; i < precis_digest_event_count(g); i++) {
        precis_digest_event(g, i, &e);
        entries++;
        CHECK(ymd(&e, 2031, 3, 3));
        if (e.docs[0] != 1) /* the resignation: documents 0 and 2 */
            CHECK(e.doc_count == 2 && e.docs[1] == 2);
        else /* the opposition's win: document 1 alone */
            CHECK(e.doc_count == 1);
    }
    CHECK(entries == 2);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* dates written with units (session 35): Chinese and Japanese, whose
     * sentence is one white-space word, and Korean with its spaces; a
     * month and a day take the year from the document's date; a typhoon's
     * number (12号) or a count of months (3월) is no date */
    CHECK(dated_as("ja", NULL, "市は2031年3月12日に新しい橋を開通させた。", "2031年3月12日", 2031,
                   3, 12));
    CHECK(dated_as("zh", NULL, "新图书馆于2031年3月12日正式开放，市民排起了长队。", "2031年3月12日",
                   2031, 3, 12));
    CHECK(dated_as("ko", NULL, "다리가 2031년 3월 12일 개통됐다고 시가 밝혔다.", "2031년 3월 12일",
                   2031, 3, 12));
    CHECK(dated_as("ko", "2031-03-03", "시는 3월 12일 새 다리를 개통할 예정이라고 밝혔다.",
                   "3월 12일", 2031, 3, 12));
    CHECK(dated_as("ja", NULL, "台風12号は2031年9月に上陸した。", "2031年9月", 2031, 9, 0));
    CHECK(!dated_as("ja", NULL, "台風12号が上陸し、大きな被害が出たと市は発表した。", "12号", 0, 0,
                    0));
    CHECK(!dated_as("ko", NULL, "공사는 3월 동안 계속되었다고 시가 밝혔다.", "3월", 0, 0, 0));

    /* a day and month without a year: the year that puts it nearest the
     * document's date (Monday 3 March 2031), not a year back when it is
     * later in the same month; a month alone is the last such month */
    CHECK(dated_as("de", "2031-03-03", "Die Frist läuft am 12. März ab.", "12. März", 2031, 3, 12));
    CHECK(dated_as("en", "2031-03-03", "The office stays closed until March 15.", "March 15", 2031,
                   3, 15));
    CHECK(dated_as("es", "2031-03-03", "La oficina permanece cerrada hasta el 15 de marzo.",
                   "15 de marzo", 2031, 3, 15));
    CHECK(dated_as("ru", "2031-03-03", "Офис закрыт до 10 марта.", "10 марта", 2031, 3, 10));
    /* a month after "in" is in the locative, which CLDR does not list */
    CHECK(dated_as("ru", "2031-03-03", "Строительство началось в марте 2029 года.", "марте 2029",
                   2029, 3, 0));
    CHECK(dated_as("uk", "2031-03-03", "Будівництво почалося у березні 2029 року.", "березні 2029",
                   2029, 3, 0));
    CHECK(dated_as("cs", "2031-03-03", "Stavba začala v březnu 2029.", "březnu 2029", 2029, 3, 0));
    CHECK(dated_as("pl", "2031-03-03", "Budowa ruszyła w listopadzie 2029 roku.",
                   "listopadzie 2029", 2029, 11, 0));
    CHECK(dated_as("cs", "2031-03-03", "Úřad je zavřený ve středu 5. března.", "5. března", 2031, 3,
                   5));
    CHECK(dated_as("en", "2031-03-03", "The office was closed on Dec. 20 for the holidays.",
                   "Dec. 20", 2030, 12, 20));
    CHECK(dated_as("en", "2030-12-20", "The office will stay closed until Jan. 5.", "Jan. 5", 2031,
                   1, 5));
    CHECK(dated_as("en", "2031-10-17", "He bought the plant in March.", "March", 2031, 3, 0));
    CHECK(dated_as("en", "2031-03-03", "He sold the plant in July.", "July", 2030, 7, 0));

    /* a weekday written with its date is part of it; the date wins when
     * they disagree (12 March 2031 is a Wednesday) */
    const char *de = "Am Mittwoch, dem 12. März 2031, sollen die Gespräche fortgesetzt werden.";
    CHECK(dated_as("de", NULL, de, "12. März 2031", 2031, 3, 12));
    CHECK(dated_as("de", "2031-03-03", de, "12. März 2031", 2031, 3, 12));
    CHECK(dated_as("en", "2031-03-03", "On Wednesday, March 12, 2031, the talks will resume.",
                   "Wednesday, March 12", 2031, 3, 12));
    CHECK(dated_as("en", "2031-03-03", "On Friday, March 12, 2031, the talks will resume.",
                   "March 12", 2031, 3, 12));
    CHECK(dated_as("fr", "2031-03-03", "Les discussions reprendront mercredi 12 mars.", "12 mars",
                   2031, 3, 12));
    CHECK(dated_as("es", "2031-03-03", "Las conversaciones se reanudan el miércoles, 12 de marzo.",
                   "12 de marzo", 2031, 3, 12));
    CHECK(dated_as("en", "2031-03-03", "The talks resumed on Wednesday in March.", "Wednesday",
                   2031, 2, 26));

    /* future cues of other languages (src/lang/XX.c): the next weekday
     * after Monday 3 March 2031, the last one in the past tense */
    static const struct {
        const char *lang, *text, *day;
        int d;
    } future[] = {
        {"es", "El ministro visitará la isla el martes.", "martes", 4},
        {"es", "El ministro visitó la isla el martes.", "martes", -25},
        {"de", "Der Minister wird die Insel am Dienstag besuchen.", "Dienstag", 4},
        {"de", "Der Minister besuchte die Insel am Dienstag.", "Dienstag", -25},
        {"ru", "Министр будет на острове во вторник.", "вторник", 4},
        {"fr", "Le ministre se rendra mardi sur l'île.", "mardi", 4},
        {"fr", "Le ministre s'est rendu mardi sur l'île.", "mardi", -25},
        {"el", "Ο υπουργός θα επισκεφθεί το νησί την Τρίτη.", "Τρίτη", 4},
        {"ar", "وسيفتح الوزير الجسر الجديد يوم الأربعاء.", "الأربعاء", 5},
        {"ar", "افتتح الوزير الجسر الجديد يوم الأربعاء.", "الأربعاء", -26},
        {"hi", "मंत्री मंगलवार को द्वीप का दौरा करेंगे।", "मंगलवार", 4},
        {"it", "Il ministro visiterà l'isola martedì.", "martedì", 4},
        {"it", "Il ponte resta chiuso fino a mercoledì 5 marzo.", "5 marzo", 5},
        {"pt", "O ministro visitará a ilha no sábado.", "sábado", 8},
        {"es", "El puente se abrió el martes por la mañana.", "martes", -25},
        {"it", "Il ministro però arrivò martedì.", "martedì", -25},
        /* a Slavic perfective says the future in the form of a present,
         * with no auxiliary: the verb nearest to the weekday in its
         * clause tells (before or after it, past a join when none is
         * nearer); a past, a noun ("депутат", "визит") or a participle
         * ("задержан") keeps it in the past */
        {"ru", "Министр посетит остров во вторник.", "вторник", 4},
        {"ru", "Министр посетил остров во вторник.", "вторник", -25},
        {"ru", "Во вторник президент проведёт переговоры в Кремле.", "вторник", 4},
        {"ru", "Заседание совета директоров состоится в пятницу.", "пятницу", 7},
        {"ru", "Президент посетит Китай и Монголию во вторник.", "вторник", 4},
        {"ru", "В пятницу Путин посетит Китай, сообщил Кремль.", "пятницу", 7},
        {"ru", "Кремль сообщил, что Путин посетит Китай в пятницу.", "пятницу", 7},
        {"ru", "В среду депутаты рассмотрят законопроект о бюджете.", "среду", 5},
        {"ru", "В среду депутаты рассмотрели законопроект о бюджете.", "среду", -26},
        {"ru", "Во вторник задержан депутат городского совета.", "вторник", -25},
        {"ru", "Визит президента во вторник стал первым за год.", "вторник", -25},
        {"ru", "В пятницу министр встретился с депутатами.", "пятницу", -28},
        /* (Saturday 1 March: the past nearer than the present past "и") */
        {"ru", "Он прилетел в Москву в субботу и проведёт переговоры в среду.", "субботу", 1},
        {"ru", "Министр прилетел в Москву и в среду проведёт переговоры.", "среду", 5},
        {"uk", "Міністр відвідає острів у вівторок.", "вівторок", 4},
        {"uk", "Президент у вівторок зустрінеться з прем'єром.", "вівторок", 4},
        {"uk", "Міністр відвідав острів у вівторок.", "вівторок", -25},
        {"uk", "Київ у вівторок відвідав міністр.", "вівторок", -25},
        {"uk", "Міністр буде на острові у вівторок.", "вівторок", 4},
        /* Ukrainian weekdays in the accusative in -ю, and with the
         * apostrophe typed as ' or ’ where CLDR writes ʼ (U+02BC) */
        {"uk", "Засідання відбудеться в п'ятницю.", "ятницю", 7},
        {"uk", "Засідання відбулося в п’ятницю.", "ятницю", -28},
        {"uk", "Міністр відвідає острів у неділю.", "неділю", 9},
        /* the auxiliaries and particles of other Slavic languages */
        {"bg", "Министърът ще посети острова във вторник.", "вторник", 4},
        {"bg", "Министърът посети острова във вторник.", "вторник", -25},
        {"sr", "Министар ће посетити острво у уторак.", "уторак", 4},
        {"sr", "Министар посетиће острво у уторак.", "уторак", 4},
        {"sr", "Министар је посетио острво у уторак.", "уторак", -25},
        {"pl", "Minister będzie na wyspie we wtorek.", "wtorek", 4},
        {"pl", "Minister był na wyspie we wtorek.", "wtorek", -25},
        {"cs", "Ministr bude na ostrově v úterý.", "úterý", 4},
        {"cs", "Ministr byl na ostrově v úterý.", "úterý", -25},
    };
    /* a day and month without a year after a perfective present are the
     * next such day, as after "will" */
    CHECK(dated_as("ru", "2031-03-03", "Концерт в центре города пройдёт 15 февраля.", "15 февраля",
                   2032, 2, 15));
    CHECK(dated_as("ru", "2031-03-03", "Концерт в центре города прошёл 15 февраля.", "15 февраля",
                   2031, 2, 15));
    for (size_t k = 0; k < sizeof future / sizeof *future; k++) {
        int d = future[k].d;
        CHECK(dated_as(future[k].lang, "2031-03-03", future[k].text, future[k].day, 2031,
                       d > 0 ? 3 : 2, d > 0 ? d : -d));
    }

    /* weekdays of two words (CLDR's Hebrew "יום ראשון", Sunday), with the
     * prefix ב ("on") or ו ("and"), after Monday 3 March 2031 */
    CHECK(dated_as("he", "2031-03-03", "הגשר נפתח לתנועה ביום ראשון בבוקר.", "ראשון", 2031, 3, 2));
    CHECK(dated_as("he", "2031-03-03", "השר ביקר באי וביום שלישי חזר לעיר.", "שלישי", 2031, 2, 25));
    CHECK(
        dated_as("ar", "2031-03-03", "افتتح الوزير الجسر الجديد يوم الأحد.", "الأحد", 2031, 3, 2));
    CHECK(dated_as("ga", "2031-03-03", "Osclaíodh an droichead nua Dé hAoine.", "Dé hAoine", 2031,
                   2, 28));
    return check_done();
}
