/* Figures grouped by quantity across documents; traps: dates, years, ages,
 * compounds, names, other events. */
#include <math.h>
#include <string.h>

#include "check.h"
#include "digest/figures.h"
#include "model/cluster.h"
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

/* The documents of `text` give no figure group (those they give are
 * printed). */
static int no_figures(const char *text)
{
    precis_cluster *c;
    precis_figure_group gr;
    precis_digest *g = digest_of(text, &c);
    size_t n = precis_digest_figure_group_count(g);
    for (size_t i = 0; i < n; i++) {
        precis_digest_figure_group(g, i, &gr);
        fprintf(stderr, "unexpected group %s (%s)\n", gr.quantity, gr.values[0].text);
    }
    precis_digest_free(g);
    precis_cluster_free(c);
    return n == 0;
}

/* Whether the first figures of counted things that sentences a and b state
 * (pc_figures_in, each read as a document of language lang) count one
 * thing (pc_figures_same_thing); -1 when either states none. */
static int same_thing(const char *a, const char *b, const char *lang)
{
    precis_options o;
    precis_options_init(&o);
    o.language = lang;
    precis_cluster *c = NULL;
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    CHECK(precis_cluster_add_joined(c, a, strlen(a), "a", &o, NULL) == PRECIS_OK);
    CHECK(precis_cluster_add_joined(c, b, strlen(b), "b", &o, NULL) == PRECIS_OK);
    pc_arena arena;
    pc_arena_init(&arena, NULL);
    pc_fig fa[4], fb[4];
    size_t na = 0, nb = 0;
    for (size_t i = 0; i < c->nsents; i++) {
        size_t *n = c->sents[i].doc == 0 ? &na : &nb;
        if (!*n)
            *n = pc_figures_in(c, &c->sents[i], &arena, c->sents[i].doc == 0 ? fa : fb, 4);
    }
    int r = na && nb && na != SIZE_MAX && nb != SIZE_MAX ? pc_figures_same_thing(fa, fb) : -1;
    pc_arena_release(&arena);
    precis_cluster_free(c);
    return r;
}

int main(void)
{
    precis_cluster *c;
    precis_figure_group gr;
    char both[2048];
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

    /* a unit says how a thing is measured, not what: two distances to two
     * places, two shares of two things, are no figure the sources give
     * two values of; the same distance or share, told around the same
     * words, still is */
    g = digest_of("The village lies 40 kilometers west of Dili, the capital.\n|||||\n"
                  "The island is 1,900 kilometers east of Jakarta.\n|||||\n"
                  "Prices of bread rose 3 percent this week.\n|||||\n"
                  "Unemployment fell to 8 percent, the bank said.",
                  &c);
    CHECK(!group(g, "kilometers", &gr) && !group(g, "percent", &gr));
    precis_digest_free(g);
    precis_cluster_free(c);
    g = digest_of("The village lies 40 kilometers west of Dili, the capital.\n|||||\n"
                  "The village is about 60 kilometers west of Dili.\n|||||\n"
                  "Prices of bread rose 3 percent this week.\n|||||\n"
                  "Prices of bread rose 4.5 percent this week, the bank said.",
                  &c);
    CHECK(group(g, "kilometers", &gr) && gr.disagree);
    CHECK(group(g, "percent", &gr) && gr.disagree);
    precis_digest_free(g);
    precis_cluster_free(c);
    /* a noun after a second number counts the second: the town's
     * population is no distance */
    g = digest_of("Tarvik, a town of 52,000 some 300 kilometers north of the capital, was "
                  "flooded.\n|||||\nTarvik lies about 300 kilometers north of the capital.",
                  &c);
    CHECK(group(g, "kilometers", &gr) && !gr.disagree && gr.value_count == 2);
    CHECK(!has_value(&gr, "52,000", 0));
    precis_digest_free(g);
    precis_cluster_free(c);

    /* counts of people that no event qualifies are compared only around
     * the same words: a territory's people and a rally's are two counts */
    g = digest_of("The territory has 800,000 people and a small army.\n|||||\n"
                  "Hundreds of people marched in the capital on Sunday.",
                  &c);
    CHECK(!group(g, "people", &gr));
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

    /* session 35: counts of documents published days apart are an update,
     * not a disagreement (the toll of the first day against that of the
     * sixth); a day apart they are one time */
    g = digest_of("date 2031-03-03\n\nThe fire killed 12 people in the old town.\n|||||\n"
                  "date 2031-03-09\n\nThe fire killed 19 people in the old town.",
                  &c);
    CHECK(!group(g, "deaths", &gr));
    precis_digest_free(g);
    precis_cluster_free(c);
    g = digest_of("date 2031-03-03\n\nThe fire killed 12 people in the old town.\n|||||\n"
                  "date 2031-03-04\n\nThe fire killed 19 people in the old town.",
                  &c);
    CHECK(group(g, "deaths", &gr) && gr.disagree);
    precis_digest_free(g);
    precis_cluster_free(c);
    /* session 35: the other unit of a conversion says nothing of what is
     * measured: "(25 miles)" and "(1,200 miles)" joined the distances to two
     * capitals */
    g = digest_of("The mine lies 40 kilometers (25 miles) south of Lund.\n|||||\n"
                  "The port is 1,900 kilometers (1,200 miles) east of Harbin.",
                  &c);
    CHECK(!group(g, "kilometers", &gr) && !group(g, "miles", &gr));
    precis_digest_free(g);
    precis_cluster_free(c);

    /* session 35: "six of the 11 members" is a part of the whole counted
     * after it, no other value of that count; a share ("40 percent of the
     * 30,000 voters") stays a percentage */
    g = digest_of("Tests on six of the 11 crew members were finished.\n|||||\nAll 11 crew members "
                  "were rescued on Monday.",
                  &c);
    CHECK(group(g, "crew", &gr) && !gr.disagree && !has_value(&gr, "six", 0));
    precis_digest_free(g);
    precis_cluster_free(c);
    g = digest_of("Turnout was 40 percent of the 30,000 voters.\n|||||\nTurnout was 55 percent, "
                  "officials said.",
                  &c);
    CHECK(group(g, "percent", &gr) && gr.disagree);
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

    /* the nearest word of its clause says what a count of people counts:
     * the 40 injured are no deaths, "40 were hurt" are injured */
    g = digest_of("The storm killed 12 people and injured 40 others.\n|||||\nTwelve people "
                  "died and 40 were hurt.",
                  &c);
    CHECK(group(g, "deaths", &gr) && !gr.disagree && gr.value_count == 2);
    CHECK(group(g, "injured", &gr) && !gr.disagree && has_value(&gr, "40", 0) &&
          has_value(&gr, "40", 1));
    precis_digest_free(g);
    precis_cluster_free(c);
    g = digest_of("In all, 3,197 people died and 1,102 people remain missing.\n|||||\nMore "
                  "than 4,000 people died.",
                  &c);
    CHECK(group(g, "deaths", &gr) && !has_value(&gr, "1,102", 0) && has_value(&gr, "3,197", 0));
    precis_digest_free(g);
    precis_cluster_free(c);
    /* the evacuated, the missing and the arrested are counts of their own,
     * whatever noun names the people ("residents", "people", "others");
     * a word that opens a clause ends the search before the number: the
     * 17 "detained ... that" shot dead are deaths */
    g = digest_of("Some 1,200 residents were evacuated, and 200 others were missing. "
                  "Police arrested 30 others.\n|||||\n"
                  "About 2,500 people were evacuated from the district. 200 people remain "
                  "missing, and 30 were arrested.\n|||||\n"
                  "One of those detained admitted that 17 people had been shot dead.\n|||||\n"
                  "The flood killed 17 people.",
                  &c);
    CHECK(group(g, "evacuated", &gr) && gr.disagree && has_value(&gr, "Some 1,200", 0) &&
          has_value(&gr, "About 2,500", 1));
    CHECK(group(g, "missing", &gr) && !gr.disagree && has_value(&gr, "200", 0) &&
          has_value(&gr, "200", 1));
    CHECK(group(g, "arrested", &gr) && !gr.disagree && has_value(&gr, "30", 0) &&
          has_value(&gr, "30", 1));
    CHECK(group(g, "deaths", &gr) && has_value(&gr, "17", 2) && has_value(&gr, "17", 3));
    CHECK(!group(g, "others", &gr) && !group(g, "people", &gr) && !group(g, "residents", &gr));
    precis_digest_free(g);
    precis_cluster_free(c);

    /* a document that gives two amounts agrees with one that gives the same
     * two in another order; a value no other document allows disagrees */
    g = digest_of("The government pledged $2 million in aid. The damage was put at $9 million."
                  "\n|||||\nDamage reached $9 million, and $2 million was pledged.",
                  &c);
    CHECK(group(g, "dollars", &gr) && !gr.disagree && gr.value_count == 4);
    precis_digest_free(g);
    precis_cluster_free(c);
    g = digest_of("The government pledged $2 million in aid. The damage was put at $9 million."
                  "\n|||||\nDamage reached $12 million, and $2 million was pledged.",
                  &c);
    CHECK(group(g, "dollars", &gr) && gr.disagree);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* ranges keep both ends: 250 is within 200 to 300, 12 within 10-15,
     * 20 is not; "from 10 to 15" is a change, not a range */
    g = digest_of("Between 200 and 300 homes were flooded. The storm killed 10 to 15 people."
                  "\n|||||\nAbout 250 homes were flooded. The storm killed 12 people.\n|||||\n"
                  "Some 10-15 people were killed and 280 homes flooded.",
                  &c);
    CHECK(group(g, "homes", &gr) && !gr.disagree && has_value(&gr, "Between 200 and 300", 0));
    CHECK(group(g, "deaths", &gr) && !gr.disagree && has_value(&gr, "10 to 15", 0));
    CHECK(gr.values[0].low == 10 && gr.values[0].high == 15);
    CHECK(has_value(&gr, "Some 10-15", 2));
    precis_digest_free(g);
    precis_cluster_free(c);
    g = digest_of("The storm killed 10 to 15 people.\n|||||\nThe storm killed 20 people.", &c);
    CHECK(group(g, "deaths", &gr) && gr.disagree);
    precis_digest_free(g);
    precis_cluster_free(c);
    g = digest_of("The toll rose from 10 to 15 people killed.\n|||||\nIt killed 12 people.", &c);
    CHECK(!group(g, "deaths", &gr) || !has_value(&gr, "from 10 to 15", 0));
    precis_digest_free(g);
    precis_cluster_free(c);

    /* the qualifiers of other languages: "environ" (about) and "plus de"
     * (more than) allow both; without them 3 000 and 2 500 disagreed */
    g = digest_of("Environ 3 000 passagers avaient réservé une traversée pour le week-end, selon "
                  "la compagnie.\n|||||\nPlus de 2 500 passagers sont concernés par la grève des "
                  "marins, a précisé la compagnie.",
                  &c);
    CHECK(group(g, "passagers", &gr) && !gr.disagree && has_value(&gr, "Environ 3 000", 0) &&
          has_value(&gr, "Plus de 2 500", 1));
    precis_digest_free(g);
    precis_cluster_free(c);
    g = digest_of("Mindestens 40 Fahrgäste wurden bei dem Unglück verletzt, teilte die Polizei "
                  "mit.\n|||||\nBei dem Unglück wurden 12 Fahrgäste verletzt, sagte ein Sprecher.",
                  &c);
    CHECK(group(g, "fahrgäste", &gr) && gr.disagree && has_value(&gr, "Mindestens 40", 0));
    precis_digest_free(g);
    precis_cluster_free(c);

    /* a word for people that the language's stopword list holds is the
     * counted noun all the same ("12 Menschen kamen ...": was "kamen",
     * and "20 Menschen ums Leben" "leben", two quantities) */
    static const char *const people[][2] = {
        {"Etwa 12 Menschen kamen bei dem Unglück ums Leben, teilte die Polizei mit.\n|||||\n"
         "Bei dem Unglück kamen 20 Menschen ums Leben, sagte ein Sprecher.",
         "menschen"},
        {"Selon la police, 12 personnes ont été tuées dans l'accident du train.\n|||||\n"
         "L'accident du train a fait 20 personnes tuées, selon les pompiers.",
         "personnes"}};
    for (size_t k = 0; k < sizeof people / sizeof *people; k++) {
        g = digest_of(people[k][0], &c);
        CHECK(group(g, people[k][1], &gr) && gr.disagree && has_value(&gr, "20", 1));
        precis_digest_free(g);
        precis_cluster_free(c);
    }

    /* a day before "de" and its month is a date, not a count of months
     * ("el 15 de marzo" was a figure "15" of "marzo") */
    g = digest_of(
        "Publicado: 4 de marzo de 2031\n\nEl pueblo reabrirá sus escuelas el 15 de marzo, "
        "dijo el alcalde.\n|||||\nPublicado: 5 de marzo de 2031\n\nEl alcalde dijo que "
        "el pueblo reabrirá sus escuelas el 15 de marzo.",
        &c);
    CHECK(precis_digest_figure_group_count(g) == 0);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* the Indian grouping of lakhs and crores ("1,50,000" = 150,000,
     * "2,00,00,000" = 20 million) and "lakh"/"crore" as multipliers; a
     * malformed grouping ("1,5,000") or a list ("10,20,30") is no number */
    g = digest_of("The floods left 1,50,000 people homeless in the state, officials said."
                  "\n|||||\nThe floods left 2 lakh people homeless in the state, officials said."
                  "\n|||||\nThe floods left 1,5,000 people homeless, and 10,20,30 people waited."
                  "\n|||||\nThe state says 2,00,00,000 people live in the flooded districts and "
                  "0.5 crore people left.",
                  &c);
    CHECK(group(g, "people", &gr) && gr.disagree && gr.value_count == 4);
    CHECK(has_value(&gr, "1,50,000", 0) && gr.values[0].low == 150000);
    CHECK(has_value(&gr, "2 lakh", 1) && gr.values[1].low == 200000);
    CHECK(has_value(&gr, "2,00,00,000", 3) && gr.values[2].low == 2e7);
    CHECK(has_value(&gr, "0.5 crore", 3) && gr.values[3].low == 5e6);
    CHECK(!has_value(&gr, "1,5,000", 2) && !has_value(&gr, "10,20,30", 2));
    precis_digest_free(g);
    precis_cluster_free(c);
    /* in a language of decimal commas a group mark has three digits after
     * it: "3.97 %" is no 397 %; a percentage with a decimal point is read
     * as written, "20.00 Uhr" (a time) is no number */
    g = digest_of("Según el censo, el 3.97 % de los habitantes eran afroamericanos y el 0.87 % "
                  "eran asiáticos.\n|||||\nSegún el censo, el 4,5 % de los habitantes eran "
                  "afroamericanos.",
                  &c);
    CHECK(group(g, "percent", &gr) && gr.disagree && has_value(&gr, "3.97 %", 0) &&
          fabs(gr.values[0].low - 3.97) < 1e-9 && fabs(gr.values[1].low - 0.87) < 1e-9 &&
          fabs(gr.values[2].low - 4.5) < 1e-9);
    precis_digest_free(g);
    precis_cluster_free(c);
    CHECK(no_figures("Die Fähre legte um 20.00 Uhr in Kiel ab, sagte die Reederei.\n|||||\n"
                     "Die Fähre legte gegen 21.00 Uhr in Kiel ab, sagte ein Sprecher der "
                     "Reederei."));

    /* Hindi's करोड़ (ten million) with the nukta letter precomposed (U+095C)
     * as with the two code points */
    g = digest_of("\xE0\xA4\xAC\xE0\xA4\xBE\xE0\xA4\xA2\xE0\xA4\xBC \xE0\xA4\xAE"
                  "\xE0\xA5\x87\xE0\xA4\x82 2 \xE0\xA4\x95\xE0\xA4\xB0\xE0\xA5\x8B"
                  "\xE0\xA5\x9C \xE0\xA4\xB0\xE0\xA5\x81\xE0\xA4\xAA\xE0\xA4\xAF"
                  "\xE0\xA5\x87 \xE0\xA4\x95\xE0\xA4\xBE \xE0\xA4\xA8\xE0\xA5\x81"
                  "\xE0\xA4\x95\xE0\xA4\xB8\xE0\xA4\xBE\xE0\xA4\xA8 \xE0\xA4\xB9"
                  "\xE0\xA5\x81\xE0\xA4\x86\xE0\xA5\xA4\n|||||\n"
                  "बाढ़ में 3 करोड़ रुपये का नुकसान हुआ।",
                  &c);
    CHECK(group(g, "रुपये", &gr) && gr.disagree && gr.values[0].low == 2e7 &&
          gr.values[1].low == 3e7);
    precis_digest_free(g);
    precis_cluster_free(c);

    /* Chinese and Japanese numbers written in characters, alone or mixed
     * with digits ("三万", "两千", "十二", "一百二十", "2千5百", "1万2千",
     * "1亿2000万", "十万亿", "一百零五", "两千多" 2,000 to 2,999, "数十"
     * 20 to 99), before a counter */
    g = digest_of("洪水造成十二人死亡。一百二十辆汽车被冲走。损失达三千万元。两千多吨货物被毁。"
                  "债务达十万亿美元。\n|||||\n洪水造成数十人死亡。一百零五辆汽车被冲走。"
                  "损失达1亿2000万元。2千5百吨货物被毁。债务达10万亿美元。\n|||||\n"
                  "台風で三万世帯が停電し、十五人が死亡した。\n|||||\n"
                  "台風で1万2千世帯が停電し、12人が死亡した。",
                  &c);
    CHECK(group(g, "deaths", &gr) && gr.disagree && has_value(&gr, "十二", 0) &&
          has_value(&gr, "数十", 1) && has_value(&gr, "十五", 2) && has_value(&gr, "12", 3));
    CHECK(gr.values[1].low == 20 && gr.values[1].high < 100 && gr.values[2].low == 15);
    CHECK(group(g, "辆汽", &gr) && gr.disagree && gr.values[0].low == 120 &&
          gr.values[1].low == 105);
    CHECK(group(g, "元", &gr) && gr.values[0].low == 3e7 && gr.values[1].low == 1.2e8);
    CHECK(group(g, "吨", &gr) && !gr.disagree && has_value(&gr, "两千多", 0) &&
          gr.values[0].low == 2000 && gr.values[0].high < 3000 && gr.values[1].low == 2500);
    CHECK(group(g, "美元", &gr) && !gr.disagree && gr.values[0].low == 1e13 &&
          gr.values[1].low == 1e13);
    CHECK(group(g, "世帯", &gr) && gr.disagree && has_value(&gr, "三万", 2) &&
          gr.values[0].low == 30000 && gr.values[1].low == 12000);
    precis_digest_free(g);
    precis_cluster_free(c);
    /* percentages: "百分之三十" is 30 %, as "30%" and "30％" are; a unit
     * that is a noun of its own (户, households) is the noun without the
     * character after it, so "3200户居民" and "三千二百户" are one figure */
    g = digest_of("今年的降雨量减少了百分之三十。全市三千二百户居民受到影响。\n|||||\n"
                  "据统计，降雨量减少了30%。约3200户受影响。\n|||||\n"
                  "气象局说，降雨量减少了４０％。",
                  &c);
    CHECK(group(g, "percent", &gr) && gr.disagree && has_value(&gr, "百分之三十", 0) &&
          has_value(&gr, "30%", 1) && gr.values[0].low == 30 && gr.values[1].low == 30);
    CHECK(group(g, "户", &gr) && !gr.disagree && has_value(&gr, "三千二百", 0) &&
          gr.values[0].low == 3200);
    precis_digest_free(g);
    precis_cluster_free(c);
    /* ...and what is no figure: 一 ("a", 一些, 一起, 统一, 一定), 万一 ("in
     * case"), 千万 ("by all means"), place names (四川, 三峡, 五台山, 九州,
     * 八戸), years written digit by digit, dates, ordinals (第三, 第3),
     * durations (四个月, 两个星期, 3天, 8个星期: "3天" and "8个星期" were
     * counts of 天 and 个星), ranks (従四位), numbers before no counter
     * (三四十人 "thirty or forty", 星期三) */
    const char *zh =
        "我们一起去了一些地方，统一了意见，一定要来。万一下雨，千万不要出门。四川和三峡"
        "的五台山两千年来都很有名。会议在二〇二一年十月一日举行。第三次会议上，第3名选手"
        "训练两个星期，休息3天，8个星期后回来。他停赛四个月。三四十人在星期三来了。";
    /* the same traps in other sentences (a near copy is one document) */
    const char *zh2 =
        "据说我们一起去了一些地方。据说统一了意见，一定要来。据说万一下雨，千万不要出门。"
        "据说四川和三峡的五台山两千年来都很有名。据说会议在二〇二一年十月一日举行。"
        "据说第三次会议上，第3名选手训练两个星期，休息3天，8个星期后回来。"
        "据说他停赛四个月。据说三四十人在星期三来了。";
    const char *ja = "九州と八戸市で一人の男性が従四位を受けた。四日市の会議は第二回だった。";
    snprintf(both, sizeof both, "%s\n|||||\n%s\n|||||\n%s\n|||||\n%s", zh, zh2, ja, ja);
    CHECK(no_figures(both));

    /* traps: numbers in dates, years, ages, compounds, names, times, and
     * "one of" are no figures */
    const char *trap = "On April 10, 2017, a 45-year-old man aged 45 and a man 30 years old "
                       "joined the Group of Seven talks at 10 a.m.; one of them cited the "
                       "2013 deal and the six-year war.";
    snprintf(both, sizeof both, "%s\n|||||\n%s", trap, trap);
    CHECK(no_figures(both));

    /* figures of another event (another month or year) stay out */
    g = digest_of("The attack killed 72 people.\n|||||\nIn October, an attack on a school "
                  "killed at least 35 people.\n|||||\nA gas attack in 2013 left hundreds dead.",
                  &c);
    CHECK(!group(g, "deaths", &gr));
    precis_digest_free(g);
    precis_cluster_free(c);
    /* session 29: "dlrs" before a number is the wires' "$": money, no count
     * of the people near it ("a dlrs 75,000 cap for people killed") */
    g = digest_of("The crash killed all 229 people aboard. Carriers opted out of a dlrs 75,000 "
                  "liability cap for people killed in crashes.\n|||||\nThe crash killed 229 "
                  "people. Airlines pay up to dlrs 75,000 for each person killed.",
                  &c);
    CHECK(group(g, "deaths", &gr) && gr.value_count == 2 && !gr.disagree);
    CHECK(group(g, "dollars", &gr) && has_value(&gr, "dlrs 75,000", 0) && !gr.disagree);
    precis_digest_free(g);
    precis_cluster_free(c);
    /* session 31: a second figure of one counted thing, as the summary's
     * selection reads it (select.c, restated) */
    CHECK(same_thing("The aviation office said more than 40 flights were cancelled by midday.",
                     "Officials said 52 flights had been cancelled at three airports.", NULL) == 1);
    /* the digest's groups: what was done to people (evacuated, killed) */
    CHECK(same_thing("About 1,500 people were evacuated from the valley.",
                     "The county said 1,200 residents were evacuated overnight.", NULL) == 1);
    CHECK(same_thing("Эвакуированы около 1500 человек, большинство у родственников.",
                     "Из подтопленных домов эвакуированы более 1200 жителей.", "ru") == 1);
    CHECK(same_thing("पहले दिन लगभग 40 हज़ार लोगों ने मेट्रो में यात्रा की।",
                     "निगम के अनुसार मेट्रो में पहले दिन 52 हज़ार यात्रियों ने सफ़र किया।", "hi") == 1);
    /* two things: other nouns, nothing done to them in common */
    CHECK(same_thing("More than 40 flights were cancelled by midday.",
                     "Rescuers found 12 bodies near the airport.", NULL) == 0);
    CHECK(same_thing("Rescuers pulled 12 people from the rubble.",
                     "The storm destroyed 300 homes along the coast.", NULL) == 0);
    /* a part or an addition, and two places */
    CHECK(same_thing("The blast killed 40 people at the market.",
                     "The blast killed 40 people, including 12 children, at the market.",
                     NULL) == 1);
    CHECK(same_thing("Officials said 14 soldiers were wounded in the attack.",
                     "Another 14 soldiers were wounded in the attack.", NULL) == 0);
    CHECK(same_thing("The cold has killed at least 62 people throughout Europe, police said.",
                     "The cold has killed at least 24 people in Romania and Bulgaria, police said.",
                     NULL) == 0);
    /* units of measure, money and percentages count no thing */
    CHECK(same_thing("The ash rose about 11 km into the air.",
                     "The ash rose 14 km into the air, the institute said.", NULL) == -1);
    CHECK(same_thing("Sales rose 92 percent of owners said.", "About 40 percent of owners said so.",
                     NULL) == -1);
    return check_done();
}
