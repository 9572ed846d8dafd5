/* Greek. */
#include "lang/lang.h"

/* Abbreviations that do not end a sentence before a capitalised word or a
 * number (lowercase, without their period; strcmp order). */
static const char *const abbrevs[] = {
    "αρ", "βλ", "δρ", "κ", "καθ", "κκ", "σελ", "τηλ", NULL,
};

/* Future cues (see lang.h): the particle "θα" of every future form, and
 * "επόμενος" ("next") in its inflections. */
static const char *const future_words[] = {"θα", "αύριο", NULL};
static const char *const future_stems[] = {"επόμεν", NULL};

/* Openings that point back to an earlier sentence (see lang.h): he,
 * she, they, however, but, nevertheless, also; and (session 30) the
 * neuter "Αυτό", "Αυτά" and the feminine plural "Αυτές" (it, this; they,
 * these), "Έτσι" (thus), "Επιπλέον" (moreover), and "Ο ίδιος", "Η ίδια",
 * "Οι ίδιοι" (he himself, she herself, they themselves: "the same", as
 * English "The same" is).
 * Session 31: "Σύμφωνα με τον ίδιο" (according to him), "Γι' αυτό"
 * (therefore).
 * Session 31 also: "Επομένως" (therefore), "Συνεπώς" (consequently),
 * "Ειδικότερα" (more specifically), "Αναλυτικά" (in detail), "Παράλληλα,"
 * (meanwhile; "Παράλληλα με" names what it is beside), "Με αυτό" (with
 * this), "Όλα αυτά" (all this), "Παρ' όλα αυτά" (nevertheless).
 * And a verb of saying right before "ότι" or "πως" (that), no subject
 * between ("Πρόσθεσε ότι ...", "he added that"): Greek puts its
 * subject after the verb ("Πρόσθεσε ο υπουργός ότι") or leaves it out
 * when it was named before (session 31).
 * And "Κατά συνέπεια", "Ως αποτέλεσμα," (as a result; not "Ως αποτέλεσμα
 * των προσπαθειών", which names the cause), "Επιπροσθέτως" (in addition;
 * session 31). */
static const char *const back_openers[] = {"Αυτός",
                                           "Αυτή",
                                           "Αυτοί",
                                           "Όμως",
                                           "Αλλά",
                                           "Ωστόσο",
                                           "Επίσης",
                                           "Αυτό",
                                           "Αυτά",
                                           "Αυτές",
                                           "Έτσι",
                                           "Επιπλέον",
                                           "Ο ίδιος",
                                           "Η ίδια",
                                           "Οι ίδιοι",
                                           "Σύμφωνα με τον ίδιο",
                                           "Σύμφωνα με την ίδια",
                                           "Σύμφωνα με αυτόν",
                                           "Γι' αυτό",
                                           "Γι’ αυτό",
                                           "Επομένως",
                                           "Συνεπώς",
                                           "Ειδικότερα",
                                           "Αναλυτικά",
                                           "Παράλληλα,",
                                           "Με αυτό",
                                           "Όλα αυτά",
                                           "Παρ' όλα αυτά",
                                           "Παρ’ όλα αυτά",
                                           "Δήλωσε ότι",
                                           "Δήλωσε πως",
                                           "Είπε ότι",
                                           "Είπε πως",
                                           "Πρόσθεσε ότι",
                                           "Πρόσθεσε πως",
                                           "Τόνισε ότι",
                                           "Τόνισε πως",
                                           "Ανέφερε ότι",
                                           "Ανέφερε πως",
                                           "Σημείωσε ότι",
                                           "Σημείωσε πως",
                                           "Υπογράμμισε ότι",
                                           "Υπογράμμισε πως",
                                           "Εξήγησε ότι",
                                           "Εξήγησε πως",
                                           "Επεσήμανε ότι",
                                           "Επεσήμανε πως",
                                           "Υποστήριξε ότι",
                                           "Υποστήριξε πως",
                                           "Κατά συνέπεια",
                                           "Ως αποτέλεσμα,",
                                           "Ως αποτέλεσμα αυτού",
                                           "Ως αποτέλεσμα αυτής",
                                           "Ως αποτέλεσμα αυτών",
                                           "Επιπροσθέτως",
                                           NULL};

/* "Ο ίδιος", "Η ίδια", "Οι ίδιοι" before an article are emphatic: "Η ίδια
 * η Επιτροπή" is "the Commission itself", named there; "αυτή τη στιγμή"
 * (at this moment), "αυτή την εβδομάδα" (this week) and their like point
 * to the present, not back (session 31). */
static const char *const back_not[] = {"Ο ίδιος ο",         "Η ίδια η",
                                       "Οι ίδιοι οι",       "Οι ίδιες οι",
                                       "Αυτή τη στιγμή",    "Αυτή την εποχή",
                                       "Αυτή την εβδομάδα", "Αυτό το Σαββατοκύριακο",
                                       "Τη στιγμή αυτή",    "Την στιγμή αυτή",
                                       "Την στιγμή αυτήν",  "Την εποχή αυτή",
                                       "Την εβδομάδα αυτή", NULL};
/* The forms of "αυτός" (this, that) after an article and a noun ("Οι
 * διατάξεις αυτές", "Στο σημείο αυτό": these provisions, at this point),
 * the place Greek also gives its demonstrative (session 31). */
static const char *const back_after[] = {"αυτός", "αυτή",   "αυτό",  "αυτοί", "αυτές",
                                         "αυτά",  "αυτόν",  "αυτήν", "αυτού", "αυτής",
                                         "αυτών", "αυτούς", NULL};
static const char *const back_articles[] = {"Ο",    "Η",    "Το",  "Οι",   "Τα",    "Τον",
                                            "Την",  "Τη",   "Τις", "Τους", "Στο",   "Στη",
                                            "Στην", "Στον", "Στα", "Στις", "Στους", NULL};

/* Negations (see lang.h): not (of the indicative and of the subjunctive), no. */
static const char *const negations[] = {"δεν", "μην", "μη", "όχι", NULL};

const pc_lang pc_lang_el = {
    .code = "el",
    .name = "Greek",
    .stemmer = "greek",
    .script = PC_LANG_GREEK,
    .seg = PC_SEG_SEMICOLON_QUESTION,
    .abbrevs = abbrevs,
    .future_words = future_words,
    .future_stems = future_stems,
    .back_openers = back_openers,
    .back_not = back_not,
    .back_after = back_after,
    .back_articles = back_articles,
    .negations = negations,
};
