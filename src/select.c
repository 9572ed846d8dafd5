#include "select.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "digest/figures.h"
#include "lang/lang.h"
#include "model/names.h"
#include "model/standalone.h"
#include "text/boilerplate.h"
#include "text/clean.h"
#include "text/dates.h"
#include "text/words.h"
#include "util/bytes.h"
#include "util/sort.h"

typedef struct scored {
    double score;
    uint32_t idx;
} scored;

/* Higher score first, then lower index: a total order, so the sort's
 * result does not depend on the input's order. */
#define BEFORE(x, y) ((x).score > (y).score || ((x).score == (y).score && (x).idx < (y).idx))
PC_SORT_DEFINE_BY(sort_by_score, scored, BEFORE)

/* 1 when candidate i says what a chosen one says (pc_same_content), else
 * 2 when, with `event`, it tells an event a chosen one tells
 * (PC_EVENT_WORDS), else 0. */
static int redundant(const pc_model *m, const uint32_t *chosen, size_t k, uint32_t i, double limit,
                     int event, uint32_t *by)
{
    if (limit <= 0 || limit >= 1.0 + 1e-9)
        return 0;
    pc_overlap_mark(m, i);
    int told = 0;
    for (size_t j = 0; j < k; j++) {
        int r = pc_repeats(m, chosen[j], limit, event);
        if (r == 1) {
            *by = chosen[j];
            return 1;
        }
        told |= r;
    }
    return told;
}

/* The state of a selection: the budget used, the candidates chosen (in)
 * and, per name (model/names.h), whether a chosen candidate paid for its
 * given name (paid) and the source position of the earliest chosen one
 * that introduces the person (intro: (document << 32 | position) + 1, 0
 * when none). */
typedef struct sel {
    size_t used;
    uint8_t *in, *paid;
    uint64_t *intro;
    uint8_t *told;       /* per concept: in a chosen candidate; NULL: no retold test */
    uint32_t told_dates; /* the months and weekdays the chosen ones name (date_mask) */
    pc_fig *figs;        /* the figures of counted things the chosen ones state (restated) */
    size_t nfigs;
    uint8_t *again;    /* per candidate: 1 left out as an event told again (redundant), 2 as a
                        * writer's "I" waiting (unplaced_first_person) */
    size_t nagain;     /* how many */
    int event;         /* the event test is asked (all passes but the last) */
    uint32_t *blocked; /* pairs (candidate, the chosen one it says the same as), as met;
                        * RUN_KEPT marks a run's last sentence, kept out for what a
                        * sentence of its run says */
    size_t nblocked, maxblocked;
    uint32_t *ghosts; /* the chosen candidates fuller tellings replaced (fuller_tellings) */
    size_t nghosts;
    int wait;       /* the writer's "I" waits for the sentence before it (unplaced_first_person) */
    size_t nwaited; /* candidates passed over so, alone or as a run's last (again[i] & 2) */
    const double *score; /* the ranking's: -HUGE_VAL is never chosen (rank/rank.h) */
} sel;

/* Marks, in sel.blocked, a candidate left out with the run it needs
 * (pc_sa_chain) because another sentence of the run says what a chosen one
 * says: not itself a telling of that one (fuller_tellings passes it by),
 * but tried again when that one is replaced. */
#define RUN_KEPT 0x80000000u

/* Whether the marked candidate i (redundant marks it) is mostly what a
 * sentence a fuller telling replaced says: their common concepts are
 * `limit` of the larger set or more.  The fuller telling says all that
 * sentence said, so what only repeats it repeats the summary; a sentence
 * that shares its words and says more of its own (under `limit` of its
 * concepts in common) is no repeat, though the plain test, which divides
 * by the smaller set, would call it one. */
static int ghost_repeats(const pc_model *m, const sel *st, uint32_t i, double limit)
{
    size_t ni = m->cand_concepts[i].n;
    for (size_t g = 0; g < st->nghosts; g++) {
        size_t ng = m->cand_concepts[st->ghosts[g]].n;
        double common = pc_overlap_with(m, st->ghosts[g]) * (double)(ni < ng ? ni : ng);
        if (common >= limit * (double)(ni > ng ? ni : ng))
            return 1;
    }
    return 0;
}

/* The figures of the chosen candidates that restated compares: at most
 * FIGS_MAX (the comparison is linear in them per candidate), and at most
 * FIGS_ONE per candidate. */
#define FIGS_MAX 64
#define FIGS_ONE 8

/* Whether candidate i only tells again what the chosen candidates say
 * together, though no one of them says it (each pair is under the
 * redundancy limit: "Mount Keldar erupted early on Monday, and the ash
 * cloud has closed three airports ...", "Police evacuated the villages of
 * Ostby and Lund ...", then "A volcano in the northern highlands erupted
 * on Monday, grounding dozens of flights and prompting the evacuation of
 * two villages.").  Its content words (unigram concepts) are of two
 * kinds: the cluster's, which another document uses too or a chosen
 * candidate has, and its own, which only its document uses.  A fact the
 * cluster reports is told in the cluster's words; a retelling adds only
 * its outlet's wording ("highlands", "grounding", "dozens").  So it is
 * retold when it has three words of the cluster's or more, RETOLD_SHARE
 * of them in the chosen candidates, at most half as many words of its own
 * (a sentence with more words of its own than that tells something of
 * its own: "The regional government will decide on Tuesday whether to
 * reopen the airports."), no number the chosen candidates lack (one
 * number, as another digit string, counts as theirs when one of them
 * states the same figure: "48 hours" after "a 48-hour strike",
 * pc_shares_figure), and it says what it says the same way round: an even
 * number of negations and verbs of denial (pc_reversal_words_in, as the
 * attribution's test in summary.c: "But Britain said Pinochet did not
 * have diplomatic immunity" after "Chile ... argued that the senator has
 * diplomatic immunity"), and no month or weekday the chosen candidates
 * do not name (date_mask: a date is as specific as a number, "Schools in
 * the lower town are closed until Monday").  Asked with the default budget only
 * (precis_summarize); with a budget the user gave it cost Multi-News val
 * ROUGE-2 (docs/methods.md, "Retold in the summary so far"). */
#define RETOLD_SHARE 0.8

/* The words date_mask and other_time read: a sentence's first ones. */
#define DATE_WORDS 128

/* The months and weekdays sentence i names, as a mask: bit m - 1 for month
 * m, bit 12 + d for weekday d, in any case (Multi-News lowercases much of
 * its text: "comment monday"), but for the English month names that are
 * verbs too ("may", "march") and the abbreviations ("mar", "dec"), which
 * count capitalized only.  Other languages' names count in the cases their
 * grammar writes them ("марта", "в среду", "до понедельника":
 * pc_lang_month, pc_lang_weekday).  Over its words w (pc_lex_split). */
static uint32_t date_mask_words(const pc_model *m, uint32_t i, const pc_words *w)
{
    const pc_sent *s = pc_model_sent(m, i);
    const pc_lang *lang = m->c->docs[s->doc].lang;
    uint32_t mask = 0;
    for (size_t k = 0; k < w->n && k < DATE_WORDS; k++) {
        const char *t = s->text + w->w[k].start;
        size_t n = w->w[k].end - w->w[k].start;
        int mo = pc_lex_month(t, n), wd = pc_lex_weekday(t, n);
        if (mo && !w->w[k].cap && (mo == 3 || mo == 5 || n < 4))
            mo = 0;
        if (!mo && lang)
            mo = pc_lang_month(lang, t, n);
        if (wd < 0 && lang)
            wd = pc_lang_weekday(lang, t, n);
        if (mo)
            mask |= 1u << (mo - 1);
        if (wd >= 0)
            mask |= 1u << (12 + wd);
    }
    return mask;
}

/* The same, splitting sentence i's words. */
static uint32_t date_mask(const pc_model *m, uint32_t i)
{
    const pc_sent *s = pc_model_sent(m, i);
    pc_word room[DATE_WORDS];
    pc_words w = {room, 0, DATE_WORDS, NULL, 1};
    if (pc_lex_split(&w, s->text, s->len) < 0)
        return 0;
    return date_mask_words(m, i, &w);
}

static int retold(const pc_model *m, const sel *st, const uint32_t *chosen, size_t k, uint32_t i)
{
    const uint8_t *told = st->told;
    const pc_concepts *cs = &m->concepts;
    const pc_concept_list *a = &m->cand_concepts[i];
    size_t words = 0, found = 0, own = 0, figures = 0;
    for (uint32_t t = 0; t < a->n; t++) {
        uint32_t id = a->ids[t];
        if (pc_concept_is_bigram(cs, id))
            continue;
        uint32_t term = (uint32_t)(cs->key[id] - 1);
        if (!told[id] && (cs->terms.bits[term] & PC_TERM_DIGIT)) {
            if (figures++)
                return 0;
        } else if (cs->stats[id].df < 2 && !told[id]) {
            own++;
        } else {
            words++;
            found += told[id] != 0;
        }
    }
    if (figures) {
        /* its one number the summary lacks as written: told when a chosen
         * candidate states the same figure ("48 hours" after "a 48-hour
         * strike"), a word of the cluster's then */
        pc_overlap_mark(m, i);
        size_t j = 0;
        while (j < k && !pc_shares_figure(m, chosen[j]))
            j++;
        if (j == k)
            return 0;
        words++;
        found++;
    }
    if (words < 3 || 2 * own > words || (double)found < RETOLD_SHARE * (double)words)
        return 0;
    const pc_sent *s = pc_model_sent(m, i);
    if (pc_reversal_words_in(m->c->docs[s->doc].lang, s->text, s->len) % 2)
        return 0;
    /* a month or weekday the chosen candidates do not name is as specific
     * as a number they lack: a fact of its own ("closed until Monday") */
    return (date_mask(m, i) & ~st->told_dates) == 0;
}

/* Whether sentence i speaks of another time than the news: a year ("in
 * 1998", "since 2004"), a month, or a word that points back ("last year",
 * "the previous record", "two years ago"; in the languages precis reads
 * most, "в прошлом году", "पिछले साल", "l'an dernier", "im vergangenen
 * Jahr").  Its figures count another event or the same one at another
 * time, no second figure of the news ("Last year, chestnut won with 69
 * franks" after this year's count). */
static int other_time(const pc_model *m, uint32_t i, const pc_words *w)
{
    static const char *const back[] = {
        "last",     "previous", "ago",       "earlier", "yesterday", "former",      "прошлом",
        "прошлого", "прошлый",  "прошлой",   "прошлые", "पिछले",      "पिछली",       "पिछला",
        "dernier",  "dernière", "précédent", "letzten", "vorigen",   "vergangenen", "pasado",
        "anterior", "passato",  "scorso",    NULL};
    if (date_mask_words(m, i, w) & 0xFFFu)
        return 1;
    const pc_sent *s = pc_model_sent(m, i);
    for (size_t k = 0; k < w->n && k < DATE_WORDS; k++) {
        const char *t = s->text + w->w[k].start;
        size_t n = w->w[k].end - w->w[k].start;
        if (n == 4 && ((t[0] == '1' && t[1] == '9') || (t[0] == '2' && t[1] == '0')) &&
            t[2] >= '0' && t[2] <= '9' && t[3] >= '0' && t[3] <= '9')
            return 1;
        for (size_t b = 0; back[b]; b++)
            if (strlen(back[b]) == n && strncasecmp(t, back[b], n) == 0)
                return 1;
    }
    return 0;
}

/* The figures written in digits that sentence i states of counted things
 * (pc_figures_in), into f (FIGS_ONE); none when it speaks of another time
 * (other_time) or has no digit. */
static size_t digit_figures(const pc_model *m, uint32_t i, pc_fig *f)
{
    const pc_sent *s = pc_model_sent(m, i);
    size_t d = 0;
    while (d < s->len && (s->text[d] < '0' || s->text[d] > '9'))
        d++;
    if (d == s->len)
        return 0;
    /* the words are split once, for the figures and for other_time */
    pc_words w = {0};
    w.alc = m->c->alc;
    size_t n = pc_lex_split(&w, s->text, s->len)
                   ? SIZE_MAX
                   : pc_figures_in_words(m->c, s, &w, m->arena, f, FIGS_ONE),
           k = 0;
    if (n != SIZE_MAX && n && !other_time(m, i, &w))
        for (size_t j = 0; j < n; j++) {
            const char *t = f[j].f.text;
            while (*t && (*t < '0' || *t > '9'))
                t++;
            if (*t)
                f[k++] = f[j];
        }
    pc_words_release(&w);
    return k;
}

/* Whether candidate i states a figure of a counted thing that a chosen
 * candidate already gives a figure for, another or the same
 * (pc_figures_same_thing): "52 flights had been cancelled" after "more
 * than 40 flights were cancelled by midday", "около 1500 человек"
 * evacuated after "более 1200 жителей".  The reader of the summary cannot
 * tell which is true; the digest lists the figures by source ("Where
 * sources disagree").  Units of measure, money and percentages count no
 * thing ("92 percent of owners"), and a sentence that speaks of another
 * time counts another (other_time). */
static int restated(const pc_model *m, const sel *st, uint32_t i)
{
    if (!st->nfigs)
        return 0;
    pc_fig f[FIGS_ONE];
    size_t n = digit_figures(m, i, f);
    for (size_t a = 0; a < n; a++)
        for (size_t b = 0; b < st->nfigs; b++)
            if (pc_figures_same_thing(&f[a], &st->figs[b]))
                return 1;
    return 0;
}

/* Records the figures candidate i, now chosen, states. */
static void tell_figures(const pc_model *m, sel *st, uint32_t i)
{
    pc_fig f[FIGS_ONE];
    size_t n = digit_figures(m, i, f);
    for (size_t a = 0; a < n && st->nfigs < FIGS_MAX; a++)
        st->figs[st->nfigs++] = f[a];
}

/* Records what candidate i, now chosen, tells: its concepts and dates. */
static void tell(const pc_model *m, sel *st, uint32_t i)
{
    const pc_concept_list *a = &m->cand_concepts[i];
    for (uint32_t t = 0; t < a->n; t++)
        st->told[a->ids[t]] = 1;
    st->told_dates |= date_mask(m, i);
}

static uint64_t source_key(const pc_model *m, uint32_t i)
{
    const pc_sent *s = pc_model_sent(m, i);
    return ((uint64_t)s->doc << 32 | s->pos) + 1;
}

/* The room the given names of candidate i would take (model/names.h):
 * those of the people it names bare first whom no chosen candidate paid
 * for and no chosen candidate introduces before it in its source order
 * (the order the summary prints, but for its opening sentence).  A name
 * the summary writes first bare gets its given name there (summary.c);
 * counting it here keeps the summary with it within the budget.  An
 * introduction that the output puts after the bare mention ("Netanyahu
 * issued no public statements." before "... Prime Minister Benjamin
 * Netanyahu ...") leaves the bare one to pay. */
static size_t name_cost(const pc_model *m, const precis_options *o, uint32_t i, const sel *st)
{
    if (!m->nnames || o->unit == PRECIS_UNIT_SENTENCES)
        return 0;
    size_t c = 0;
    uint64_t key = 0;
    for (uint32_t r = m->name_off[i]; r < m->name_off[i + 1]; r++) {
        const pc_name_ref *x = &m->name_refs[r];
        if (!x->words || st->paid[x->id])
            continue;
        if (!key)
            key = source_key(m, i);
        if (!st->intro[x->id] || st->intro[x->id] > key)
            c += o->unit == PRECIS_UNIT_WORDS ? x->words : x->bytes;
    }
    return c;
}

static void name_commit(const pc_model *m, const precis_options *o, uint32_t i, sel *st)
{
    if (!m->nnames)
        return;
    uint64_t key = source_key(m, i);
    for (uint32_t r = m->name_off[i]; r < m->name_off[i + 1]; r++) {
        const pc_name_ref *x = &m->name_refs[r];
        if (!x->words) {
            if (!st->intro[x->id] || key < st->intro[x->id])
                st->intro[x->id] = key;
        } else if (o->unit != PRECIS_UNIT_SENTENCES &&
                   (!st->intro[x->id] || st->intro[x->id] > key)) {
            st->paid[x->id] = 1;
        }
    }
}

/* A question or an exclamation, in any script: it tells no event. */
static int asks(const pc_sent *s)
{
    size_t e = pc_trim_end(s->text, s->len, " \"')");
    const unsigned char *t = (const unsigned char *)s->text;
    return (e > 0 && (t[e - 1] == '?' || t[e - 1] == '!')) ||
           (e >= 2 && t[e - 2] == 0xD8 && t[e - 1] == 0x9F) || /* Arabic ؟ */
           (e >= 3 && t[e - 3] == 0xEF && t[e - 2] == 0xBC &&
            (t[e - 1] == 0x9F || t[e - 1] == 0x81)); /* ？ ！ */
}

/* Whether candidate i says "I", "me" or "my" in its writer's words
 * (pc_sa_first_person) and the sentence before it in its document is not
 * chosen (in): a reader of the digest cannot tell who "I" is ("Within two
 * weeks, I was contemplating suicide.") unless the summary prints it
 * right after what its document said before (the reading order keeps a
 * document's chosen sentences together, in their order).  In train-10k,
 * 35.2 % of such sentences right after one the reference keeps (60 % of
 * its content words) are kept too, as others are (33.9 %); after one it
 * does not keep, 8.3 %, against 13.7 % (bench/RESULTS.md, session 33).
 * A sentence with no candidate before it has nothing to wait for: a
 * first-person piece's first sentence is often its news (a reading of the
 * held-out val 3,001-4,000: waiting for none made 9 summaries worse).
 * Read only for a candidate that would be chosen (try_add, after its
 * other tests). */
static int unplaced_first_person(const pc_model *m, const uint8_t *in, uint32_t i)
{
    uint32_t p = m->standalone_prev[i];
    return p != UINT32_MAX && !in[p] && pc_sa_first_person(m, i);
}

/* Whether candidate i opens with a definite description whose noun its
 * document wrote a few sentences before it (pc_sa_described: "Two girls
 * went missing ... || They were last seen ... || The girls were hiking
 * ...") and that no chosen candidate printed before it writes, nor any
 * word its document wrote around it there (the name or the phrase it
 * stands for: "pastor joel osteen" before "The pastor also said ..."),
 * nor a longer word that begins with its stem ("pipeline" for "The
 * pipe").  The chosen candidates printed before it: of out[0..k) the
 * first chosen (which opens the summary as a rule) and those before i in
 * source order (the order the summary prints), and of run[0..nrun) the
 * sentences chosen together with it, right before it.  The reader would
 * ask which girls; the sentence waits for its noun and is not chosen
 * without it.  A writer uses such descriptions freely, but has introduced
 * what they name in words of his own; an extract has only the words of
 * the sentences it chose.  Read only for a candidate that would be chosen
 * (try_add, after its other tests). */
static int unintroduced(const pc_model *m, const uint32_t *out, size_t k, const uint32_t *run,
                        size_t nrun, uint32_t i)
{
    uint32_t near[PC_SA_NEAR];
    uint32_t id = pc_sa_described(m, i, near);
    if (id == UINT32_MAX)
        return 0;
    uint64_t key = source_key(m, i);
    const pc_term *terms = m->c->vocab.terms;
    for (size_t q = 0; q < k + nrun; q++) {
        uint32_t x = q < k ? out[q] : run[q - k];
        if (q > 0 && q < k && source_key(m, x) > key)
            continue;
        const pc_sent *s = pc_model_sent(m, x);
        for (uint32_t t = 0; t < s->ntok; t++) {
            uint32_t w = s->tok[t];
            if (w == id || w == near[0] || w == near[1] || w == near[2] || w == near[3])
                return 0;
            /* a longer word of its stem ("pipe" in "pipeline") */
            const pc_term *a = &terms[id], *b = &terms[w];
            if (a->len >= 4 && b->len > a->len && !memcmp(a->str, b->str, a->len))
                return 0;
        }
    }
    return 1;
}

/* Chooses candidate i, which takes `cost` of the budget. */
static void choose(const pc_model *m, const precis_options *o, uint32_t i, size_t cost,
                   uint32_t *out, size_t *k, sel *st)
{
    if (st->told)
        tell(m, st, i);
    if (st->figs)
        tell_figures(m, st, i);
    out[(*k)++] = i;
    st->used += cost;
    st->in[i] = 1;
    name_commit(m, o, i, st);
}

/* Adds candidate i when it fits and says nothing a chosen one says:
 * returns 1 when added, 0 when skipped, -1 when it would be added but
 * says "I" and waits for the sentence before it (st->wait). */
static int try_add(const pc_model *m, const precis_options *o, uint32_t i, uint32_t *out, size_t *k,
                   sel *st)
{
    size_t cost = pc_cost(m, i, o) + name_cost(m, o, i, st);
    if (cost > o->budget - st->used)
        return 0;
    uint32_t by = 0;
    int red = redundant(m, out, *k, i, o->redundancy, st->event, &by);
    if (red == 1 && st->nblocked < st->maxblocked) {
        st->blocked[2 * st->nblocked] = i;
        st->blocked[2 * st->nblocked++ + 1] = by;
    }
    if (!red && st->nghosts && ghost_repeats(m, st, i, o->redundancy))
        return 0;
    if (red) {
        if (red == 2 && !(st->again[i] & 1)) {
            st->again[i] |= 1;
            st->nagain++;
        }
        return 0;
    }
    if (st->told && *k && retold(m, st, out, *k, i))
        return 0;
    if (st->figs && restated(m, st, i))
        return 0;
    if (st->wait && unplaced_first_person(m, st->in, i)) {
        st->nwaited += !(st->again[i] & 2);
        st->again[i] |= 2;
        return -1;
    }
    /* waits for its noun: looked at again in the next pass */
    if (unintroduced(m, out, *k, NULL, 0, i))
        return -1;
    choose(m, o, i, cost, out, k, st);
    return 1;
}

/* Adds the run of candidates (pc_sa_chain) when all of it fits and no
 * member says what a chosen one says (the members of one run, consecutive
 * sentences of one document, are not compared with each other). */
static int try_add_run(const pc_model *m, const precis_options *o, const uint32_t *run, size_t nrun,
                       uint32_t *out, size_t *k, sel *st)
{
    size_t cost = 0;
    for (size_t q = 0; q < nrun; q++) {
        /* a sentence the ranking never chooses (another story's) does not
         * come in as the one a chosen sentence needs either: the run is
         * left out, as a run that does not fit */
        if (st->score[run[q]] == -HUGE_VAL)
            return 0;
        cost += pc_cost(m, run[q], o) + name_cost(m, o, run[q], st);
    }
    if (cost > o->budget - st->used)
        return 0;
    for (size_t q = 0; q < nrun; q++) {
        uint32_t by = 0;
        int red = redundant(m, out, *k, run[q], o->redundancy, st->event, &by);
        if (!red && st->nghosts && ghost_repeats(m, st, run[q], o->redundancy))
            return 0;
        if (red == 1 && st->nblocked < st->maxblocked) {
            st->blocked[2 * st->nblocked] = run[nrun - 1] | RUN_KEPT;
            st->blocked[2 * st->nblocked++ + 1] = by;
        }
        if (red) {
            if (red == 2 && !(st->again[run[nrun - 1]] & 1)) {
                st->again[run[nrun - 1]] |= 1;
                st->nagain++;
            }
            return 0;
        }
    }
    if (st->told && *k && retold(m, st, out, *k, run[nrun - 1]))
        return 0;
    for (size_t q = 0; q < nrun && st->figs; q++)
        if (restated(m, st, run[q]))
            return 0;
    if (st->wait && unplaced_first_person(m, st->in, run[0])) {
        st->nwaited += !(st->again[run[nrun - 1]] & 2);
        st->again[run[nrun - 1]] |= 2;
        return 0;
    }
    for (size_t q = 0; q < nrun; q++)
        if (unintroduced(m, out, *k, run, q, run[q]))
            return 0;
    for (size_t q = 0; q < nrun; q++) {
        if (st->told)
            tell(m, st, run[q]);
        if (st->figs)
            tell_figures(m, st, run[q]);
        out[(*k)++] = run[q];
        st->in[run[q]] = 1;
        name_commit(m, o, run[q], st);
    }
    st->used += cost;
    return 1;
}

/* Adds candidate i with the run it needs (pc_sa_chain), as try_add and
 * try_add_run do. */
static void try_chain(const pc_model *m, const precis_options *o, uint32_t i, uint32_t *out,
                      size_t *k, sel *st)
{
    uint32_t run[PC_SA_CHAIN];
    size_t nrun = pc_sa_chain(m->standalone, m->standalone_prev, st->in, i, run);
    if (nrun == 1)
        try_add(m, o, i, out, k, st);
    else if (nrun > 1)
        try_add_run(m, o, run, nrun, out, k, st);
}

/* Whether sentence a ends with sentence b's text (ASCII case folded): a
 * is b with something glued before it, a headline, a label or a
 * caption ("The best of celebrity homes for sale in the first quarter of
 * the 19th century, russian hunters trapped otters ..."), and says more
 * only in words no outlet wrote as part of the sentence. */
static int glued_to(const pc_sent *a, const pc_sent *b)
{
    return a->len > b->len && !strncasecmp(a->text + a->len - b->len, b->text, b->len);
}

/* Replaces, in out, chosen candidates by fuller tellings of the same
 * content; records the replaced ones in st->ghosts and returns how many.
 * The overlap coefficient of the same-content test divides by the smaller
 * concept set, so a short chosen sentence ("White house senior policy
 * adviser stephen miller.", a caption) makes every longer sentence that
 * has its words the same content, though each says more, and a summary
 * can end far short of its budget.  A candidate i left out for chosen b
 * (st->blocked) replaces it when i stands alone (a run of one, not broken nor
 * never chosen), is longer than b by no more than the room left, has more
 * concepts than b and under `limit` of them b's (it tells something b
 * does not), says nothing another chosen candidate says, gives no second
 * figure of a thing the summary counts (restated), is no writer's "I"
 * without the sentence before it (unplaced_first_person), and b is neither the
 * sentence a chosen one needs before it nor, unless i may open a summary,
 * the first chosen.  Candidates in the order the selection met them (best
 * first); one per b. */
static size_t fuller_tellings(const pc_model *m, const pc_ranking *r, const precis_options *o,
                              uint32_t *out, size_t k, sel *st)
{
    size_t found = 0;
    const uint8_t *sa = m->standalone;
    const uint32_t *prev = m->standalone_prev;
    for (size_t t = 0; t < st->nblocked && st->used < o->budget; t++) {
        uint32_t i = st->blocked[2 * t], b = st->blocked[2 * t + 1], run[PC_SA_CHAIN];
        if (i & RUN_KEPT)
            continue; /* a run's, tried again below */
        size_t ni = m->cand_concepts[i].n, nb = m->cand_concepts[b].n;
        if (ni <= nb || st->in[i] || !st->in[b] || r->score[i] == -HUGE_VAL ||
            (sa[i] & PC_SA_BROKEN))
            continue;
        size_t ci = pc_cost(m, i, o), cb = pc_cost(m, b, o);
        if (ci <= cb || ci - cb > o->budget - st->used ||
            pc_sa_chain(sa, prev, st->in, i, run) != 1)
            continue;
        ci += name_cost(m, o, i, st);
        if (ci - cb > o->budget - st->used || (b == out[0] && !pc_sa_may_open(m, i)))
            continue;
        size_t at = k;
        int other = 0;
        pc_overlap_mark(m, i);
        for (size_t q = 0; q < k && !other; q++) {
            if (out[q] == b)
                at = q;
            else
                other = (prev[out[q]] == b && (sa[out[q]] & (PC_SA_REFERS | PC_SA_BARE))) ||
                        pc_repeats(m, out[q], o->redundancy, 0) == 1;
        }
        if (other || at == k || (st->figs && restated(m, st, i)) ||
            unplaced_first_person(m, st->in, i) || unintroduced(m, out, k, NULL, 0, i))
            continue;
        pc_overlap_mark(m, b);
        double common = pc_overlap_with(m, i) * (double)nb; /* nb < ni */
        if (common >= o->redundancy * (double)ni ||
            glued_to(pc_model_sent(m, i), pc_model_sent(m, b)))
            continue;
        out[at] = i;
        st->in[b] = 0;
        st->in[i] = 1;
        st->used += ci - cb;
        st->ghosts[found++] = b;
        if (st->told)
            tell(m, st, i);
        if (st->figs)
            tell_figures(m, st, i);
        name_commit(m, o, i, st);
    }
    return found;
}

/* The share of candidate i's content words (unigram concepts) that the
 * summary has: in[c] marks the concepts of the chosen candidates. */
static double told_share(const pc_model *m, const uint8_t *in, uint32_t i)
{
    const pc_concept_list *a = &m->cand_concepts[i];
    size_t words = 0, found = 0;
    for (uint32_t t = 0; t < a->n; t++) {
        if (pc_concept_is_bigram(&m->concepts, a->ids[t]))
            continue;
        words++;
        found += in[a->ids[t]] != 0;
    }
    return words ? (double)found / (double)words : 1.0;
}

/* Adds, beside the short chosen sentences they were left out for, the
 * candidates that say more of their own than what they share.  The same
 * content test divides by the smaller concept set, so a short chosen
 * sentence that fuller_tellings could not replace (a sentence after it
 * needs it, or it opens the summary) keeps out every longer sentence that
 * has its words ("Calls himself the Green Hornet.", a line of a review,
 * kept out "The first half of the Green Hornet undermines every promise a
 * superhero movie is supposed to make ..." of another).  A candidate i
 * left out for chosen b comes in, best first, when the summary is short of
 * its budget, i fits, stands alone, has more concepts than b and under
 * `limit` of them b's, says nothing another chosen candidate says, gives
 * no second figure of a thing the summary counts, and under BESIDE_SHARE
 * of its content words are in the summary: it tells more that the summary
 * lacks than it repeats ("Instead, she found a handgun, then accidentally
 * shot and killed herself" beside "Instead, she found a gun.  She ...
 * pulled the trigger and was shot" repeats more than it adds), and i is
 * not b with something glued before it (glued_to). */
#define BESIDE_SHARE 0.5
static void beside_short(const pc_model *m, const pc_ranking *r, const precis_options *o,
                         uint32_t *out, size_t *k, sel *st)
{
    const uint8_t *sa = m->standalone;
    uint8_t *told = NULL;
    for (size_t t = 0; t < st->nblocked && st->used < o->budget; t++) {
        uint32_t i = st->blocked[2 * t], b = st->blocked[2 * t + 1], run[PC_SA_CHAIN];
        if ((i & RUN_KEPT) || st->in[i] || !st->in[b] || r->score[i] == -HUGE_VAL ||
            (sa[i] & PC_SA_BROKEN) || m->cand_concepts[i].n <= m->cand_concepts[b].n)
            continue;
        size_t cost = pc_cost(m, i, o) + name_cost(m, o, i, st);
        if (cost > o->budget - st->used || pc_sa_chain(sa, m->standalone_prev, st->in, i, run) != 1)
            continue;
        size_t ni = m->cand_concepts[i].n, nb = m->cand_concepts[b].n;
        pc_overlap_mark(m, i);
        if (pc_overlap_with(m, b) * (double)nb >= o->redundancy * (double)ni ||
            glued_to(pc_model_sent(m, i), pc_model_sent(m, b)))
            continue;
        size_t q = 0;
        while (q < *k && (out[q] == b || pc_repeats(m, out[q], o->redundancy, 0) != 1))
            q++;
        if (q < *k || (st->nghosts && ghost_repeats(m, st, i, o->redundancy)) ||
            (st->figs && restated(m, st, i)) || unplaced_first_person(m, st->in, i) ||
            unintroduced(m, out, *k, NULL, 0, i))
            continue;
        if (!told) {
            if (!(told = pc_arena_calloc(m->arena, m->concepts.n + 1, 1)))
                return;
            for (q = 0; q < *k; q++)
                for (uint32_t c = 0; c < m->cand_concepts[out[q]].n; c++)
                    told[m->cand_concepts[out[q]].ids[c]] = 1;
        }
        if (told_share(m, told, i) >= BESIDE_SHARE)
            continue;
        for (uint32_t c = 0; c < m->cand_concepts[i].n; c++)
            told[m->cand_concepts[i].ids[c]] = 1;
        choose(m, o, i, cost, out, k, st);
    }
}

size_t pc_select(const pc_model *m, const pc_ranking *r, const precis_options *o, int told,
                 uint32_t *out)
{
    size_t n = m->ncandidates, k = 0;
    if (!n)
        return 0;
    scored *order = pc_arena_alloc(m->arena, n * sizeof *order);
    uint8_t *seen = pc_arena_calloc(m->arena, n, 1);
    sel st = {0,
              pc_arena_calloc(m->arena, n, 1),
              pc_arena_calloc(m->arena, m->nnames + 1, 1),
              pc_arena_calloc(m->arena, m->nnames + 1, sizeof *st.intro),
              NULL,
              0,
              NULL,
              0,
              pc_arena_calloc(m->arena, n, 1),
              0,
              1,
              pc_arena_alloc(m->arena, 2 * n * sizeof *st.blocked),
              0,
              n,
              NULL,
              0,
              0,
              0,
              r->score};
    uint8_t *in = st.in;
    const uint8_t *sa = m->standalone;
    const uint32_t *prev = m->standalone_prev;
    if (told && !(st.told = pc_arena_calloc(m->arena, m->concepts.n + 1, 1)))
        return SIZE_MAX;
    if (told && !(st.figs = pc_arena_alloc(m->arena, FIGS_MAX * sizeof *st.figs)))
        return SIZE_MAX;
    if (!order || !seen || !in || !st.paid || !st.intro || !st.again || !st.blocked)
        return SIZE_MAX;
    for (size_t i = 0; i < n; i++) {
        double v = r->score[i];
        order[i].score = v == v ? v : -DBL_MAX; /* a NaN would break the order */
        order[i].idx = (uint32_t)i;
    }
    sort_by_score(order, n);
    size_t budget = o->budget;
    /* The opening sentence first: the method's first pick, or best-scored
     * candidate, that can open a summary (no pronoun, connective or
     * quotation opening) and fits. */
    for (size_t pass = 0; pass < 2 && k == 0; pass++) {
        size_t len = pass == 0 ? r->npick : n;
        for (size_t j = 0; j < len && k == 0; j++) {
            uint32_t i = pass == 0 ? r->pick[j] : order[j].idx;
            if (pc_sa_may_open(m, i) && r->score[i] != -HUGE_VAL &&
                pc_cost(m, i, o) + name_cost(m, o, i, &st) <= budget)
                seen[i] = (uint8_t)try_add(m, o, i, out, &k, &st);
        }
    }
    /* the writer's "I" waits for the sentence before it in its document
     * (unplaced_first_person), in the passes below; taken back after them
     * when the budget is not full */
    st.wait = 1;
    /* Then the picks and the rest by score.  A broken sentence is never
     * chosen; one that needs the sentences before it (pc_sa_chain) only
     * together with them, all fitting and none saying what a chosen one
     * says (they are then printed right before it), so the last pass looks
     * again at those passed over. */
    for (size_t pass = 0; pass < 3 && st.used < budget; pass++) {
        size_t len = pass == 0 ? r->npick : n;
        for (size_t j = 0; j < len && st.used < budget; j++) {
            uint32_t i = pass == 0 ? r->pick[j] : order[j].idx;
            if (seen[i])
                continue;
            if ((sa[i] & PC_SA_BROKEN) || r->score[i] == -HUGE_VAL) { /* never */
                seen[i] = 1;
                continue;
            }
            uint32_t run[PC_SA_CHAIN];
            size_t nrun = pc_sa_chain(sa, prev, in, i, run);
            if (nrun == 1) {
                /* the writer's "I" waits (try_add): looked at again in
                 * the next pass */
                seen[i] = try_add(m, o, i, out, &k, &st) >= 0;
            } else if (nrun > 1 && try_add_run(m, o, run, nrun, out, &k, &st)) {
                for (size_t q = 0; q < nrun; q++)
                    seen[run[q]] = 1;
            }
        }
    }
    st.wait = 0;
    /* A summary short of its budget takes back, best first, the
     * candidates left out only as an event told again: a cluster whose
     * sentences all tell its one event has nothing else to say. */
    st.event = 0;
    for (size_t j = 0; j < n && st.nagain && st.used < budget; j++) {
        uint32_t i = order[j].idx;
        if (!(st.again[i] & 1))
            continue;
        st.nagain--;
        if (in[i])
            continue;
        try_chain(m, o, i, out, &k, &st);
    }
    /* Short of its budget: fuller tellings in place of the sentences
     * they say more than (fuller_tellings), then the rest by score
     * again, for what only the replaced sentences kept out: a candidate
     * that said what one of them says, or one whose run had such a
     * sentence (RUN_KEPT: the run's opening sentence may be the fuller
     * telling itself, now chosen, "The Gates Foundation ... predicts
     * that ..." before "Its annual letter lists ..."). */
    if (k && st.used < budget) {
        if (!(st.ghosts = pc_arena_alloc(m->arena, k * sizeof *st.ghosts)))
            return SIZE_MAX;
        st.nghosts = fuller_tellings(m, r, o, out, k, &st);
        size_t nb = st.nghosts ? st.nblocked : 0;
        for (size_t t = 0; t < nb && st.used < budget; t++) {
            uint32_t i = st.blocked[2 * t] & ~RUN_KEPT;
            if (in[i] || in[st.blocked[2 * t + 1]] || (sa[i] & PC_SA_BROKEN) ||
                r->score[i] == -HUGE_VAL)
                continue; /* only what a replaced sentence kept out */
            try_chain(m, o, i, out, &k, &st);
        }
    }
    if (k && st.used < budget)
        beside_short(m, r, o, out, &k, &st);
    /* A summary still short of its budget takes back, best first, the
     * writer's "I" passed over above: a cluster with nothing else to say
     * (an op-ed, a statement, a memoir) tells it in its writer's words. */
    for (size_t j = 0; j < n && st.nwaited && st.used < budget; j++) {
        uint32_t i = order[j].idx;
        if (!(st.again[i] & 2))
            continue;
        st.nwaited--;
        if (!in[i])
            try_chain(m, o, i, out, &k, &st);
    }
    if (k == 0) {
        /* Nothing fits: the shortest of the fifty best-scored candidates
         * that can open a summary and asks nothing, the budget passed by
         * as little as can be ("It was broken, says ...", the shortest of
         * all, told nothing); else the shortest of the ten best. */
        size_t best = SIZE_MAX;
        for (size_t j = 0; j < n && j < 50; j++) {
            uint32_t i = order[j].idx;
            if (pc_sa_may_open(m, i) && !asks(pc_model_sent(m, i)) &&
                (best == SIZE_MAX || pc_cost(m, i, o) < pc_cost(m, best, o)))
                best = i;
        }
        if (best == SIZE_MAX) {
            best = order[0].idx;
            for (size_t j = 1; j < n && j < 10; j++)
                if (pc_cost(m, order[j].idx, o) < pc_cost(m, best, o))
                    best = order[j].idx;
        }
        out[k++] = (uint32_t)best;
    }
    return k;
}

typedef struct order_key {
    uint64_t key; /* document << 32 | position */
    double score;
    int64_t when; /* the document's time (seconds since 1970; midnight UTC
                   * of its day when it gives no time), INT64_MAX unknown */
    uint32_t idx;
} order_key;

static int by_time(const void *a, const void *b)
{
    const order_key *x = a, *y = b;
    if (x->when != y->when)
        return x->when < y->when ? -1 : 1;
    return x->key < y->key ? -1 : x->key > y->key;
}

static int by_source(const void *a, const void *b)
{
    const order_key *x = a, *y = b;
    return x->key < y->key ? -1 : x->key > y->key;
}

static int by_score(const void *a, const void *b)
{
    const order_key *x = a, *y = b;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    return x->key < y->key ? -1 : x->key > y->key;
}

/* Whether a sentence can tell what happened: a statement (not a question
 * or an exclamation: "Could cornstarch have plugged the well?") of
 * OPENER_WORDS words or more.  Who did what, where and when takes words: a
 * news lead runs 20 to 35; a sentence of a few words at the top of a
 * document is a feature's hook ("Chicken Little would love this one."), a
 * teaser ("Chris Brown is at it again.") or a page's line ("Please try
 * again later."). */
#define OPENER_WORDS 8
/* A statement longer than this opens only when no other can: a news lead
 * rarely runs past 50 words (Multi-News train-10k: 2.2 % of the reference
 * summaries' first sentences are longer than 55 words), and a "sentence"
 * of 60 to 120 words at the top of a page is most often its headlines and
 * links glued together by a page that lost its line breaks ("Donald trump
 * donald john trumptrump jr. Getting 0k to speak at unt zuckerberg backed
 * immigration group pushes trump ..."). */
#define OPENER_MAX_WORDS 55

/* 2 for a statement of OPENER_WORDS to OPENER_MAX_WORDS words, 1 for a
 * longer one, 0 for a shorter one, a question, an exclamation or a
 * request.  (A live blog's header is a page's time stamp, never chosen:
 * text/clean.h.) */
static int informative(const pc_sent *s)
{
    if (asks(s))
        return 0;
    /* a request tells no event ("Please try again later.", "Please check
     * that you've entered the correct item number ...") */
    if (s->len > 7 && strncasecmp(s->text, "please ", 7) == 0)
        return 0;
    return s->words < OPENER_WORDS ? 0 : s->words <= OPENER_MAX_WORDS ? 2 : 1;
}

/* Whether a sentence names something: a word past its first that opens
 * with a capital letter (any cased script: utf8proc's Lu) or a word that
 * opens with a digit (a figure, a date, a time).  Adds its capitalised
 * words and its words past the first to *caps and *words.  It reads the
 * first byte of each word, and utf8proc only for one past ASCII. */
static int names_in(const pc_sent *s, size_t *caps, size_t *words)
{
    const char *t = s->text, *e = t + s->len;
    size_t c = 0, w = 0;
    int digit = s->len && t[0] >= '0' && t[0] <= '9';
    for (const char *p = memchr(t, ' ', s->len); p; p = memchr(p, ' ', (size_t)(e - p))) {
        if (++p >= e || *p == ' ')
            continue;
        unsigned char b = (unsigned char)*p;
        w++;
        if (b < 0x80) {
            c += b >= 'A' && b <= 'Z';
            digit |= b >= '0' && b <= '9';
        } else {
            utf8proc_int32_t cp;
            utf8proc_ssize_t k =
                utf8proc_iterate((const utf8proc_uint8_t *)p, (utf8proc_ssize_t)(e - p), &cp);
            c += k > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
        }
    }
    *caps += c;
    *words += w;
    return c > 0 || digit;
}

/* The share of words past the first that open with a capital at or above
 * which a summary's text writes names with capitals (wire copy: about one
 * word in six or seven), read on its first chosen sentences up to
 * NAMES_CASED_SAMPLE such words; text that lost its case (Multi-News's
 * sources, about one in a hundred) or is in a script without case stays
 * under it, and there a capital tells nothing. */
#define NAMES_CASED_SAMPLE 60
#define NAMES_CASED_SHARE 0.05

/* The event is what the reports lead with.  An opener that no other
 * document's lead tells (its first LEAD_SENTENCES candidates share fewer
 * than LEAD_SHARED distinct content terms with it) is a hook, a
 * background or a side of the story ("The moon is home to some of the
 * most lyrically named bodies of water ...", "Julie reid doesn't
 * recognize her face in the mirror."); a chosen statement that the leads
 * of LEAD_TOLD other documents tell says what happened.  Multi-News
 * train-10k 1-3,000 (docs/methods.md, "Order"): where precis opened with
 * a sentence no other lead tells and another chosen one two other leads
 * tell, the reference's first sentence shares more bigrams with the
 * latter in 34 of 61 clusters, fewer in 7. */
#define LEAD_SENTENCES 2
#define LEAD_SHARED 3
#define LEAD_TOLD 2

/* Per document, the distinct content terms of its first LEAD_SENTENCES
 * candidates: terms[off[d] .. off[d + 1]).  Linear in the candidates and
 * their leads' tokens. */
typedef struct lead_terms {
    uint32_t *off, *terms;
} lead_terms;

static int lead_terms_build(const pc_model *m, lead_terms *lt)
{
    const precis_cluster *c = m->c;
    const uint8_t *stop = c->vocab.stop;
    size_t nd = c->ndocs, total = 0;
    uint32_t *first = pc_arena_alloc(m->arena, (nd + 1) * sizeof *first);
    uint8_t *taken = pc_arena_calloc(m->arena, nd + 1, 1);
    lt->off = pc_arena_alloc(m->arena, (nd + 1) * sizeof *lt->off);
    if (!first || !taken || !lt->off)
        return -1;
    for (size_t d = 0; d < nd; d++)
        first[d] = UINT32_MAX;
    /* candidates are in cluster order: a document's first come first */
    for (size_t i = 0; i < m->ncandidates; i++) {
        const pc_sent *s = pc_model_sent(m, i);
        if (taken[s->doc] >= LEAD_SENTENCES)
            continue;
        if (!taken[s->doc]++)
            first[s->doc] = (uint32_t)i;
        total += s->ntok;
    }
    lt->terms = pc_arena_alloc(m->arena, (total + 1) * sizeof *lt->terms);
    if (!lt->terms)
        return -1;
    size_t k = 0;
    for (size_t d = 0; d < nd; d++) {
        lt->off[d] = (uint32_t)k;
        for (size_t i = first[d], j = 0; i != UINT32_MAX && i < m->ncandidates && j < taken[d];
             i++, j++) {
            const pc_sent *s = pc_model_sent(m, i);
            for (uint32_t t = 0; t < s->ntok; t++)
                if (!stop[s->tok[t]])
                    lt->terms[k++] = s->tok[t];
        }
        pc_sort_u32(lt->terms + lt->off[d], k - lt->off[d]);
        size_t u = lt->off[d];
        for (size_t t = lt->off[d]; t < k; t++)
            if (t == lt->off[d] || lt->terms[t] != lt->terms[t - 1])
                lt->terms[u++] = lt->terms[t];
        k = u;
    }
    lt->off[nd] = (uint32_t)k;
    return 0;
}

/* How many documents other than sentence s's own lead with LEAD_SHARED of
 * its content terms.  mark: per term, stamped with stamp for s's terms. */
static size_t leads_telling(const pc_model *m, const lead_terms *lt, uint32_t *mark, uint32_t stamp,
                            const pc_sent *s)
{
    const uint8_t *stop = m->c->vocab.stop;
    for (uint32_t t = 0; t < s->ntok; t++)
        if (!stop[s->tok[t]])
            mark[s->tok[t]] = stamp;
    size_t told = 0;
    for (size_t d = 0; d < m->c->ndocs; d++) {
        if (d == s->doc)
            continue;
        size_t shared = 0;
        for (uint32_t t = lt->off[d]; t < lt->off[d + 1] && shared < LEAD_SHARED; t++)
            shared += mark[lt->terms[t]] == stamp;
        told += shared >= LEAD_SHARED;
    }
    return told;
}

void pc_order(const pc_model *m, const pc_ranking *r, precis_order order, uint32_t *chosen,
              size_t n)
{
    order_key *keys = pc_arena_alloc(m->arena, (n + 1) * sizeof *keys);
    if (!keys)
        return; /* out of memory: keep the choice order */
    for (size_t i = 0; i < n; i++) {
        const pc_sent *s = pc_model_sent(m, chosen[i]);
        keys[i].key = (uint64_t)s->doc << 32 | s->pos;
        keys[i].score = r->score[chosen[i]];
        keys[i].when = INT64_MAX;
        keys[i].idx = chosen[i];
        const char *ds = m->c->docs[s->doc].meta.date;
        pc_date d;
        int64_t t;
        /* the time of day and zone where the date gives them: reports of
         * one morning in the order they were written */
        if (order == PRECIS_ORDER_TIME && ds && pc_time_parse(ds, strlen(ds), &t) == 0)
            keys[i].when = t;
        else if (order == PRECIS_ORDER_TIME && ds && pc_date_parse(ds, strlen(ds), &d) && d.y > 0)
            keys[i].when = (int64_t)pc_date_days(d.y, d.m, d.d) * 86400;
    }
    qsort(keys, n, sizeof *keys,
          order == PRECIS_ORDER_SCORE  ? by_score
          : order == PRECIS_ORDER_TIME ? by_time
                                       : by_source);
    size_t first = 0, end = n;
    const uint8_t *sa = order == PRECIS_ORDER_READING && n ? m->standalone : NULL;
    if (sa) {
        /* The opener and every chosen sentence after it in its document
         * come first: one writer's account carries on from its lead.  The
         * opener says what happened: of the chosen sentences that can open
         * a summary, a statement long enough to tell it and not too long
         * to be one before any other (informative), in cased text one that
         * names something before one that names nothing, then the one
         * nearest the top of its document (news puts the event in its
         * lead), the first chosen of those on a tie; chosen[0] (which
         * pc_select made an opener when it could) when none can. */
        size_t best = SIZE_MAX;
        uint32_t best_pos = UINT32_MAX;
        int best_inf = -1;
        /* In text that writes names with capitals, a statement that names
         * someone, something, a place or a time (a capital past its first
         * word, a digit) tells what happened before one that names
         * nothing ("The behavior of periodic meteor storms is hard to
         * predict with certainty.", "There are plenty of modern new office
         * buildings ..."): the who, what, where and when. */
        size_t caps = 0, words = 0;
        for (size_t c = 0; c < n && words < NAMES_CASED_SAMPLE; c++)
            names_in(pc_model_sent(m, chosen[c]), &caps, &words);
        uint8_t *named = NULL;
        if (words && (double)caps >= NAMES_CASED_SHARE * (double)words &&
            (named = pc_arena_calloc(m->arena, n + 1, 1)) != NULL)
            for (size_t c = 0; c < n; c++)
                named[c] = (uint8_t)names_in(pc_model_sent(m, chosen[c]), &caps, &words);
        for (size_t c = 0; c < n; c++) {
            const pc_sent *s = pc_model_sent(m, chosen[c]);
            if (!pc_sa_opener(sa[chosen[c]]))
                continue;
            int inf = informative(s);
            if (inf == 2 && named)
                inf += named[c];
            /* In English, a scene told in the present, a photo caption's
             * form ("President trump speaks during the ... ceremony in
             * washington.": text/boilerplate.h, pc_is_present_scene),
             * shows a picture, not what happened: it ranks as a question
             * does.  Read only for a sentence that would come first. */
            if ((inf > best_inf || (inf == best_inf && s->pos < best_pos)) && inf > 0 &&
                m->c->docs[s->doc].lang == &pc_lang_en && pc_is_present_scene(s->text, s->len))
                inf = 0;
            /* nor one whose writer says "I" (pc_sa_may_open), read as
             * late */
            if ((inf > best_inf || (inf == best_inf && s->pos < best_pos)) &&
                !pc_sa_may_open(m, chosen[c]))
                continue;
            if (inf > best_inf || (inf == best_inf && s->pos < best_pos)) {
                best_pos = s->pos;
                best_inf = inf;
                best = c;
            }
        }
        /* An opener no other document's lead tells gives way to the
         * chosen statement of its class that the leads of LEAD_TOLD other
         * documents tell, nearest the top of its document (the first
         * chosen on a tie).  Read only in a cluster of LEAD_TOLD + 1
         * documents or more; linear in the leads' terms per sentence
         * read, the opener's first, the others' only when it has none. */
        lead_terms lt;
        uint32_t *mark;
        if (best != SIZE_MAX && m->c->ndocs > LEAD_TOLD && lead_terms_build(m, &lt) == 0 &&
            (mark = pc_arena_calloc(m->arena, m->c->vocab.nterms + 1, sizeof *mark)) != NULL &&
            leads_telling(m, &lt, mark, 1, pc_model_sent(m, chosen[best])) == 0) {
            size_t alt = SIZE_MAX;
            uint32_t alt_pos = UINT32_MAX;
            for (size_t c = 0; c < n; c++) {
                const pc_sent *s = pc_model_sent(m, chosen[c]);
                if (c == best || s->pos >= alt_pos || !pc_sa_opener(sa[chosen[c]]))
                    continue;
                int inf = informative(s);
                if (inf == 2 && named)
                    inf += named[c];
                if (inf != best_inf ||
                    leads_telling(m, &lt, mark, (uint32_t)c + 2, s) < LEAD_TOLD ||
                    (m->c->docs[s->doc].lang == &pc_lang_en &&
                     pc_is_present_scene(s->text, s->len)) ||
                    !pc_sa_may_open(m, chosen[c]))
                    continue;
                alt = c;
                alt_pos = s->pos;
            }
            if (alt != SIZE_MAX)
                best = alt;
        }
        uint32_t opener = chosen[best == SIZE_MAX ? 0 : best];
        while (first < n && keys[first].idx != opener)
            first++;
        /* every chosen sentence after it in its document follows it, not
         * only the run next to it: one writer's story goes on from its
         * lead (its "the review", "the decision", its surnames), where a
         * sentence of another document that source order put between
         * them starts the story again or tells its background */
        end = first + 1;
        while (end < n && keys[end].key >> 32 == keys[first].key >> 32)
            end++;
    }
    size_t k = 0;
    for (size_t i = first; i < end; i++)
        chosen[k++] = keys[i].idx;
    for (size_t i = 0; i < n; i++)
        if (i < first || i >= end)
            chosen[k++] = keys[i].idx;
}
