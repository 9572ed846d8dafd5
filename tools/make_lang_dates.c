/* Writes src/lang/dates.inc: for every language profile but English (whose
 * names are text/words.c's), the month and weekday names and the decimal and
 * grouping separators of numbers written in Latin digits, from CLDR through
 * ICU (Debian's libicu72): the names in both forms ICU gives (format and
 * stand-alone: Russian "марта" and "март", Czech "března" and "březen"),
 * full case folded, without a final period.  The library reads the table
 * without ICU (src/lang/dates.c).
 *
 * usage: precis-lang-dates > src/lang/dates.inc  (make generate TABLES=lang-dates) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/udat.h>
#include <unicode/unum.h>
#include <unicode/ustring.h>

#include "lang/lang.h"

typedef struct {
    char name[96];
    int kind, value; /* kind 0 month (value 1..12), 1 weekday (0 = Monday) */
} entry;

static int cmp_entry(const void *a, const void *b)
{
    const entry *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    return c ? c : (x->kind - y->kind) * 16 + (x->value - y->value);
}

/* Case-folded UTF-8 of u[0..n) without a final period into out. */
static int fold(const UChar *u, int32_t n, char *out, size_t cap)
{
    UChar f[96];
    UErrorCode e = U_ZERO_ERROR;
    int32_t fn = u_strFoldCase(f, 96, u, n, U_FOLD_CASE_DEFAULT, &e);
    if (U_FAILURE(e) || fn >= 96)
        return -1;
    while (fn > 0 && f[fn - 1] == '.')
        fn--;
    int32_t on = 0;
    u_strToUTF8(out, (int32_t)cap, &on, f, fn, &e);
    return U_FAILURE(e) || (size_t)on >= cap ? -1 : 0;
}

/* A separator symbol as a C string literal's contents. */
static void print_symbol(const UChar *u, int32_t n)
{
    char b[16];
    int32_t on = 0;
    UErrorCode e = U_ZERO_ERROR;
    u_strToUTF8(b, (int32_t)sizeof b, &on, u, n, &e);
    if (U_FAILURE(e))
        on = 0;
    putchar('"');
    for (int32_t i = 0; i < on; i++)
        printf("\\x%02X", (unsigned char)b[i]);
    putchar('"');
}

int main(void)
{
    static entry es[64];
    printf("/* Month and weekday names (case folded) and number separators of each\n"
           " * language, from CLDR through ICU %s: tools/make_lang_dates.c. */\n\n",
           U_ICU_VERSION);
    size_t nlang = pc_lang_count();
    for (size_t li = 0; li < nlang; li++) {
        const pc_lang *l = pc_lang_at(li);
        if (!strcmp(l->code, "en") || !strcmp(l->code, "und"))
            continue;
        char loc[32];
        snprintf(loc, sizeof loc, "%s@numbers=latn", l->code);
        UErrorCode e = U_ZERO_ERROR;
        UDateFormat *df = udat_open(UDAT_DEFAULT, UDAT_DEFAULT, loc, NULL, 0, NULL, 0, &e);
        if (U_FAILURE(e)) {
            fprintf(stderr, "precis-lang-dates: %s: %s\n", loc, u_errorName(e));
            return 1;
        }
        size_t n = 0;
        static const UDateFormatSymbolType types[] = {UDAT_MONTHS, UDAT_STANDALONE_MONTHS,
                                                      UDAT_WEEKDAYS, UDAT_STANDALONE_WEEKDAYS};
        for (int t = 0; t < 4; t++) {
            int weekday = t >= 2;
            for (int k = weekday ? 1 : 0; k < (weekday ? 8 : 12); k++) {
                UChar u[96];
                e = U_ZERO_ERROR;
                int32_t un = udat_getSymbols(df, types[t], k, u, 96, &e);
                if (U_FAILURE(e) || un <= 0 || un >= 96)
                    continue;
                entry x = {{0}, weekday, weekday ? (k + 5) % 7 : k + 1}; /* ICU: 1 = Sunday */
                if (fold(u, un, x.name, sizeof x.name))
                    continue;
                es[n++] = x;
            }
        }
        udat_close(df);
        qsort(es, n, sizeof *es, cmp_entry);
        printf("static const pc_lang_date_word dates_%s[] = {\n", l->code);
        const char *prev = "";
        for (size_t k = 0; k < n; k++) {
            if (!strcmp(es[k].name, prev))
                continue; /* the two forms are often the same */
            printf("    {\"%s\", %d, %d},\n", es[k].name, es[k].kind, es[k].value);
            prev = es[k].name;
        }
        printf("    {NULL, 0, 0},\n};\n");
        UNumberFormat *nf = unum_open(UNUM_DECIMAL, NULL, 0, loc, NULL, &e);
        UChar dec[8], grp[8];
        int32_t dn = 0, gn = 0;
        if (!U_FAILURE(e)) {
            dn = unum_getSymbol(nf, UNUM_DECIMAL_SEPARATOR_SYMBOL, dec, 8, &e);
            gn = unum_getSymbol(nf, UNUM_GROUPING_SEPARATOR_SYMBOL, grp, 8, &e);
            unum_close(nf);
        }
        if (U_FAILURE(e)) {
            fprintf(stderr, "precis-lang-dates: %s: numbers: %s\n", loc, u_errorName(e));
            return 1;
        }
        printf("static const pc_lang_numbers numbers_%s = {", l->code);
        print_symbol(dec, dn);
        printf(", ");
        print_symbol(grp, gn);
        printf("};\n\n");
    }
    printf("static const pc_lang_dates lang_dates[] = {\n");
    for (size_t li = 0; li < nlang; li++) {
        const pc_lang *l = pc_lang_at(li);
        if (!strcmp(l->code, "en") || !strcmp(l->code, "und"))
            continue;
        printf("    {\"%s\", dates_%s, &numbers_%s},\n", l->code, l->code, l->code);
    }
    printf("};\n");
    return 0;
}
