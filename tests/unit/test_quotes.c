/* Quotes and speakers on hand-written cases, traps included; prints the
 * precision (correct speakers / speakers given) and recall (correct speakers
 * / quotes that have a named speaker) of the speaker attribution. */
#include <string.h>

#include "check.h"
#include "precis.h"

typedef struct qcase {
    const char *text;     /* documents separated by a line "|||||" */
    const char *fragment; /* a piece of the quote to look for */
    const char *speaker;  /* expected speaker, NULL = no speaker may be given */
    size_t sources;       /* expected number of documents (0 = unchecked) */
} qcase;

static const qcase cases[] = {
    {"\"We will not back down,\" John Smith said.", "back down", "John Smith", 1},
    {"\xE2\x80\x9CThe talks were useful and frank,\xE2\x80\x9D said Maria Lopez.",
     "useful and frank", "Maria Lopez", 1},
    {"Anna Berg said: \xE2\x80\x9CWe have done everything we could.\xE2\x80\x9D",
     "everything we could", "Anna Berg", 1},
    {"Peter Novak said that the plan was \"a step in the right direction\" for the region.",
     "step in the right", "Peter Novak", 1},
    {"Rex Tillerson arrived in Rome on Monday. \"This is a serious moment for all of us,\" he "
     "said.",
     "serious moment", "Rex Tillerson", 1},
    /* trap: the speaker is named two sentences earlier */
    {"Rex Tillerson arrived in Rome on Monday. The talks lasted four hours. \"This is a serious "
     "moment for all of us,\" he said.",
     "serious moment", NULL, 1},
    /* trap: two people in the previous sentence */
    {"Rex Tillerson met Sergei Lavrov on Monday. \"We disagree on many things,\" he said.",
     "disagree on many", NULL, 1},
    /* trap: quotes inside quotes */
    {"\xE2\x80\x9CHe told me \xE2\x80\x98we will win this war\xE2\x80\x99 and then he "
     "left,\xE2\x80\x9D "
     "said Maria Lopez.",
     "and then he left", "Maria Lopez", 1},
    {"\xE2\x80\x9C"
     "Call it a \"red line\" if you like, but we mean it,\xE2\x80\x9D John Smith said.",
     "red line\" if you like", "John Smith", 1},
    {"\xE2\x80\x9CWe are ready to talk,\xE2\x80\x9D Anna Berg said. \xE2\x80\x9C"
     "But we will not wait "
     "forever.\xE2\x80\x9D",
     "not wait forever", "Anna Berg", 1},
    {"\"We came here to talk. We are leaving with nothing. It was a waste of time,\" Peter Novak "
     "said.",
     "leaving with nothing", "Peter Novak", 1},
    {"\"The strike was a mistake from the start,\" a senior official said.", "mistake from the",
     NULL, 1},
    {"President Donald Trump told reporters that the country was \"ready to act very quickly,\" "
     "AFP reported.",
     "ready to act", "Donald Trump", 1},
    {"\"We are ready to throw our weight behind diplomacy,\" the report quoted Nikki Haley as "
     "saying.",
     "throw our weight", "Nikki Haley", 1},
    {"\xE2\x80\x9CRussia has failed in its responsibility\xE2\x80\x9D to remove the weapons under "
     "the "
     "deal, Rex Tillerson said.",
     "failed in its responsibility", "Rex Tillerson", 1},
    {"\xE2\x80\x9CIf you blow up sarin, you destroy it,\xE2\x80\x9D Hamish de Bretton-Gordon told "
     "the "
     "BBC.",
     "blow up sarin", "Hamish de Bretton-Gordon", 1},
    {"\"We will respond at a time of our choosing,\" the minister said.", "time of our choosing",
     NULL, 1},
    /* "the mayor said": the one person the document named with that
     * office, before a name or after it with a comma; none when two hold it
     * or when it is an office of many (senator) */
    {"Mayor Jane Smith toured the flooded streets with Governor John Doe. \"We will rebuild "
     "every house,\" the mayor said.",
     "rebuild every house", "Jane Smith", 1},
    {"Foreign Minister Sergei Lavrov arrived on Monday. \"We are ready to talk,\" the foreign "
     "minister said.",
     "ready to talk", "Sergei Lavrov", 1},
    {"John Doe, the governor of the state, visited the town. \"The state will pay,\" the "
     "governor said.",
     "state will pay", "John Doe", 1},
    {"Foreign Minister Sergei Lavrov met Defence Minister Anna Berg. \"We agreed on nothing,\" "
     "the minister said.",
     "agreed on nothing", NULL, 1},
    {"Mayor Jane Smith toured the flooded streets. \"We will rebuild every house,\" said the "
     "mayor.",
     "rebuild every house", "Jane Smith", 1},
    {"Prime Minister Mesut Yilmaz was quoted Saturday by the daily Hurriyet as saying: \"We "
     "will not resign before the vote.\"",
     "not resign before", "Mesut Yilmaz", 1},
    {"\"The bill will pass this week,\" said Dick Armey of Texas, the majority leader.",
     "bill will pass", "Dick Armey", 1},
    {"\"Rates will stay low,\" said an economist at the Bank of America, adding that prices were "
     "stable.",
     "Rates will stay", NULL, 1},
    {"\"We need more money for the houses,\" explained Puerto Rico's Housing Secretary, Ana "
     "Carmen Alemany.",
     "more money for the houses", "Ana Carmen Alemany", 1},
    /* the office named by another outlet of the story; two holders in the
     * cluster, no one */
    {"Mayor Jane Smith toured the flooded streets on Monday.\n|||||\n\"We will rebuild every "
     "house in this town,\" the mayor said.",
     "rebuild every house in this", "Jane Smith", 1},
    {"Mayor Jane Smith toured the flooded streets on Monday.\n|||||\nMayor Tom Berg of the "
     "next town sent pumps.\n|||||\n\"We will rebuild every house in this town,\" the mayor "
     "said.",
     "rebuild every house in this", NULL, 1},
    {"\"The procedures were unfair,\" said Candidate Majid Ansari, who was barred.",
     "procedures were unfair", "Majid Ansari", 1},
    /* trap: a plural noun of people names no one */
    {"\"The ruling will be appealed within the week,\" Lawyers for the family said.",
     "ruling will be appealed", NULL, 1},
    /* a name follows the office: that name, never the other mayor */
    {"Mayor Jane Smith toured the streets. \"The river is falling,\" said the deputy mayor, "
     "Tom Berg.",
     "river is falling", "Tom Berg", 1},
    {"Senator Maria Lopez met voters. \"Taxes will fall for every family next year,\" the senator "
     "said.",
     "Taxes will fall", NULL, 1},
    {"According to Anna Berg, \"the vote was rigged from the start.\"", "rigged from the",
     "Anna Berg", 1},
    {"Boris Johnson rejected the claim, saying, \xE2\x80\x9C"
     "All the evidence suggests this was the "
     "regime.\xE2\x80\x9D",
     "evidence suggests", "Boris Johnson", 1},
    {"Sergei Lavrov spoke after the meeting. He said the talks were \"frank and at times very "
     "difficult.\"",
     "frank and at times", "Sergei Lavrov", 1},
    {"\xE2\x80\x9CWe will stay,\xE2\x80\x9D Anna Berg said on Monday. \xE2\x80\x9COur work here is "
     "not "
     "done yet,\xE2\x80\x9D she added.",
     "work here is not", "Anna Berg", 1},
    /* the subject of a long apposition, not the last name inside it, and
     * "she said" after it */
    {"Diane Orentlicher, a law professor and director of the War Crimes Research Office at "
     "American University in Washington, said the arrest put \"teeth into the legal principle\" "
     "that abusers are criminals. \"The central point of all of this is that crimes against "
     "humanity transcend borders,\" she said.",
     "teeth into the legal", "Diane Orentlicher", 1},
    {"Diane Orentlicher, a law professor and director of the War Crimes Research Office at "
     "American University in Washington, said the arrest was important. \"The central point of "
     "all of this is that crimes against humanity transcend borders,\" she said.",
     "transcend borders", "Diane Orentlicher", 1},
    {"Mireya Garcia, secretary general of the Group of the Families of the Detained and "
     "Disappeared, said: \"It takes a while for the people to absorb this news.\"",
     "absorb this news", "Mireya Garcia", 1},
    /* a multi-word qualifier before the title and the name */
    {"\"Israel is not a part of this dispute in any way,\" said Defense Ministry spokesman Avi "
     "Benayahu.",
     "not a part of this", "Avi Benayahu", 1},
    /* a qualifier followed by a preposition is the speaker itself */
    {"\"The road is very good for the town,\" said the Kremlin in a statement.", "very good for",
     "Kremlin", 1},
    /* trap: the name after "from" is a place, not the speaker */
    {"\"It would not take a whole lot more to turn it into a real blaze,\" a diplomat from Cairo "
     "said.",
     "real blaze", NULL, 1},
    {"\"We will not sign this agreement today,\" Jon Aas from Oslo said.", "sign this agreement",
     "Jon Aas", 1},
    /* a national adjective stays in an organisation's name */
    {"The Arab League issued a statement saying the tensions were \"a blatant threat to the "
     "security of the region.\"",
     "blatant threat", "Arab League", 1},
    /* newswire quote marks: `` opens, '' closes */
    {"``We will not back down from this fight,'' John Smith said.", "back down from this",
     "John Smith", 1},
    {"``We are ready to talk,'' Anna Berg said. ``But we will not wait forever for an answer.''",
     "not wait forever", "Anna Berg", 1},
    {"Peter Novak said the deal was ``a step in the right direction'' for the whole region.",
     "step in the right", "Peter Novak", 1},
    /* the same quote in two outlets: one entry, two sources */
    {"\"Every time one of these attacks occurs, it draws Russia closer to responsibility,\" Rex "
     "Tillerson said.\n|||||\nOfficials were worried. He said that \"every time one of these "
     "attacks occurs, it draws Russia closer to responsibility.\"",
     "draws Russia closer", "Rex Tillerson", 2},
    /* Japanese and Chinese: the clause's topic before 「 with a verb of
     * saying after 」と, a subject after 」と, the subject of a verb of saying
     * before a colon or after the quote; traps: a topic that does not speak
     * (みられる "is thought"), an indefinite person ("a mother") */
    {"\u7530\u4E2D\u6D69\u4E8C\u5E02\u9577\u306F\u300C\u547D\u3092\u5B88\u308B\u884C"
     "\u52D5\u3092\u6700\u512A\u5148\u3057\u3066\u307B\u3057\u3044\u300D\u3068\u547C"
     "\u3073\u304B\u3051\u305F\u3002",
     "\u547D\u3092\u5B88\u308B", "\u7530\u4E2D\u6D69\u4E8C\u5E02\u9577", 1},
    {"\u300C\u88AB\u5BB3\u306E\u5168\u5BB9\u628A\u63E1\u3092\u6025\u304E\u305F\u3044"
     "\u300D\u3068\u7530\u4E2D\u5E02\u9577\u306F\u8A18\u8005\u56E3\u306B\u8FF0\u3079"
     "\u305F\u3002",
     "\u5168\u5BB9\u628A\u63E1", "\u7530\u4E2D\u5E02\u9577", 1},
    {"\u539F\u56E0\u306F\u300C\u8001\u673D\u5316\u3057\u305F\u96FB\u7DDA\u304C\u5207"
     "\u308C\u305F\u305F\u3081\u3060\u300D\u3068\u307F\u3089\u308C\u308B\u3002",
     "\u8001\u673D\u5316", NULL, 1},
    {"\u5E02\u957F\u674E\u6587\u534E\u5728\u5F00\u9986\u4EEA\u5F0F\u4E0A\u8BF4\uFF1A"
     "\u201C\u56FE\u4E66\u9986\u662F\u57CE\u5E02\u7684\u5BA2\u5385\uFF0C\u6B22\u8FCE"
     "\u6240\u6709\u4EBA\u3002\u201D",
     "\u57CE\u5E02\u7684\u5BA2\u5385", "\u5E02\u957F\u674E\u6587\u534E", 1},
    {"\u201C\u6211\u4EEC\u4F1A\u5C3D\u5FEB\u6062\u590D\u4F9B\u7535\uFF0C\u8BF7\u5927"
     "\u5BB6\u8010\u5FC3\u7B49\u5F85\uFF0C\u201D\u738B\u660E\u8BF4\u3002",
     "\u6062\u590D\u4F9B\u7535", "\u738B\u660E", 1},
    {"\u4E00\u4F4D\u6BCD\u4EB2\u8BF4\uFF1A\u201C\u5B69\u5B50\u5728\u8FD9\u91CC\u5F85"
     "\u4E86\u4E00\u6574\u5929\u90FD\u4E0D\u60F3\u8D70\u3002\u201D",
     "\u4E00\u6574\u5929", NULL, 1},
    /* one quote of four words, opening one outlet's sentence and inside
     * another's: one quote of two sources whatever the case of its first
     * letter (Greek) */
    {"\u00AB\u0394\u03B5\u03BD \u03AD\u03C7\u03BF\u03C5\u03BC\u03B5 \u03AC\u03BB\u03BB"
     "\u03B7 \u03B5\u03C0\u03B9\u03BB\u03BF\u03B3\u03AE\u00BB, "
     "\u03B5\u03AF\u03C0\u03B5 \u03BF \u039D\u03AF\u03BA\u03BF\u03C2 "
     "\u0392\u03B1\u03C1\u03B4\u03AC\u03BA\u03B7\u03C2.\n|||||\n\u039F \u03B4\u03AE\u03BC"
     "\u03B1\u03C1\u03C7\u03BF\u03C2 \u03B5\u03AF\u03C0\u03B5 \u03CC\u03C4\u03B9 "
     "\u00AB\u03B4\u03B5\u03BD \u03AD\u03C7\u03BF\u03C5\u03BC\u03B5 \u03AC\u03BB\u03BB"
     "\u03B7 \u03B5\u03C0\u03B9\u03BB\u03BF\u03B3\u03AE\u00BB "
     "\u03C3\u03C4\u03BF \u03BB\u03B9\u03BC\u03AC\u03BD\u03B9.",
     "\u03AC\u03BB\u03BB\u03B7 \u03B5\u03C0\u03B9\u03BB\u03BF\u03B3\u03AE",
     "\u039D\u03AF\u03BA\u03BF\u03C2 \u0392\u03B1\u03C1\u03B4\u03AC\u03BA\u03B7\u03C2", 2},
    /* Hindi, Arabic, Hebrew: the agent before ने and a verb of saying; the
     * words after a verb of saying up to "that" or a mark; in Hebrew also
     * the words before it; trap: no verb of saying */
    {"\u092E\u0941\u0916\u094D\u092F\u092E\u0902\u0924\u094D\u0930\u0940 \u0930\u092E\u0947\u0936 "
     "\u0935\u0930\u094D\u092E\u093E \u0928\u0947 \u0915\u0939\u093E, \"\u092F\u0939 "
     "\u0936\u0939\u0930 \u0915\u0947 \u0932\u093F\u090F \u090F\u0915 \u0928\u092F\u093E "
     "\u0905\u0927\u094D\u092F\u093E\u092F \u0939\u0948\u0964\"",
     "\u0928\u092F\u093E \u0905\u0927\u094D\u092F\u093E\u092F",
     "\u092E\u0941\u0916\u094D\u092F\u092E\u0902\u0924\u094D\u0930\u0940 \u0930\u092E\u0947\u0936 "
     "\u0935\u0930\u094D\u092E\u093E",
     1},
    {"\"\u0939\u092E \u091C\u0932\u094D\u0926 \u0939\u0940 \u0926\u0942\u0938\u0930\u0940 "
     "\u0932\u093E\u0907\u0928 \u092D\u0940 \u0936\u0941\u0930\u0942 "
     "\u0915\u0930\u0947\u0902\u0917\u0947,\" \u092A\u0930\u093F\u0935\u0939\u0928 "
     "\u092E\u0902\u0924\u094D\u0930\u0940 \u0928\u0947 \u0915\u0939\u093E\u0964",
     "\u0926\u0942\u0938\u0930\u0940 \u0932\u093E\u0907\u0928",
     "\u092A\u0930\u093F\u0935\u0939\u0928 \u092E\u0902\u0924\u094D\u0930\u0940", 1},
    {"\u0648\u0642\u0627\u0644 \u0648\u0632\u064A\u0631 \u0627\u0644\u0645\u064A\u0627\u0647 "
     "\u0633\u0627\u0644\u0645 \u0627\u0644\u062D\u0627\u0631\u062B\u064A \u0625\u0646 "
     "\"\u0627\u0644\u0645\u062D\u0637\u0629 \u0633\u062A\u0646\u0647\u064A "
     "\u0627\u0646\u0642\u0637\u0627\u0639 \u0627\u0644\u0645\u064A\u0627\u0647 \u0641\u064A "
     "\u0627\u0644\u0635\u064A\u0641\".",
     "\u0627\u0646\u0642\u0637\u0627\u0639 \u0627\u0644\u0645\u064A\u0627\u0647",
     "\u0648\u0632\u064A\u0631 \u0627\u0644\u0645\u064A\u0627\u0647 \u0633\u0627\u0644\u0645 "
     "\u0627\u0644\u062D\u0627\u0631\u062B\u064A",
     1},
    {"\"\u0633\u0646\u0628\u062F\u0623 \u0627\u0644\u0639\u0645\u0644 \u0641\u064A "
     "\u0627\u0644\u0645\u062D\u0637\u0629 \u0627\u0644\u062B\u0627\u0646\u064A\u0629 "
     "\u0627\u0644\u0639\u0627\u0645 \u0627\u0644\u0645\u0642\u0628\u0644\"\u060C "
     "\u0642\u0627\u0644 \u0645\u062F\u064A\u0631 \u0627\u0644\u0645\u0634\u0631\u0648\u0639.",
     "\u0627\u0644\u0645\u062D\u0637\u0629 \u0627\u0644\u062B\u0627\u0646\u064A\u0629",
     "\u0645\u062F\u064A\u0631 \u0627\u0644\u0645\u0634\u0631\u0648\u0639", 1},
    {"\u05E8\u05D0\u05E9 \u05D4\u05E2\u05D9\u05E8\u05D9\u05D9\u05D4 \u05D0\u05DE\u05E8: "
     "\"\u05E0\u05E4\u05EA\u05D7 \u05D0\u05EA \u05D4\u05D2\u05E9\u05E8 \u05DE\u05D7\u05D3\u05E9 "
     "\u05D1\u05E7\u05D9\u05E5 \u05D4\u05D1\u05D0\".",
     "\u05D4\u05D2\u05E9\u05E8 \u05DE\u05D7\u05D3\u05E9",
     "\u05E8\u05D0\u05E9 \u05D4\u05E2\u05D9\u05E8\u05D9\u05D9\u05D4", 1},
    {"\"\u05E0\u05E4\u05EA\u05D7 \u05D0\u05EA \u05D4\u05D2\u05E9\u05E8 \u05DE\u05D7\u05D3\u05E9 "
     "\u05D1\u05E7\u05D9\u05E5 \u05D4\u05D1\u05D0\", \u05D0\u05DE\u05E8 \u05E8\u05D0\u05E9 "
     "\u05D4\u05E2\u05D9\u05E8\u05D9\u05D9\u05D4.",
     "\u05D4\u05D2\u05E9\u05E8 \u05DE\u05D7\u05D3\u05E9",
     "\u05E8\u05D0\u05E9 \u05D4\u05E2\u05D9\u05E8\u05D9\u05D9\u05D4", 1},
    {"\"\u05E1\u05D2\u05E8\u05E0\u05D5 \u05D0\u05EA \u05D4\u05D2\u05E9\u05E8 "
     "\u05DE\u05D7\u05D3\u05E9 \u05D1\u05E7\u05D9\u05E5 \u05E9\u05E2\u05D1\u05E8\" "
     "\u05E0\u05DB\u05EA\u05D1 \u05D1\u05E9\u05DC\u05D8 \u05DC\u05D9\u05D3 "
     "\u05D4\u05DB\u05E0\u05D9\u05E1\u05D4 \u05DC\u05E2\u05D9\u05E8.",
     "\u05D4\u05D2\u05E9\u05E8 \u05DE\u05D7\u05D3\u05E9", NULL, 1},
    /* a word of two bytes before ने (the walk back read before it) */
    {"AP \u0928\u0947 \u0915\u0939\u093E, \"\u092F\u0939 \u0936\u0939\u0930 \u0915\u0947 "
     "\u0932\u093F\u090F \u090F\u0915 \u0928\u092F\u093E \u0905\u0927\u094D\u092F\u093E\u092F "
     "\u0939\u0948\u0964\"",
     "\u0928\u092F\u093E \u0905\u0927\u094D\u092F\u093E\u092F", "AP", 1},
    /* capitalised-word languages: an acronym (all capitals) is not a name */
    {"\u00AB\u0412\u0441\u0435 \u0441\u043B\u0443\u0436\u0431\u044B "
     "\u0440\u0430\u0431\u043E\u0442\u0430\u044E\u0442 \u0432 "
     "\u0443\u0441\u0438\u043B\u0435\u043D\u043D\u043E\u043C \u0440\u0435\u0436\u0438\u043C\u0435, "
     "\u0441\u0438\u0442\u0443\u0430\u0446\u0438\u044F \u043F\u043E\u0434 "
     "\u043A\u043E\u043D\u0442\u0440\u043E\u043B\u0435\u043C\u00BB, \u2014 "
     "\u0437\u0430\u044F\u0432\u0438\u043B \u043D\u0430\u0447\u0430\u043B\u044C\u043D\u0438\u043A "
     "\u0413\u0423 \u041C\u0427\u0421 \u043F\u043E \u043E\u0431\u043B\u0430\u0441\u0442\u0438 "
     "\u0412\u0438\u043A\u0442\u043E\u0440 \u041E\u0440\u043B\u043E\u0432.",
     "\u0443\u0441\u0438\u043B\u0435\u043D\u043D\u043E\u043C \u0440\u0435\u0436\u0438\u043C\u0435",
     "\u0412\u0438\u043A\u0442\u043E\u0440 \u041E\u0440\u043B\u043E\u0432", 1},
    /* a particle between capitalised words of a name (von, das, dos, de
     * la, al-); an article alone is no particle (der Zeitung) */
    {"\u201EWir werden die Br\u00FCcke im n\u00E4chsten Sommer wieder \u00F6ffnen\u201C, sagte "
     "B\u00FCrgermeister Hans-Peter von Weizs\u00E4cker.",
     "im n\u00E4chsten Sommer", "B\u00FCrgermeister Hans-Peter von Weizs\u00E4cker", 1},
    {"\u201CEu trabalho aqui h\u00E1 mais de trinta anos e nunca vi nada assim\u201D, contou a "
     "costureira Maria das Dores Silva.",
     "trinta anos", "Maria das Dores Silva", 1},
    {"\u201CVamos reconstruir todas as escolas atingidas pela enchente\u201D, disse o governador "
     "Jo\u00E3o dos Santos.",
     "escolas atingidas", "Jo\u00E3o dos Santos", 1},
    {"\u201CVamos reconstruir todas as escolas atingidas\u201D, disse o ministro Ahmed al-Tayeb em "
     "Lisboa.",
     "escolas atingidas", "Ahmed al-Tayeb", 1},
    {"\u201EWir werden die Br\u00FCcke im n\u00E4chsten Sommer wieder \u00F6ffnen\u201C, sagte "
     "Anna Berger der S\u00FCddeutschen Zeitung.",
     "im n\u00E4chsten Sommer", "Anna Berger", 1},
    /* German capitalises its nouns: a capitalised word after an article
     * (or a preposition that opens the sentence) is a noun, and a run of
     * such words names no one unless a full name follows it (session 35);
     * traps: a rival firm, a topic, a place on the web, a firm's lawyer
     * speaking on a client's behalf, "das" as an article */
    {"Mit Blick auf den Rivalen Zentrawerk hiess es: \u201EWir lassen uns den Standort nicht "
     "nehmen.\u201C",
     "Standort nicht", NULL, 1},
    {"Er sprach zu den Chancen von Nordmetall jedoch klar: \u201EDie Kunden entscheiden "
     "allein.\u201C",
     "Kunden entscheiden", NULL, 1},
    {"Als ich im Netz Bilder der alten Burg sah, fragte ich mich: \u201EWar ich wirklich "
     "dort?\u201C",
     "wirklich dort", NULL, 1},
    {"\u201EDas stimmt so nicht, unser Mandant wusste nichts\u201C, schreibt ein Anwalt der "
     "Kanzlei Weberling im Auftrag von Petra Lindqvist.",
     "unser Mandant", NULL, 1},
    {"\u201EDer Staat darf seine Pflichten nicht abschieben\u201C, kommentiert Nordmetall das "
     "Gesetz zur Reform der Aufsicht.",
     "Pflichten nicht", NULL, 1},
    {"Der Verband verweist auf das Schreiben von Bischof Anton Weller: \u201EWir helfen allen, "
     "die kommen.\u201C",
     "helfen allen", "Bischof Anton Weller", 1},
    {"\u201EWir bauen die Halle bis Mai\u201C, sagte der neue Werksleiter Tobias Brandt.",
     "Halle bis Mai", "Werksleiter Tobias Brandt", 1},
    /* the article that opens the sentence is no part of the name before
     * the colon; German single quotes (‚…‘) open a quote too */
    {"Der Verkehrsminister Jonas Keller sagte am Mittwoch in Berlin: \u201EWir werden alles "
     "genau aufkl\u00E4ren, das verspreche ich.\u201C",
     "alles genau", "Verkehrsminister Jonas Keller", 1},
    {"Ein Anwohner sagte, er habe \u201Adas Knacken der Br\u00FCcke schon seit Wochen "
     "geh\u00F6rt\u2018 und die Stadt gewarnt.",
     "Knacken der", NULL, 1},
    {"\u201CEl fuego est\u00E1 controlado pero no extinguido todav\u00EDa\u201D, dijo a EFE el "
     "portavoz de Bomberos, Juan de la Fuente.",
     "fuego est", "Juan de la Fuente", 1},
    /* an organisation after a title, then the name between commas: the
     * name; trap: a title after the name */
    {"\u201CHemos cerrado el parque natural hasta que pase el peligro\u201D, afirm\u00F3 la "
     "consejera de Medio Ambiente, Mar\u00EDa Luisa Fern\u00E1ndez.",
     "parque natural", "Mar\u00EDa Luisa Fern\u00E1ndez", 1},
    {"\u201EDie Z\u00FCge fahren ab Montag wieder nach dem normalen Fahrplan\u201C, sagte die "
     "Sprecherin der Deutschen Bahn, Anna Berger.",
     "normalen Fahrplan", "Anna Berger", 1},
    {"\u201CHemos cerrado el parque natural hasta que pase el peligro\u201D, dijo Juan P\u00E9rez, "
     "Ministro de Salud.",
     "parque natural", "Juan P\u00E9rez", 1},
    /* Hebrew: כי ("that") ends the name; a name in apposition between
     * commas, before the verb or after a title; trap: a verb after the
     * comma */
    {"\u05E8\u05D0\u05E9 \u05D4\u05DE\u05D5\u05E2\u05E6\u05D4 "
     "\u05D4\u05D0\u05D6\u05D5\u05E8\u05D9\u05EA, \u05D3\u05E0\u05D4 \u05DC\u05D5\u05D9, "
     "\u05D0\u05DE\u05E8\u05D4 \u05DB\u05D9 \"\u05E0\u05E4\u05EA\u05D7 \u05D0\u05EA "
     "\u05D4\u05D2\u05E9\u05E8 \u05DE\u05D7\u05D3\u05E9 \u05D1\u05E7\u05D9\u05E5 "
     "\u05D4\u05D1\u05D0\".",
     "\u05D4\u05D2\u05E9\u05E8 \u05DE\u05D7\u05D3\u05E9", "\u05D3\u05E0\u05D4 \u05DC\u05D5\u05D9",
     1},
    {"\u05E8\u05D0\u05E9 \u05D4\u05E2\u05D9\u05E8\u05D9\u05D9\u05D4 \u05D0\u05DE\u05E8 "
     "\u05DB\u05D9 \"\u05E0\u05E4\u05EA\u05D7 \u05D0\u05EA \u05D4\u05D2\u05E9\u05E8 "
     "\u05DE\u05D7\u05D3\u05E9 \u05D1\u05E7\u05D9\u05E5 \u05D4\u05D1\u05D0\".",
     "\u05D4\u05D2\u05E9\u05E8 \u05DE\u05D7\u05D3\u05E9",
     "\u05E8\u05D0\u05E9 \u05D4\u05E2\u05D9\u05E8\u05D9\u05D9\u05D4", 1},
    {"\"\u05E0\u05E4\u05EA\u05D7 \u05D0\u05EA \u05D4\u05DB\u05D1\u05D9\u05E9 "
     "\u05DE\u05D7\u05D3\u05E9 \u05D1\u05E7\u05D9\u05E5 \u05D4\u05D1\u05D0\", \u05D0\u05DE\u05E8 "
     "\u05DE\u05E4\u05E7\u05D3 \u05D4\u05DE\u05D7\u05D5\u05D6, \u05E0\u05D9\u05E6\u05D1 "
     "\u05DE\u05E9\u05D4 \u05DB\u05D4\u05DF.",
     "\u05D4\u05DB\u05D1\u05D9\u05E9 \u05DE\u05D7\u05D3\u05E9",
     "\u05E0\u05D9\u05E6\u05D1 \u05DE\u05E9\u05D4 \u05DB\u05D4\u05DF", 1},
    {"\"\u05E0\u05E4\u05EA\u05D7 \u05D0\u05EA \u05D4\u05DB\u05D1\u05D9\u05E9 "
     "\u05DE\u05D7\u05D3\u05E9 \u05D1\u05E7\u05D9\u05E5 \u05D4\u05D1\u05D0\", \u05D0\u05DE\u05E8 "
     "\u05D4\u05E9\u05E8, \u05D5\u05D4\u05D5\u05E1\u05D9\u05E3 \u05DB\u05D9 "
     "\u05D4\u05E2\u05D1\u05D5\u05D3\u05D5\u05EA \u05D9\u05D9\u05DE\u05E9\u05DB\u05D5.",
     "\u05D4\u05DB\u05D1\u05D9\u05E9 \u05DE\u05D7\u05D3\u05E9", "\u05D4\u05E9\u05E8", 1},
    /* Hebrew: a name before a title (a construct with the article ה) is
     * the speaker, not the title in apposition after it */
    {"\u05D3\u05E0\u05D4 \u05DC\u05D5\u05D9, \u05E8\u05D0\u05E9 "
     "\u05D4\u05DE\u05D5\u05E2\u05E6\u05D4 \u05D4\u05D0\u05D6\u05D5\u05E8\u05D9\u05EA, "
     "\u05D0\u05DE\u05E8\u05D4 \u05DB\u05D9 \"\u05E0\u05E4\u05EA\u05D7 \u05D0\u05EA "
     "\u05D4\u05D2\u05E9\u05E8 \u05DE\u05D7\u05D3\u05E9 \u05D1\u05E7\u05D9\u05E5 "
     "\u05D4\u05D1\u05D0\".",
     "\u05D4\u05D2\u05E9\u05E8 \u05DE\u05D7\u05D3\u05E9", "\u05D3\u05E0\u05D4 \u05DC\u05D5\u05D9",
     1},
    {"\"\u05E0\u05E4\u05EA\u05D7 \u05D0\u05EA \u05D4\u05DB\u05D1\u05D9\u05E9 "
     "\u05DE\u05D7\u05D3\u05E9 \u05D1\u05E7\u05D9\u05E5 \u05D4\u05D1\u05D0\", \u05D0\u05DE\u05E8 "
     "\u05DE\u05E9\u05D4 \u05DB\u05D4\u05DF, \u05DE\u05E4\u05E7\u05D3 "
     "\u05D4\u05DE\u05D7\u05D5\u05D6.",
     "\u05D4\u05DB\u05D1\u05D9\u05E9 \u05DE\u05D7\u05D3\u05E9",
     "\u05DE\u05E9\u05D4 \u05DB\u05D4\u05DF", 1},
    /* Japanese: an age in brackets is no part of the speaker; more verbs
     * of speech acts (謝罪 apologised, 振り返 looked back) */
    {"\u9234\u6728\u5927\u8F14\u3055\u3093\uFF0834\uFF09\u306F\u300C\u5BB6\u304C\u6D41\u3055\u308C"
     "\u308B\u3068\u306F\u601D\u308F\u306A\u304B\u3063\u305F\u300D\u3068\u8A71\u3057\u305F\u3002",
     "\u6D41\u3055\u308C\u308B", "\u9234\u6728\u5927\u8F14\u3055\u3093", 1},
    {"\u5C71\u7530\u4E00\u90CE\u793E\u9577\u306F\u8A18\u8005\u4F1A\u898B\u3067\u300C\u591A\u304F"
     "\u306E\u7686\u69D8\u306B\u3054\u8FF7\u60D1\u3092\u304A\u304B\u3051\u3057\u3001\u6DF1\u304F"
     "\u304A\u308F\u3073\u7533\u3057\u4E0A\u3052\u307E\u3059\u300D\u3068\u8B1D\u7F6A\u3057\u305F"
     "\u3002",
     "\u304A\u308F\u3073", "\u5C71\u7530\u4E00\u90CE\u793E\u9577", 1},
    {"\u300C\u5BB6\u304C\u6D41\u3055\u308C\u308B\u3068\u306F\u601D\u308F\u306A\u304B\u3063\u305F"
     "\u300D\u3068\u9234\u6728\u5927\u8F14\u3055\u3093(34)"
     "\u306F\u632F\u308A\u8FD4\u3063\u305F\u3002",
     "\u6D41\u3055\u308C\u308B", "\u9234\u6728\u5927\u8F14\u3055\u3093", 1},
    /* Hindi: the pronoun agent (उन्होंने कहा) is the previous speaker;
     * trap: three sentences since the last named speaker */
    {"\u092E\u0941\u0916\u094D\u092F\u092E\u0902\u0924\u094D\u0930\u0940 \u0930\u092E\u0947\u0936 "
     "\u0935\u0930\u094D\u092E\u093E \u0928\u0947 \u0915\u0939\u093E, \"\u092F\u0939 "
     "\u0936\u0939\u0930 \u0915\u0947 \u0932\u093F\u090F \u090F\u0915 \u0928\u092F\u093E "
     "\u0905\u0927\u094D\u092F\u093E\u092F \u0939\u0948\u0964\" "
     "\u0909\u0928\u094D\u0939\u094B\u0902\u0928\u0947 \u0915\u0939\u093E, \"\u0939\u092E "
     "\u091C\u0932\u094D\u0926 \u0939\u0940 \u0926\u0942\u0938\u0930\u0940 "
     "\u0932\u093E\u0907\u0928 \u092D\u0940 \u0936\u0941\u0930\u0942 "
     "\u0915\u0930\u0947\u0902\u0917\u0947\u0964\"",
     "\u0926\u0942\u0938\u0930\u0940 \u0932\u093E\u0907\u0928",
     "\u092E\u0941\u0916\u094D\u092F\u092E\u0902\u0924\u094D\u0930\u0940 \u0930\u092E\u0947\u0936 "
     "\u0935\u0930\u094D\u092E\u093E",
     1},
    {"\"\u092F\u0939 \u0936\u0939\u0930 \u0915\u0947 \u0932\u093F\u090F \u090F\u0915 "
     "\u0928\u092F\u093E \u0905\u0927\u094D\u092F\u093E\u092F \u0939\u0948,\" "
     "\u092A\u0930\u093F\u0935\u0939\u0928 \u092E\u0902\u0924\u094D\u0930\u0940 "
     "\u0938\u0941\u0928\u0940\u0932 \u0930\u093E\u0935 \u0928\u0947 \u0915\u0939\u093E\u0964 "
     "\"\u0939\u092E \u091C\u0932\u094D\u0926 \u0939\u0940 \u0926\u0942\u0938\u0930\u0940 "
     "\u0932\u093E\u0907\u0928 \u092D\u0940 \u0936\u0941\u0930\u0942 "
     "\u0915\u0930\u0947\u0902\u0917\u0947,\" \u0909\u0928\u094D\u0939\u094B\u0902\u0928\u0947 "
     "\u0915\u0939\u093E\u0964",
     "\u0926\u0942\u0938\u0930\u0940 \u0932\u093E\u0907\u0928",
     "\u092A\u0930\u093F\u0935\u0939\u0928 \u092E\u0902\u0924\u094D\u0930\u0940 "
     "\u0938\u0941\u0928\u0940\u0932 \u0930\u093E\u0935",
     1},
    {"\u092E\u0941\u0916\u094D\u092F\u092E\u0902\u0924\u094D\u0930\u0940 \u0930\u092E\u0947\u0936 "
     "\u0935\u0930\u094D\u092E\u093E \u0928\u0947 \u0915\u0939\u093E, \"\u092F\u0939 "
     "\u0936\u0939\u0930 \u0915\u0947 \u0932\u093F\u090F \u090F\u0915 \u0928\u092F\u093E "
     "\u0905\u0927\u094D\u092F\u093E\u092F \u0939\u0948\u0964\" \u092C\u093E\u0930\u093F\u0936 "
     "\u0936\u0941\u0930\u0942 \u0939\u094B \u0917\u0908\u0964 \u092E\u094C\u0938\u092E "
     "\u0916\u0930\u093E\u092C \u0925\u093E\u0964 \u0938\u0921\u093C\u0915\u0947\u0902 "
     "\u092C\u0902\u0926 \u0930\u0939\u0940\u0902\u0964 "
     "\u0909\u0928\u094D\u0939\u094B\u0902\u0928\u0947 \u0915\u0939\u093E, \"\u0939\u092E "
     "\u091C\u0932\u094D\u0926 \u0939\u0940 \u0926\u0942\u0938\u0930\u0940 "
     "\u0932\u093E\u0907\u0928 \u092D\u0940 \u0936\u0941\u0930\u0942 "
     "\u0915\u0930\u0947\u0902\u0917\u0947\u0964\"",
     "\u0926\u0942\u0938\u0930\u0940 \u0932\u093E\u0907\u0928", NULL, 1},
    /* a pronoun after the quote in other languages ("— подчеркнул он",
     * "a-t-il ajouté", "sagte er") is the speaker named before it, and no
     * one when no one was */
    {"\u0413\u0443\u0431\u0435\u0440\u043D\u0430\u0442\u043E\u0440 "
     "\u0421\u0435\u0440\u0433\u0435\u0439 \u041F\u0435\u0442\u0440\u043E\u0432 "
     "\u043E\u0441\u043C\u043E\u0442\u0440\u0435\u043B "
     "\u0437\u0430\u0442\u043E\u043F\u043B\u0435\u043D\u043D\u044B\u0435 "
     "\u0440\u0430\u0439\u043E\u043D\u044B. \u00AB\u041C\u044B "
     "\u043F\u043E\u043C\u043E\u0436\u0435\u043C \u043A\u0430\u0436\u0434\u043E\u0439 "
     "\u0441\u0435\u043C\u044C\u0435, \u043A\u043E\u0442\u043E\u0440\u0430\u044F "
     "\u043F\u043E\u0441\u0442\u0440\u0430\u0434\u0430\u043B\u0430\u00BB, \u2014 "
     "\u0441\u043A\u0430\u0437\u0430\u043B \u0421\u0435\u0440\u0433\u0435\u0439 "
     "\u041F\u0435\u0442\u0440\u043E\u0432. \u00AB\u041C\u044B "
     "\u0432\u043E\u0441\u0441\u0442\u0430\u043D\u043E\u0432\u0438\u043C \u0432\u0441\u0435 "
     "\u0434\u043E\u043C\u0430 \u0434\u043E \u043A\u043E\u043D\u0446\u0430 "
     "\u0433\u043E\u0434\u0430\u00BB, \u2014 "
     "\u043F\u043E\u0434\u0447\u0435\u0440\u043A\u043D\u0443\u043B \u043E\u043D.",
     "\u0432\u043E\u0441\u0441\u0442\u0430\u043D\u043E\u0432\u0438\u043C \u0432\u0441\u0435 "
     "\u0434\u043E\u043C\u0430",
     "\u0421\u0435\u0440\u0433\u0435\u0439 \u041F\u0435\u0442\u0440\u043E\u0432", 1},
    {"Le maire Paul Girard a visit\u00E9 le pont lundi. \u00AB Nous rouvrirons le pont avant "
     "l'\u00E9t\u00E9 prochain \u00BB, a d\u00E9clar\u00E9 Paul Girard. \u00AB Les travaux seront "
     "pay\u00E9s par la r\u00E9gion \u00BB, a-t-il ajout\u00E9.",
     "pay\u00E9s par la r\u00E9gion", "Paul Girard", 1},
    {"Die Br\u00FCcke wurde am Montag geschlossen. \u00ABDie Reparatur wird mindestens zwei Jahre "
     "dauern\u00BB, sagte er.",
     "mindestens zwei Jahre", NULL, 1},
    /* trap: a sentence that says "said" but quotes nothing, then an
     * unattributed quote in a new paragraph after an unrelated sentence */
    {"John Smith said the talks would resume next week.\n\nThe weather was cold.\n\n\"Nobody "
     "knows what comes next in these talks.\"",
     "Nobody knows", NULL, 1},
    /* a common word opening the sentence before "she said" is no one
     * ("Seconds later", "Because of") */
    {"\"I saw his eyes. He looked right at me,\" said Rahel Zaken. Seconds later, an explosion "
     "shook the area. \"I fell to the ground and crawled away on my hands,\" she said.",
     "fell to the ground", NULL, 1},
    {"Because of recent progress, diplomats were hopeful on Monday. \"There is now a good "
     "chance of a trial,\" he said.",
     "good chance of a trial", NULL, 1},
    /* but one word before a verb, an age or "who" is a subject */
    {"Zhu criticized the United States on Monday. \"No country should interfere in our "
     "affairs,\" he said.",
     "should interfere", "Zhu", 1},
    {"Brokaw, 74, was diagnosed in August. \"I am a very lucky guy all the same,\" he said.",
     "lucky guy", "Brokaw", 1},
    /* a name governed by a preposition is no subject, nor is the name
     * governed in turn ("an official of the U.S. Agency for ..."), but
     * "of" after a word of organisations is inside its name */
    {"An official of the U.S. Agency for International Development said that \"they were "
     "totally unprepared to respond.\"",
     "totally unprepared", NULL, 1},
    {"Magno of the Foundation for Economic Freedom said the rules \"would restore the airline "
     "to monopoly status.\"",
     "monopoly status", "Magno", 1},
    {"The International Committee of the Red Cross said its team had found \"no confirmation "
     "of large-scale atrocities.\"",
     "large-scale atrocities", "International Committee of the Red Cross", 1},
    /* a description holding commas after a place, and a place or a party
     * between commas, qualify the name before them */
    {"George Aditjondro, an activist who teaches at Newcastle University in Australia, where he "
     "has documented the family's wealth, said that \"the documents came from the army.\"",
     "came from the army", "George Aditjondro", 1},
    {"Spanish Foreign Minister Abel Matutes, attending the summit in Porto, Portugal, said his "
     "government \"respects the decisions taken by courts.\"",
     "decisions taken by courts", "Abel Matutes", 1},
    {"Rep. Lamar Smith, R-Texas, said he \"could support a compromise on the bill.\"",
     "support a compromise", "Lamar Smith", 1},
    /* a sentence's subject is not a run that qualifies an office ("The
     * Philippine president"), nor a place after a preposition opening it,
     * nor a conjunction ("Yet") */
    {"The Philippine president also assured the union. \"It is not true that I am "
     "anti-labor,\" he said.",
     "not true that I am", NULL, 1},
    {"In Brazil, there would be no changes in policy. \"We will keep the exchange rate as it "
     "is,\" he said.",
     "keep the exchange rate", NULL, 1},
    {"Jim Maloney is a congressman. Yet Maloney contends that such talk turns voters off. \"I "
     "have said this does not belong in politics,\" he said.",
     "belong in politics", "Jim Maloney", 1},
    /* an article after a name after the verb opens its description; an
     * initial is no speaker */
    {"\"Governors have always exerted enormous influence,\" said Luciano Dias a Brasilia-based "
     "political consultant.",
     "enormous influence", "Luciano Dias", 1},
    {"\"Latin America is being buffeted by external shocks,\" said E. Gerald Corrigan of "
     "Goldman Sachs and a former president of the bank.",
     "external shocks", NULL, 1},
    /* one person whose given name two outlets spell otherwise is one
     * speaker, under the person's most frequent spelling (the sources'
     * speakers "Goren Persson" and "Goeran Persson" gave none) */
    {"\"It was all burned out, with only a skeleton left,\" Prime Minister Goren Persson "
     "said.\n|||||\nPrime Minister Goeran Persson visited the hall on Friday. Goeran Persson met "
     "the families.\n|||||\n\"It was all burned out, with only a skeleton left,\" said Prime "
     "Minister Goeran Persson.",
     "only a skeleton", "Goeran Persson", 2},
    /* two people of one article who say nearly the same words said two
     * quotes: neither is merged into the other's (session 25) */
    {"\"The new bridge will open on time and the trains will run every hour,\" said Anna Berg, "
     "the mayor. \"The new bridge will open on time and the trains will run every day,\" said "
     "Jonas Lind, the engineer.",
     "every hour", "Anna Berg", 1},
    {"\"The new bridge will open on time and the trains will run every hour,\" said Anna Berg, "
     "the mayor. \"The new bridge will open on time and the trains will run every day,\" said "
     "Jonas Lind, the engineer.",
     "every day", "Jonas Lind", 1},
    /* after the verb, a possessive owns the speaker: the run is not the
     * speaker, a full name in apposition is (session 26) */
    {"One bomber was Yusef Ali Zughayar. \"I didn't raise him to lose him like that,\" said "
     "Zughayar's 54-year-old father, Mohammed.",
     "raise him", NULL, 1},
    {"Wang Youcai was tried on Monday. \"I don't know what happens from here,\" said Wang's "
     "wife, Hu Jiangxia, who was allowed to attend.",
     "happens from here", "Hu Jiangxia", 1},
    /* reported speech names the person a sentence is about: "he said" after
     * "..., Lind said." is Lind's, also when the sentence opens otherwise
     * and when the reported clause names another person (session 35) */
    {"Jonas Lind runs the ferry line. Each boat carries two radios, Lind said, but he still "
     "worries. \"The sea does not care about our plans,\" he said.",
     "does not care", "Jonas Lind", 1},
    {"Marta Olsen chairs the harbour board. After the vote, Olsen said Peter Dahl had resigned. "
     "\"We will find a new captain by spring,\" she said.",
     "new captain", "Marta Olsen", 1},
    /* "he said" in reported speech goes on with the speaker before it */
    {"\"The dock is closed,\" said Ivo Kask, a pilot. The tugs waited all night, he said. "
     "The crews were paid double, he said. Asked about the cost, he said: \"Nobody has counted it "
     "yet.\"",
     "counted it yet", "Ivo Kask", 1},
    /* trap: names before the verb compete with its speaker */
    {"Rex Tillerson met Sergei Lavrov, Lavrov said. \"We disagree on many things,\" he said.",
     "disagree on many", NULL, 1},
    /* a bare surname is not the cluster's person when this document gives
     * the name another given name ("Ines Moll" here, "Karl Moll" there) */
    {"\"The port will reopen on Monday,\" said Karl Moll, the harbour master.\n|||||\n"
     "In the village, Ines Moll sat by her door. \"Nobody told us anything,\" Ms. Moll "
     "said.",
     "Nobody told us", "Moll", 1},
    /* trap: "he" after a sentence about another person is not the speaker
     * quoted before it; the sentence's own subject is uncertain here (the
     * run "Nordic Capital Partners" might be a person) */
    {"\"Nothing will change before the vote,\" said Ana Lund, an economist. But Per Holm, chief "
     "strategist at Nordic Capital Partners, said that markets expected no reforms. \"They want "
     "to see a plan first,\" he said.",
     "plan first", NULL, 1},
    /* a courtesy title and the surname are the person named in full */
    {"The clinic was closed on Tuesday, said the director, Maribeth Quandt. \"We needed to talk "
     "about our friend,\" she said. The staff met at noon. Later, Ms. Quandt said she had received "
     "calls from doctors. "
     "\"We will reopen the clinic next week,\" she said.",
     "reopen the clinic", "Maribeth Quandt", 1},
    /* trap: a country that said something is no "it" of the next sentence */
    {"Earlier, Norway said the ship had no permit. The ministry said it was \"a matter for the "
     "harbour police alone.\"",
     "harbour police alone", NULL, 1},
    /* trap: a run ending in a title names an office, not its holder (the
     * lower-cased "U.s. Secretary of state john kerry") */
    {"U.s. Secretary of state john kerry spoke to reporters. \"nobody should hear that kind of "
     "announcement without concern,\" he said.",
     "nobody should hear", NULL, 1},
    /* text in lower case (Multi-News): a surname right before the verb,
     * which the document writes after a given name elsewhere, or a given
     * name and a word right after it, name the speaker */
    {"a judge approved the request of district attorney anna holm on monday. \" there was "
     "not enough evidence left, \" holm said at the time.",
     "not enough evidence", "Anna Holm", 1},
    {"the couple will be paid soon. \"they no longer have to fear losing the house, \" said "
     "peter mcnovak in an email.",
     "fear losing the house", "Peter McNovak", 1},
    /* session 37: an apposition between commas, opened by an article or
     * "who", may stand between the surname and the verb */
    {"the bill went to gov. gary holm on monday. \" we will review the final version of the "
     "bill, \" holm, a republican, said in a statement.",
     "review the final version", "Gary Holm", 1},
    {"anna holm and peter holm ran the farm. \" we lost every cow in the flood, \" holm, who "
     "owns the land, said.",
     "every cow in the flood", NULL, 1},
    /* session 38: in lower case, a name closing a description of its
     * holder, after the verb ("said airport spokeswoman ...", "said the
     * clinic's dr. Jane ...") or right before it; a given name unknown to
     * the lexicon counts right after a title, and the surname alone later
     * is that person */
    {"the runway was closed for an hour. \" a tire burst on landing, \" said harbour "
     "airport spokeswoman wenna carrow.",
     "a tire burst", "Wenna Carrow", 1},
    {"the virus spread in the spring. \" the young are the most exposed, \" said the "
     "clinic's dr. Orla pendry in a statement.",
     "most exposed", "Orla Pendry", 1},
    {"the bridge will close in may. \" the work cannot wait, \" county spokesman josh "
     "harlow said.",
     "cannot wait", "Josh Harlow", 1},
    {"the crops failed. the town's mayor, tevin oldacre, met the farmers. \" it is a "
     "serious concern, \" oldacre said.",
     "serious concern", "Tevin Oldacre", 1},
    /* session 38: after the verb, a name in lower case runs to its third
     * word (cut to two it is another person); a fourth word of a name, or
     * none that ends the clause, leaves the quote blank; a weekday ends it */
    {"the barn burned down. \" we rebuilt the shed twice, \" said jason merrow tolland, "
     "the farmer.",
     "rebuilt the shed", "Jason Merrow Tolland", 1},
    {"the barn burned down. \" we rebuilt the shed twice, \" said jason merrow tolland "
     "brackley dunn of the farm.",
     "rebuilt the shed", NULL, 1},
    {"the barn burned down. \" we rebuilt the shed twice, \" says anna merrow danish president "
     "of the farm board.",
     "rebuilt the shed", "Anna Merrow", 1},
    {"the barn burned down. \" we rebuilt the shed twice, \" said jason merrow tuesday.",
     "rebuilt the shed", "Jason Merrow", 1},
    /* the surname alone is the three-word name the document writes with two
     * given names, not the shorter one, which is another person */
    {"the trial went on. Carl dennis tolland, 57, spoke to the police. \" the lord will "
     "deliver me, \" tolland said.",
     "deliver me", "Carl Dennis Tolland", 1},
    /* a given name and a word, an apposition opened by a title between
     * commas, then the verb: the name is the speaker */
    {"the show will end in june. \" it has been a privilege to make it, \" dennis varley, "
     "president of daytime at the network, said in a statement.",
     "a privilege to make it", "Dennis Varley", 1},
    /* a given name alone is the one person the document names with it as
     * a speaker or a subject; two such people give no one */
    {"the van stopped. Carol morland said the man ran off. \" i held the door shut, \" carol "
     "said.",
     "held the door shut", "Carol Morland", 1},
    {"the van stopped. Carol morland said the man ran off. Later carol hale, 12, came home. "
     "\" i held the door shut, \" carol said.",
     "held the door shut", NULL, 1},
    {"the van stopped. Carol morland said the man ran off. Police thanked ada carol. \" i "
     "held the door shut, \" carol said.",
     "held the door shut", NULL, 1},
    /* a given name learned from train-10k (src/digest/given_names.inc),
     * not in the lexicon's hand-written list */
    {"the river rose overnight. Kelsey morrow, 34, lost her barn. \" we lost every cow in "
     "the flood, \" morrow said.",
     "every cow in the flood", "Kelsey Morrow", 1},
    /* session 38: a person named in full once, then by the surname alone:
     * a word before the surname, the two followed by a verb of saying or a
     * comma, is the given name whatever the lexicon knows; two different
     * such words before the surname give no one */
    {"the dog was found in the park. Quenby tarrow said she saw it first. \" it was shaking "
     "and cold, \" tarrow said.",
     "shaking and cold", "Quenby Tarrow", 1},
    {"the shop reopened in may. orsolya venn, 65, runs it now. \" we will stay open late, \" "
     "venn said.",
     "stay open late", "Orsolya Venn", 1},
    {"the dog was found in the park. Quenby tarrow said she saw it first. Her son dorwin "
     "tarrow reported it. \" it was shaking and cold, \" tarrow said.",
     "shaking and cold", NULL, 1},
    /* the subject of reported speech opening a sentence in lower case (its
     * first word capitalised as every sentence's is) is the "he" of the
     * quote after it; a noun phrase naming no one gives no one */
    {"the case went to court. Harbour police chief brandon tolley said the office had many "
     "letters about it. \" it has tugged at the hearts of folks here, \" he said.",
     "tugged at the hearts", "Brandon Tolley", 1},
    {"the case went to court. Harbour police officers said the office had many letters about "
     "it. \" it has tugged at the hearts of folks here, \" he said.",
     "tugged at the hearts", NULL, 1},
    /* session 39: the subject may be followed by an apposition between
     * commas of up to fifteen words, and "told" has a subject too; a given
     * name no list knows is read from the document's one full name for the
     * surname, which two such names or a common noun leave blank */
    {"the wells ran dry in june. Orla fenwick, a spokeswoman for the county water board, "
     "told the paper that the plan was legal. \" but the letter is not the answer, \" she "
     "added.",
     "not the answer", "Orla Fenwick", 1},
    {"the case went to court. Brandon tolley, the harbour police chief, told reporters the "
     "office had many letters. \" it has tugged at the hearts of folks here, \" he said.",
     "tugged at the hearts", "Brandon Tolley", 1},
    {"the wells ran dry in june. \" we have no water left at all, \" orla fenwick, a "
     "spokeswoman for the board, said.",
     "no water left", "Orla Fenwick", 1},
    {"the wells ran dry in june. Her brother niall fenwick, 40, farms there. Orla fenwick, a "
     "spokeswoman for the county water board, told the paper that the plan was legal. \" but "
     "the letter is not the answer, \" she added.",
     "not the answer", NULL, 1},
    {"the wells ran dry in june. The company, a unit of the county water board, told the "
     "paper that the plan was legal. \" but the letter is not the answer, \" she added.",
     "not the answer", NULL, 1},
    /* a sentence in lower case that opens with the speaker and ends with
     * the verb before the opening mark; reported speech before the mark may
     * quote another, and names no one */
    {"the case went to court. Harbour police chief brandon tolley said, \" the office had many "
     "letters about it. \"",
     "many letters about it", "Brandon Tolley", 1},
    {"the case went to court. Brandon tolley, the harbour police chief, told reporters: \" the "
     "office had many letters about it. \"",
     "many letters about it", "Brandon Tolley", 1},
    {"the case went to court. Brandon tolley said the judge called it \" a case with many "
     "letters about it \".",
     "many letters about it", NULL, 1},
    /* s39-digest4: reported speech between the verb and the mark quotes
     * the subject when it names no other text or speaker: no verb of
     * saying or labelling, no noun of a text (a report, a letter, a sign)
     * but as the medium of the subject's words ("in a statement") */
    {"the case went to court. Harbour police chief brandon tolley said the office had been "
     "\" flooded with letters about it \".",
     "flooded with letters", "Brandon Tolley", 1},
    {"the case went to court. Brandon tolley, the harbour police chief, told reporters on "
     "friday that the office had \" many letters about it \".",
     "many letters about it", "Brandon Tolley", 1},
    {"the case went to court. Carol morland said in a statement that the office was \" proud "
     "of the folks here \".",
     "proud of the folks", "Carol Morland", 1},
    {"the case went to court. Carol morland said the report found the office \" slow to act "
     "on the letters \".",
     "slow to act", NULL, 1},
    {"the case went to court. Carol morland said the mayor told him the office was \" slow to "
     "act on the letters \".",
     "slow to act", NULL, 1},
    {"the case went to court. Carol morland said the sign on the door read \" closed for the "
     "whole week \".",
     "closed for the whole", NULL, 1},
    /* s39-digest4: the subject after a phrase that opens the sentence and
     * ends at its first comma; a name inside that phrase is none */
    {"the storm hit the town. In those conditions, carol morland said, \" nobody could stay "
     "outside for long. \"",
     "nobody could stay", "Carol Morland", 1},
    {"the storm hit the town. Sheriff dana holt closed the roads. Earlier that night, holt "
     "told reporters, \" nobody could stay outside for long. \"",
     "nobody could stay", "Dana Holt", 1},
    {"the storm hit the town. Earlier, carol morland said the roads were closed. \" nobody "
     "could stay outside for long, \" she said.",
     "nobody could stay", "Carol Morland", 1},
    {"the storm hit the town. After carol morland left, the police said, \" nobody could stay "
     "outside for long. \"",
     "nobody could stay", NULL, 1},
    {"the storm hit the town. In a statement, the company said, \" nobody could stay outside "
     "for long. \"",
     "nobody could stay", NULL, 1},
    /* traps: a preposition in the description ("for"), a listener after
     * "told", a description ending in titles, name no one */
    {"the deal was signed. \" we are pleased with the terms of the deal, \" said a spokesman for "
     "mayor josh harlow.",
     "pleased with the terms", NULL, 1},
    {"the deal was signed. \" we are pleased with the terms of the deal, \" told the evening news "
     "anchor josh harlow.",
     "pleased with the terms", NULL, 1},
    {"the deal was signed. \" we are pleased with the terms of the deal, \" the company's senior "
     "vice president said.",
     "pleased with the terms", NULL, 1},
    /* trap: a common noun, or a surname the document gives two given
     * names, names no one */
    {"the plant was closed. \" we will reopen it within a month, \" the manager said.",
     "reopen it within", NULL, 1},
    {"anna holm and peter holm ran the farm. \" we lost every cow in the flood, \" holm said.",
     "every cow", NULL, 1},
    /* the words after "wrote in the guest book:" are the writer's own, and
     * "show" before a quote is a verb: quotes, not titles */
    {"Dana Holm wrote in the guest book: \"The town is grateful for the crews who came.\"",
     "grateful for the crews", "Dana Holm", 1},
    {"The records show \"that the plant was closed for two weeks\", Dana Holm said.",
     "plant was closed", "Dana Holm", 1},
    /* session 39: documents that give one quote to forms of one name
     * (the surname alone, a middle name, other capitals) name that person;
     * two full names that disagree name no one */
    {"the envoy met the press. \" the talks will go on for a week, \" said dana holm, the "
     "envoy.\n|||||\nthe envoy met the press. Holm told the press: \" the talks will go on "
     "for a week. \"",
     "go on for a week", "Dana Holm", 2},
    {"the envoy met the press. \" the talks will go on for a week, \" said sarah jane holm, the "
     "envoy.\n|||||\nthe envoy met the press. \" the talks will go on for a week, \" said "
     "sarah holm, the envoy.",
     "go on for a week", "Sarah Jane Holm", 2},
    {"the envoy met the press. Sen. John mcdonald, r-ariz., came under fire. \" the talks will "
     "go on for a week, \" mcdonald said.\n|||||\nthe envoy met the press. Mr. Mcdonald was "
     "criticised. Mr. Mcdonald said \" the talks will go on for a week \".",
     "go on for a week", "John McDonald", 2},
    {"the envoy met the press. \" the talks will go on for a week, \" said ann holm, the "
     "envoy.\n|||||\nthe envoy met the press. Holm told the press: \" the talks will go on "
     "for a week. \"\n|||||\nthe envoy met the press. \" the talks will go on for a week, \" "
     "said mitt holm, the envoy.",
     "go on for a week", NULL, 3},
    /* s39-digest5: a "she" inside a sentence that opens with a person the
     * document names in full (here after an opening phrase) is that
     * person, not the speaker of the sentence before; another person
     * named between them (a possessive) leaves it blank */
    {"the storm hit the town. \" will the roads reopen? \" asked radio host peter dahl of mayor "
     "carol morland. Last night however, morland walked back her promise which, she said, "
     "applied only to \" the main roads in the north \".",
     "main roads in the north", "Carol Morland", 1},
    {"the storm hit the town. \" will the roads reopen? \" asked radio host peter dahl of mayor "
     "carol morland. Last night however, morland walked back the host's claim which, she "
     "said, applied only to \" the main roads in the north \".",
     "main roads in the north", NULL, 1},
    /* s40-digest6: in lower case, an attribution set off by a comma
     * inside the sentence before a "he"/"she" quote names its speaker,
     * after the verb or right before it at the clause's end; a verb whose
     * object is the listener names no one after it */
    {"The ferry left late on friday. The wind was too strong to dock, said mary lindqvist, a "
     "harbour pilot for the port. \" we waited two hours for the gusts to drop, \" she said.",
     "waited two hours", "Mary Lindqvist", 1},
    {"The ferry left late on friday. The state fire office found the blaze had been set on "
     "purpose, officer mary lindqvist said. \" we do have people we are speaking to, \" she "
     "said.",
     "people we are speaking", "Mary Lindqvist", 1},
    {"The ferry left late on friday. The wind was too strong to dock, told mary lindqvist, a "
     "harbour pilot for the port. \" we waited two hours for the gusts to drop, \" she said.",
     "waited two hours", NULL, 1},
    /* s40-digest6: a given name and a word, then an apposition that
     * opens with a noun and no article, between commas before the verb,
     * is the speaker; a list of names ("and") is not */
    {"The port ran a survey. \" we were a little surprised by this, \" linda varga, "
     "editor-in-chief of the port's paper, told the radio.",
     "little surprised", "Linda Varga", 1},
    {"The port ran a survey. \" we were a little surprised by this, \" linda varga, "
     "mary holt and their editors, told the radio.",
     "little surprised", NULL, 1},
    /* a pronoun after the verb that opens what was said (`said it was`)
     * is no speaker: the sentence's own subject in lower case is, not the
     * person of the sentence before */
    {"The pier was shut on friday, harbour pilot mary lindqvist said. She said the port would "
     "stay closed. Harbour master thomas brenner said it was a sign of how the crews had been "
     "\" stretched thin for months. \" the work goes on.",
     "stretched thin", "Thomas Brenner", 1},
    /* s40-digest7: in text in lower case, a sentence's capitalised first
     * word shaped as a common word (-ly, -s, ...) is no one, unless a
     * document writes it as a name ("reynolds said") */
    {"the ferry left the harbour at noon on monday with forty people on board, and the sea was "
     "calm at first. the storm came in from the west an hour later and the waves grew fast. "
     "Carefully trained for such days, the crew kept the passengers below deck. \" we had no "
     "choice but to wait it out in the bay, \" he said.",
     "wait it out in the bay", NULL, 1},
    {"the town council voted on tuesday to close the old prison at the end of the year, and the "
     "families of the inmates were told by letter. the inmates will be moved to a new site two "
     "hours away by road. Visits would be hard for many of them, brown said. \" most of these "
     "families have no car and the bus runs twice a week, \" he said.",
     "bus runs twice a week", NULL, 1},
    {"the actress spent the weekend at her ranch outside the city with her two dogs and her "
     "sister, and she came back on monday. she told friends on sunday that the new film would "
     "open in june, and reynolds said the shoot was the hardest of her career. Reynolds was at "
     "home when the call came from the studio late in the evening. \" i cried for an hour, and "
     "then i called my mother, \" she said.",
     "cried for an hour", "Reynolds", 1},
    /* s40-digest8: a description set off by commas before a name in
     * lower case (`the baby's mother, lena varga, told`) makes the name
     * the speaker, not the person the description hangs on; a verb of
     * saying joined by "but"/"and" to an earlier one shares its subject,
     * not the "it" after it */
    {"the clinic kept the baby for five months over a bill. Baby mira's mother told the radio "
     "her milk had run dry. Mira was finally allowed to go home this week. The baby's mother, "
     "lena varga, told the radio of her relief: \" i ' m happy to have my baby back. \" the "
     "bill was paid by a campaign.",
     "happy to have my baby back", "Lena Varga", 1},
    {"the clinic kept the baby for five months over a bill. Baby mira's mother told the radio "
     "her milk had run dry. Mira was finally allowed to go home this week. The baby's mother, "
     "lena varga, told the radio of her relief, but explained it was bittersweet: \" i ' m "
     "happy to have my baby back. \" the bill was paid by a campaign.",
     "happy to have my baby back", "Lena Varga", 1},
    {"the clinic kept the baby for five months over a bill. \" we only follow the rules of the "
     "clinic, \" her nurse, lena varga, said that the bill was paid by a campaign.",
     "follow the rules", NULL, 1},
    {"the clinic kept the baby for five months over a bill. Lena varga told the radio the nurse "
     "walked in and said: \" we only follow the rules of the clinic. \" the bill was paid.",
     "follow the rules", NULL, 1},
    /* s41-digest9: a given name alone as the speaker, in lower case, is
     * the one full name the document writes with it, when its surname is
     * a name elsewhere too (`anna varga`); not a verb the cluster writes
     * after a pronoun (`he went`), nor one of two surnames */
    {"the singer anna varga went home from the hospital on friday after her surgery, and she "
     "thanked her fans for their many kind messages. according to her husband tom varga, she "
     "was placed on bed rest while she recovers at home. So what comes next for the singer? "
     "tom said that she is expected to start treatment in about a month, \" after she heals "
     "and has her strength back. \" the couple married in 2010.",
     "after she heals", "Tom Varga", 1},
    {"the singer anna went home from the hospital on friday after her surgery, and she thanked "
     "her fans for their many kind messages. her husband tom went to the studio the next day, "
     "and he went back to the hospital on sunday. So what comes next for the singer? tom said "
     "that she is expected to start treatment in about a month, \" after she heals and has "
     "her strength back. \" the couple married in 2010.",
     "after she heals", "Tom", 1},
    {"the singer anna varga went home from the hospital on friday after her surgery, and she "
     "thanked her fans for their many kind messages. according to her husband tom varga, she "
     "was placed on bed rest, and her manager tom holt, who sat beside him, agreed. So what "
     "comes next for the singer? tom said that she is expected to start treatment in about a "
     "month, \" after she heals and has her strength back. \" the couple married in 2010.",
     "after she heals", "Tom", 1},
    /* session 42: a middle initial between the given name and the surname,
     * which the initial's full stop capitalises (`christopher j. Ortiz`),
     * hides no given name from the surname alone; initials right after a
     * title are the given name (`fire chief r.j. Kellen`) */
    {"the driver michael j. Ortiz posted the email on friday, and it was shared across the "
     "city within hours of his ban. \" i think that's pretty much fired for a contractor, \" "
     "ortiz told the paper. Ortiz had driven for the company in may and june.",
     "pretty much fired", "Michael J. Ortiz", 1},
    {"the blaze was put out on sunday after six hours, said fire chief r.j. Kellen, and no one "
     "was hurt in the houses along the river. \" the crews did everything right, \" kellen "
     "said. The cause is not known yet.",
     "crews did everything", "R.J. Kellen", 1},
    /* session 42: a verb of saying after a title is the title's own verb,
     * no given name (`her doctor told jolie` gave "Told Jolie") */
    {"the actress zorita jolie, 39, has had surgery, she said on tuesday. Two weeks ago her "
     "doctor told jolie the test results were not good. \" i went to see the surgeon that same "
     "day, \" jolie wrote in the paper. She is now at home with her family.",
     "went to see the surgeon", "Zorita Jolie", 1},
    /* session 42: a pronoun's person of the other gender (the cluster writes
     * `he` and `his` after the surname) is no speaker: a wrong speaker is
     * worse than none */
    {"Tom Brandt said on Monday that he would vote against the plan. Tom Brandt, the mayor, "
     "said he had read it twice. Brandt criticised the budget on Tuesday. \"It is a "
     "waste of money,\" she said.",
     "waste of money", NULL, 1},
    {"Tom Brandt said on Monday that he would vote against the plan. Tom Brandt, the mayor, "
     "said he had read it twice. Brandt criticised the budget on Tuesday. \"It is a "
     "waste of money,\" he said.",
     "waste of money", "Tom Brandt", 1},
    /* session 43: verbs of saying in forms the summary's list lacks
     * (pc_saying_verb: "concedes", "mused", "assures" with its listener) */
    {"\"I was wrong about the bridge and I said so,\" Peter Holm concedes.", "wrong about the",
     "Peter Holm", 1},
    {"Anna Varga sang for two hours in the rain. \"It was the hardest night of my life,\" she "
     "mused.",
     "hardest night", "Anna Varga", 1},
    {"\"Every family will be paid before the winter,\" the mayor assures Jon Aas.", "Every family",
     NULL, 1},
    /* session 43: a capital after a title's or an initial's full stop in
     * text in lower case (`said dr. Sibanda`, `said former rep. Tony hall
     * ( d-ohio )`, `said police chief a.c. Roper.`) */
    {"the storm hit the coast on monday night and flooded the low streets of the old town near "
     "the river. \" we have never seen the water this high in march, \" said dr. Sibanda. The "
     "town has asked the state for help.",
     "never seen the water", "Sibanda", 1},
    {"the bill passed the house on friday after a long debate that ran late into the night and "
     "left many members tired. \" this is a good day for the farmers of the valley, \" said "
     "former rep. Tony hall ( d-ohio ), who wrote the first draft.",
     "good day for the farmers", "Tony Hall", 1},
    {"the fire burned for six hours in the old mill on the edge of the town before the crews put "
     "it out. \" the men did everything they could to save it, \" said police chief a.c. Roper. "
     "No one was hurt.",
     "did everything they could", "A.C. Roper", 1},
    /* session 43: a name after a description and before its apposition,
     * in lower case (`study co-author dr. Alfred sandrock, a neurologist
     * ..., said`) */
    {"the new drug cleared most of the plaques in the brains of the patients who took it for a "
     "year, the study found. \" we believe that is a hint of the effect, \" study co-author dr. "
     "Alfred sandrock, a neurologist at the clinic, said on monday.",
     "hint of the effect", "Alfred Sandrock", 1},
    /* session 43: a noun of a text opening a sentence (a page's `Story
     * continued below`) is no person for the pronoun after it */
    {"Less than an hour after he was sworn in, the new mayor went back to his favorite platform. "
     "Story continued below \"today we are giving the city back to you, the people,\" he wrote "
     "in the first of his posts.",
     "giving the city back", NULL, 1},
    /* session 43: a "he said" after a sentence in lower case whose subject
     * is a description with the name in apposition (`The oklahoma attorney
     * general, scott pruitt, who ..., reacted angrily.`) */
    {"The state attorney general, scott pruitt, who has fought the rule for years, reacted "
     "angrily on tuesday to the ruling of the court in the capital. \" this is a sad day for the "
     "farmers of our state, \" he said.",
     "sad day for the farmers", "Scott Pruitt", 1},
    /* session 44: a sentence in lower case that opens with a given name
     * and a word, then a finite verb that is no verb of saying (`Anna varga
     * walked into the hall`), is about that person: the "she said" after it
     * is hers, not the speaker of the quote before */
    {"\" the strike is over and the trains will run again on monday, \" said peter holm, the "
     "union leader. Anna varga walked into the hall of the old station with a box of papers "
     "for the workers. \" i think it is unfair to the workers who stayed, \" she said.",
     "unfair to the workers", "Anna Varga", 1},
    /* session 44: a time phrase between the name and the verb (`anna varga
     * last month poked fun at ...`) */
    {"\" the strike is over and the trains will run again on monday, \" said peter holm, the "
     "union leader. Anna varga last month poked fun at the coverage of the strike in the papers "
     "of the capital. \" i think it is unfair to the workers who stayed, \" she said.",
     "unfair to the workers", "Anna Varga", 1},
    /* trap: another given name in the sentence (`anna varga met peter
     * holm`): the "he said" may be either's */
    {"The strike ended on monday after four weeks of talks in the old station of the capital. "
     "Anna varga met peter holm at the station with a box of papers for the workers. \" it is "
     "unfair to the workers who stayed, \" he said.",
     "unfair to the workers", NULL, 1},
    /* trap (session 44): an adverb in -ly after the given name (`Anna
     * vehemently walked ...`) is no surname for the sentence's subject */
    {"The strike ended on monday after four weeks of talks in the old station of the capital. "
     "Anna vehemently walked out of the hall of the old station with the paper. "
     "\" i think it is unfair to the workers who stayed, \" she said.",
     "unfair to the workers", NULL, 1},
    /* session 44: after the verb, a word in -ing glued to a determiner is a
     * participle, no surname (`said michelle listing their dogs`: was
     * "Michelle Listing"); a surname in -ing before a comma stays */
    {"The couple left their pets at home in the town when they went away for the week of the "
     "wedding. \" we have two dogs and a fish and they are family to us, \" said michelle "
     "listing their dogs and fish.",
     "two dogs and a fish", NULL, 1},
    {"The storm closed the roads of the county on monday and the schools stayed shut for the "
     "rest of the week. \" we have never seen the water this high in march, \" said jim king, "
     "the director of the county's roads.",
     "never seen the water", "Jim King", 1},
    /* another spelling of the given name is the same person */
    {"\"The talks will go on,\" said Pavel Orlin, the envoy.\n|||||\nLate on Monday, Pavlo "
     "Orlin met the press. \"We are close to a deal,\" Orlin said.",
     "close to a deal", "Pavel Orlin", 1},
};

static int find_quote(const precis_digest *g, const char *frag, precis_quote *q)
{
    for (size_t i = 0; i < precis_digest_quote_count(g); i++) {
        precis_digest_quote(g, i, q);
        if (strstr(q->text, frag))
            return 1;
    }
    return 0;
}

int main(void)
{
    size_t given = 0, correct = 0, expected = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const qcase *k = &cases[i];
        precis_cluster *c;
        CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
        CHECK(precis_cluster_add_joined(c, k->text, strlen(k->text), "case", NULL, NULL) ==
              PRECIS_OK);
        precis_digest *g = NULL;
        CHECK(precis_digest_new(c, NULL, &g) == PRECIS_OK);
        precis_quote q;
        int found = g && find_quote(g, k->fragment, &q);
        if (!found)
            fprintf(stderr, "case %zu: quote \"%s\" not found\n", i, k->fragment);
        CHECK(found);
        if (found) {
            if (k->speaker)
                expected++;
            if (q.speaker) {
                given++;
                if (k->speaker && strcmp(q.speaker, k->speaker) == 0)
                    correct++;
            }
            if ((k->speaker == NULL) != (q.speaker == NULL) ||
                (k->speaker && strcmp(q.speaker, k->speaker) != 0))
                fprintf(stderr, "case %zu: speaker \"%s\", want \"%s\"\n", i,
                        q.speaker ? q.speaker : "(none)", k->speaker ? k->speaker : "(none)");
            CHECK((k->speaker == NULL) == (q.speaker == NULL));
            if (k->speaker && q.speaker)
                CHECK_STR(q.speaker, k->speaker);
            if (k->sources)
                CHECK(q.doc_count == k->sources);
        }
        precis_digest_free(g);
        precis_cluster_free(c);
    }

    /* traps with no quote at all: "said" without quotes, scare quotes, and
     * an inner single-quoted phrase is not a quote of its own */
    static const char *none[] = {
        "John Smith said the talks would resume next week.",
        "The Kremlin called the strike \xE2\x80\x9Cillegal\xE2\x80\x9D and "
        "\xE2\x80\x9Cvery dangerous\xE2\x80\x9D.",
        "It was, she said, a \xE2\x80\x98"
        "very long and hard day\xE2\x80\x99.",
        /* two apostrophes without an opening `` quote nothing */
        "The workers'' union said it was the bosses' duty to pay the ''fair'' wage they promised "
        "in the spring.",
        /* session 37: a work's title after "titled", "entitled" (a comma or
         * a colon between or not) or right after a noun of a work */
        "The team published its results in a paper titled, \"A slower flow of ice in the north "
        "bay.\"",
        "She won the prize for her 2009 book \"The long road to the hill farms\" and later "
        "taught.",
        "The forum, entitled ``Trade in the south: a steady hand in rough seas?'', opened on "
        "Monday."};
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
        precis_cluster *c;
        precis_cluster_new(&c, NULL);
        precis_cluster_add_document(c, none[i], strlen(none[i]), NULL, NULL, NULL);
        precis_digest *g = NULL;
        CHECK(precis_digest_new(c, NULL, &g) == PRECIS_OK);
        CHECK(precis_digest_quote_count(g) == 0);
        precis_digest_free(g);
        precis_cluster_free(c);
    }
    /* a quote's text ends without the comma before its closing mark,
     * Chinese ， and the Hindi danda । too */
    {
        static const char *const trim[][2] = {
            {"\u201C\u6211\u4EEC\u4F1A\u5C3D\u5FEB\u6062\u590D\u4F9B\u7535\uFF0C\u8BF7"
             "\u5927\u5BB6\u8010\u5FC3\u7B49\u5F85\uFF0C\u201D\u738B\u660E\u8BF4\u3002",
             "\u6211\u4EEC\u4F1A\u5C3D\u5FEB\u6062\u590D\u4F9B\u7535\uFF0C\u8BF7\u5927"
             "\u5BB6\u8010\u5FC3\u7B49\u5F85"},
            {"\u092E\u0941\u0916\u094D\u092F\u092E\u0902\u0924\u094D\u0930\u0940 "
             "\u0930\u092E\u0947\u0936 \u0935\u0930\u094D\u092E\u093E \u0928\u0947 "
             "\u0915\u0939\u093E, \"\u092F\u0939 \u0936\u0939\u0930 \u0915\u0947 "
             "\u0932\u093F\u090F \u090F\u0915 \u0928\u092F\u093E "
             "\u0905\u0927\u094D\u092F\u093E\u092F \u0939\u0948\u0964\"",
             "\u092F\u0939 \u0936\u0939\u0930 \u0915\u0947 \u0932\u093F\u090F \u090F\u0915 "
             "\u0928\u092F\u093E \u0905\u0927\u094D\u092F\u093E\u092F \u0939\u0948"},
            {"\"We will not back down from this fight,\" John Smith said.",
             "We will not back down from this fight"}};
        for (size_t i = 0; i < sizeof trim / sizeof trim[0]; i++) {
            precis_cluster *c;
            precis_cluster_new(&c, NULL);
            precis_cluster_add_document(c, trim[i][0], strlen(trim[i][0]), NULL, NULL, NULL);
            precis_digest *g = NULL;
            CHECK(precis_digest_new(c, NULL, &g) == PRECIS_OK);
            CHECK(precis_digest_quote_count(g) == 1);
            if (precis_digest_quote_count(g) == 1) {
                precis_quote q;
                precis_digest_quote(g, 0, &q);
                CHECK_STR(q.text, trim[i][1]);
            }
            precis_digest_free(g);
            precis_cluster_free(c);
        }
    }
    /* text that spaces its straight marks on both sides (Multi-News): a
     * mark after a comma and before "NAME said." closes a quote, though the
     * opening one was lost (written as two apostrophes); read as opening,
     * it quotes the narration up to the next quote and pairs every later
     * mark the wrong way.  And a quote that runs into the next paragraph
     * has no closing mark; text whose paragraphs were joined keeps the next
     * one's opening mark, after the sentence's end and a space, before the
     * quote's first word. */
    {
        static const char *const spaced[][3] = {
            {"the keeper made four saves. ''i was shaking the whole time, \" dana hale said. "
             "That's the bus driver dana hale, a reserve for ten years. \" we will sign him for "
             "the whole season, \" the coach said.",
             "sign him for the whole season", "hale said"},
            {"\"the bridge will stay shut for a month, \" said the engineer. \"we need new "
             "cables. We have asked for them twice. \"it is not safe to cross with a loaded "
             "truck, \" the engineer said on monday.",
             "not safe to cross with a loaded truck", "engineer said on monday"}};
        for (size_t i = 0; i < sizeof spaced / sizeof spaced[0]; i++) {
            precis_cluster *c;
            precis_cluster_new(&c, NULL);
            precis_cluster_add_document(c, spaced[i][0], strlen(spaced[i][0]), NULL, NULL, NULL);
            precis_digest *g = NULL;
            CHECK(precis_digest_new(c, NULL, &g) == PRECIS_OK);
            precis_quote q;
            CHECK(find_quote(g, spaced[i][1], &q));
            CHECK(!find_quote(g, spaced[i][2], &q));
            precis_digest_free(g);
            precis_cluster_free(c);
        }
    }
    /* s40-digest6: a document that gives a quote to a surname and a part
     * of it to the same person's full name ("Roe", "Jane Roe") quotes one
     * person once: the part joins the quote */
    {
        const char *t = "Attorney general jane roe on tuesday strongly criticized the new gun "
                        "laws. Roe said she was worried about the case, and said the office has "
                        "an open inquiry. But she added: \" apart from this case, it is time to "
                        "question laws that senselessly widen the idea of self-defense and sow "
                        "conflict in our towns. \" at a convention, roe said it is time to "
                        "question laws that \" senselessly widen the idea of self-defense. \" the "
                        "crowd cheered.";
        precis_cluster *c;
        precis_cluster_new(&c, NULL);
        precis_cluster_add_document(c, t, strlen(t), NULL, NULL, NULL);
        precis_digest *g = NULL;
        CHECK(precis_digest_new(c, NULL, &g) == PRECIS_OK);
        CHECK(precis_digest_quote_count(g) == 1);
        precis_digest_free(g);
        precis_cluster_free(c);
    }
    /* two different quotes sharing words stay apart */
    {
        const char *t = "\"Every time one of these horrific attacks occurs, it draws Russia "
                        "closer to responsibility,\" Rex Tillerson said.\n|||||\n\"You are "
                        "isolating yourselves every time one of the planes drops another "
                        "barrel bomb,\" Nikki Haley said.";
        precis_cluster *c;
        precis_cluster_new(&c, NULL);
        precis_cluster_add_joined(c, t, strlen(t), "x", NULL, NULL);
        precis_digest *g = NULL;
        CHECK(precis_digest_new(c, NULL, &g) == PRECIS_OK);
        CHECK(precis_digest_quote_count(g) == 2);
        precis_digest_free(g);
        precis_cluster_free(c);
    }
    printf("speaker precision %zu/%zu = %.3f, recall %zu/%zu = %.3f\n", correct, given,
           given ? (double)correct / (double)given : 1.0, correct, expected,
           expected ? (double)correct / (double)expected : 1.0);
    return check_done();
}
