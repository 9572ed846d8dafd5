/* The table of frequent forms' stems (src/text/stem_table.inc) must say what
 * libstemmer says: every entry is stemmed again here with the libstemmer the
 * library links, and every entry must be found by the lookup the analyser
 * uses.  A libstemmer upgrade that changes a stem fails this test: run
 * `make stems`. */
#include <libstemmer.h>

#include "check.h"
#include "model/vocab.h"
#include "text/stems.h"

int main(void)
{
    struct sb_stemmer *st = sb_stemmer_new("english", NULL);
    CHECK(st != NULL);
    if (!st)
        return check_done();
    size_t n = 0, agree = 0, found = 0, wanted = 0;
    for (size_t i = 0; i < pc_stem_table_slots(); i++) {
        char form[PC_STEM_MAX_FORM + 2], stem[PC_STEM_MAX_FORM + 2];
        if (!pc_stem_table_entry(i, form, stem))
            continue;
        n++;
        size_t fl = strlen(form);
        wanted += pc_stem_wanted(form, fl) && fl <= PC_STEM_MAX_FORM;
        const sb_symbol *s = sb_stemmer_stem(st, (const sb_symbol *)form, (int)fl);
        size_t sl = (size_t)sb_stemmer_length(st);
        if (s && sl == strlen(stem) && memcmp(s, stem, sl) == 0)
            agree++;
        else
            fprintf(stderr, "table: %s -> %s, libstemmer: %.*s\n", form, stem, (int)sl,
                    s ? (const char *)s : "");
        char got[PC_STEM_MAX_FORM + 1];
        size_t ll = pc_stem_lookup(form, fl, pc_hash(form, fl), got);
        found += ll == strlen(stem) && memcmp(got, stem, ll) == 0;
    }
    CHECK(n > 10000);
    CHECK(agree == n);
    CHECK(found == n);
    CHECK(wanted == n);
    /* forms that are not in the table are not found (libstemmer is asked) */
    static const char *const absent[] = {"zzyzxq", "the ", "th", "precisstemtest"};
    char got[PC_STEM_MAX_FORM + 1];
    for (size_t k = 0; k < sizeof absent / sizeof *absent; k++) {
        size_t al = strlen(absent[k]);
        CHECK(pc_stem_lookup(absent[k], al, pc_hash(absent[k], al), got) == 0);
    }
    /* a prefix of a table form is not that form */
    CHECK(pc_stem_lookup("thes", 3, pc_hash("the", 3), got) == 3); /* "the" itself */
    CHECK(pc_stem_lookup("th", 2, pc_hash("th", 2), got) == 0);
    CHECK(!pc_stem_wanted("12.5", 4) && !pc_stem_wanted("at", 2) && pc_stem_wanted("3rd", 3));
    sb_stemmer_delete(st);
    return check_done();
}
