/* Tests of src/text/clean*.c: one or more hand-written cases per rule,
 * datelines, paragraphs, robustness, and the five seed articles. */
#include <stdint.h>
#include <time.h>

#include "check.h"
#include "text/clean.h"
#include "text/clean_internal.h"

/* Collects the kept blocks as "T:title\n" / "B:body\n" lines. */
typedef struct out {
    const char *text;
    char buf[1 << 16];
    size_t n, blocks;
    int bad_range;
} out;

static int collect(void *ctx, pc_block_kind kind, size_t s, size_t e)
{
    out *o = ctx;
    if (s >= e)
        o->bad_range = 1;
    o->blocks++;
    int w = snprintf(o->buf + o->n, sizeof o->buf - o->n, "%s:%.*s\n",
                     kind == PC_BLOCK_TITLE ? "T" : "B", (int)(e - s), o->text + s);
    if (w > 0 && (size_t)w < sizeof o->buf - o->n)
        o->n += (size_t)w;
    return 0;
}

static out O;

static const char *clean(const char *in)
{
    memset(&O, 0, sizeof O);
    O.text = in;
    CHECK(pc_clean(in, strlen(in), collect, &O) == 0);
    CHECK(!O.bad_range);
    return O.buf;
}

/* A long real-looking paragraph to surround the cases with. */
#define P1                                                                                         \
    "The council voted on Tuesday to close the old bridge for repairs, a decision that will "      \
    "reroute traffic through the town centre for at least six months.\n\n"
#define P2                                                                                         \
    "Engineers said the steel supports had corroded faster than expected and that heavy lorries "  \
    "would be banned from the crossing with immediate effect.\n\n"
#define P3                                                                                         \
    "Residents who live near the river have complained for years about the noise and the dust, "   \
    "and several of them attended the meeting in person.\n\n"
#define K1                                                                                         \
    "B:The council voted on Tuesday to close the old bridge for repairs, a decision that will "    \
    "reroute traffic through the town centre for at least six months.\n"
#define K2                                                                                         \
    "B:Engineers said the steel supports had corroded faster than expected and that heavy "        \
    "lorries would be banned from the crossing with immediate effect.\n"
#define K3                                                                                         \
    "B:Residents who live near the river have complained for years about the noise and the dust, " \
    "and several of them attended the meeting in person.\n"

static void expect_dropped(const char *middle)
{
    char in[4096];
    snprintf(in, sizeof in, P1 "%s\n\n" P2 P3, middle);
    const char *got = clean(in);
    if (strcmp(got, K1 K2 K3) != 0)
        fprintf(stderr, "expected dropped: \"%s\"\n", middle);
    CHECK_STR(got, K1 K2 K3);
}

static void expect_kept(const char *middle, const char *kept)
{
    char in[4096], want[4096];
    snprintf(in, sizeof in, P1 "%s\n\n" P2 P3, middle);
    snprintf(want, sizeof want, K1 "B:%s\n" K2 K3, kept ? kept : middle);
    CHECK_STR(clean(in), want);
}

static void test_rules(void)
{
    /* rule_no_letters */
    expect_dropped("* * *");
    expect_dropped("$25 | 40%");
    /* rule_foreign_script: Cyrillic line in an English text; kept when the
     * document itself is Cyrillic */
    expect_dropped("Новости дня: политика и экономика");
    /* scripts without a profile are letters too (session 35): an Amharic
     * document ending its sentences with the Ethiopic full stop, a Burmese
     * and a Khmer one with theirs, was all "no letters" and dropped whole */
    CHECK_STR(clean("የከተማው አስተዳደር ሰኞ ዕለት አዲስ ድልድይ መረቀ። ድልድዩ 700 ሜትር ርዝመት አለው።\n"),
              "B:የከተማው አስተዳደር ሰኞ ዕለት አዲስ ድልድይ መረቀ። ድልድዩ 700 ሜትር ርዝመት አለው።\n");
    CHECK_STR(clean("မြို့တော်တွင် တံတားအသစ်ကို တနင်္လာနေ့က ဖွင့်လှစ်ခဲ့သည်။\n"),
              "B:မြို့တော်တွင် တံတားအသစ်ကို တနင်္လာနေ့က ဖွင့်လှစ်ခဲ့သည်။\n");
    CHECK_STR(clean("ក្រុងបានបើកស្ពានថ្មីកាលពីថ្ងៃច័ន្ទ ។ ស្ពាននេះមានប្រវែង ៧០០ ម៉ែត្រ ។\n"),
              "B:ក្រុងបានបើកស្ពានថ្មីកាលពីថ្ងៃច័ន្ទ ។ ស្ពាននេះមានប្រវែង ៧០០ ម៉ែត្រ ។\n");
    /* ... while a line of their punctuation alone has no letter */
    expect_dropped("። ። ።");
    /* Thai ends its sentences with a space: a paragraph of several is prose,
     * not the title of its document; one clause alone is still a title */
    CHECK_STR(clean("สะพานใหม่เปิดใช้เมื่อวันจันทร์ ชาวเมืองจำนวนมากมาเดินชมสะพาน "
                    "เทศบาลระบุว่าสะพานมีทางจักรยาน\n"),
              "B:สะพานใหม่เปิดใช้เมื่อวันจันทร์ ชาวเมืองจำนวนมากมาเดินชมสะพาน "
              "เทศบาลระบุว่าสะพานมีทางจักรยาน\n");
    CHECK_STR(clean("เชียงใหม่เปิดสะพานใหม่\n\nสะพานใหม่เปิดใช้เมื่อวันจันทร์ "
                    "ชาวเมืองจำนวนมากมาเดินชมสะพาน\n"),
              "T:เชียงใหม่เปิดสะพานใหม่\nB:สะพานใหม่เปิดใช้เมื่อวันจันทร์ "
              "ชาวเมืองจำนวนมากมาเดินชมสะพาน\n");
    CHECK_STR(
        clean("Правительство объявило новые меры поддержки малого бизнеса в регионах страны.\n"),
        "B:Правительство объявило новые меры поддержки малого бизнеса в регионах страны.\n");
    /* rule_link_only: teaser, bare URL, source line; an inline link stays */
    expect_dropped(
        "**Read next:** [Harbour ferry fares to rise in spring](https://news.example/ferry)");
    expect_dropped("<http://news.example.org/2024/05/bridge-closure>");
    expect_dropped("Source: https://example.com/report.pdf");
    expect_kept("The mayor [announced the closure](https://city.example/pr) at a press conference "
                "and apologised to commuters for the delay.",
                NULL);
    /* rule_repeated: the same line twice, both copies go */
    CHECK_STR(clean(P1 "Print this page now\n\n" P2 "Print this page now\n\n" P3), K1 K2 K3);
    /* rule_doubled */
    expect_dropped("Share storyShare story");
    expect_dropped("Tweet this Tweet this");
    /* rule_caption_prefix (the copy with the credit goes by rule_credit) */
    expect_dropped("Workers inspect the rusted girders under the bridge on Monday.\n"
                   "Workers inspect the rusted girders under the bridge on Monday. Photo: Ann Lee");
    /* rule_credit */
    expect_dropped("Traffic queues at the closed crossing, May 3, 2024.Credit: JOHN SMITH/AFP");
    expect_dropped("A crane lifts a beam into place. MARIA GOMEZ/EPA");
    expect_dropped("FILE PHOTO: The bridge seen from the east bank in 2019.");
    expect_dropped("Commuters on the ferry Jo Bloggs via AP");
    expect_kept("Police said a photograph of the crash had been shared widely before the driver "
                "was identified on Friday evening.",
                NULL);
    /* rule_agency_note */
    expect_dropped("Staff writers contributed to this report.");
    expect_dropped("Reporting by Ann Lee; Editing by Tom Fox");
    /* rule_byline */
    expect_dropped("By Jane Q. Public and Sam Doe");
    expect_dropped("by [Lee Park](https://news.example/staff/lee)");
    expect_kept("By Tuesday, the river had risen two metres above its usual level.", NULL);
    /* rule_date_only */
    expect_dropped("Monday, 3 March 2025");
    expect_dropped("Updated 10:42 a.m. ET | Jan. 5, 2024");
    expect_kept("The vote is on March 3.", NULL);
    /* ...not a short paragraph of another script with a number in it (its
     * words counted as punctuation), in a document of that script */
    static const char *const own[][2] = {
        {"دخلت محطة تحلية المياه الجديدة في رأس النخيل الخدمة يوم الأحد بعد ثلاث سنوات من "
         "العمل.\n\n",
         "وتنتج المحطة 250 ألف متر مكعب من المياه يوميا."},
        {"青河市一座老旧大桥周四倒塌，造成4人死亡、11人受伤。\n\n",
         "据消防局称，大桥于上午8时许倒塌，三辆汽车坠入河中。"},
        {"Οι ναυτεργάτες της γραμμής προχωρούν σε απεργία από την Τετάρτη, ανακοίνωσε το "
         "σωματείο.\n\n",
         "Η απεργία διαρκεί 48 ώρες."},
    };
    for (size_t k = 0; k < sizeof own / sizeof own[0]; k++) {
        char in[1024], want[512];
        snprintf(in, sizeof in, "%s%s\n", own[k][0], own[k][1]);
        snprintf(want, sizeof want, "B:%s\n", own[k][1]);
        CHECK(strstr(clean(in), want) != NULL);
    }
    /* rule_separator_list */
    expect_dropped("Home | World | Business | Sport");
    expect_dropped("Floods close roads • Schools shut early • Power cut for thousands");
    /* rule_prompt */
    expect_dropped("Sign up for our morning newsletter");
    expect_dropped("Already a subscriber? Log in");
    expect_dropped(
        "We use cookies to improve your experience. By continuing you accept our cookie policy.");
    expect_dropped("Click here to follow this story");
    expect_kept("The minister said in an email to staff on Friday that the plan would be delayed "
                "until next spring.",
                NULL);
    /* short line without a final stop inside the article: a subhead */
    expect_dropped("Talks stall");
    expect_dropped("'A long road ahead'");
    /* a longer one is a paragraph that lost its stop */
    expect_kept("The council said the work would start in June and last until the end of the year "
                "at the earliest",
                NULL);
}

static void test_title_and_edges(void)
{
    /* markdown heading: the first is the title ("# " excluded), a later one goes */
    CHECK_STR(clean("# Bridge to close for repairs\n\n" P1 "## Background\n\n" P2),
              "T:Bridge to close for repairs\n" K1 K2);
    /* first heading-like line as title; short lines above it are page chrome */
    CHECK_STR(
        clean("This report first ran in 2019.\n\nOld bridge to shut for six months\n\n" P1 P2),
        "T:Old bridge to shut for six months\n" K1 K2);
    /* no title when the text starts with a paragraph; later subheads drop */
    CHECK_STR(clean(P1 "Traffic plan\n\n" P2), K1 K2);
    /* trailing run of other headlines, captions and prompts goes as a block */
    CHECK_STR(clean(P1 P2 "Most read\n\nCity Hall Unveils New Budget Plan\n\n"
                          "A dog on the beach at sunset.\n\nLocal Team Wins Cup After Ten Years\n\n"
                          "Why Prices Keep Rising in the Suburbs\n"),
              K1 K2);
    /* ...but the article's own last paragraph among them stays: a sentence
     * of 12 words or more, between a photo credit, a related link and a
     * prompt (the volcano example lost two) */
    CHECK_STR(clean(P1 P2 "Photo: Ash over the ridge. Credit: OLE VIK/COURIER\n\n"
                          "Police evacuated the villages of Ostby and Lund as a precaution on "
                          "Monday.\n\nRelated article: Five things to know about Keldar\n\n"
                          "A dog on the beach at sunset.\n\nSubscribe for $1 a week\n"),
              K1 K2
              "B:Police evacuated the villages of Ostby and Lund as a precaution on Monday.\n");
    /* a short article under its title, byline and date line is no tail
     * (it was dropped whole: the run of short blocks began at the title) */
    CHECK_STR(clean("Ferry strike ends after three days\n\nBy Jonas Berg\n\nOctober 2, 2025\n\n"
                    "The ferry crews' strike ended on Wednesday after the operator agreed.\n\n"
                    "Crossings will run to the normal timetable from Thursday.\n"),
              "T:Ferry strike ends after three days\n"
              "B:The ferry crews' strike ended on Wednesday after the operator agreed.\n"
              "B:Crossings will run to the normal timetable from Thursday.\n");
    /* ...but an article ending in short sentences keeps them */
    CHECK_STR(clean(P1 "The bridge opened in 1962.\nIt carries 20,000 cars a day.\n"
                       "Repairs will cost $4 million.\n"),
              K1 "B:The bridge opened in 1962.\nB:It carries 20,000 cars a day.\n"
                 "B:Repairs will cost $4 million.\n");
}

static void test_datelines(void)
{
    CHECK_STR(clean("PARIS (AFP) - The French government said on Monday it would raise the minimum "
                    "wage.\n"),
              "B:The French government said on Monday it would raise the minimum wage.\n");
    CHECK_STR(
        clean("BERLIN, March 3 (Reuters) — Germany's exports fell for a third month in a row.\n"),
        "B:Germany's exports fell for a third month in a row.\n");
    CHECK_STR(
        clean("TOKYO — Shares in Tokyo closed higher on Thursday after a volatile session.\n"),
        "B:Shares in Tokyo closed higher on Thursday after a volatile session.\n");
    CHECK_STR(clean(" date 2020-01-02 Officials confirmed the road would reopen next week.\n"),
              "B:Officials confirmed the road would reopen next week.\n");
    CHECK_STR(
        clean("Published: May 5, 2021 - Officials confirmed the road would reopen next week.\n"),
        "B:Officials confirmed the road would reopen next week.\n");
    CHECK_STR(clean("Published on oct 21, 2016 this is a short demonstration of the new engine.\n"),
              "B:this is a short demonstration of the new engine.\n");
    CHECK_STR(clean("June 02, 2011 10: 56 am et by eric boehlert if the network thought so.\n"),
              "B:by eric boehlert if the network thought so.\n");
    CHECK_STR(clean("Oct 3, 2016 11:05 AM ET Officials confirmed the road would reopen.\n"),
              "B:Officials confirmed the road would reopen.\n");
    CHECK_STR(clean("June 02, 2011 10 people were hurt when the old bridge gave way.\n"),
              "B:June 02, 2011 10 people were hurt when the old bridge gave way.\n");
    CHECK_STR(clean("Published on time, the report said the road would reopen next week.\n"),
              "B:Published on time, the report said the road would reopen next week.\n");
    CHECK_STR(
        clean("Lagos, nigeria ( ap ) — officials confirmed the road would reopen next week.\n"),
        "B:officials confirmed the road would reopen next week.\n");
    CHECK_STR(
        clean("ROME (AP) _ The council voted on Monday to close the old bridge to traffic.\n"),
        "B:The council voted on Monday to close the old bridge to traffic.\n");
    /* an agency in any script, with a dot before its dash */
    CHECK_STR(clean("Lipnice (\xC4\x8CTK) - Obec dostane novou \xC5\xA1kolu do konce roku.\n"),
              "B:Obec dostane novou \xC5\xA1kolu do konce roku.\n");
    CHECK_STR(
        clean("Madrid (EFE).- El Gobierno aprob\xC3\xB3 hoy el presupuesto del a\xC3\xB1o.\n"),
        "B:El Gobierno aprob\xC3\xB3 hoy el presupuesto del a\xC3\xB1o.\n");
    /* datelines in other scripts, with a date between place and agency;
     * a headline of ten words with an aside in brackets is no dateline */
    CHECK_STR(clean("\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90 "
                    "(\xD0\x98\xD0\xBD\xD1\x82\xD0\xB5\xD1\x80\xD1\x84\xD0\xB0\xD0\xBA\xD1\x81) - "
                    "\xD0\x92\xD0\xBB\xD0\xB0\xD1\x81\xD1\x82\xD0\xB8 "
                    "\xD0\xB3\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4\xD0\xB0 "
                    "\xD0\xBE\xD0\xB1\xD1\x8A\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB\xD0\xB8 "
                    "\xD1\x8D\xD0\xB2\xD0\xB0\xD0\xBA\xD1\x83\xD0\xB0\xD1\x86\xD0\xB8\xD1\x8E "
                    "\xD0\xB6\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD0\xB5\xD0\xB9 "
                    "\xD1\x80\xD0\xB0\xD0\xB9\xD0\xBE\xD0\xBD\xD0\xBE\xD0\xB2.\n"),
              "B:\xD0\x92\xD0\xBB\xD0\xB0\xD1\x81\xD1\x82\xD0\xB8 "
              "\xD0\xB3\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4\xD0\xB0 "
              "\xD0\xBE\xD0\xB1\xD1\x8A\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB\xD0\xB8 "
              "\xD1\x8D\xD0\xB2\xD0\xB0\xD0\xBA\xD1\x83\xD0\xB0\xD1\x86\xD0\xB8\xD1\x8E "
              "\xD0\xB6\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD0\xB5\xD0\xB9 "
              "\xD1\x80\xD0\xB0\xD0\xB9\xD0\xBE\xD0\xBD\xD0\xBE\xD0\xB2.\n");
    CHECK_STR(
        clean("\xD8\xA7\xD9\x84\xD8\xB1\xD9\x8A\xD8\xA7\xD9\x86\xD8\x8C 3 "
              "\xD9\x85\xD8\xA7\xD8\xB1\xD8\xB3 2031 (\xD9\x88\xD8\xA7\xD9\x85) - "
              "\xD8\xA7\xD9\x81\xD8\xAA\xD8\xAA\xD8\xAD \xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1 "
              "\xD8\xA7\xD9\x84\xD9\x85\xD9\x8A\xD8\xA7\xD9\x87 \xD9\x85\xD8\xAD\xD8\xB7\xD8\xA9 "
              "\xD8\xA7\xD9\x84\xD8\xAA\xD8\xAD\xD9\x84\xD9\x8A\xD8\xA9 "
              "\xD8\xA7\xD9\x84\xD8\xAC\xD8\xAF\xD9\x8A\xD8\xAF\xD8\xA9 "
              "\xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85.\n"),
        "B:\xD8\xA7\xD9\x81\xD8\xAA\xD8\xAA\xD8\xAD \xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1 "
        "\xD8\xA7\xD9\x84\xD9\x85\xD9\x8A\xD8\xA7\xD9\x87 \xD9\x85\xD8\xAD\xD8\xB7\xD8\xA9 "
        "\xD8\xA7\xD9\x84\xD8\xAA\xD8\xAD\xD9\x84\xD9\x8A\xD8\xA9 "
        "\xD8\xA7\xD9\x84\xD8\xAC\xD8\xAF\xD9\x8A\xD8\xAF\xD8\xA9 "
        "\xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85.\n");
    CHECK_STR(clean("VALE VERDE, 3 de mar\xC3\xA7o de 2031 (Ag\xC3\xAAncia Brasil) - As chuvas "
                    "deixaram cinco mil desabrigados.\n"),
              "B:As chuvas deixaram cinco mil desabrigados.\n");
    CHECK_STR(clean("the new band sang my old song ( and yours ) all night long -- fans said it "
                    "was their best show yet.\n"),
              "B:the new band sang my old song ( and yours ) all night long -- fans said it was "
              "their best show yet.\n");
    /* Chinese and Japanese wire datelines; a date in a sentence stays */
    CHECK_STR(clean("\xE6\x96\xB0\xE5\x8D\x8E\xE7\xA4\xBE\xE6\xB1\x9F\xE5\x8C\x97"
                    "3\xE6\x9C\x88"
                    "3\xE6\x97\xA5\xE7\x94\xB5\xEF\xBC\x88\xE8\xAE\xB0\xE8\x80\x85 "
                    "\xE7\x8E\x8B\xE6\x98\x8E\xEF\xBC\x89\xE6\xB1\x9F\xE5\x8C\x97\xE5\xB8\x82\xE5"
                    "\x9C\xB0\xE9\x93\x81"
                    "1\xE5\x8F\xB7\xE7\xBA\xBF"
                    "3\xE6\x97\xA5\xE6\xAD\xA3\xE5\xBC\x8F\xE5\xBC\x80\xE9\x80\x9A\xE8\xBF\x90\xE8"
                    "\x90\xA5\xEF\xBC\x8C\xE5\x85\xA8\xE9\x95\xBF"
                    "22\xE5\x85\xAC\xE9\x87\x8C\xE3\x80\x82\n"),
              "B:\xE6\xB1\x9F\xE5\x8C\x97\xE5\xB8\x82\xE5\x9C\xB0\xE9\x93\x81"
              "1\xE5\x8F\xB7\xE7\xBA\xBF"
              "3\xE6\x97\xA5\xE6\xAD\xA3\xE5\xBC\x8F\xE5\xBC\x80\xE9\x80\x9A\xE8\xBF\x90\xE8\x90"
              "\xA5\xEF\xBC\x8C\xE5\x85\xA8\xE9\x95\xBF"
              "22\xE5\x85\xAC\xE9\x87\x8C\xE3\x80\x82\n");
    CHECK_STR(
        clean("\xE3\x80\x90\xE5\x8C\x97\xE6\xB5\x9C\xE3\x80\x91"
              "3\xE6\x97\xA5\xE5\x8D\x88\xE5\x89\x8D"
              "6\xE6\x99\x82\xE3\x81\x94\xE3\x82\x8D\xE3\x80\x81\xE5\x8C\x97\xE6\xB5\x9C\xE5\xB8"
              "\x82\xE3\x81\xAE\xE6\xB2\xBF\xE5\xB2\xB8\xE3\x81\xA7\xE9\x9C\x87\xE5\xBA\xA6"
              "5\xE5\xBC\xB1\xE3\x81\xAE\xE5\x9C\xB0\xE9\x9C\x87\xE3\x81\x8C\xE3\x81\x82\xE3\x81"
              "\xA3\xE3\x81\x9F\xE3\x80\x82\n"),
        "B:3\xE6\x97\xA5\xE5\x8D\x88\xE5\x89\x8D"
        "6\xE6\x99\x82\xE3\x81\x94\xE3\x82\x8D\xE3\x80\x81\xE5\x8C\x97\xE6\xB5\x9C\xE5\xB8\x82\xE3"
        "\x81\xAE\xE6\xB2\xBF\xE5\xB2\xB8\xE3\x81\xA7\xE9\x9C\x87\xE5\xBA\xA6"
        "5\xE5\xBC\xB1\xE3\x81\xAE\xE5\x9C\xB0\xE9\x9C\x87\xE3\x81\x8C\xE3\x81\x82\xE3\x81\xA3\xE3"
        "\x81\x9F\xE3\x80\x82\n");
    CHECK_STR(
        clean("\xE6\xB1\x9F\xE5\x8C\x97\xE5\xB8\x82"
              "3\xE6\x9C\x88"
              "3\xE6\x97\xA5\xE5\x8F\x91\xE5\xB8\x83\xE9\x80\x9A\xE7\x9F\xA5\xEF\xBC\x8C\xE5\x9C"
              "\xB0\xE9\x93\x81\xE7\xA5\xA8\xE4\xBB\xB7\xE5\xB0\x86\xE4\xB8\x8B\xE8\xB0\x83\xEF\xBC"
              "\x8C\xE5\xB8\x82\xE6\xB0\x91\xE5\x8F\xAF\xE4\xBB\xA5\xE5\x9C\xA8\xE7\xBD\x91\xE4\xB8"
              "\x8A\xE6\x9F\xA5\xE8\xAF\xA2\xE6\x96\xB0\xE7\x9A\x84\xE7\xA5\xA8\xE4\xBB\xB7\xE8\xA1"
              "\xA8\xE3\x80\x82\n"),
        "B:\xE6\xB1\x9F\xE5\x8C\x97\xE5\xB8\x82"
        "3\xE6\x9C\x88"
        "3\xE6\x97\xA5\xE5\x8F\x91\xE5\xB8\x83\xE9\x80\x9A\xE7\x9F\xA5\xEF\xBC\x8C\xE5\x9C\xB0\xE9"
        "\x93\x81\xE7\xA5\xA8\xE4\xBB\xB7\xE5\xB0\x86\xE4\xB8\x8B\xE8\xB0\x83\xEF\xBC\x8C\xE5\xB8"
        "\x82\xE6\xB0\x91\xE5\x8F\xAF\xE4\xBB\xA5\xE5\x9C\xA8\xE7\xBD\x91\xE4\xB8\x8A\xE6\x9F\xA5"
        "\xE8\xAF\xA2\xE6\x96\xB0\xE7\x9A\x84\xE7\xA5\xA8\xE4\xBB\xB7\xE8\xA1\xA8\xE3\x80\x82\n");
    /* not datelines */
    CHECK_STR(clean("snake_case names are common in code, the engineer said on Monday.\n"),
              "B:snake_case names are common in code, the engineer said on Monday.\n");
    CHECK_STR(clean("NATO allies met on Friday to discuss the budget for the coming year.\n"),
              "B:NATO allies met on Friday to discuss the budget for the coming year.\n");
    CHECK_STR(
        clean("Paris - the city of light - welcomed a record number of visitors this year.\n"),
        "B:Paris - the city of light - welcomed a record number of visitors this year.\n");
}

/* pc_is_stamp: a sentence that only dates its page */
static void test_stamps(void)
{
    static const char *const stamps[] = {"Updated at 11: 10 a.m.",
                                         "Updated, 12: 48 p.m.",
                                         "First posted at 3: 19 p.m.",
                                         "First published: oct 14, 2010 3: 09 pm est",
                                         "Wednesday, july 10, 2013.",
                                         "On saturday, june 4, 2016.",
                                         "June 25, 2016.",
                                         "11: 55 p.m.",
                                         "Updated 10/02/15 \u2013 2: 27 p.m.",
                                         "Posted 2015-10-02 10: 56 am et",
                                         "The latest on the storm ( all times local ): 9: 25 a.m."};
    static const char *const news[] = {
        "Updated figures came out at 11: 10 a.m.",       /* a word of news */
        "The vote is on june 4, 2016.",                  /* a verb */
        "Posted at 3: 19 p.m. by the city council.",     /* who posted */
        "Updated at 11.",                                /* no colon, no comma */
        "On saturday, june 4, the 2016 games opened.",   /* a sentence after the date */
        "At 10, 20 and 30.",                             /* numbers, no date */
        "Updated 10/02 figures came out at 2: 27 p.m.",  /* no date, a word of news */
        "The ferry leaves at 9: 25 a.m.",                /* a clock in a sentence */
        "He said: 9: 25 a.m. was too early for a vote.", /* words after the clock */
    };
    for (size_t k = 0; k < sizeof stamps / sizeof *stamps; k++)
        CHECK(pc_is_stamp(stamps[k], strlen(stamps[k])));
    for (size_t k = 0; k < sizeof news / sizeof *news; k++)
        CHECK(!pc_is_stamp(news[k], strlen(news[k])));
    /* a stamp glued to the front of a sentence */
    const char *upd = "Update at 3: 40 p.m.: the youngest victim has been identified.";
    CHECK(pc_leading_stamp(upd, strlen(upd)) == strlen("Update at 3: 40 p.m.:"));
    const char *at = "Update at 1: 48 p.m.: at a news conference friday, he said it.";
    CHECK(pc_leading_stamp(at, strlen(at)) == strlen("Update at 1: 48 p.m.:"));
    const char *entry = "12: 32 p.m.: the man accused of the shooting was found in a shed.";
    CHECK(pc_leading_stamp(entry, strlen(entry)) == strlen("12: 32 p.m.:"));
    const char *told = "10: 30 a.m. on monday, the council met again in the hall.";
    CHECK(pc_leading_stamp(told, strlen(told)) == 0); /* no colon: the clock is news */
    /* "Last updated" heads a stamp; "last" alone opens news */
    const char *last = "Last updated, saturday, 1: 08 p.m. as my colleague reports, the jet left.";
    CHECK(pc_leading_stamp(last, strlen(last)) == strlen("Last updated, saturday, 1: 08 p.m."));
    const char *monday = "Last monday, 3: 10 p.m. was when the council met in the hall.";
    CHECK(pc_leading_stamp(monday, strlen(monday)) == 0);
    /* a British entry time: the dot, the half of the day, a zone or a colon */
    const char *british[][2] = {
        {"8.46am gmt welcome to our live coverage of the vote.", "8.46am gmt"},
        {"12.35 pm BST the minister has been speaking to reporters.", "12.35 pm BST"},
        {"2.40am: good morning and welcome to the count.", "2.40am:"}};
    for (size_t k = 0; k < sizeof british / sizeof *british; k++)
        CHECK(pc_leading_stamp(british[k][0], strlen(british[k][0])) == strlen(british[k][1]));
    const char *dot_news[] = {"4.30pm on monday, the court rose for the day.", /* no zone */
                              "8.46am gmt", /* nothing after it */
                              "13.46am gmt is no time of the clock at all.",
                              "8.75am gmt is no time of the clock either.",
                              "8.46 million people watched the final on the night."};
    for (size_t k = 0; k < sizeof dot_news / sizeof *dot_news; k++)
        CHECK(pc_leading_stamp(dot_news[k], strlen(dot_news[k])) == 0);
    const char *pub = "Published 31 january 2011 researchers show how the flow is stopped.";
    CHECK(pc_leading_stamp(pub, strlen(pub)) == strlen("Published 31 january 2011"));
    /* a date with its year and a clock, and the update after it */
    const char *nbc = "Nov. 29, 2018, 1: 40 am gmt / updated nov. 29, 2018, 1: 52 am gmt by "
                      "ana lind for weeks, the river rose.";
    CHECK(pc_leading_stamp(nbc, strlen(nbc)) ==
          strlen("Nov. 29, 2018, 1: 40 am gmt / updated nov. 29, 2018, 1: 52 am gmt"));
    const char *src = "July 30, 2018, 11: 29 am gmt / source: today by ana lind the river rose.";
    CHECK(pc_leading_stamp(src, strlen(src)) == strlen("July 30, 2018, 11: 29 am gmt"));
    const char *est = "april 18, 2014 6: 38 pm edt updated: friday, april 18, 2014 6: 38 pm edt "
                      "police say the river rose.";
    CHECK(pc_leading_stamp(est, strlen(est)) ==
          strlen("april 18, 2014 6: 38 pm edt updated: friday, april 18, 2014 6: 38 pm edt"));
    static const char *const not_stamps[] = {
        "Nov. 29, 2018, was the day the river rose above its banks.", /* no clock */
        "June 4 at 9: 25 a.m. the ferry left the harbour for vesk.",  /* no year */
        "May 20, 2014, 11: 42 pm gmt.",                               /* nothing after */
        "Updated figures show that the economy grew by 2 percent.",   /* no date */
        "Published 10 studies on the topic, she said at the time.",   /* a count */
        "Posted on monday.",                                          /* nothing after */
        "The update at 3: 40 p.m. said the road was open again.",     /* not first */
    };
    for (size_t k = 0; k < sizeof not_stamps / sizeof *not_stamps; k++)
        CHECK(pc_leading_stamp(not_stamps[k], strlen(not_stamps[k])) == 0);
}

/* pc_glued_stamp: a page's stamp past a sentence's front, with the
 * headline, byline or label the page put before it */
static void test_glued_stamps(void)
{
    static const struct {
        const char *s, *stamp; /* stamp NULL: none */
    } cases[] = {
        {"Originally published may 3, 2019 at 8: 18 pm | page modified may 4, 2019 at 11: 44 "
         "am two hikers were hurt in an avalanche near vesk on saturday.",
         "Originally published may 3, 2019 at 8: 18 pm | page modified may 4, 2019 at 11: 44 am"},
        {"By ana lind / march 7, 2019 at 1: 21 pm the river aldane burst its banks again.",
         "By ana lind / march 7, 2019 at 1: 21 pm"},
        {"River aldane floods vesk posted: monday, march 4, 2019 5: 22 pm est updated: "
         "tuesday, march 5, 2019 9: 10 am est the river burst its banks.",
         "River aldane floods vesk posted: monday, march 4, 2019 5: 22 pm est updated: "
         "tuesday, march 5, 2019 9: 10 am est"},
        {"Vesk news desk updated: aug 16, 2019 - 11: 16 am 0 the ferry sank near the harbour.",
         "Vesk news desk updated: aug 16, 2019 - 11: 16 am 0"},
        {"River aldane floods vesk posted: monday, march 4, 2019 5: 22 pm est posted: updated: "
         "the river burst its banks on monday.",
         "River aldane floods vesk posted: monday, march 4, 2019 5: 22 pm est posted: updated:"},
        {"October 16, 2019 at 1: 55 pm a body was found near the harbour of vesk.",
         "October 16, 2019 at 1: 55 pm"},
        /* the sentence's own time: after a word that dates an event */
        {"Troopers said that on friday, november 3, 2019 at 3: 21 p.m., they were called.", NULL},
        {"The ferry left the harbour on march 1, 2019 at 10: 10 a.m. est, carrying 40 people.",
         NULL},
        {"This satellite image taken friday, may 8, 2019 at 9: 45 am edt shows the storm.", NULL},
        {"Vesk news desk updated: aug 16, 2019 - 11: 16 am.", NULL}, /* nothing after */
        {"The ferry sank on monday, and the harbour of vesk closed at 4: 30 pm.", NULL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++)
        CHECK(pc_glued_stamp(cases[k].s, strlen(cases[k].s)) ==
              (cases[k].stamp ? strlen(cases[k].stamp) : 0));
}

/* pc_copyright_notice: a sentence that opens with a copyright notice */
static void test_copyright(void)
{
    static const struct {
        const char *s;
        size_t tokens; /* 0: no notice */
    } cases[] = {
        {"Copyright 2019 nexstar broadcasting, inc.", 5},
        {"\xC2\xA9 2017 Cable News Network.", 5},
        {"Copyright \xC2\xA9 2018 albuquerque journal a construction crew found bones.", 10},
        {"(c) 2016 The Associated Press. All rights reserved.", 8},
        /* the word after the sign (session 39) */
        {"\xC2\xA9 copyright 2012 harbor city newspaper company.", 7},
        {"(c) Copyright 2003 the valley gazette llc a bridge closed.", 10},
        {"Copyright copyright 2014 poses.", 0},                             /* the word twice */
        {"Copyright infringement cases rose in 2019, the office said.", 0}, /* a noun */
        {"Copyright 20 ways to save money.", 0},                            /* no year */
        {"The court found that he could not copyright 2018 poses.", 0},     /* not first */
        {"Copyright law changed in 2019.", 0},                              /* year too late */
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++)
        CHECK(pc_copyright_notice(cases[k].s, strlen(cases[k].s)) == cases[k].tokens);
}

/* pc_leading_copyright: a notice glued before a lead, split where the
 * owner's name shows its end (session 39) */
static void test_leading_copyright(void)
{
    static const struct {
        const char *s;
        const char *lead; /* where the lead begins; NULL: no split */
    } cases[] = {
        {"Copyright \xC2\xA9 2017 harbor valley herald a fire destroyed three barns on monday.",
         "a fire"},
        {"\xC2\xA9 2014 northfield media llc it's fitting that the show ended.", "it's"},
        {"(c) 2015 river city times, inc. when the storm hit, roads closed.", "when"},
        {"\xC2\xA9 copyright 2013 lakeside broadcasting co. the mayor resigned on friday.", "the"},
        /* no owner, or no mark where it ends */
        {"Copyright 2016 a wearable patch shows promise against allergies.", NULL},
        {"Copyright 2018 harbor herald john smith was arrested on friday.", NULL},
        {"Copyright 2019 media matters for america the group said on monday.", NULL},
        {"\xC2\xA9 2012 kbtx sam jones jerusalem \xE2\x80\x93 the embassy said it knew.", NULL},
        {"Copyright 2018 vista herald, the city said on monday.", NULL},
        /* a notice alone, or too little after it */
        {"Copyright 2017 globe newspaper company.", NULL},
        {"Copyright 2017 globe newspaper company all rights.", NULL},
        /* no notice */
        {"The harbor valley herald a fire destroyed three barns on monday.", NULL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        const char *s = cases[k].s;
        size_t want = cases[k].lead ? (size_t)(strstr(s, cases[k].lead) - s) : 0;
        size_t got = pc_leading_copyright(s, strlen(s));
        if (got != want)
            fprintf(stderr, "leading copyright %zu: %zu, want %zu\n", k, got, want);
        CHECK(got == want);
    }
}

static void test_paragraphs(void)
{
    /* hard-wrapped lines without a stop join into one block */
    const char *in = "The committee met for three hours on Thursday and heard from\n"
                     "engineers, residents and the owners of shops along the main\n"
                     "road, who fear that the closure will cost them customers.\n"
                     "A second meeting is planned for next month in the town hall.\n";
    CHECK_STR(clean(in), "B:The committee met for three hours on Thursday and heard from\n"
                         "engineers, residents and the owners of shops along the main\n"
                         "road, who fear that the closure will cost them customers.\n"
                         "B:A second meeting is planned for next month in the town hall.\n");
    CHECK(O.blocks == 2);
    /* ... and a short line without a stop when the next opens in lower case
     * (its first line was a "preheader" above the "title" Crowds of people);
     * a title is followed by a capital, "iPhone" is no lower-case word */
    CHECK_STR(clean("The mayor opened the new bridge on Monday morning.\nCrowds of people\n"
                    "gathered to watch the ceremony.\n"),
              "B:The mayor opened the new bridge on Monday morning.\n"
              "B:Crowds of people\ngathered to watch the ceremony.\n");
    CHECK_STR(clean("Bridge reopens\nThe mayor opened the new bridge on Monday morning.\n"),
              "T:Bridge reopens\nB:The mayor opened the new bridge on Monday morning.\n");
    CHECK_STR(clean("Apple results\niPhone sales rose sharply in the quarter, the company said.\n"),
              "T:Apple results\nB:iPhone sales rose sharply in the quarter, the company said.\n");
    /* a heading that names what its paragraph opens with, and code, stay
     * lines of their own */
    CHECK_STR(clean("About myfirm\nmyfirm makes the software that runs the ticket machines.\n"),
              "T:About myfirm\nB:myfirm makes the software that runs the ticket machines.\n");
    CHECK(!strstr(clean("The committee asked the council to reopen the bridge before winter.\n"
                        "pip install flask\nflask==1.0.3 # via the app\n"),
                  "pip install flask\nflask"));
    /* CRLF and CR line ends */
    CHECK_STR(clean("PARIS (AFP) - The French government said on Monday it would raise the minimum "
                    "wage.\r\n\r\nSign up now\r\n"),
              "B:The French government said on Monday it would raise the minimum wage.\n");
    CHECK_STR(clean("First paragraph of the story is long enough to count here.\rSecond paragraph "
                    "of the story is also a full sentence.\r"),
              "B:First paragraph of the story is long enough to count here.\n"
              "B:Second paragraph of the story is also a full sentence.\n");
    /* text escaped twice: the two bytes "\n" are its line breaks (and "\r",
     * "\t" blanks), when it has no line break of its own but a last one */
    CHECK_STR(clean("PARIS (AFP) - The French government said on Monday it would raise the minimum "
                    "wage.\\n\\nSign up now\\r\\n\\tSecond paragraph of the story is also a "
                    "full sentence.\n"),
              "B:The French government said on Monday it would raise the minimum wage.\n"
              "B:Second paragraph of the story is also a full sentence.\n");
    /* ... but not in a text with lines of its own */
    CHECK_STR(clean("The program prints \"done\\n\" when the copy of the files has ended.\n"
                    "Second paragraph of the story is also a full sentence.\n"),
              "B:The program prints \"done\\n\" when the copy of the files has ended.\n"
              "B:Second paragraph of the story is also a full sentence.\n");
    /* markdown emphasis kept as is inside a paragraph */
    expect_kept("The engineers called the damage **severe** and said the bridge was *not safe* for "
                "lorries.",
                NULL);
}

static int stop_at_first(void *ctx, pc_block_kind kind, size_t s, size_t e)
{
    (void)kind, (void)s, (void)e;
    ++*(int *)ctx;
    return 1;
}

typedef struct bounds {
    size_t len, blocks;
    int bad;
} bounds;

static int check_bounds(void *ctx, pc_block_kind kind, size_t s, size_t e)
{
    bounds *b = ctx;
    (void)kind;
    if (s >= e || e > b->len)
        b->bad = 1;
    b->blocks++;
    return 0;
}

static void test_robustness(void)
{
    bounds b = {0, 0, 0};
    CHECK(pc_clean("", 0, check_bounds, &b) == 0 && b.blocks == 0);
    CHECK(pc_clean(NULL, 0, check_bounds, &b) == 0 && b.blocks == 0);
    CHECK(pc_clean("\n\n \r\n\t\n", 6, check_bounds, &b) == 0 && b.blocks == 0);
    /* no newline at all */
    CHECK_STR(
        clean("A single paragraph without any newline at its end, as scrapers often produce."),
        "B:A single paragraph without any newline at its end, as scrapers often produce.\n");
    /* NUL bytes and invalid UTF-8 inside */
    static const char nul[] =
        "Officials said\0 the road would reopen \xff\xfe next week after the repairs end.\n\0\0\n"
        "Second paragraph here with enough words to stay as a body.";
    b = (bounds){sizeof nul - 1, 0, 0};
    CHECK(pc_clean(nul, sizeof nul - 1, check_bounds, &b) == 0);
    CHECK(!b.bad && b.blocks == 2);
    /* truncated UTF-8 at the very end */
    static const char trunc[] = "Officials said the road would reopen next week \xE2\x80";
    b = (bounds){sizeof trunc - 1, 0, 0};
    CHECK(pc_clean(trunc, sizeof trunc - 1, check_bounds, &b) == 0 && !b.bad);
    /* emit stopping the run */
    int calls = 0;
    CHECK(pc_clean(P1 P2, strlen(P1 P2), stop_at_first, &calls) == -1 && calls == 1);

    /* 5 MB on one line, 5 MB of short lines, 100k repeated lines: bounded time */
    size_t n = 5u << 20;
    char *big = malloc(n);
    if (!big) {
        CHECK(0);
        return;
    }
    for (size_t i = 0; i < n; i++)
        big[i] = "word "[i % 5];
    clock_t t0 = clock();
    b = (bounds){n, 0, 0};
    CHECK(pc_clean(big, n, check_bounds, &b) == 0 && !b.bad && b.blocks == 1);
    memset(big, 'x', n); /* one 5 MB token */
    b = (bounds){n, 0, 0};
    CHECK(pc_clean(big, n, check_bounds, &b) == 0 && !b.bad);
    for (size_t i = 0; i < n; i++)
        big[i] = (i % 40 == 39) ? '\n' : "Headline words "[i % 15];
    b = (bounds){n, 0, 0};
    CHECK(pc_clean(big, n, check_bounds, &b) == 0 && !b.bad);
    for (size_t i = 0; i < n; i++) /* distinct short lines: overflow the repeat table */
        big[i] = (i % 12 == 11) ? '\n' : (char)('a' + (i / 12 + i % 12) % 26);
    b = (bounds){n, 0, 0};
    CHECK(pc_clean(big, n, check_bounds, &b) == 0 && !b.bad);
    memset(big, '\n', n);
    b = (bounds){n, 0, 0};
    CHECK(pc_clean(big, n, check_bounds, &b) == 0 && b.blocks == 0);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    printf("robustness inputs: %.2f s\n", secs);
    free(big);
}

/* ---- seeds ----------------------------------------------------------- */

typedef struct verdicts {
    const char *text;
    char kept[1 << 15];
    size_t nk;
    char dropped[1 << 15];
    size_t nd;
} verdicts;

static int record(void *ctx, pc_verdict v, size_t s, size_t e)
{
    verdicts *r = ctx;
    int keep = v == PC_V_BODY || v == PC_V_TITLE;
    char *buf = keep ? r->kept : r->dropped;
    size_t *n = keep ? &r->nk : &r->nd, cap = sizeof r->kept;
    int w =
        snprintf(buf + *n, cap - *n, "%s|%.*s\n", pc_verdict_name(v), (int)(e - s), r->text + s);
    if (w > 0 && (size_t)w < cap - *n)
        *n += (size_t)w;
    return 0;
}

static char *read_seed(const char *name, size_t *len)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/seeds/%s", PRECIS_DATA_DIR, name);
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = malloc(1 << 16);
    *len = buf ? fread(buf, 1, (1 << 16) - 1, f) : 0;
    fclose(f);
    if (buf)
        buf[*len] = 0;
    return buf;
}

/* Body blocks of a seed must hold none of these. */
static const char *const markers[] = {"Send in e-mail",
                                      "Credit:",
                                      "Related article",
                                      "Original url",
                                      "http",
                                      "This story is over",
                                      "LOG IN",
                                      "subscriber",
                                      "FILE PHOTO",
                                      "contributed to this report",
                                      "(Reuters)",
                                      " date 2017",
                                      "IHA via AP",
                                      "Haley blasts Russia",
                                      "A chilly reception",
                                      "Click the alert",
                                      "April 10, 2017\n",
                                      "By [",
                                      "Netanyahu"};

static void check_seed(const char *name, const char *const *sentences, size_t nsent)
{
    size_t len;
    char *text = read_seed(name, &len);
    static verdicts r;
    if (!text) {
        char rel[256];
        snprintf(rel, sizeof rel, "seeds/%s", name);
        check_have_data(rel); /* prints the skip, or fails under PRECIS_REQUIRE_DATA */
        return;
    }
    memset(&r, 0, sizeof r);
    r.text = text;
    CHECK(pc_clean_verdicts(text, len, record, &r) == 0);
    int failed = check_failed;
    for (size_t k = 0; k < sizeof markers / sizeof markers[0]; k++)
        CHECK(strstr(r.kept, markers[k]) == NULL);
    for (const unsigned char *p = (const unsigned char *)r.kept; *p; p++)
        CHECK(!(p[0] == 0xD7 && p[1] >= 0x90 && p[1] <= 0xAA)); /* no Hebrew letters */
    for (size_t k = 0; k < nsent; k++) {
        char want[1024];
        snprintf(want, sizeof want, "body|%s", sentences[k]);
        if (!strstr(r.kept, want))
            fprintf(stderr, "%s: lost \"%s\"\n", name, sentences[k]);
        CHECK(strstr(r.kept, want) != NULL);
    }
    if (check_failed != failed)
        fprintf(stderr, "== %s kept:\n%s== %s dropped:\n%s", name, r.kept, name, r.dropped);
    free(text);
}

static void test_seeds(void)
{
    if (!check_have_data("seeds/000_60ac4cb15592a38f.txt"))
        return;
    static const char *const s0[] = {
        "Russia's failure to strip the Syrian government of its chemical weapons stockpile",
        "Speaking on U.S. television on Sunday evening, Tillerson said",
        "More than 70 civilians died after being hit by sarin gas",
        "Tillerson also said that the United States would not send troops",
        "\xE2\x80\x9CWe've seen what that looks like"};
    static const char *const s1[] = {
        "U.S. Secretary of State Rex Tillerson on Sunday blamed Russia",
        "Tillerson is expected in Moscow this week for talks with Russian officials.",
        "The Syrian government has denied it was behind the attack.",
        "The move immediately prompted a backlash from Russian President Vladimir Putin"};
    static const char *const s2[] = {
        "Secretary of State Rex Tillerson, opening an emergency meeting with key allies",
        "Tillerson and Putin are also friends", "The administration is hoping to convince Russia"};
    static const char *const s3[] = {
        ("U.S. Secretary of State Rex Tillerson said on Wednesday that Washington has no firm "
         "evidence"),
        "Also on Wednesday evening, Russia vetoed a UN Security Council resolution",
        "Of Assad, Trump added: \"This is an animal.\"",
        "Intelligence services from several Western countries dispute that claim."};
    static const char *const s4[] = {
        "Russia\xE2\x80\x99s explanation for the devastating chemical attack",
        "U.K.-based monitoring group the Syrian Observatory for Human Rights said Wednesday",
        "In recent months, Western governments have been discreetly abandoning"};
    check_seed("000_60ac4cb15592a38f.txt", s0, sizeof s0 / sizeof *s0);
    check_seed("001_ac61e94c7b0ffc5c.txt", s1, sizeof s1 / sizeof *s1);
    check_seed("002_735a60dbeb90a14d.txt", s2, sizeof s2 / sizeof *s2);
    check_seed("003_3aa5f56a4bc6a514.txt", s3, sizeof s3 / sizeof *s3);
    check_seed("004_5558b88a788d25fb.txt", s4, sizeof s4 / sizeof *s4);
}

int main(void)
{
    test_rules();
    test_title_and_edges();
    test_datelines();
    test_stamps();
    test_glued_stamps();
    test_copyright();
    test_leading_copyright();
    test_paragraphs();
    test_robustness();
    test_seeds();
    return check_done();
}
