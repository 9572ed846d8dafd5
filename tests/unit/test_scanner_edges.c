/* Edges of session 40's scanners (s40-fuzz): the glued agency tag, the
 * "email this" button, the link's headline glued to its lead
 * (text/boilerplate.h), every language's furniture (lang.h,
 * pc_lang_furniture_prefix and _sentence) and the digest's speakers of an
 * attribution set off by commas (digest/quotes.c, clause_speaker and
 * appositive_noun) are fed each sentence that triggers them, then every
 * prefix and every suffix of it (cut inside its multi-byte characters
 * too) and the sentence with one byte replaced by NUL, 0xFF or a lone
 * continuation byte.  Each input is a heap block of exactly its length, so
 * that a read past it is one under ASan (make check-asan).  The offsets
 * returned must be within the input and on a character's boundary, the
 * prefixes of furniture shorter than the sentence, and the digest's parts
 * must keep include/precis.h's promises.  The whole sentences must still
 * trigger their rule: a mend that silences a scanner fails here too.  The
 * sentences are invented. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "precis.h"
#include "lang/lang.h"
#include "text/boilerplate.h"
#include "util/utf8.h"

/* A heap copy of s[0..len), with no byte after it. */
static char *exact(const char *s, size_t len)
{
    char *p = malloc(len ? len : 1);
    if (!p)
        abort();
    memcpy(p, s, len);
    return p;
}

/* Whether offset r of s[0..len) is len or the start of a character (a
 * valid sequence, or a byte that opens none and stands for itself). */
static int boundary(const char *s, size_t len, size_t r)
{
    size_t i = 0;
    while (i < r) {
        size_t n = pc_utf8_valid_len((const unsigned char *)s + i, len - i);
        i += n ? n : 1;
    }
    return i == r;
}

typedef size_t (*scanner)(const char *s, size_t len);

/* Calls f on s[0..len) in a block of its own; checks the offset. */
static size_t scan(scanner f, const char *s, size_t len)
{
    char *p = exact(s, len);
    size_t r = f(p, len);
    CHECK(r <= len && boundary(p, len, r));
    free(p);
    return r;
}

static const pc_lang *lang_now; /* the profile that furniture() reads */

static size_t furniture(const char *s, size_t len)
{
    size_t r = pc_lang_furniture_prefix(lang_now, s, len);
    CHECK(r == 0 || r < len);
    int whole = pc_lang_furniture_sentence(lang_now, s, len);
    CHECK(whole == 0 || whole == 1);
    return r;
}

/* Every prefix and suffix of s, and s with each byte replaced in turn by
 * NUL, 0xFF and a lone continuation byte, through f. */
static void edges(scanner f, const char *s)
{
    size_t len = strlen(s);
    for (size_t k = 0; k <= len; k++) {
        scan(f, s, k);
        scan(f, s + k, len - k);
    }
    static const char bad[] = {'\0', '\xFF', '\x80'};
    char *m = exact(s, len);
    for (size_t i = 0; i < len; i++)
        for (size_t b = 0; b < sizeof bad; b++) {
            char keep = m[i];
            m[i] = bad[b];
            scan(f, m, len);
            m[i] = keep;
        }
    free(m);
}

/* English sentences as the cluster holds them (words and marks spaced),
 * each of which its scanner cuts whole. */
static const struct {
    scanner f;
    const char *s;
} english[] = {
    {pc_glued_agency_lead,
     "Story highlights a storm floods the old harbour of vesk ( cnn ) the storm made landfall "
     "early on tuesday near the caf\xC3\xA9 district of the town."},
    {pc_glued_email_this, "Veteran stage actor of the north dies at 81 email this | jane roe, "
                          "famously known for her role in \xE2\x80\x9C the miller \xE2\x80\x9D, "
                          "died on sunday at home."},
    {pc_leading_link_headline,
     "Related: caf\xC3\xA9 owners plan new terraces in the old town the city council was told "
     "on monday that the work would begin in may."},
};

/* Documents whose quotes the digest gives to a speaker named in lower case
 * in an attribution between commas: after the verb, right before it at
 * the clause's end, and a name with an apposition that opens with a
 * noun. */
static const struct {
    const char *doc, *quote, *speaker;
} speakers[] = {
    {"The dam held through the night. The water rose too fast to pump, said anna holm, an "
     "engineer for the county. \" we moved the pumps to the upper road, \" she said.",
     "moved the pumps", "Anna Holm"},
    {"The dam held through the night. The old spillway had been cleared in june, engineer "
     "anna holm said. \" we had two crews on the wall all week, \" she said.",
     "two crews on the wall", "Anna Holm"},
    {"The county ran a poll. \" we did not expect this many answers, \" maria lund, "
     "editor-in-chief of the valley's weekly, told the radio.",
     "expect this many", "Maria Lund"},
};

/* The digest of one document: its parts keep their promises; returns the
 * speaker of the quote that holds `frag` (strdup'd), or NULL. */
static char *digest_of(const char *doc, size_t len, const char *frag)
{
    char *p = exact(doc, len), *who = NULL;
    precis_cluster *c = NULL;
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    precis_options o;
    precis_options_init(&o);
    precis_status st = precis_cluster_add_document(c, p, len, NULL, &o, NULL);
    CHECK(st != PRECIS_ENOMEM);
    precis_digest *d = NULL;
    CHECK(precis_digest_new(c, NULL, &d) == PRECIS_OK);
    if (d) {
        size_t nsent = precis_cluster_sentence_count(c);
        for (size_t i = 0; i < precis_digest_quote_count(d); i++) {
            precis_quote q;
            CHECK(precis_digest_quote(d, i, &q) == PRECIS_OK);
            CHECK(q.text && strlen(q.text) == q.len && q.doc_count == 1 && q.docs[0] == 0);
            CHECK(q.sentence < nsent);
            CHECK(!q.speaker || q.speaker[0]);
            if (frag && q.speaker && strstr(q.text, frag) && !who)
                who = exact(q.speaker, strlen(q.speaker) + 1);
        }
        char *out = NULL;
        size_t olen = 0;
        CHECK(precis_digest_render(d, NULL, PRECIS_FORMAT_JSON, &out, &olen) == PRECIS_OK);
        CHECK(out && strlen(out) == olen);
        precis_free(out);
        precis_digest_free(d);
    }
    precis_cluster_free(c);
    free(p);
    return who;
}

int main(void)
{
    for (size_t i = 0; i < sizeof english / sizeof *english; i++) {
        size_t len = strlen(english[i].s);
        CHECK(scan(english[i].f, english[i].s, len) != 0);
        edges(english[i].f, english[i].s);
    }

    /* every language with a table: an update's label before a note, a
     * correction's note, and each label of each list before a credit and
     * a lead, alone, and after a sentence for a prompt's ending verb */
    size_t tables = 0;
    for (size_t li = 0; li < pc_lang_count(); li++) {
        const pc_lang *l = lang_now = pc_lang_at(li);
        const pc_lang_furniture *t = l->furniture;
        if (!t)
            continue;
        tables++;
        const char *const *lists[] = {t->ads,     t->pictures,    t->links,      t->prompts,
                                      t->updates, t->corrections, t->prompt_ends};
        char s[512];
        for (size_t k = 0; k < sizeof lists / sizeof *lists; k++)
            for (size_t j = 0; lists[k] && lists[k][j]; j++) {
                const char *label = lists[k][j];
                snprintf(s, sizeof s, "%s: Anna Berg kam heute nach Hause.", label);
                if (lists[k] == t->updates)
                    CHECK(pc_lang_furniture_prefix(l, s, strlen(s)) == strlen(label) + 2);
                if (lists[k] == t->corrections)
                    CHECK(pc_lang_furniture_sentence(l, s, strlen(s)) == 1);
                edges(furniture, s);
                snprintf(s, sizeof s,
                         "[%s] \xE2\x80\x94 AFP/L\xC3\xA9"
                         "a Martin Ola \xC3\x89t\xC3\xA9 va bien ici.",
                         label);
                edges(furniture, s);
                snprintf(s, sizeof s, "Der Rat tagt heute \xE2\x80\x9C%s\xE2\x80\x9D \xE3\x80\x82",
                         label);
                edges(furniture, s);
            }
    }
    CHECK(tables >= 10);

    for (size_t i = 0; i < sizeof speakers / sizeof *speakers; i++) {
        const char *doc = speakers[i].doc;
        size_t len = strlen(doc);
        char *who = digest_of(doc, len, speakers[i].quote);
        CHECK_STR(who, speakers[i].speaker);
        free(who);
        for (size_t k = 0; k <= len; k++) {
            free(digest_of(doc, k, NULL));
            free(digest_of(doc + k, len - k, NULL));
        }
        char *m = exact(doc, len);
        static const char bad[] = {'\0', '\xFF', '\x80'};
        for (size_t j = 0; j < len; j++)
            for (size_t b = 0; b < sizeof bad; b++) {
                char keep = m[j];
                m[j] = bad[b];
                free(digest_of(m, len, NULL));
                m[j] = keep;
            }
        free(m);
    }
    return check_done();
}
