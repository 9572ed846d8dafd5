/* Quote marks and attribution outside English (see attrib.h): the reading
 * the digest's quotes and the summary's standalone rules share. */
#include "text/attrib.h"

#include <string.h>
#include <utf8proc.h>

static int is_space(char c)
{
    return c == ' ' || c == '\n' || c == '\t';
}

/* Families of paired quote marks: which closing marks end what an opening
 * mark opens.  English “ ”, German and Czech „ “ (or Polish „ ”), ‚ ‘,
 * guillemets « », CJK corner brackets 「 」 and 『 』, and the ``newswire''
 * convention of the AP and NYT wires (DUC, LDC corpora): two backticks
 * open, two apostrophes close -- a closing mark only after an opening ``,
 * so apostrophes elsewhere stay apostrophes. */
enum { Q_CURLY = 1, Q_LOW9, Q_LOW9_SINGLE, Q_GUILLEMET, Q_CORNER, Q_WHITE_CORNER, Q_BACKTICK };

/* 1 for an opening quote mark, 2 a closing one, 3 straight, 0 other; *n the
 * mark's length, *fam its family (an opening mark's; for “, which also
 * closes „, Q_CURLY). */
int pc_quote_mark(const char *s, size_t len, size_t i, size_t *n, int *fam)
{
    const unsigned char *u = (const unsigned char *)s;
    *fam = 0;
    if (s[i] == '"') {
        *n = 1;
        return 3;
    }
    if ((s[i] == '`' || s[i] == '\'') && i + 1 < len && s[i + 1] == s[i]) {
        *n = 2;
        *fam = Q_BACKTICK;
        return s[i] == '`' ? 1 : 2;
    }
    if (u[i] == 0xC2 && i + 1 < len && (u[i + 1] == 0xAB || u[i + 1] == 0xBB)) {
        *n = 2;
        *fam = Q_GUILLEMET;
        return u[i + 1] == 0xAB ? 1 : 2;
    }
    if (i + 2 >= len)
        return 0;
    unsigned char c = u[i + 2];
    *n = 3;
    if (u[i] == 0xE2 && u[i + 1] == 0x80) {
        if (c == 0x9C)
            return *fam = Q_CURLY, 1;
        if (c == 0x9D)
            return *fam = Q_CURLY, 2;
        if (c == 0x9E)
            return *fam = Q_LOW9, 1;
        if (c == 0x9A)
            return *fam = Q_LOW9_SINGLE, 1;
        if (c == 0x98)
            return *fam = Q_LOW9_SINGLE, 2;
    }
    if (u[i] == 0xE3 && u[i + 1] == 0x80 && c >= 0x8C && c <= 0x8F) {
        *fam = c < 0x8E ? Q_CORNER : Q_WHITE_CORNER;
        return (c & 1) ? 2 : 1;
    }
    return 0;
}

/* Does the mark (m, mfam) close a quote opened by a mark of family fam? */
int pc_quote_closes(int fam, int m, int mfam)
{
    if (fam == Q_LOW9) /* „ closes with “ (German) or ” (Polish) */
        return mfam == Q_CURLY;
    return m == 2 && mfam == fam;
}

/* Attribution in a language whose verbs of saying precis does not list (they
 * are English): after the closing mark, a person's full name (two
 * capitalised words or more in a row) among the first eight words of the
 * rest of the sentence ("», explique Marc Delorme, boulanger", "», —
 * сообщил глава города Андрей Лукин"); before the opening mark, the last
 * such name when a colon introduces the quote ("Marc Delorme a déclaré :
 * « ... »").  Scripts without capitals give no speaker this way. */
/* All capitals, two letters or more ("ГУ МЧС", "EFE"): an acronym, not a
 * word of a person's name. */
static int all_caps(const char *s, size_t a, size_t e)
{
    size_t letters = 0;
    while (a < e) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n =
            utf8proc_iterate((const utf8proc_uint8_t *)s + a, (utf8proc_ssize_t)(e - a), &cp);
        if (n <= 0)
            return 0;
        a += (size_t)n;
        utf8proc_category_t c = utf8proc_category(cp);
        if (c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT || c == UTF8PROC_CATEGORY_LO)
            return 0;
        letters += c == UTF8PROC_CATEGORY_LU;
    }
    return letters >= 2;
}

/* A capitalised word that may be part of a person's name: not an acronym. */
static int cap_word(const pc_words *w, const char *s, size_t i)
{
    return w->w[i].cap && !all_caps(s, w->w[i].start, w->w[i].end);
}

/* A lower-case particle inside a name ("Hans-Peter von Weizsäcker", "Maria
 * das Dores Silva", "Ahmed bin Saleh").  An article (der, den, la, los,
 * las) only after another particle ("van der", "de la"): alone it is the
 * article of a noun ("sagte Anna Berg der Zeitung"). */
static int name_particle(const pc_words *w, const char *s, size_t i, int second, int noun_caps)
{
    static const char *const lead[] = {"von", "van", "de",  "da",    "das", "do",
                                       "dos", "di",  "del", "della", "du",  "le",
                                       "la",  "ten", "ter", "bin",   "ibn", "al"};
    static const char *const article[] = {"der", "den", "la", "los", "las"};
    if (w->w[i].cap)
        return 0;
    for (size_t k = 0; k < sizeof lead / sizeof *lead; k++)
        if (pc_lex_is(w, s, i, lead[k]))
            /* German's "das" is its article ("kommentiert Facebook das
             * Gesetz"), no particle of a name */
            return !(noun_caps && !strcmp(lead[k], "das"));
    for (size_t k = 0; second && k < sizeof article / sizeof *article; k++)
        if (pc_lex_is(w, s, i, article[k]))
            return 1;
    return 0;
}

/* The end of the name that starts with the capitalised word i: its
 * capitalised words, with particles between two of them and "al-" glued to
 * one; *caps counts the capitalised words. */
static size_t name_end(const pc_words *w, const char *s, size_t i, size_t *caps, int noun_caps)
{
    size_t j = i + 1;
    *caps = 1;
    while (j < w->n && !w->w[j - 1].after) {
        size_t k = j;
        while (k < w->n && k < j + 3 && !w->w[k].after && !w->w[k].before &&
               name_particle(w, s, k, k > j, noun_caps))
            k++;
        if (k >= w->n || w->w[k].before)
            break;
        const pc_word *t = &w->w[k];
        int glued = t->end - t->start > 3 &&
                    (memcmp(s + t->start, "al-", 3) == 0 || memcmp(s + t->start, "el-", 3) == 0);
        if (!cap_word(w, s, k) && !glued)
            break;
        j = k + 1;
        ++*caps;
    }
    return j;
}

/* A preposition or article before an organisation's name ("consejera de
 * Medio Ambiente", "Sprecherin der Deutschen Bahn", "εκπρόσωπος της Νέας
 * Δημοκρατίας"): the capitalised words after it name no person. */
static int genitive(const pc_words *w, const char *s, size_t i)
{
    static const char *const g[] = {"de",
                                    "del",
                                    "da",
                                    "do",
                                    "das",
                                    "dos",
                                    "di",
                                    "della",
                                    "du",
                                    "des",
                                    "of",
                                    "von",
                                    "vom",
                                    "der",
                                    "la",
                                    "le",
                                    "les",
                                    "las",
                                    "los",
                                    "el",
                                    "il",
                                    "dei",
                                    "degli",
                                    "\u03C4\u03B7\u03C2",
                                    "\u03C4\u03BF\u03C5",
                                    "\u03C4\u03C9\u03BD"}; /* της του των */
    if (w->w[i].cap || w->w[i].after)
        return 0;
    for (size_t k = 0; k < sizeof g / sizeof *g; k++)
        if (pc_lex_eq(s, w->w[i].start, w->w[i].end, g[k]))
            return 1;
    return 0;
}

/* Whether word i ends in one of the UTF-8 suffixes (NULL-terminated). */
static int ends_in(const pc_words *w, const char *s, size_t i, const char *const *suffixes)
{
    size_t a = w->w[i].start, e = w->w[i].end;
    for (size_t k = 0; suffixes[k]; k++) {
        size_t n = strlen(suffixes[k]);
        if (e - a > n && memcmp(s + e - n, suffixes[k], n) == 0)
            return 1;
    }
    return 0;
}

/* Russian, Ukrainian and Belarusian write a full name as given name,
 * patronymic and surname, or given name and surname: three capitalised
 * words whose middle one is no patronymic (-ович, -евич, -овна, -ична, ...)
 * hold a place or a body before the name, in the genitive its title
 * governs ("сообщил глава Северогорска Андрей Лукин", "мэр Парижа", "мэр
 * Харкова").  The first word goes when it ends as such a noun does (a
 * vowel: Парижа, Москвы, России, Харкова has -а); a word ending in a
 * consonant ("Ким Чен Ын") stays.  Returns the name's first word. */
static size_t east_slavic_start(const pc_words *w, const char *s, size_t i, size_t j,
                                const char *code)
{
    static const char *const patronymic[] = {"\u0432\u0438\u0447", "\u0432\u043d\u0430",
                                             "\u0438\u0447\u043d\u0430", "\u0456\u0432\u043d\u0430",
                                             NULL};
    static const char *const oblique[] = {"\u0430", "\u044f", "\u044b", "\u0438", "\u0443",
                                          "\u044e", "\u0456", "\u0457", NULL};
    if ((strcmp(code, "ru") && strcmp(code, "uk") && strcmp(code, "be")) || j - i != 3)
        return i;
    for (size_t k = i; k < j; k++)
        if (!w->w[k].cap)
            return i; /* a particle inside: another naming custom */
    if (ends_in(w, s, i + 1, patronymic) || !ends_in(w, s, i, oblique))
        return i;
    return i + 1;
}

/* Whether word i is a function word of lang (its stopword list), case
 * folded ("Der", "Le", "Ο"). */
static int function_word(const pc_lang *lang, const pc_words *w, const char *s, size_t i)
{
    char buf[64];
    size_t k = 0;
    for (size_t a = w->w[i].start; a < w->w[i].end;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + a,
                                              (utf8proc_ssize_t)(w->w[i].end - a), &cp);
        if (n <= 0 || k + 4 >= sizeof buf)
            return 0;
        a += (size_t)n;
        k += (size_t)utf8proc_encode_char(utf8proc_tolower(cp), (utf8proc_uint8_t *)buf + k);
    }
    return lang && pc_lang_is_stopword(lang, buf, k);
}

/* In a language that capitalises its nouns (German), a capitalised word
 * after an article is a noun: "den Konkurrenten Tesla", "im Internet
 * Screenshots", "der Sozialen Kommunikationsmittel", "Am Ende", or a title
 * before a name ("der Verkehrsminister Jonas Keller").  Whether the run
 * that starts at word i opens with an article or a contraction of one, or
 * follows one, directly or past one inflected adjective ("den neuen
 * Verkehrsminister": -e, -en, -er, -em, -es, not a verb's past in -te,
 * -ten); the caller then drops the noun, and what is left must still be a
 * full name. */
static int german_article(const pc_words *w, const char *s, size_t k)
{
    static const char *const art[] = {"der",  "die",   "das",   "den",   "dem",   "des", "ein",
                                      "eine", "einen", "einem", "einer", "eines", "im",  "am",
                                      "zum",  "zur",   "vom",   "beim",  "ins",   "ans"};
    for (size_t a = 0; a < sizeof art / sizeof *art; a++)
        if (pc_lex_is(w, s, k, art[a]))
            return 1;
    return 0;
}

static int after_article(const pc_words *w, const char *s, size_t i)
{
    static const char *const adj[] = {"e", "en", "er", "em", "es", NULL};
    static const char *const past[] = {"te", "ten", NULL};
    if (german_article(w, s, i))
        return 1;
    if (i == 0 || w->w[i - 1].after || w->w[i].before)
        return 0;
    if (german_article(w, s, i - 1))
        return 1;
    size_t k = i - 1;
    return k > 0 && !w->w[k].cap && ends_in(w, s, k, adj) && !ends_in(w, s, k, past) &&
           !w->w[k - 1].after && !w->w[k].before && german_article(w, s, k - 1);
}

static int name_in(pc_words *w, const char *s, size_t len, int after, const pc_lang *lang,
                   size_t *bi_out, size_t *bj_out);

/* The character that ends s[0..len) before its spaces (no-break ones too),
 * or 0. */
static char last_mark(const char *s, size_t len)
{
    size_t e = len;
    while (e > 0 && (is_space(s[e - 1]) || (unsigned char)s[e - 1] == 0xA0 ||
                     (unsigned char)s[e - 1] == 0xC2))
        e--;
    return e ? s[e - 1] : 0;
}

int pc_attrib_name(pc_words *w, const char *s, size_t len, int after, const pc_lang *lang,
                   size_t *bi_out, size_t *bj_out)
{
    if (!after && last_mark(s, len) != ':')
        return 0;
    return name_in(w, s, len, after, lang, bi_out, bj_out);
}

int pc_attrib_tr(pc_words *w, const char *s, size_t len, const char *rest, size_t rest_len,
                 const pc_lang *lang, size_t *bi, size_t *bj)
{
    /* dedi, diye (konuştu, ekledi ...), söyledi, dedi ki */
    static const char *const said[] = {"dedi", "diye", "söyledi", NULL};
    if (last_mark(s, len) != ',')
        return 0;
    size_t i = 0;
    while (i < rest_len && (is_space(rest[i]) || rest[i] == '"' || rest[i] == '\''))
        i++;
    for (int k = 0; said[k]; k++) {
        size_t n = strlen(said[k]);
        if (i + n <= rest_len && !memcmp(rest + i, said[k], n) &&
            (i + n == rest_len || is_space(rest[i + n]) || rest[i + n] == '.' ||
             rest[i + n] == ','))
            return name_in(w, s, len, 0, lang, bi, bj);
    }
    return 0;
}

static int name_in(pc_words *w, const char *s, size_t len, int after, const pc_lang *lang,
                   size_t *bi_out, size_t *bj_out)
{
    int noun_caps = lang && (lang->seg & PC_SEG_NOUN_CAPITALS);
    if (pc_lex_split(w, s, len))
        return -1;
    size_t hi = after && w->n > 8 ? 8 : w->n, bi = 0, bj = 0;
    for (size_t i = 0; i < hi;) {
        if (!cap_word(w, s, i)) {
            i++;
            continue;
        }
        size_t caps;
        size_t j = name_end(w, s, i, &caps, noun_caps);
        int fw = caps >= 2 && noun_caps && function_word(lang, w, s, i);
        if (caps >= 2 && noun_caps && (fw || after_article(w, s, i))) {
            /* the article's noun first, and the article or preposition
             * itself when it opens the run ("Mit Blick auf ...:"): a name
             * must follow them ("der Verkehrsminister Jonas Keller" keeps
             * its title), or the run names no one */
            size_t k = i + 1 + (fw && i + 1 < j);
            while (k < j && !cap_word(w, s, k))
                k++;
            size_t c2 = 0;
            if (k < j)
                name_end(w, s, k, &c2, noun_caps);
            if (c2 < 2) {
                /* after the quote, past a body's name only to the name in
                 * apposition ("die Sprecherin der Deutschen Bahn, Anna
                 * Berger"): no one further ("ein Anwalt der Kanzlei X im
                 * Auftrag von Y" is not Y speaking) */
                if (after && w->w[j - 1].after != ',')
                    break;
                i = j;
                continue;
            }
            if (k > i + 1 + (fw && i + 1 < j)) {
                /* a particle between: "das Schreiben von Papst Benedikt" */
                i = k;
                j = name_end(w, s, i, &caps, noun_caps);
            }
        }
        if (caps >= 2) {
            bi = i, bj = j;
            if (!after) {
                i = j;
                continue;
            }
            /* an organisation after its title, then the person's name
             * between commas ("la consejera de Medio Ambiente, María Luisa
             * Fernández"): the apposition is the speaker */
            size_t k, c2;
            if (i > 0 && w->w[j - 1].after == ',' && genitive(w, s, i - 1) && j < hi &&
                cap_word(w, s, j) && !w->w[j].before &&
                (k = name_end(w, s, j, &c2, noun_caps), c2 >= 2))
                bi = j, bj = k;
            break;
        }
        i = j;
    }
    if (bj && after)
        bi = east_slavic_start(w, s, bi, bj, lang ? lang->code : "");
    /* a function word capitalised as it opens the sentence is none of the
     * name ("Der Verkehrsminister Jonas Keller sagte: „…“") */
    while (bj > bi + 2 && function_word(lang, w, s, bi))
        bi++;
    *bi_out = bi, *bj_out = bj;
    return bj > 0;
}

/* A personal pronoun among the first four words after a quote, in a
 * language whose verbs of saying precis does not list: the speaker is "he"
 * or "she" ("», — подчеркнул он", "«, sagte er", "», a-t-il ajouté", "»,
 * dijo él"), resolved as English "he said" is.  French writes it after
 * its verb with a hyphen ("a-t-il", "ajoute-t-elle"). */
int pc_attrib_pronoun_after(const char *s, size_t len, const char *code)
{
    static const struct {
        const char *lang, *word;
    } t[] = {
        {"ru", "он"},  {"ru", "она"},   {"ru", "они"},  {"uk", "він"}, {"uk", "вона"},
        {"bg", "той"}, {"bg", "тя"},    {"de", "er"},   {"de", "sie"}, {"nl", "hij"},
        {"nl", "zij"}, {"es", "él"},    {"es", "ella"}, {"pt", "ele"}, {"pt", "ela"},
        {"it", "lui"}, {"it", "lei"},   {"cs", "on"},   {"cs", "ona"}, {"pl", "on"},
        {"pl", "ona"}, {"el", "αυτός"}, {"el", "αυτή"}, {"fr", "il"},  {"fr", "elle"},
    };
    size_t i = 0;
    for (int words = 0; words < 4 && i < len; words++) {
        while (i < len && (is_space(s[i]) || s[i] == ',' || s[i] == '-' ||
                           (unsigned char)s[i] == 0xE2)) { /* and dashes: "— " */
            if ((unsigned char)s[i] == 0xE2 && i + 2 < len)
                i += 2;
            i++;
        }
        size_t a = i;
        while (i < len && !is_space(s[i]) && s[i] != ',' && s[i] != '.')
            i++;
        if (i == a)
            break;
        for (size_t k = 0; k < sizeof t / sizeof *t; k++) {
            if (strcmp(code, t[k].lang) != 0)
                continue;
            size_t n = strlen(t[k].word);
            if (i - a == n && memcmp(s + a, t[k].word, n) == 0)
                return 1;
            /* French: "a-t-il", "ajoute-t-elle", "dit-il" */
            if (!strcmp(code, "fr") && i - a > n + 1 && s[i - n - 1] == '-' &&
                memcmp(s + i - n, t[k].word, n) == 0)
                return 1;
        }
    }
    return 0;
}

/* The word after s[*i] (spaces, commas and dashes skipped): [*a, *i). */
static void next_attrib_word(const char *s, size_t len, size_t *i, size_t *a)
{
    while (*i < len && (is_space(s[*i]) || s[*i] == ',' || s[*i] == '-' ||
                        (unsigned char)s[*i] == 0xE2)) { /* and dashes: "— " */
        if ((unsigned char)s[*i] == 0xE2 && *i + 2 < len)
            *i += 2;
        (*i)++;
    }
    *a = *i;
    while (*i < len && !is_space(s[*i]) && s[*i] != ',' && s[*i] != '.' && s[*i] != '!' &&
           s[*i] != '?' && s[*i] != ';' && s[*i] != ':')
        (*i)++;
}

/* Is s[a..e) one of the words of `list` (code, word pairs) for `code`? */
static int word_for(const char *const (*list)[2], size_t n, const char *code, const char *s,
                    size_t a, size_t e)
{
    for (size_t k = 0; k < n; k++)
        if (!strcmp(list[k][0], code) && strlen(list[k][1]) == e - a &&
            !memcmp(s + a, list[k][1], e - a))
            return 1;
    return 0;
}

/* Verbs of saying, third person (and the participles French and Italian
 * write after "a", "ha"), and "according to", of eight languages: the
 * commonest of their news (written for precis from the languages'
 * grammar, session 31). */
static const char *const role_verbs[][2] = {
    {"pt", "disse"},      {"pt", "disseram"},     {"pt", "afirmou"},     {"pt", "declarou"},
    {"pt", "explicou"},   {"pt", "acrescentou"},  {"pt", "contou"},      {"pt", "garantiu"},
    {"pt", "destacou"},   {"pt", "comentou"},     {"pt", "afirma"},      {"pt", "diz"},
    {"pt", "explica"},    {"pt", "segundo"},      {"es", "dijo"},        {"es", "dijeron"},
    {"es", "afirmó"},     {"es", "declaró"},      {"es", "explicó"},     {"es", "añadió"},
    {"es", "agregó"},     {"es", "aseguró"},      {"es", "señaló"},      {"es", "indicó"},
    {"es", "comentó"},    {"es", "sostuvo"},      {"es", "afirma"},      {"es", "dice"},
    {"es", "explica"},    {"es", "según"},        {"fr", "dit"},         {"fr", "déclare"},
    {"fr", "affirme"},    {"fr", "explique"},     {"fr", "ajoute"},      {"fr", "souligne"},
    {"fr", "estime"},     {"fr", "précise"},      {"fr", "assure"},      {"fr", "raconte"},
    {"fr", "indique"},    {"fr", "selon"},        {"fr", "déclaré"},     {"fr", "affirmé"},
    {"fr", "expliqué"},   {"fr", "ajouté"},       {"fr", "souligné"},    {"fr", "estimé"},
    {"fr", "précisé"},    {"fr", "assuré"},       {"fr", "raconté"},     {"fr", "indiqué"},
    {"it", "detto"},      {"it", "dichiarato"},   {"it", "spiegato"},    {"it", "aggiunto"},
    {"it", "affermato"},  {"it", "sottolineato"}, {"it", "dice"},        {"it", "dichiara"},
    {"it", "spiega"},     {"it", "aggiunge"},     {"it", "afferma"},     {"it", "sottolinea"},
    {"it", "secondo"},    {"de", "sagte"},        {"de", "sagten"},      {"de", "sagt"},
    {"de", "erklärte"},   {"de", "erklärt"},      {"de", "betonte"},     {"de", "betont"},
    {"de", "meinte"},     {"de", "so"},           {"el", "δήλωσε"},      {"el", "είπε"},
    {"el", "ανέφερε"},    {"el", "τόνισε"},       {"el", "πρόσθεσε"},    {"el", "εξήγησε"},
    {"el", "λέει"},       {"el", "δηλώνει"},      {"el", "σύμφωνα"},     {"ru", "сообщил"},
    {"ru", "сообщила"},   {"ru", "сообщили"},     {"ru", "заявил"},      {"ru", "заявила"},
    {"ru", "заявили"},    {"ru", "сказал"},       {"ru", "сказала"},     {"ru", "отметил"},
    {"ru", "отметила"},   {"ru", "подчеркнул"},   {"ru", "подчеркнула"}, {"ru", "добавил"},
    {"ru", "добавила"},   {"ru", "пояснил"},      {"ru", "пояснила"},    {"ru", "рассказал"},
    {"ru", "рассказала"}, {"ru", "говорит"},      {"cs", "řekl"},        {"cs", "řekla"},
    {"cs", "řekli"},      {"cs", "uvedl"},        {"cs", "uvedla"},      {"cs", "uvedli"},
    {"cs", "dodal"},      {"cs", "dodala"},       {"cs", "prohlásil"},   {"cs", "prohlásila"},
    {"cs", "podle"},
};

/* The auxiliary before a French or Italian participle ("a déclaré", "ha
 * detto"), and the articles that open a noun phrase after the verb. */
static const char *const role_aux[][2] = {
    {"fr", "a"}, {"fr", "ont"}, {"it", "ha"}, {"it", "hanno"}, {"pt", "tem"},
};
static const char *const role_articles[][2] = {
    {"pt", "o"},   {"pt", "a"},   {"pt", "os"}, {"pt", "as"},  {"es", "el"},  {"es", "la"},
    {"es", "los"}, {"es", "las"}, {"fr", "le"}, {"fr", "la"},  {"fr", "les"}, {"it", "il"},
    {"it", "lo"},  {"it", "la"},  {"it", "i"},  {"it", "gli"}, {"it", "le"},  {"de", "der"},
    {"de", "die"}, {"de", "das"}, {"el", "ο"},  {"el", "η"},   {"el", "οι"},  {"el", "με"},
};

static const char *const role_not_speaker[][2] = {
    {"cs", "jsem"}, {"cs", "jsi"}, {"cs", "jsme"}, {"cs", "jste"}, {"cs", "mi"},  {"cs", "mně"},
    {"cs", "mu"},   {"cs", "jí"},  {"cs", "nám"},  {"cs", "vám"},  {"cs", "jim"}, {"cs", "se"},
    {"cs", "si"},   {"cs", "to"},  {"cs", "a"},    {"cs", "ale"},  {"cs", "že"},  {"ru", "мне"},
    {"ru", "ему"},  {"ru", "ей"},  {"ru", "нам"},  {"ru", "вам"},  {"ru", "им"},  {"ru", "я"},
    {"ru", "мы"},   {"ru", "ты"},  {"ru", "вы"},   {"ru", "что"},  {"ru", "и"},   {"ru", "а"},
    {"ru", "но"},   {"ru", "же"},  {"ru", "это"},
};

int pc_attrib_role_after(const char *s, size_t len, const pc_lang *lang)
{
    const char *code = lang->code;
    size_t i = 0, a;
    next_attrib_word(s, len, &i, &a);
    if (word_for(role_aux, sizeof role_aux / sizeof *role_aux, code, s, a, i))
        next_attrib_word(s, len, &i, &a);
    if (i == a || !word_for(role_verbs, sizeof role_verbs / sizeof *role_verbs, code, s, a, i))
        return 0;
    size_t v = i;
    next_attrib_word(s, len, &i, &a);
    if (i == a || pc_attrib_pronoun_after(s + v, i - v, code))
        return 0;
    /* no articles: any word but a clitic, an auxiliary or a conjunction
     * ("řekla doktorka", not "řekla jsem", "řekla mi": I said, she told
     * me; "сказал мне", he told me) */
    if (!strcmp(code, "ru") || !strcmp(code, "cs"))
        return !word_for(role_not_speaker, sizeof role_not_speaker / sizeof *role_not_speaker, code,
                         s, a, i);
    /* an article, elided ("l'adjoint", "l’adjoint"), or a capitalised word */
    if (word_for(role_articles, sizeof role_articles / sizeof *role_articles, code, s, a, i) ||
        ((s[a] == 'l' || s[a] == 'L') && i - a > 2 &&
         (s[a + 1] == '\'' || pc_attrib_at(s, i, a + 1, "\u2019"))))
        return 1;
    utf8proc_int32_t cp;
    return utf8proc_iterate((const utf8proc_uint8_t *)s + a, (utf8proc_ssize_t)(i - a), &cp) > 0 &&
           utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

/* Words of s[0..len): white-space separated, or two Chinese or Japanese
 * characters (lead bytes E3..E9 of three-byte UTF-8) for one word when that
 * counts more (those scripts write no spaces). */
size_t pc_attrib_count_words(const char *s, size_t len)
{
    size_t n = 0, cjk = 0;
    int in = 0;
    for (size_t i = 0; i < len; i++) {
        int sp = is_space(s[i]);
        if (!sp && !in)
            n++;
        in = !sp;
        cjk += (unsigned char)s[i] >= 0xE3 && (unsigned char)s[i] <= 0xE9;
    }
    return cjk / 2 > n ? cjk / 2 : n;
}

/* ---- Japanese and Chinese ---------------------------------------------- */

/* The bytes of the UTF-8 string u at s[i..n)? */
int pc_attrib_at(const char *s, size_t n, size_t i, const char *u)
{
    size_t k = strlen(u);
    return i + k <= n && memcmp(s + i, u, k) == 0;
}

/* Start of the character that ends at s[e) (UTF-8). */
static size_t char_back(const char *s, size_t e)
{
    size_t i = e - 1;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
        i--;
    return i;
}

/* Marks that end a clause: a speaker never spans them. */
static int clause_mark(const char *s, size_t n, size_t i)
{
    static const char *const marks[] = {"\u3001", "\u3002", "\uFF0C", "\uFF1B", "\uFF1A",
                                        "\u300C", "\u300D", "\u300E", "\u300F", "\u201C",
                                        "\u201D", "\uFF01", "\uFF1F", NULL};
    if (s[i] == ',' || s[i] == '.' || s[i] == ';' || s[i] == ':' || s[i] == '"' || s[i] == '\n')
        return 1;
    for (int k = 0; marks[k]; k++)
        if (pc_attrib_at(s, n, i, marks[k]))
            return 1;
    return 0;
}

/* The end of a number in brackets at s[i) ("（34）", "(34)", "（34歳）":
 * an age), or i. */
static size_t bracket_number(const char *s, size_t e, size_t i)
{
    size_t k;
    if (s[i] == '(')
        k = i + 1;
    else if (pc_attrib_at(s, e, i, "\uFF08")) /* （ */
        k = i + 3;
    else
        return i;
    size_t d = k;
    for (;;) {
        if (k < e && s[k] >= '0' && s[k] <= '9')
            k++;
        else if (k + 3 <= e && (unsigned char)s[k] == 0xEF && (unsigned char)s[k + 1] == 0xBC &&
                 (unsigned char)s[k + 2] >= 0x90 && (unsigned char)s[k + 2] <= 0x99)
            k += 3; /* ０ to ９ */
        else
            break;
    }
    if (k == d)
        return i;
    if (pc_attrib_at(s, e, k, "\u6B73")) /* 歳 */
        k += 3;
    if (k < e && s[k] == ')')
        return k + 1;
    if (pc_attrib_at(s, e, k, "\uFF09")) /* ） */
        return k + 3;
    return i;
}

/* The speaker s[a..e), trimmed of spaces and of a Chinese phrase of place
 * or listener after it (在 "at", 对 and 向 "to", 于 "at": "市长李文华在开馆
 * 仪式上说" is said by 市长李文华), when it is 2 to 16 characters of letters
 * (no digits, no clause marks): interned, else NULL. */
static size_t cjk_name(const char *s, size_t a, size_t e, char *buf)
{
    static const char *const cut[] = {"\u5728", "\u5BF9", "\u5411", "\u4E8E", NULL};
    while (a < e && is_space(s[a]))
        a++;
    for (size_t i = a + 6; i + 3 <= e; i++) /* after two characters at least */
        for (int k = 0; cut[k]; k++)
            if (pc_attrib_at(s, e, i, cut[k])) {
                e = i;
                break;
            }
    while (e > a && is_space(s[e - 1]))
        e--;
    /* without an age or a number in brackets ("鈴木大輔さん（34）") */
    size_t n = 0;
    for (size_t i = a; i < e && n + 4 < PC_ATTRIB_NAME_MAX;) {
        size_t k = bracket_number(s, e, i);
        if (k > i) {
            i = k;
            continue;
        }
        buf[n++] = s[i++];
    }
    if (n + 4 >= PC_ATTRIB_NAME_MAX)
        return 0;
    size_t chars = 0;
    for (size_t i = 0; i < n; i++) {
        if ((buf[i] >= '0' && buf[i] <= '9') || clause_mark(buf, n, i))
            return 0;
        chars += ((unsigned char)buf[i] & 0xC0) != 0x80;
    }
    /* "a mother", "some residents": no one named (一位 一名 一个 一些, ある) */
    static const char *const nobody[] = {"\u4E00\u4F4D", "\u4E00\u540D", "\u4E00\u4E2A",
                                         "\u4E00\u4E9B", "\u3042\u308B", NULL};
    for (int k = 0; nobody[k]; k++)
        if (pc_attrib_at(buf, n, 0, nobody[k]))
            return 0;
    return chars >= 2 && chars <= 16 ? n : 0;
}

/* Does s[0..n) (what follows a Japanese closing mark) go on with と and a
 * verb of saying within a few characters ("」と述べた", "」と記者団に話した")?
 * A topic before a quote is its speaker only then: "原因は「…」とみられる"
 * ("the cause is thought to be ...") names no speaker. */
static int ja_said(const char *s, size_t n)
{
    static const char *const verbs[] = {"\u8FF0\u3079",
                                        "\u8A71",
                                        "\u8A9E",
                                        "\u8A00\u3063",
                                        "\u8A00\u3046",
                                        "\u547C\u3073\u304B\u3051",
                                        "\u8AAC\u660E",
                                        "\u5F37\u8ABF",
                                        "\u660E\u3089\u304B\u306B",
                                        "\u7B54\u3048",
                                        "\u8A34\u3048",
                                        "\u6307\u6458",
                                        "\u30B3\u30E1\u30F3\u30C8",
                                        "\u767A\u8868",
                                        "\u8868\u660E",
                                        "\u4E3B\u5F35",
                                        "\u8B1D\u7F6A",
                                        "\u6279\u5224",
                                        "\u53CD\u8AD6",
                                        "\u8A3C\u8A00",
                                        "\u632F\u308A\u8FD4",
                                        "\u660E\u304B\u3057",
                                        "\u660E\u8A00",
                                        "\u65AD\u8A00",
                                        "\u5BA3\u8A00",
                                        "\u767A\u8A00",
                                        "\u91C8\u660E",
                                        "\u6297\u8B70",
                                        "\u56DE\u7B54",
                                        "\u7B54\u5F01",
                                        "\u5831\u544A",
                                        "\u5606\u3044",
                                        "\u8981\u8ACB",
                                        "\u6C42\u3081",
                                        "\u6253\u3061\u660E\u3051",
                                        NULL}; /* 述べ 話 語 言っ 言う 呼びかけ 説明 強調 明らかに
                                                  答え 訴え 指摘 コメント 発表 表明 主張; acts of
                                                  speech: 謝罪 批判 反論 証言 振り返 明かし 明言
                                                  断言 宣言 発言 釈明 抗議 回答 答弁 報告 嘆い
                                                  要請 求め 打ち明け */
    size_t i = 0;
    while (i < n && is_space(s[i]))
        i++;
    if (!pc_attrib_at(s, n, i, "\u3068")) /* と */
        return 0;
    size_t lim = i + 3 + 3 * 12 < n ? i + 3 + 3 * 12 : n;
    for (size_t j = i + 3; j < lim; j++) {
        if (clause_mark(s, lim, j) && !pc_attrib_at(s, lim, j, "\u3001"))
            return 0;
        for (int k = 0; verbs[k]; k++)
            if (pc_attrib_at(s, lim, j, verbs[k]))
                return 1;
    }
    return 0;
}

/* The start of the clause that ends at s[e): after the last clause mark. */
static size_t clause_start(const char *s, size_t e)
{
    size_t a = e;
    while (a > 0) {
        size_t b = char_back(s, a);
        if (clause_mark(s, a, b))
            break;
        a = b;
    }
    return a;
}

/* The speaker from s[a) to the first of `words` within `chars` characters
 * (of three bytes) of the same clause, or NULL. */
static size_t name_up_to(const char *s, size_t len, size_t a, size_t chars,
                         const char *const *words, char *buf)
{
    size_t lim = a + 3 * chars < len ? a + 3 * chars : len;
    for (size_t j = a; j < lim; j++) {
        if (clause_mark(s, lim, j))
            return 0;
        for (int k = 0; words[k]; k++)
            if (pc_attrib_at(s, lim, j, words[k]))
                return cjk_name(s, a, j, buf);
    }
    return 0;
}

/* Attribution in Japanese and Chinese, which write no spaces and no
 * capitals: the topic or subject of the clause that opens the quote
 * ("田中浩二市長は「…」と述べた", "漁師の佐藤健さんは「…」と話した"; the
 * quote's clause follows the particle は or が), or the subject of a verb
 * of saying before a colon ("市长王明表示：“…”", "…说：“…”"); after the
 * closing mark, "と" and a subject with は or が ("「…」と田中市長は述べた")
 * or a subject and a verb of saying ("“…”，王明说。").  The speaker is
 * the clause's words up to the particle or the verb, 2 to 16 characters. */
size_t pc_attrib_cjk(const char *s, size_t len, int after, const char *rest, size_t rest_len,
                     char *buf)
{
    static const char *const ja_topic[] = {"\u306F", "\u304C", NULL}; /* は が */
    /* 表示 说 称 指出 强调 介绍 透露 告诉记者 说道 表示说 回应 */
    static const char *const zh_say[] = {"\u8868\u793A",
                                         "\u8BF4\u9053",
                                         "\u8BF4",
                                         "\u79F0",
                                         "\u6307\u51FA",
                                         "\u5F3A\u8C03",
                                         "\u4ECB\u7ECD",
                                         "\u900F\u9732",
                                         "\u544A\u8BC9\u8BB0\u8005",
                                         "\u56DE\u5E94",
                                         "\u8AAA", /* 說 (traditional) */
                                         NULL};
    if (!after) {
        size_t e = len;
        while (e > 0 && is_space(s[e - 1]))
            e--;
        int colon = e >= 3 && pc_attrib_at(s, len, e - 3, "\uFF1A");
        if (!colon && e > 0 && s[e - 1] == ':')
            colon = 1, e--;
        else if (colon)
            e -= 3;
        if (colon) {
            for (int k = 0; zh_say[k]; k++) {
                size_t vl = strlen(zh_say[k]);
                if (e >= vl && memcmp(s + e - vl, zh_say[k], vl) == 0)
                    return cjk_name(s, clause_start(s, e - vl), e - vl, buf);
            }
            return 0;
        }
        /* Japanese: the particle ends the clause before the mark, or a few
         * words come between ("市長は記者会見で「"), and a verb of saying
         * follows the quote */
        if (!ja_said(rest, rest_len))
            return 0;
        size_t a = clause_start(s, e);
        for (size_t i = a; i < e; i++)
            for (int k = 0; ja_topic[k]; k++)
                if (pc_attrib_at(s, e, i, ja_topic[k]) && e - i <= 3 * 12)
                    return cjk_name(s, a, i, buf);
        return 0;
    }
    size_t i = 0;
    while (i < len && is_space(s[i]))
        i++;
    if (pc_attrib_at(s, len, i, "\u3068")) /* と */
        return name_up_to(s, len, i + 3, 16, ja_topic, buf);
    if (pc_attrib_at(s, len, i, "\uFF0C") || (i < len && s[i] == ','))
        i += s[i] == ',' ? 1 : 3;
    return name_up_to(s, len, i, 20, zh_say, buf);
}

/* Korean attribution (session 35): a quotation closes with the quotative
 * ending glued to its mark, (이)라고 or 고, and a verb of saying follows
 * within three words (말했다 밝혔다 강조했다 전했다 설명했다 덧붙였다 주장했다
 * 지적했다, or 했다 itself); the speaker is the topic or subject of the
 * clause before the opening mark, the words up to the first one that ends
 * in 은 는 이 가 ("김민수 시장은 개통식에서 "…"이라고 강조했다": 김민수 시장).
 * "한 시민은" (a citizen) names no one. */
int pc_attrib_ko(const char *s, size_t len, const char *rest, size_t rest_len, size_t *a, size_t *e)
{
    static const char *const quotative[] = {"\uC774\uB77C\uACE0", "\uB77C\uACE0", "\uACE0",
                                            NULL}; /* 이라고 라고 고 */
    static const char *const verbs[] = {"\uB9D0\uD588",
                                        "\uBC1D\uD614",
                                        "\uAC15\uC870\uD588",
                                        "\uC804\uD588",
                                        "\uC124\uBA85\uD588",
                                        "\uB367\uBD99\uC600",
                                        "\uC8FC\uC7A5\uD588",
                                        "\uC9C0\uC801\uD588",
                                        "\uD588",
                                        "\uB9D0\uD55C",
                                        NULL};
    /* 말했 밝혔 강조했 전했 설명했 덧붙였 주장했 지적했 했 말한 */
    static const char *const particles[] = {"\uC740", "\uB294", "\uC774", "\uAC00", NULL};
    size_t i = 0, q = 0;
    while (i < rest_len && (rest[i] == '"' || rest[i] == '\''))
        i++;
    for (int k = 0; quotative[k] && !q; k++)
        if (pc_attrib_at(rest, rest_len, i, quotative[k]))
            q = strlen(quotative[k]);
    if (!q || i + q >= rest_len || !is_space(rest[i + q]))
        return 0;
    int said = 0;
    for (size_t j = i + q, words = 0; j < rest_len && words < 3 && !said; words++) {
        while (j < rest_len && is_space(rest[j]))
            j++;
        for (int k = 0; verbs[k] && !said; k++)
            said = pc_attrib_at(rest, rest_len, j, verbs[k]);
        while (j < rest_len && !is_space(rest[j]) && rest[j] != ',' && rest[j] != '.')
            j++;
    }
    if (!said)
        return 0;
    /* the clause before the mark: after its last comma */
    size_t c = len;
    while (c > 0 && s[c - 1] != ',')
        c--;
    size_t w = c;
    while (w < len && is_space(s[w]))
        w++;
    size_t start = w;
    for (int nw = 0; w < len && nw < 4; nw++) {
        size_t we = w;
        while (we < len && !is_space(s[we]))
            we++;
        for (int k = 0; particles[k]; k++) {
            size_t pl = strlen(particles[k]);
            if (we - w > pl && memcmp(s + we - pl, particles[k], pl) == 0) {
                if (pc_attrib_at(s, len, start, "\uD55C ")) /* 한 (a, one) */
                    return 0;
                *a = start;
                *e = we - pl;
                return 1;
            }
        }
        w = we;
        while (w < len && is_space(s[w]))
            w++;
    }
    return 0;
}

/* Words of s[0..n) split at white space, with their ends; at most `max`. */
static size_t split_ws(const char *s, size_t n, size_t *ws, size_t *we, size_t max)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k < max;) {
        while (i < n && is_space(s[i]))
            i++;
        if (i >= n)
            break;
        ws[k] = i;
        while (i < n && !is_space(s[i]))
            i++;
        we[k++] = i;
    }
    return k;
}

/* Is word s[a..e), without a final comma, colon or period and (Arabic)
 * without the conjunction و glued before it, one of list? */
static int word_in(const char *s, size_t a, size_t e, const char *const *list, int wa)
{
    while (e > a && (s[e - 1] == ',' || s[e - 1] == ':' || s[e - 1] == '.'))
        e--;
    if (e - a >= 2 && pc_attrib_at(s, e, e - 2, "\u060C")) /* ، */
        e -= 2;
    if (e - a >= 3 && pc_attrib_at(s, e, e - 3, "\u0964")) /* । */
        e -= 3;
    for (int pass = 0; pass < 1 + wa; pass++) {
        size_t b = a + (pass ? 2 : 0); /* و is two bytes */
        if (pass && !(e - a > 2 && pc_attrib_at(s, e, a, "\u0648")))
            break;
        for (int k = 0; list[k]; k++)
            if (strlen(list[k]) == e - b && memcmp(s + b, list[k], e - b) == 0)
                return 1;
    }
    return 0;
}

/* ---- Hindi, Arabic, Hebrew --------------------------------------------- */

/* Hindi, in the words [ws[k], we[k]) of s, k < n: the agent before ने and a
 * verb of saying, 1 and its words [*i0, *v0); 2 for a pronoun agent ("he
 * said"); 0 when none. */
static int hindi_agent(const char *s, const size_t *ws, const size_t *we, size_t n, size_t *i0,
                       size_t *v0)
{
    static const char *const hi_say[] = {"\u0915\u0939\u093E", "\u092C\u0924\u093E\u092F\u093E",
                                         "\u091C\u094B\u0921\u093C\u093E", "\u0915\u0939\u093E,",
                                         NULL}; /* कहा बताया जोड़ा */
    /* the agent pronouns "he", "she", "they" (उन्होंने उसने इन्होंने इसने) */
    static const char *const hi_pronoun[] = {
        "\u0909\u0928\u094D\u0939\u094B\u0902\u0928\u0947", "\u0909\u0938\u0928\u0947",
        "\u0907\u0928\u094D\u0939\u094B\u0902\u0928\u0947", "\u0907\u0938\u0928\u0947", NULL};
    for (size_t v = 0; v < n; v++) {
        int pronoun = word_in(s, ws[v], we[v], hi_pronoun, 0);
        if (!pronoun && (v == 0 || !pc_attrib_at(s, we[v], ws[v], "\u0928\u0947") ||
                         we[v] - ws[v] != 6)) /* ने */
            continue;
        /* a verb of saying after ने (its object may come between) */
        int said = 0;
        for (size_t k = v + 1; k < n && k <= v + 6 && !said; k++)
            said = word_in(s, ws[k], we[k], hi_say, 0);
        if (!said)
            continue;
        if (pronoun) /* "he said": resolved as in English */
            return 2;
        size_t k = v; /* back to the clause's start: a comma or a danda */
        while (k > 0 && v - k < 6 && s[we[k - 1] - 1] != ',' &&
               !(we[k - 1] - ws[k - 1] >= 3 && pc_attrib_at(s, we[k - 1], we[k - 1] - 3, "\u0964")))
            k--;
        *i0 = k, *v0 = v;
        return 1;
    }
    return 0;
}

/* Does the word end a speaker's name: a punctuation mark at its end, or a
 * conjunction "that" (Arabic إن أن, Hindi कि, Hebrew כי)? */
static int ends_name(const char *s, size_t a, size_t e)
{
    static const char *const that[] = {"\u0625\u0646", "\u0623\u0646", "\u0643\u093F",
                                       "\u05DB\u05D9", NULL};
    return word_in(s, a, e, that, 0);
}

/* Do Hebrew words [i, j) look like a title rather than a name: a noun in
 * construct before a definite one ("מפקד המחוז", "ראש המועצה"), or one
 * definite word ("השר")?  Words with the article ה are not names. */
static int he_title(const char *s, const size_t *ws, const size_t *we, size_t i, size_t j)
{
    for (size_t k = j - i == 1 ? i : i + 1; k < j; k++)
        if (pc_attrib_at(s, we[k], ws[k], "\u05D4"))
            return 1;
    return 0;
}

/* Is word s[a..e) a verb of saying, also with the conjunction ו ("and")
 * glued before it (Hebrew)? */
static int he_verb(const char *s, size_t a, size_t e, const char *const *say)
{
    return word_in(s, a, e, say, 0) ||
           (e - a > 2 && pc_attrib_at(s, e, a, "\u05D5") && word_in(s, a + 2, e, say, 0));
}

/* The speaker words[i..j) of s, 1 to 6 words, their end trimmed of
 * punctuation: 1 and its bytes [*a, *e), else 0. */
static int words_span(const char *s, const size_t *ws, const size_t *we, size_t i, size_t j,
                      size_t *a0, size_t *e0)
{
    if (j <= i || j - i > 6)
        return 0;
    size_t a = ws[i], e = we[j - 1];
    while (e > a && (s[e - 1] == ',' || s[e - 1] == ':' || s[e - 1] == '.' || s[e - 1] == '"'))
        e--;
    if (e - a >= 2 && pc_attrib_at(s, e, e - 2, "\u060C"))
        e -= 2;
    *a0 = a, *e0 = e;
    return e > a;
}

/* Attribution by verbs of saying in Hindi, Arabic and Hebrew (scripts
 * without capitals).  Hindi: the agent before ने and a verb of saying
 * ("मुख्यमंत्री रमेश वर्मा ने कहा, "…"", ""…", मंत्री ने कहा"), or a pronoun
 * ("उन्होंने कहा", 2).  Arabic
 * and Hebrew: the words after a verb of saying, up to "that" or a mark
 * ("وقال وزير المياه سالم الحارثي إن "…"", ""…", אמר ראש העירייה");
 * Hebrew also the words before it ("ראש העירייה אמר: "…""). */
int pc_attrib_verb(const char *s, size_t len, int after, const char *code, size_t *a, size_t *e)
{
    static const char *const ar_say[] = {
        "\u0642\u0627\u0644",
        "\u0642\u0627\u0644\u062A",
        "\u0623\u0636\u0627\u0641",
        "\u0623\u0636\u0627\u0641\u062A",
        "\u0623\u0643\u062F",
        "\u0623\u0643\u062F\u062A",
        "\u0623\u0648\u0636\u062D",
        "\u0623\u0648\u0636\u062D\u062A",
        "\u0635\u0631\u062D",
        "\u0635\u0631\u062D\u062A",
        "\u0630\u0643\u0631",
        "\u0630\u0643\u0631\u062A",
        NULL}; /* قال قالت أضاف أضافت أكد أكدت أوضح أوضحت صرح صرحت ذكر ذكرت */
    static const char *const he_say[] = {
        "\u05D0\u05DE\u05E8",
        "\u05D0\u05DE\u05E8\u05D4",
        "\u05D4\u05D5\u05E1\u05D9\u05E3",
        "\u05D4\u05D5\u05E1\u05D9\u05E4\u05D4",
        "\u05E6\u05D9\u05D9\u05DF",
        "\u05E6\u05D9\u05D9\u05E0\u05D4",
        "\u05DE\u05E1\u05E8",
        "\u05DE\u05E1\u05E8\u05D4",
        "\u05D4\u05D3\u05D2\u05D9\u05E9",
        "\u05D4\u05D3\u05D2\u05D9\u05E9\u05D4",
        NULL}; /* אמר אמרה הוסיף הוסיפה ציין ציינה מסר מסרה הדגיש הדגישה */
    int hi = strcmp(code, "hi") == 0, ar = strcmp(code, "ar") == 0, he = strcmp(code, "he") == 0;
    if (!hi && !ar && !he)
        return 0;
    size_t base = 0;
    if (!after && len > 512) { /* the words nearest the quote */
        size_t cut = len - 512;
        while (cut < len && !is_space(s[cut]))
            cut++;
        s += cut;
        len -= cut;
        base = cut;
    }
    size_t ws[64], we[64];
    size_t n = split_ws(s, len, ws, we, 64), all = n;
    if (after && n > 12)
        n = 12; /* the attribution follows the quote closely */
    if (hi) {
        size_t i, v;
        int r = hindi_agent(s, ws, we, n, &i, &v);
        if (r == 1 && !words_span(s, ws, we, i, v, a, e))
            return 0;
        if (r == 1)
            *a += base, *e += base;
        return r;
    }
    const char *const *say = ar ? ar_say : he_say;
    size_t v = n;
    if (after) {
        for (v = 0; v < n && v < 4; v++)
            if (word_in(s, ws[v], we[v], say, ar))
                break;
        if (v >= n || v >= 4)
            return 0;
    } else {
        while (v > 0 && !word_in(s, ws[v - 1], we[v - 1], say, ar))
            v--;
        if (v == 0)
            return 0;
        v--;
    }
    size_t j = v + 1;
    while (j < n && j - v <= 6 && !ends_name(s, ws[j], we[j])) {
        char c = s[we[j] - 1];
        j++;
        if (c == ',' || c == ':' || c == '.' ||
            (we[j - 1] - ws[j - 1] >= 2 && pc_attrib_at(s, we[j - 1], we[j - 1] - 2, "\u060C")))
            break;
    }
    if (he && j > v + 1 && j < n && s[we[j - 1] - 1] == ',' && he_title(s, ws, we, v + 1, j)) {
        /* a title, then the name in apposition ("אמר מפקד המחוז, ניצב משה
         * כהן"): up to four words that end at a mark, at "that" or at the
         * end, none of them a verb of saying ("אמר השר, והוסיף כי") */
        size_t k = j;
        int end = 0;
        while (k < n && k - j < 4 && !end && !ends_name(s, ws[k], we[k]) &&
               !he_verb(s, ws[k], we[k], say)) {
            char c = s[we[k] - 1];
            end = c == ',' || c == ':' || c == '.';
            k++;
        }
        if (end || k == all || (k < n && ends_name(s, ws[k], we[k])))
            return words_span(s, ws, we, j, k, a, e) ? (*a += base, *e += base, 1) : 0;
    }
    int name = words_span(s, ws, we, v + 1, j, a, e);
    if (!name && he && !after && v > 0) {
        size_t i = v;
        if (s[we[v - 1] - 1] == ',') {
            /* the name between commas before the verb ("ראש המועצה
             * האזורית, דנה לוי, אמרה כי"), or opening the sentence */
            i = v - 1;
            while (i > 0 && v - i < 4 && s[we[i - 1] - 1] != ',' && s[we[i - 1] - 1] != '.')
                i--;
            if (i > 0 && s[we[i - 1] - 1] != ',' && s[we[i - 1] - 1] != '.')
                return 0;
            /* "דנה לוי, ראש המועצה, אמרה": the name before the title */
            if (i > 0 && s[we[i - 1] - 1] == ',' && he_title(s, ws, we, i, v)) {
                size_t h = i - 1;
                while (h > 0 && i - h < 4 && s[we[h - 1] - 1] != ',' && s[we[h - 1] - 1] != '.')
                    h--;
                int start = h == 0 || s[we[h - 1] - 1] == ',' || s[we[h - 1] - 1] == '.';
                if (start && !he_title(s, ws, we, h, i))
                    return words_span(s, ws, we, h, i, a, e) ? (*a += base, *e += base, 1) : 0;
            }
        } else { /* "ראש העירייה אמר:" */
            while (i > 0 && v - i < 5 && s[we[i - 1] - 1] != ',' && s[we[i - 1] - 1] != '.')
                i--;
        }
        name = words_span(s, ws, we, i, v, a, e);
    }
    if (name)
        *a += base, *e += base;
    return name;
}
