/* One story, one language (docs/languages.md, "One story, one language";
 * issue 18): a document named weakly (a headline, a caption, a text of
 * few function words) takes the language of the firm documents of its
 * cluster when its own words do not contradict it, whichever was added
 * first; documents of truly different languages stay different.  Every
 * report is invented. */
#include <string.h>

#include "check.h"
#include "precis.h"

static const char de1[] =
    "In Dresden ist am Mittwochmorgen ein Teil der Carolabrücke in die Elbe gestürzt. Nach "
    "Angaben der Polizei wurde niemand verletzt, weil zu dieser Zeit keine Straßenbahn über die "
    "Brücke fuhr. Die Feuerwehr sperrte das Ufer auf beiden Seiten ab und warnte vor weiteren "
    "Einstürzen. Der Oberbürgermeister sprach von einem großen Glück und kündigte eine "
    "Untersuchung der übrigen Brücken der Stadt an.";
static const char de2[] =
    "Die Carolabrücke in Dresden ist in der Nacht zum Mittwoch teilweise eingestürzt. Ein etwa "
    "hundert Meter langes Stück fiel in die Elbe, verletzt wurde nach ersten Erkenntnissen "
    "niemand. Die Stadt rief die Anwohner auf, den Bereich zu meiden. Fachleute vermuten, dass "
    "Korrosion an den Spannstählen die Ursache war. Der Schiffsverkehr auf der Elbe wurde "
    "eingestellt.";
/* a caption: English, the Latin script's default, by itself */
static const char de_caption[] = "Carolabrücke, Dresden";
static const char es_headline[] = "Los bomberos de la ciudad, en el puente";
static const char en1[] =
    "Part of the Carola Bridge in Dresden collapsed into the Elbe river early on Wednesday, police "
    "said. Nobody was hurt because no tram was crossing the bridge at the time. Firefighters "
    "closed both banks and warned that more of the structure could fall. The mayor called it a "
    "stroke of luck and ordered checks of the other bridges of the city.";
/* Swahili, which has no profile: `und` by itself, but for the third,
 * whose "ya", "la", "na" make a tenth of its words Spanish stopwords, and
 * the headline, English by default */
static const char sw1[] =
    "Mvua kubwa iliyonyesha usiku kucha imesababisha mafuriko katika mji wa Mombasa, na watu "
    "watatu wamefariki dunia baada ya nyumba zao kusombwa na maji. Kwa mujibu wa polisi, zaidi ya "
    "familia mia mbili zimeachwa bila makazi. Mkuu wa kaunti amesema timu za uokoaji zimefika "
    "katika mitaa iliyoathirika zaidi. Wakazi wameombwa kuhamia maeneo ya juu hadi mvua "
    "itakapopungua. Shule kadhaa zimefungwa kwa siku mbili.";
static const char sw2[] =
    "Watu watatu wamefariki na mamia wameachwa bila makazi kufuatia mafuriko yaliyokumba Mombasa "
    "siku ya Jumanne. Msemaji wa Shirika la Msalaba Mwekundu alisema wafanyakazi wake wanagawa "
    "chakula na mablanketi kwa familia zilizoathirika. Idara ya hali ya hewa imetabiri kuwa mvua "
    "zaidi itanyesha wiki hii katika ukanda wa pwani. Barabara kuu ya kuelekea Malindi imefungwa "
    "kwa muda.";
static const char sw_weak[] =
    "Serikali ya kaunti ya Mombasa imetangaza siku tatu za maombolezo kwa waathiriwa wa mafuriko "
    "ya Jumanne. Ofisi ya gavana ilisema fedha za dharura zitatolewa kwa familia zilizopoteza "
    "nyumba, na kambi ya muda imefunguliwa katika uwanja wa michezo. Hali ya hewa inatarajiwa "
    "kuwa mbaya zaidi hadi Ijumaa.";
static const char sw_headline[] = "Mafuriko Mombasa: watu watatu wafariki";

/* An allocator that fails its fail_at-th call and counts live blocks:
 * reading a cluster again (model/cluster.c, reanalyse) allocates a whole
 * second cluster, and any of its allocations may fail. */
static size_t calls, fail_at, failed;
static long live;

static void *c_malloc(void *ctx, size_t size)
{
    (void)ctx;
    if (++calls == fail_at) {
        failed++;
        return NULL;
    }
    void *p = malloc(size ? size : 1);
    live += p != NULL;
    return p;
}

static void *c_realloc(void *ctx, void *ptr, size_t old_size, size_t new_size)
{
    (void)ctx;
    (void)old_size;
    if (++calls == fail_at) {
        failed++;
        return NULL;
    }
    return realloc(ptr, new_size ? new_size : 1);
}

static void c_free(void *ctx, void *ptr, size_t size)
{
    (void)ctx;
    (void)size;
    live -= ptr != NULL;
    free(ptr);
}

/* The languages of the documents of a cluster of texts t[0..n), joined
 * by spaces in buf; the cluster is summarized too (three documents or
 * more, its analysis redone or not, give a summary). */
static const char *langs(const char *const *t, size_t n, char *buf, size_t cap)
{
    precis_cluster *c;
    buf[0] = 0;
    if (precis_cluster_new(&c, NULL))
        return buf;
    for (size_t i = 0; i < n; i++) {
        precis_doc_meta m = {0};
        char name[8];
        snprintf(name, sizeof name, "d%zu", i);
        m.name = name;
        CHECK(precis_cluster_add_document(c, t[i], strlen(t[i]), &m, NULL, NULL) == PRECIS_OK);
    }
    for (size_t d = 0; d < precis_cluster_document_count(c); d++) {
        if (d)
            strncat(buf, " ", cap - strlen(buf) - 1);
        strncat(buf, precis_cluster_document_language(c, d), cap - strlen(buf) - 1);
        /* names stay with their documents */
        char name[8];
        snprintf(name, sizeof name, "d%zu", d);
        CHECK_STR(precis_cluster_document_meta(c, d)->name, name);
    }
    precis_summary *s = NULL;
    CHECK(precis_summarize(c, NULL, &s) == PRECIS_OK && s &&
          (n < 3 || precis_summary_count(s) >= 1));
    precis_summary_free(s);
    precis_cluster_free(c);
    return buf;
}

int main(void)
{
    char b[128];
    /* each alone: the caption English, the weak Swahili report Spanish */
    const char *alone[] = {de_caption, sw_weak, sw_headline, es_headline};
    CHECK_STR(langs(alone, 1, b, sizeof b), "en");
    CHECK_STR(langs(alone + 1, 1, b, sizeof b), "es");
    CHECK_STR(langs(alone + 2, 1, b, sizeof b), "en");
    CHECK_STR(langs(alone + 3, 1, b, sizeof b), "es");
    /* a caption beside two firm German reports is German, after them or
     * before them (its analysis is then redone) */
    const char *after[] = {de1, de2, de_caption};
    CHECK_STR(langs(after, 3, b, sizeof b), "de de de");
    const char *before[] = {de_caption, de1, de2};
    CHECK_STR(langs(before, 3, b, sizeof b), "de de de");
    /* a cluster of two languages: English and German reports stay each
     * their own; the caption, beside firm documents of two languages,
     * stays as named, and so does a Spanish headline whose stopwords
     * speak for Spanish */
    const char *mixed[] = {en1, de1, es_headline, de_caption};
    CHECK_STR(langs(mixed, 4, b, sizeof b), "en de es en");
    const char *es_de[] = {es_headline, de1, de2};
    CHECK_STR(langs(es_de, 3, b, sizeof b), "es de de");
    /* three reports of one event in a language without a profile: the
     * weak one (Spanish by itself) and the headline (English by itself)
     * are `und` like the two firm ones */
    const char *sw[] = {sw_weak, sw1, sw2, sw_headline};
    CHECK_STR(langs(sw, 4, b, sizeof b), "und und und und");
    const char *und3[] = {sw1, sw2, sw_headline};
    CHECK_STR(langs(und3, 3, b, sizeof b), "und und und");
    /* weak documents alone decide nothing: a headline and a caption stay
     * as each is named */
    const char *weak[] = {sw_headline, es_headline};
    CHECK_STR(langs(weak, 2, b, sizeof b), "en es");
    /* a near copy dropped before the analysis is redone stays listed
     * with the document it copies */
    {
        precis_cluster *c;
        CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
        const char *t[] = {de_caption, de1, de1, de2};
        for (size_t i = 0; i < 4; i++) {
            precis_doc_meta m = {0};
            m.name = i == 2 ? "copy" : "doc";
            CHECK(precis_cluster_add_document(c, t[i], strlen(t[i]), &m, NULL, NULL) == PRECIS_OK);
        }
        CHECK(precis_cluster_document_count(c) == 3);
        CHECK_STR(precis_cluster_document_language(c, 0), "de");
        CHECK(precis_cluster_document_copy_count(c, 1) == 1);
        CHECK(precis_cluster_document_copy(c, 1, 0) &&
              strcmp(precis_cluster_document_copy(c, 1, 0)->name, "copy") == 0);
        precis_cluster_free(c);
    }
    /* every allocation of the path that reads the cluster again, failed
     * in turn: each call returns a status, the cluster stays readable, and
     * nothing leaks */
    {
        static const precis_allocator alc = {c_malloc, c_realloc, c_free, NULL};
        const char *t[] = {de_caption, de1, de2};
        size_t leaks = 0, bad = 0, n;
        int agreed = 0;
        for (n = 1;; n++) {
            calls = failed = 0;
            live = 0;
            fail_at = n;
            precis_cluster *c;
            if (precis_cluster_new(&c, &alc) == PRECIS_OK) {
                for (size_t i = 0; i < 3; i++)
                    precis_cluster_add_document(c, t[i], strlen(t[i]), NULL, NULL, NULL);
                for (size_t d = 0; d < precis_cluster_document_count(c); d++)
                    bad += precis_cluster_document_language(c, d) == NULL;
                agreed = precis_cluster_document_count(c) == 3 &&
                         strcmp(precis_cluster_document_language(c, 0), "de") == 0;
                precis_cluster_free(c);
            }
            leaks += live != 0;
            if (!failed)
                break;
        }
        CHECK(leaks == 0 && bad == 0 && n > 20);
        CHECK(agreed); /* the run without a failure read the caption again */
    }
    return check_done();
}
