/* Writes src/lang/letters.inc: for every language profile, the letters of
 * its alphabet beyond ASCII, from CLDR's standard exemplar characters
 * through ICU (Debian's libicu72): lower case (ICU's simple mapping, as
 * utf8proc_tolower), letters only (General Category L: CLDR lists Arabic's
 * harakat and Devanagari's vowel signs too), single code points only (the
 * set's strings, Czech "ch" or Hungarian "gy", are sequences of its
 * letters).  CLDR's auxiliary sets (letters of loanwords and foreign names,
 * English "é" of "café") are left out: identification asks which letters a
 * language writes in its own words.  The library reads the table without
 * ICU (src/lang/identify.c).
 *
 * Only the profiles of a script that two or more profiles share: a script of
 * one profile decides alone.  Then, in unprofiled_letters, the alphabets of
 * the Latin-script languages of Europe that precis has no profile for and
 * whose alphabet comes nearest to a profile's (Slovak, Slovene and Croatian
 * beside Czech and Polish, Albanian beside French, Welsh): a text that fits
 * one of them and not the profile it was named is `und` (identify.c,
 * unprofiled_neighbour).  Croatian's set is Bosnian's and Serbian's in Latin
 * script (CLDR bs, sr_Latn).
 *
 * usage: precis-lang-letters > src/lang/letters.inc  (make generate TABLES=lang-letters) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/ulocdata.h>
#include <unicode/uset.h>
#include <unicode/ustring.h>

#include "lang/lang.h"

static int cmp_cp(const void *a, const void *b)
{
    UChar32 x = *(const UChar32 *)a, y = *(const UChar32 *)b;
    return (x > y) - (x < y);
}

/* 1 when another profile has l's script: letters tell only those apart
 * (Greek, Hangul, Han, ... decide by their script alone). */
static int shared_script(const pc_lang *l)
{
    for (size_t i = 0; i < pc_lang_count(); i++)
        if (pc_lang_at(i) != l && pc_lang_at(i)->script == l->script)
            return 1;
    return 0;
}

/* Prints {"code", "letters"}, the letters of CLDR's standard set of code
 * beyond ASCII; 1 when ICU has no such set. */
static int print_set(const char *code)
{
    UErrorCode e = U_ZERO_ERROR;
    ULocaleData *d = ulocdata_open(code, &e);
    USet *s = U_FAILURE(e) ? NULL : ulocdata_getExemplarSet(d, NULL, 0, ULOCDATA_ES_STANDARD, &e);
    if (U_FAILURE(e) || !s) {
        fprintf(stderr, "precis-lang-letters: %s: %s\n", code, u_errorName(e));
        return 1;
    }
    static UChar32 cps[4096];
    size_t n = 0;
    int32_t items = uset_getItemCount(s);
    for (int32_t i = 0; i < items; i++) {
        UChar32 lo, hi;
        UErrorCode e2 = U_ZERO_ERROR;
        if (uset_getItem(s, i, &lo, &hi, NULL, 0, &e2) != 0)
            continue; /* a string */
        for (UChar32 c = lo; c <= hi && n < sizeof cps / sizeof *cps; c++) {
            UChar32 lc = u_tolower(c);
            if (lc < 0x80 || !u_isalpha(lc))
                continue;
            cps[n++] = lc;
            /* s and t with a comma below (Romanian) came late to
             * Unicode: most Romanian text writes them with a cedilla,
             * and some Turkish text the other way; either is the
             * letter */
            static const UChar32 twin[][2] = {
                {0x219, 0x15F}, {0x21B, 0x163}, {0x15F, 0x219}, {0x163, 0x21B}};
            for (size_t t = 0; t < 4; t++)
                if (lc == twin[t][0] && n < sizeof cps / sizeof *cps)
                    cps[n++] = twin[t][1];
        }
    }
    uset_close(s);
    ulocdata_close(d);
    qsort(cps, n, sizeof *cps, cmp_cp);
    printf("    {\"%s\", \"", code);
    for (size_t k = 0; k < n; k++) {
        if (k && cps[k] == cps[k - 1])
            continue;
        UChar u[2];
        int32_t un = 0;
        U16_APPEND_UNSAFE(u, un, cps[k]);
        char b[8];
        int32_t bn = 0;
        UErrorCode e3 = U_ZERO_ERROR;
        u_strToUTF8(b, (int32_t)sizeof b, &bn, u, un, &e3);
        fwrite(b, 1, (size_t)bn, stdout);
    }
    printf("\"},\n");
    return 0;
}

int main(void)
{
    printf("/* The letters beyond ASCII of each language's alphabet (lower case, UTF-8),\n"
           " * from CLDR's standard exemplar characters through ICU %s:\n"
           " * tools/make_lang_letters.c. */\n\n",
           U_ICU_VERSION);
    printf("static const struct {\n    const char *code, *letters;\n} lang_letters[] = {\n");
    for (size_t li = 0; li < pc_lang_count(); li++) {
        const pc_lang *l = pc_lang_at(li);
        if (!shared_script(l))
            continue;
        if (print_set(l->code))
            return 1;
    }
    printf("};\n\n/* Latin alphabets of languages without a profile (see above). */\n"
           "static const struct {\n    const char *code, *letters;\n} unprofiled_letters[] = {\n");
    static const char *const unprofiled[] = {"sk", "sl", "hr", "sq", "cy"};
    for (size_t k = 0; k < sizeof unprofiled / sizeof *unprofiled; k++)
        if (print_set(unprofiled[k]))
            return 1;
    printf("};\n");
    return 0;
}
