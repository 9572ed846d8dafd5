/* Metadata found in a document's raw text (src/text/meta.c): the date
 * line, the wire dateline's agency, and the "Original url:" line at the
 * head or in the tail of a long document. */
#include "check.h"
#include "lang/lang.h"
#include "text/meta.h"

static precis_doc_meta detect(pc_arena *a, const char *text, size_t len)
{
    precis_doc_meta m = {0};
    CHECK(pc_meta_detect(a, text, len, &m) == 0);
    return m;
}

static int same(const char *got, const char *want)
{
    return got && want ? strcmp(got, want) == 0 : got == want;
}

/* A body of n bytes of ordinary text lines. */
static size_t filler(char *out, size_t n)
{
    static const char line[] = "The council met again on the harbour repairs and the budget.\n";
    size_t k = 0;
    while (k + sizeof line - 1 <= n) {
        memcpy(out + k, line, sizeof line - 1);
        k += sizeof line - 1;
    }
    while (k < n)
        out[k++] = 'x';
    return k;
}

int main(void)
{
    pc_arena a;
    pc_arena_init(&a, NULL);

    static const char head[] = "April 10, 2017\n\nWASHINGTON (Reuters) - The council met.\n";
    precis_doc_meta m = detect(&a, head, sizeof head - 1);
    CHECK(same(m.date, "2017-04-10"));
    CHECK(same(m.source, "Reuters"));
    CHECK(m.url == NULL);

    /* A place with its country, or written as a name in any script; an
     * agency in any script; a dot before the dash. */
    static const struct {
        const char *text, *source;
    } wires[] = {
        {"VILLANUEVA, Spain (AP) \xE2\x80\x94 The fire burned for two days.\n", "AP"},
        {"Lipnice (\xC4\x8CTK) - Obec dostane novou \xC5\xA1kolu.\n", "\xC4\x8CTK"},
        {"Madrid (EFE).- El Gobierno aprob\xC3\xB3 hoy el presupuesto.\n", "EFE"},
        {"New Delhi (Reuters) - The court ruled on Monday.\n", "Reuters"},
        {"BERLIN (dpa) - Die Regierung hat am Montag beschlossen.\n", "dpa"},
        {"ISLA BRAVA, Spain, March 3 (Reuters) - A ferry capsized in rough seas.\n", "Reuters"},
        {"\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90 "
         "(\xD0\x98\xD0\xBD\xD1\x82\xD0\xB5\xD1\x80\xD1\x84\xD0\xB0\xD0\xBA\xD1\x81) - "
         "\xD0\x92\xD0\xBB\xD0\xB0\xD1\x81\xD1\x82\xD0\xB8 "
         "\xD0\xB3\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4\xD0\xB0 "
         "\xD0\xBE\xD0\xB1\xD1\x8A\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB\xD0\xB8 "
         "\xD1\x8D\xD0\xB2\xD0\xB0\xD0\xBA\xD1\x83\xD0\xB0\xD1\x86\xD0\xB8\xD1\x8E.\n",
         "\xD0\x98\xD0\xBD\xD1\x82\xD0\xB5\xD1\x80\xD1\x84\xD0\xB0\xD0\xBA\xD1\x81"},
        {"\xD8\xA7\xD9\x84\xD8\xB1\xD9\x8A\xD8\xA7\xD9\x86\xD8\x8C 3 "
         "\xD9\x85\xD8\xA7\xD8\xB1\xD8\xB3 2031 (\xD9\x88\xD8\xA7\xD9\x85) - "
         "\xD8\xA7\xD9\x81\xD8\xAA\xD8\xAA\xD8\xAD \xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1 "
         "\xD8\xA7\xD9\x84\xD9\x85\xD9\x8A\xD8\xA7\xD9\x87 "
         "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAD\xD8\xB7\xD8\xA9.\n",
         "\xD9\x88\xD8\xA7\xD9\x85"},
        {"VALE VERDE, 3 de mar\xC3\xA7o de 2031 (Ag\xC3\xAAncia Brasil) - As fortes chuvas "
         "deixaram cinco mil "
         "desabrigados na regi\xC3\xA3o, segundo a Defesa Civil do estado.\n",
         "Ag\xC3\xAAncia Brasil"},
        {"BRAS\xC3\x8DLIA (Reuters) - O governo anunciou novas medidas.\n", "Reuters"},
        /* no agency: lower-case words before the brackets, no dash, a
         * lower-case word in brackets after a name */
        {"Smith (left) - pictured with her brother - won the race.\n", NULL},
        {"the firm (Acme) - which makes tools - grew.\n", NULL},
        {"Madrid (EFE) El Gobierno aprob\xC3\xB3 hoy el presupuesto.\n", NULL},
    };
    for (size_t k = 0; k < sizeof wires / sizeof *wires; k++) {
        /* in its own language, as the cluster reads it ("3 de março") */
        size_t n = strlen(wires[k].text);
        m = (precis_doc_meta){0};
        CHECK(pc_meta_detect_lang(&a, wires[k].text, n, pc_lang_identify(wires[k].text, n), &m) ==
              0);
        CHECK(same(m.source, wires[k].source));
    }

    /* date lines of other languages: a label and a colon or a label before
     * the day, a word after the year, digits day first (month first in
     * English), Chinese and Japanese year-month-day; no date: an invalid
     * day, a label before a number that is no date */
    static const struct {
        const char *line, *lang, *date;
    } dls[] = {
        {"Publicado: 3 de marzo de 2031\n\nThe council met.\n", "es", "2031-03-03"},
        {"Publicado em 3 de mar\xC3\xA7o de 2031\n\nThe council met.\n", "pt", "2031-03-03"},
        {"Datum: 3. M\xC3\xA4rz 2031\n\nThe council met.\n", "de", "2031-03-03"},
        {"3 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 2031 \xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0\n\nThe "
         "council met.\n",
         "ru", "2031-03-03"},
        {"\xD0\x9E\xD0\xBF\xD1\x83\xD0\xB1\xD0\xBB\xD0\xB8\xD0\xBA\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBD"
         "\xD0\xBE: 3 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 2031\n\nThe council met.\n",
         "ru", "2031-03-03"},
        {"03.04.2031\n\nThe council met.\n", "de", "2031-04-03"},
        {"04/03/2031\n\nThe council met.\n", "en", "2031-04-03"},
        {"2031\xE5\xB9\xB4"
         "3\xE6\x9C\x88"
         "3\xE6\x97\xA5\xEF\xBC\x88\xE6\x9C\x88\xEF\xBC\x89\n\nThe "
         "council met.\n",
         "ja", "2031-03-03"},
        {"\xE5\x8F\x91\xE5\xB8\x83\xE6\x97\xB6\xE9\x97\xB4\xEF\xBC\x9A"
         "2031-03-03 09:30\n\nThe "
         "council met.\n",
         "zh", "2031-03-03"},
        {"31.02.2031\n\nThe council met.\n", "de", NULL},
        {"Kapitel: 12\n\nThe council met.\n", "de", NULL},
    };
    for (size_t k = 0; k < sizeof dls / sizeof *dls; k++) {
        m = (precis_doc_meta){0};
        CHECK(pc_meta_detect_lang(&a, dls[k].line, strlen(dls[k].line), pc_lang_find(dls[k].lang),
                                  &m) == 0);
        CHECK(same(m.date, dls[k].date));
    }

    static const char inl[] = "Original url: https://www.example.org/a/b\nThe council met.\n";
    m = detect(&a, inl, sizeof inl - 1);
    CHECK(same(m.url, "https://www.example.org/a/b"));

    static const char next[] = "original URL:\n  https://news.example/x\nThe council met.\n";
    m = detect(&a, next, sizeof next - 1);
    CHECK(same(m.url, "https://news.example/x"));

    /* A long document: the head has no url, the tail (its last 2,000
     * bytes) has two; the last one wins. */
    static char big[8192];
    size_t n = filler(big, 5000);
    n += (size_t)snprintf(big + n, sizeof big - n, "ORIGINAL URL: https://a.example/1\n");
    n += filler(big + n, 300);
    n += (size_t)snprintf(big + n, sizeof big - n, "Original url: https://b.example/2\nend\n");
    m = detect(&a, big, n);
    CHECK(same(m.url, "https://b.example/2"));

    /* The phrase must start inside the tail: at its first byte it is found,
     * one byte earlier it is not (the head stops long before). */
    static const char phrase[] = "original url: https://c.example/3";
    for (int before = 0; before < 2; before++) {
        size_t len = 6000, tail = len - 2000, at = tail - (size_t)before;
        memset(big, 'y', len);
        for (size_t k = 59; k < len; k += 60)
            big[k] = '\n';
        big[at - 1] = '\n';
        memcpy(big + at, phrase, sizeof phrase - 1);
        big[at + sizeof phrase - 1] = '\n';
        m = detect(&a, big, len);
        CHECK(before ? m.url == NULL : same(m.url, "https://c.example/3"));
    }

    /* A url given by the caller is kept. */
    precis_doc_meta given = {0};
    given.url = "https://given.example/";
    CHECK(pc_meta_detect(&a, inl, sizeof inl - 1, &given) == 0);
    CHECK(same(given.url, "https://given.example/"));

    pc_arena_release(&a);
    return check_done();
}
