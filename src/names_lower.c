/* Names made explicit in text without capitals (names_lower.h): the
 * given name of a surname that opens a summary sentence, read from the
 * sentence's own document with the digest's lexicons of given names, as
 * no capital says what a name is (docs/methods.md, "Names made
 * explicit", "Text without capitals").  Here and not in model/names.c,
 * whose rules read capitals: the lexicons are the digest's, a layer above
 * the model. */
#include "names_lower.h"

#include <string.h>

#include "digest/lex.h"
#include "lang/lang.h"
#include "model/model.h"
#include "text/words.h"
#include "util/bytes.h"

/* The word of ASCII letters that ends before s[at], spaces between: its
 * start in *b, its end returned (*b is the end when there is none). */
static size_t word_before(const char *s, size_t at, size_t *b)
{
    size_t e = at;
    while (e > 0 && s[e - 1] == ' ')
        e--;
    size_t k = e;
    while (k > 0 && ((s[k - 1] | 32) >= 'a' && (s[k - 1] | 32) <= 'z'))
        k--;
    *b = k;
    return e;
}

/* Text that lost its capitals (the lower-cased Multi-News) writes no name
 * the rules of model/names.c can see, and its summaries open sentences with a bare
 * surname nobody introduced ("Drizin said ...", "Frein, 31, who is
 * accused ..."): news introduces a person with the given name and names
 * him by the surname afterwards, and the extract left the introduction
 * out.  Read only at a sentence's first word, where English puts the
 * subject and where such surnames stand (9 of the 16 bare surnames of
 * main's default summaries of train-10k 9,501-9,700: bench/RESULTS.md,
 * s43-needs), and only in the
 * sentence's own document, whose earlier sentences must write the word
 * right after one and the same given name of the lexicons (digest/lex.h:
 * no capital says what a name is here) and never bare before that.  The
 * bytes of the word before it in the earliest such sentence, s: its
 * start in *g and its length, or 0; the word before that one, if any,
 * in *f and *fn (NULL and 0: none). */
static size_t given_before(const char *s, size_t n, const char *w, size_t wn, const char **g,
                           const char **f, size_t *fn)
{
    for (size_t i = 0; i + wn <= n; i++) {
        if (i > 0 && (unsigned char)s[i - 1] > ' ')
            continue; /* inside a word */
        if (!pc_bytes_fold_eq(s + i, w, wn))
            continue;
        char after = i + wn < n ? s[i + wn] : ' ';
        if (((after | 32) >= 'a' && (after | 32) <= 'z') || after == '-')
            continue;
        size_t b, e = word_before(s, i, &b);
        if (b == e || e == i || (b > 0 && (unsigned char)s[b - 1] > ' '))
            return 0; /* a mark or a hyphen before it: no given name */
        /* a given name before it makes it a middle name ("cody lee
         * williams": not "Lee Williams") */
        size_t pb, pe = word_before(s, b, &pb);
        if (pe < b && pb < pe &&
            (pc_lex_first_name(s + pb, pe - pb) || pc_lex_given_learned(s + pb, pe - pb)))
            return 0;
        *g = s + b;
        *f = pb < pe && (pb == 0 || (unsigned char)s[pb - 1] <= ' ') ? s + pb : NULL;
        *fn = *f ? pe - pb : 0;
        return e - b;
    }
    return 0;
}

/* Whether a sentence of cluster c writes word a[0..an) right before word
 * b[0..bn) (case folded, one space between).  Read only for a surname
 * about to get its given name: linear in the cluster's text. */
static int writes_pair(const precis_cluster *c, const char *a, size_t an, const char *b, size_t bn)
{
    for (size_t s = 0; s < c->nsents; s++) {
        const char *t = c->sents[s].text;
        size_t n = c->sents[s].len;
        for (size_t i = 0; i + an + 1 + bn <= n; i++) {
            if ((i > 0 && (unsigned char)t[i - 1] > ' ') || !pc_bytes_fold_eq(t + i, a, an) ||
                t[i + an] != ' ' || !pc_bytes_fold_eq(t + i + an + 1, b, bn))
                continue;
            size_t e = i + an + 1 + bn;
            if (e == n || !(((t[e] | 32) >= 'a' && (t[e] | 32) <= 'z') || t[e] == '-'))
                return 1;
        }
    }
    return 0;
}

/* Whether a sentence of chosen[0..i) writes term t: a surname the summary
 * wrote already is no first mention. */
static int said_before(const pc_model *m, const uint32_t *chosen, size_t i, uint32_t t)
{
    for (size_t j = 0; j < i; j++) {
        const pc_sent *st = &m->c->sents[m->sentence_of[chosen[j]]];
        for (size_t q = 0; q < st->ntok; q++)
            if (st->tok[q] == t)
                return 1;
    }
    return 0;
}

/* The given name of surname w[0..wn) (term t) of summary sentence
 * chosen[i] (above), read in its document before it; capitalised when
 * the edit opens the sentence (cap), as "G " in arena; *len its bytes,
 * NULL when none is certain. */
static const char *given_for(const pc_model *m, const uint32_t *chosen, size_t i, uint32_t t,
                             const char *w, size_t wn, int cap, size_t *len)
{
    const precis_cluster *c = m->c;
    uint32_t s = m->sentence_of[chosen[i]];
    const pc_sent *st = &c->sents[s];
    if (c->vocab.terms[t].stop || c->vocab.terms[t].occurrences < 2)
        return NULL;
    if (wn < 3 || (wn < st->len - (size_t)(w - st->text) &&
                   ((unsigned char)w[wn] >= 0x80 || (w[wn] >= '0' && w[wn] <= '9'))))
        return NULL;
    /* its document before it: every mention after one given name (term
     * g), the first one not bare; linear in the document's tokens */
    uint32_t g = UINT32_MAX;
    size_t first = SIZE_MAX;
    for (size_t p = s - st->pos; p < s; p++) {
        const pc_sent *ps = &c->sents[p];
        if (ps->doc != st->doc)
            return NULL;
        for (size_t q = 0; q < ps->ntok; q++) {
            if (ps->tok[q] != t)
                continue;
            uint32_t before = q > 0 ? ps->tok[q - 1] : UINT32_MAX;
            if (before == UINT32_MAX || c->vocab.terms[before].stop) {
                if (g == UINT32_MAX)
                    return NULL; /* named bare before named in full */
                continue;
            }
            if (g != UINT32_MAX && before != g)
                return NULL; /* two given names, or a title and a name */
            if (g == UINT32_MAX) {
                g = before;
                first = p;
            }
        }
    }
    /* the summary's earlier sentences after the document: the dearer test */
    if (g == UINT32_MAX || said_before(m, chosen, i, t))
        return NULL;
    const char *gs, *fs;
    size_t fn, gn = given_before(c->sents[first].text, c->sents[first].len, w, wn, &gs, &fs, &fn);
    if (gn < 2 || !(pc_lex_first_name(gs, gn) || pc_lex_given_learned(gs, gn)))
        return NULL;
    /* "bobbie jessica prather" beside "bobbie prather": the given name
     * is the word before, and "jessica" a middle name */
    if (fn && !pc_lex_title(fs, fn) && writes_pair(c, fs, fn, w, wn))
        return NULL;
    char *out = pc_arena_alloc(m->arena, gn + 2);
    if (!out)
        return NULL;
    memcpy(out, gs, gn);
    if (cap)
        out[0] = (char)(out[0] >= 'a' && out[0] <= 'z' ? out[0] - 'a' + 'A' : out[0]);
    else /* a sentence's first word, capitalised for display (recapped) */
        out[0] = (char)(out[0] >= 'A' && out[0] <= 'Z' ? out[0] - 'A' + 'a' : out[0]);
    out[gn] = ' ';
    out[gn + 1] = '\0';
    *len = gn + 1;
    return out;
}

/* The sentence of summary item chosen[i], when it may take a given name:
 * English, not its document's first (nothing before it to read). */
static const pc_sent *named_sentence(const pc_model *m, const uint32_t *chosen, size_t i)
{
    const precis_cluster *c = m->c;
    uint32_t s = m->sentence_of[chosen[i]];
    const pc_sent *st = &c->sents[s];
    if (st->pos == 0 || st->ntok < 2 || st->pos > s || c->docs[st->doc].lang != &pc_lang_en)
        return NULL;
    return st;
}

/* The given name to write before the surname that opens summary sentence
 * chosen[i] (given_for), with its capital. */
static const char *lower_opening(const pc_model *m, const uint32_t *chosen, size_t i, size_t *len)
{
    const pc_sent *st = named_sentence(m, chosen, i);
    if (!st)
        return NULL;
    size_t wn = 0; /* the surname as the sentence writes it: letters alone */
    while (wn < st->len && (((st->text[wn] | 32) >= 'a' && (st->text[wn] | 32) <= 'z') ||
                            (wn > 0 && st->text[wn] == '-')))
        wn++;
    return given_for(m, chosen, i, st->tok[0], st->text, wn, 1, len);
}

/* A quotation's attribution that closes the sentence names its speaker
 * by the surname alone as often as a sentence's subject does ("... has
 * been a real struggle, \" sills said.", "..., grimes said."; 7 of the
 * bare surnames of main's default summaries of train-10k 9,701-10,000:
 * bench/RESULTS.md, s44-read), and for the same reason: the document
 * introduced the speaker in a sentence the extract left out.  The
 * surname stands right before a closing verb of saying (pc_speech_verb:
 * "said", "says", "added", ...), after a comma or a closing quote mark,
 * so that it is the verb's whole subject ("police chief john smith
 * said" has a word before it); it is written nowhere before in the
 * sentence.  The given name then as for the opening word (given_for),
 * without a capital: the text around it has none.  Its byte offset in
 * *at. */
static const char *lower_attribution(const pc_model *m, const uint32_t *chosen, size_t i,
                                     size_t *at, size_t *len)
{
    const pc_sent *st = named_sentence(m, chosen, i);
    if (!st)
        return NULL;
    const char *x = st->text;
    size_t e = st->len;
    while (e > 0 && (x[e - 1] == '.' || x[e - 1] == ' '))
        e--;
    size_t vb, ve = word_before(x, e, &vb);
    if (ve != e || vb == ve)
        return NULL;
    size_t sb, se = word_before(x, vb, &sb);
    /* the bytes first, the verb's table last: most sentences fail them */
    if (se == sb || se == vb || sb < 2 || x[sb - 1] != ' ' ||
        (x[sb - 2] != ',' && x[sb - 2] != '"') || !pc_speech_verb(x + vb, ve - vb))
        return NULL;
    char form[32 + PC_KEY_INLINE] = {0}; /* the surface form, NUL-padded for the lookup */
    size_t wn = se - sb;
    if (wn >= 32)
        return NULL;
    for (size_t k = 0; k < wn; k++)
        form[k] = (char)(x[sb + k] | 32);
    uint32_t id = pc_vocab_find_surface(&m->c->vocab, form, wn, pc_hash(form, wn));
    if (!id)
        return NULL;
    uint32_t t = id - 1, seen = 0;
    for (size_t q = 0; q < st->ntok; q++)
        seen += st->tok[q] == t;
    if (seen != 1)
        return NULL; /* the sentence names it before */
    *at = sb;
    return given_for(m, chosen, i, t, x + sb, wn, 0, len);
}

precis_status pc_names_lower(const pc_model *m, const uint32_t *chosen, size_t k, precis_unit unit,
                             size_t room, pc_name_edit **out, size_t *nout)
{
    pc_name_edit *e = NULL;
    size_t ne = 0;
    for (size_t i = 0; i < k; i++) {
        size_t len = 0, at = 0;
        const char *text = lower_opening(m, chosen, i, &len);
        if (!text)
            text = lower_attribution(m, chosen, i, &at, &len);
        size_t cost = unit == PRECIS_UNIT_WORDS ? 1 : unit == PRECIS_UNIT_BYTES ? len : 0;
        if (!text || cost > room)
            continue;
        if (!e && !(e = pc_arena_alloc(m->arena, k * sizeof *e)))
            return PRECIS_ENOMEM;
        room -= cost;
        e[ne++] = (pc_name_edit){i, at, text, len};
    }
    *out = e;
    *nout = ne;
    return PRECIS_OK;
}
