/* Writes src/lang/numbers.inc: for every language profile written with
 * spaces between words, the number words from three to ninety-nine that
 * CLDR's spell-out rules give through ICU (Debian's libicu72), every
 * cardinal rule set of the language (genders and cases: Russian "три",
 * "трех", "трем"; Greek "τρεις", "τρία"), each as the term precis makes of
 * it: case folded code point by code point as the tokenizer folds
 * (text/tokenize.c), then stemmed by the profile's Snowball stemmer as
 * model/cluster.c stems (not at all when the language has none), of three
 * code points or more.  Only words of one token are kept ("vingt", not "vingt-deux" or Arabic
 * "أربعة عشر"), and a term that two values share is left out.  One and two are left out in every
 * language: they are articles and pronouns as often as figures ("un", "one of them", "the two
 * countries").  The library reads the table without ICU (src/lang/numbers.c); model.c's same-fact
 * test reads a number word as the figure its digits are.
 *
 * usage: precis-lang-numbers > src/lang/numbers.inc  (make generate TABLES=lang-numbers) */
#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/unum.h>
#include <unicode/ustring.h>
#include <utf8proc.h>

#include "lang/lang.h"
#include "text/stems.h"
#include "util/hash.h"

#define MIN_VALUE 3
#define MAX_VALUE 99

typedef struct entry {
    char term[96];
    char form[96]; /* the folded word the term was made of */
    int value;
} entry;

static int cmp_entry(const void *a, const void *b)
{
    const entry *x = a, *y = b;
    int c = strcmp(x->term, y->term);
    if (!c)
        c = x->value - y->value;
    return c ? c : strcmp(x->form, y->form);
}

/* The folded UTF-8 of u[0..n) without soft hyphens (CLDR's Greek
 * "δεκα\u00ADτέσσερα"), or -1 when it is not one word of letters. */
static int fold(const UChar *u, int32_t n, char *out, size_t cap)
{
    char utf8[256];
    int32_t m = 0;
    UErrorCode e = U_ZERO_ERROR;
    u_strToUTF8(utf8, (int32_t)sizeof utf8, &m, u, n, &e);
    if (U_FAILURE(e) || m <= 0 || (size_t)m >= sizeof utf8)
        return -1;
    size_t o = 0;
    for (utf8proc_ssize_t i = 0; i < m;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t r = utf8proc_iterate((const utf8proc_uint8_t *)utf8 + i, m - i, &cp);
        if (r <= 0)
            return -1;
        i += r;
        if (cp == 0xAD)
            continue;
        utf8proc_category_t c = utf8proc_category(cp);
        if (c != UTF8PROC_CATEGORY_LU && c != UTF8PROC_CATEGORY_LL && c != UTF8PROC_CATEGORY_LT &&
            c != UTF8PROC_CATEGORY_LO && c != UTF8PROC_CATEGORY_MN && c != UTF8PROC_CATEGORY_MC)
            return -1; /* a space, a hyphen: more than one token */
        utf8proc_int32_t f[8];
        int last = 0;
        utf8proc_ssize_t k = utf8proc_decompose_char(cp, f, 8, UTF8PROC_CASEFOLD, &last);
        for (utf8proc_ssize_t j = 0; j < k; j++) {
            utf8proc_uint8_t enc[4];
            utf8proc_ssize_t b = utf8proc_encode_char(f[j], enc);
            if (o + (size_t)b + 1 > cap)
                return -1;
            memcpy(out + o, enc, (size_t)b);
            o += (size_t)b;
        }
    }
    out[o] = '\0';
    return o ? 0 : -1;
}

static size_t code_points(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* Whether a term of `forms` distinct folded words, one of them the term
 * itself when `whole`, is kept.  Three code points or more: always.  Two:
 * when it is a whole word (Hindi "आठ", Persian "سه", Korean "스물": looked
 * up whole, as it is written), or the stem of two forms or more of the
 * number, which the stemmer took the endings of its inflection off (Greek
 * "τρεις", "τρία", "τριών": "τρ").  A stem of two cut from one word that
 * does not inflect is a beginning that many other words share (Greek
 * "έξι": "εξ", also "out of" and the stem of "εξωτερικός", "foreign";
 * Turkish "altı": "al", "take"; Hungarian "hét", seven and "week": "hé").
 * One code point: never. */
static int short_term_kept(const char *term, size_t forms, int whole)
{
    size_t cps = code_points(term);
    return cps >= 3 || (cps == 2 && (whole || forms >= 2));
}

/* The digits of v as a C string literal's contents. */
static const char *digits(int v)
{
    static char b[8];
    snprintf(b, sizeof b, "%d", v);
    return b;
}

int main(void)
{
    static entry es[8192];
    printf("/* Number words from %d to %d of each language (terms: folded and stemmed as\n"
           " * precis does), from CLDR's spell-out rules through ICU %s:\n"
           " * tools/make_lang_numbers.c. */\n\n",
           MIN_VALUE, MAX_VALUE, U_ICU_VERSION);
    size_t nlang = pc_lang_count();
    int *listed = calloc(nlang, sizeof *listed);
    if (!listed)
        return 1;
    for (size_t li = 0; li < nlang; li++) {
        const pc_lang *l = pc_lang_at(li);
        if (!strcmp(l->code, "und") || (l->seg & PC_SEG_NO_SPACES))
            continue;
        UErrorCode e = U_ZERO_ERROR;
        UNumberFormat *f = unum_open(UNUM_SPELLOUT, NULL, 0, l->code, NULL, &e);
        if (U_FAILURE(e)) {
            fprintf(stderr, "precis-lang-numbers: %s: %s\n", l->code, u_errorName(e));
            return 1;
        }
        UChar sets[8192];
        int32_t sn = unum_getTextAttribute(f, UNUM_PUBLIC_RULESETS, sets, 8192, &e);
        if (U_FAILURE(e) || sn <= 0 || sn >= 8192) {
            fprintf(stderr, "precis-lang-numbers: %s: rule sets: %s\n", l->code, u_errorName(e));
            return 1;
        }
        struct sb_stemmer *st = l->stemmer ? sb_stemmer_new(l->stemmer, NULL) : NULL;
        if (l->stemmer && !st) {
            fprintf(stderr, "precis-lang-numbers: %s: no stemmer %s\n", l->code, l->stemmer);
            return 1;
        }
        size_t n = 0;
        for (int32_t a = 0; a < sn;) {
            int32_t b = a;
            while (b < sn && sets[b] != ';')
                b++;
            UChar name[128];
            int32_t len = b - a < 127 ? b - a : 127;
            u_strncpy(name, sets + a, len);
            name[len] = 0;
            a = b + 1;
            char cname[256];
            UErrorCode e2 = U_ZERO_ERROR;
            u_strToUTF8(cname, (int32_t)sizeof cname, NULL, name, len, &e2);
            if (U_FAILURE(e2) || (strncmp(cname, "%spellout-cardinal", 18) != 0 &&
                                  strcmp(cname, "%spellout-numbering") != 0))
                continue;
            unum_setTextAttribute(f, UNUM_DEFAULT_RULESET, name, len, &e2);
            for (int v = MIN_VALUE; v <= MAX_VALUE && !U_FAILURE(e2); v++) {
                UChar u[128];
                int32_t un = unum_format(f, v, u, 128, NULL, &e2);
                entry x = {{0}, {0}, v};
                char folded[96];
                if (U_FAILURE(e2) || un <= 0 || un >= 128 || fold(u, un, folded, sizeof folded))
                    continue;
                size_t pre = pc_lang_prefix(l, folded, strlen(folded)); /* Hebrew */
                memmove(folded, folded + pre, strlen(folded + pre) + 1);
                size_t fl = strlen(folded);
                const sb_symbol *s = st && pc_stem_wanted(folded, fl)
                                         ? sb_stemmer_stem(st, (const sb_symbol *)folded, (int)fl)
                                         : NULL;
                if (s)
                    snprintf(x.term, sizeof x.term, "%.*s", sb_stemmer_length(st), (const char *)s);
                else
                    snprintf(x.term, sizeof x.term, "%s", folded);
                snprintf(x.form, sizeof x.form, "%s", folded);
                if (code_points(x.term) >= 2 && n < sizeof es / sizeof *es)
                    es[n++] = x;
            }
            if (U_FAILURE(e2)) {
                fprintf(stderr, "precis-lang-numbers: %s: %s: %s\n", l->code, cname,
                        u_errorName(e2));
                return 1;
            }
        }
        if (st)
            sb_stemmer_delete(st);
        unum_close(f);
        qsort(es, n, sizeof *es, cmp_entry);
        size_t kept = 0;
        for (size_t k = 0; k < n;) { /* a term of one value (its forms repeat it) */
            size_t j = k + 1, other = 0, forms = 1, whole = !strcmp(es[k].term, es[k].form);
            while (j < n && !strcmp(es[j].term, es[k].term)) {
                other |= es[j].value != es[k].value;
                forms += strcmp(es[j].form, es[j - 1].form) != 0;
                whole |= !strcmp(es[j].term, es[j].form);
                j++;
            }
            if (!other && short_term_kept(es[k].term, forms, whole))
                es[kept++] = es[k];
            k = j;
        }
        if (!kept)
            continue;
        printf("static const pc_lang_number_word numbers_%s[] = {\n", l->code);
        for (size_t k = 0; k < kept; k++)
            printf("    {\"%s\", \"%s\", %zu, 0x%08xu},\n", es[k].term, digits(es[k].value),
                   strlen(es[k].term), (unsigned)pc_fnv1a(es[k].term, strlen(es[k].term)));
        printf("};\n\n");
        listed[li] = 1;
    }
    printf("static const pc_lang_number_words lang_numbers[] = {\n");
    for (size_t li = 0; li < nlang; li++)
        if (listed[li])
            printf("    {\"%s\", numbers_%s, sizeof numbers_%s / sizeof *numbers_%s},\n",
                   pc_lang_at(li)->code, pc_lang_at(li)->code, pc_lang_at(li)->code,
                   pc_lang_at(li)->code);
    printf("};\n");
    free(listed);
    return 0;
}
