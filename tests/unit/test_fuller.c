/* Fuller tellings (select.c, fuller_tellings), on invented clusters: a
 * short chosen sentence whose words a longer one of another outlet all
 * has keeps the longer one out by the same-content test, whose overlap
 * divides by the smaller set; when the summary is short of its budget the
 * longer one takes its place.  The longer one is not taken when it is the
 * short one with a headline glued before it, nor when the budget has no
 * room for it.  A sentence that needs the longer one before it, kept out
 * with it, comes in once the longer one is chosen.  When the short one
 * must stay (the sentence after it needs it), the longer one comes in
 * beside it if it says more that the summary lacks than it repeats
 * (beside_short). */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "precis.h"

static const char *short_one = "Mayor Lina Vos opened the new bridge at Brenholt.\n\n"
                               "Work on the crossing began in the spring of the year before last.";
static const char *fuller = "Mayor Lina Vos opened the new bridge at Brenholt on Friday, two "
                            "years late and forty million euros over its budget, to the cheers "
                            "of a crowd that filled both banks of the river.";
static const char *glued = "Residents cheer as the riverside town finally celebrates its long "
                           "awaited crossing after years of delays and disputes mayor Lina Vos "
                           "opened the new bridge at Brenholt.";
static const char *fuller_then =
    "Mayor Lina Vos opened the new bridge at Brenholt on Friday, two "
    "years late and forty million euros over its budget, to the cheers "
    "of a crowd that filled both banks of the river.  It carries four "
    "lanes of traffic and a cycle path between the old harbour and the "
    "railway station.";
/* the short one needed by the sentence after it: it stays */
static const char *short_needed = "Mayor Lina Vos opened the new bridge at Brenholt.\n\n"
                                  "She cut the ribbon herself.";
/* longer, but mostly what the summary says */
static const char *mostly_told = "Mayor Lina Vos opened the new bridge at Brenholt, and traffic "
                                 "on the ferry will fall, the town clerk said.";
static const char *other = "Traffic on the old ferry route is expected to fall by half within "
                           "a month, the harbour office said.";

/* The lead summary of the three documents, at most `words` words; returns
 * the summary's sentences joined, which the caller frees. */
static char *summary_with(const char *first, const char *second, size_t words)
{
    const char *docs[] = {other, first, second};
    precis_cluster *c;
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    for (size_t i = 0; i < 3; i++)
        CHECK(precis_cluster_add_document(c, docs[i], strlen(docs[i]), NULL, NULL, NULL) ==
              PRECIS_OK);
    precis_options o;
    precis_options_init(&o);
    o.method = "lead";
    o.unit = PRECIS_UNIT_WORDS;
    o.budget = words;
    precis_summary *s = NULL;
    CHECK(precis_summarize(c, &o, &s) == PRECIS_OK);
    size_t n = precis_summary_count(s), len = 1;
    precis_sentence ps;
    for (size_t i = 0; i < n; i++) {
        CHECK(precis_summary_sentence(s, i, &ps) == PRECIS_OK);
        len += ps.len + 1;
    }
    char *all = calloc(len, 1);
    CHECK(all != NULL);
    for (size_t i = 0; i < n; i++) {
        CHECK(precis_summary_sentence(s, i, &ps) == PRECIS_OK);
        strncat(all, ps.text, ps.len);
        strcat(all, "\n");
    }
    precis_summary_free(s);
    precis_cluster_free(c);
    return all;
}

static char *summary_of(const char *second, size_t words)
{
    return summary_with(short_one, second, words);
}

int main(void)
{
    /* room to spare: the fuller telling in place of the short one */
    char *s = summary_of(fuller, 100);
    CHECK(strstr(s, "forty million euros") != NULL);
    CHECK(strstr(s, "Mayor Lina Vos opened the new bridge at Brenholt.") == NULL);
    CHECK(strstr(s, "ferry route") != NULL);
    free(s);
    /* the sentence that needs the fuller telling comes in with it */
    s = summary_of(fuller_then, 100);
    CHECK(strstr(s, "forty million euros") != NULL);
    CHECK(strstr(s, "cycle path") != NULL);
    CHECK(strstr(s, "Mayor Lina Vos opened the new bridge at Brenholt.") == NULL);
    free(s);
    /* the short one stays for the sentence that needs it; the fuller
     * telling comes in beside it, not one mostly told already */
    s = summary_with(short_needed, fuller, 100);
    CHECK(strstr(s, "Mayor Lina Vos opened the new bridge at Brenholt.") != NULL);
    CHECK(strstr(s, "She cut the ribbon herself.") != NULL);
    CHECK(strstr(s, "forty million euros") != NULL);
    free(s);
    s = summary_with(short_needed, mostly_told, 100);
    CHECK(strstr(s, "She cut the ribbon herself.") != NULL);
    CHECK(strstr(s, "town clerk") == NULL);
    free(s);
    /* the short one with a headline glued before it says no more */
    s = summary_of(glued, 100);
    CHECK(strstr(s, "Mayor Lina Vos opened the new bridge at Brenholt.") != NULL);
    CHECK(strstr(s, "Residents cheer") == NULL);
    free(s);
    /* no room for it: the short one stays */
    s = summary_of(fuller, 30);
    CHECK(strstr(s, "Mayor Lina Vos opened the new bridge at Brenholt.") != NULL);
    CHECK(strstr(s, "forty million euros") == NULL);
    free(s);
    return check_done();
}
