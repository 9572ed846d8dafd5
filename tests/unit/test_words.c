/* text/words.c: the verbs of saying and the speaker words, the one list
 * the digest and the standalone test share, and the words that turn a
 * statement round (negations, denials).  Every word the two lists held
 * before they were joined is found (which also fails when the table is not
 * sorted for its binary search), in any case and with a curly apostrophe;
 * words that are not verbs of saying are not. */
#include "check.h"
#include "lang/lang.h"
#include "text/words.h"

static int verb(const char *w)
{
    return pc_speech_verb(w, strlen(w));
}

static int speaker(const char *w)
{
    return pc_speaker_word(w, strlen(w));
}

int main(void)
{
    /* the digest's [speech] list and model/standalone.c's verbs */
    static const char *const verbs[] = {
        "said",       "says",       "say",        "told",         "tells",      "added",
        "adds",       "asked",      "asks",       "stated",       "declared",   "insisted",
        "argued",     "argues",     "warned",     "warns",        "wrote",      "writes",
        "explained",  "noted",      "notes",      "continued",    "replied",    "recalled",
        "claimed",    "claims",     "tweeted",    "acknowledged", "conceded",   "concluded",
        "announced",  "saying",     "adding",     "telling",      "asking",     "insisting",
        "arguing",    "warning",    "writing",    "noting",       "declaring",  "stressed",
        "stressing",  "urged",      "urging",     "vowed",        "remarked",   "suggested",
        "complained", "cautioned",  "quipped",    "responded",    "admitted",   "testified",
        "posted",     "joked",      "confirmed",  "denied",       "shouted",    "countered",
        "retorted",   "maintained", "emphasised", "emphasized",   "reiterated", "lamented",
        "boasted",    "pledged",    "promised",   "alleged",      "observed",   "predicted",
        "announces",  "explains",   "insists",    "stresses",     "describes",  "described",
        "tell",       "tweets",     "states",     "declares",     "recalls",    "acknowledges",
        "continues",  "replies",    "admits"};
    int all = 1;
    for (size_t i = 0; i < sizeof verbs / sizeof *verbs; i++)
        if (!verb(verbs[i]) || !speaker(verbs[i])) {
            fprintf(stderr, "not a verb of saying: %s\n", verbs[i]);
            all = 0;
        }
    CHECK(all);
    CHECK(verb("SAID") && verb("Told"));
    static const char *const nouns[] = {"according",    "quoted",      "quoting",  "spokesman",
                                        "spokesperson", "spokeswoman", "statement"};
    for (size_t i = 0; i < sizeof nouns / sizeof *nouns; i++)
        CHECK(speaker(nouns[i]) && !verb(nouns[i]));
    static const char *const not_verbs[] = {"sad",       "tolled",       "",   "saidx", "zzz", "a",
                                            "president", "announcement", "aaa"};
    for (size_t i = 0; i < sizeof not_verbs / sizeof *not_verbs; i++)
        CHECK(!speaker(not_verbs[i]));
    /* the digest's other lists go through the same lookup: curly apostrophes */
    static const char *const sorted[] = {"don't", "it's"};
    CHECK(pc_word_in(sorted, 2, "Don\xE2\x80\x99t", 7));
    CHECK(!pc_word_in(sorted, 2, "dont", 4));
    /* words that turn a statement round */
    static const struct {
        const char *text;
        size_t n;
    } rev[] = {
        {"The government denied it was behind the attack.", 1},
        {"The government was behind the attack, inspectors said.", 0},
        {"It did not happen, and it didn't happen, and it won\xE2\x80\x99t.", 3},
        {"Nothing was found; officials never said so.", 2},
        {"Notably, the note from Denmark isn't, it's not; can't.", 3},
        {"The council POSTPONED the vote on the bridge.", 1},
        {"Nov. 3: the council approved the bridge.", 0},
        {"", 0},
    };
    for (size_t i = 0; i < sizeof rev / sizeof *rev; i++) {
        size_t got = pc_reversal_words(rev[i].text, strlen(rev[i].text));
        if (got != rev[i].n)
            fprintf(stderr, "%zu reversal words in \"%s\", want %zu\n", got, rev[i].text, rev[i].n);
        CHECK(got == rev[i].n);
    }
    /* in another language, its own negations (hand-written sentences):
     * Portuguese "no" is "in the", Spanish "no ... nada" one negation,
     * German and Russian are counted at all */
    static const struct {
        const char *lang, *text;
        size_t n, english;
    } other[] = {
        {"pt", "O ministro falou no parlamento no domingo.", 0, 2},
        {"pt", "O ministro não falou no parlamento.", 1, 1},
        {"es", "El ministro no dijo nada sobre el acuerdo.", 1, 1},
        {"es", "El ministro habló sobre el acuerdo.", 0, 0},
        {"de", "Die Polizei hat den Mann nicht festgenommen.", 1, 0},
        {"de", "Die Polizei hat keinen Verdächtigen festgenommen.", 1, 0},
        {"de", "Die Polizei hat den Mann festgenommen.", 0, 0},
        {"ru", "Министр не подтвердил эти сведения.", 1, 0},
        {"el", "Ο υπουργός δεν επιβεβαίωσε την είδηση.", 1, 0},
        {"fr", "Le ministre n'a pas confirmé la nouvelle.", 1, 0},
        {"ar", "الوزير لم يؤكد الخبر.", 1, 0},
        {"zh", "部长没有证实这一消息。", 0, 0},
    };
    for (size_t i = 0; i < sizeof other / sizeof *other; i++) {
        const pc_lang *l = pc_lang_find(other[i].lang);
        const char *t = other[i].text;
        CHECK(pc_reversal_words_in(l, t, strlen(t)) == other[i].n);
        CHECK(pc_reversal_words(t, strlen(t)) == other[i].english);
        CHECK(pc_reversal_words_in(&pc_lang_en, t, strlen(t)) == other[i].english);
    }
    return check_done();
}
