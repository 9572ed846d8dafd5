/* Cleaning of web text: keeps the article's paragraphs, drops boilerplate. */
#ifndef PRECIS_TEXT_CLEAN_H
#define PRECIS_TEXT_CLEAN_H
#include <stddef.h>

typedef enum pc_block_kind {
    PC_BLOCK_BODY = 0, /* a paragraph of article text */
    PC_BLOCK_TITLE     /* the headline (first heading-like line), not summarized */
} pc_block_kind;

typedef int (*pc_block_fn)(void *ctx, pc_block_kind kind, size_t start, size_t end);

/* Cleans one document text[0..len) (valid UTF-8, no BOM; LF, CRLF or CR line
 * ends) and calls emit for each kept block, in document order, with its byte
 * range in `text`.  A block is a paragraph; it may span several lines.
 * Boilerplate lines are not emitted; a dateline such as "WASHINGTON (Reuters)
 * -" at the start of a paragraph is excluded from its range.  Linear in len.
 * Returns 0, or -1 as soon as emit returns non-zero. */
int pc_clean(const char *text, size_t len, pc_block_fn emit, void *ctx);

/* A clock time at t[i] and what qualifies it, as a page's time stamp
 * writes it: "10: 56 am et", "11:05 AM ET", "1:40 p.m. GMT" (an hour, a
 * colon, two digits of minutes, then am / pm and a zone, each optional but
 * one of them there).  Returns the index after it in t[0..e), or 0.  The
 * cleaner strips a date with one from a paragraph's start; the stand-alone
 * rules keep a sentence that opens with one from opening a summary. */
size_t pc_clock_end(const char *t, size_t i, size_t e);

/* Whether t[0..len) is nothing but a page's time stamp: a date or a clock
 * time (pc_clock_end) and at most a label ("Updated at 12: 50 p.m.",
 * "First published: oct 14, 2010 3: 09 pm est", "Wednesday, july 10,
 * 2013."), in at most ten tokens: words of English month and weekday
 * names, numbers, "at", "on" and the labels updated, posted, published,
 * modified, first, last.  News says something about a date; a line that is
 * only one dates the page.  Multi-News train-10k (split after . ! ?): 112
 * of 219,521 source sentences, 1 of 107,834 reference sentences ("On june
 * 13, 1838.", a quip).  A date in figures ("10/02/15", "2015-10-02")
 * dates it too, and a live blog's entry header is one whatever its length:
 * a topic ended by a colon and a clock time ("The latest on hurricane irma
 * ( all times local ): 9: 25 a.m.").  Such a sentence is furniture
 * (model/cluster.c). */
int pc_is_stamp(const char *t, size_t len);

/* Whether t[0..len) opens with a copyright notice: "Copyright", "©" or
 * "(c)", then a year 1900-2099 (after a second mark: "Copyright © 2018
 * albuquerque journal ...", "© copyright 2014 globe newspaper company.";
 * "© 2019 nexstar broadcasting, inc.").  Returns
 * the number of tokens of t when it does (the notice with what follows it
 * in the sentence), else 0.  A notice alone, of at most
 * PC_COPYRIGHT_TOKENS tokens, is furniture (model/cluster.c); one glued to
 * the lead that follows it is split off where its owner's end shows
 * (pc_leading_copyright), else never opens a summary (model/standalone.c):
 * where the owner ends and the lead begins, lower-cased text most often
 * does not show.  News writes "copyright" in the middle of a sentence, as a noun
 * ("a copyright lawsuit") or a verb ("to copyright a series of poses");
 * with a year right after it only a page's foot or a picture's credit
 * does.  Multi-News train-10k: 27 source sentences open so, no reference
 * sentence. */
size_t pc_copyright_notice(const char *t, size_t len);
#define PC_COPYRIGHT_TOKENS 12
/* A copyright notice glued to the front of a lead where the owner's end
 * shows (English): its name, of at most five words that are no function
 * words and hold no mark, ends with a legal form ("company", "inc.",
 * "llc", "corp.", "ltd" ...: "© 2014 harbor media llc it's fitting that
 * ..."), or is followed by an article or a conjunction of time that opens
 * the lead ("Copyright © 2018 albuquerque journal a construction crew
 * ..."), then three words or more.  Returns the byte offset where the
 * lead begins, or 0: elsewhere the notice and the lead stay one sentence, which never
 * opens a summary (model/standalone.c, glued_front).  A company's name
 * holds no article or conjunction after its first word, and lower-cased
 * text shows no other end.  Train-10k: of the sentences of its 50 source
 * documents with a notice, 1 splits so ("© 2019 aurum funds limited |
 * privacy policy ..."), none wrongly ("© 2014 ifc films dan kois dan kois
 * edits ..." stays whole); no reference sentence holds a notice.  The
 * caller splits it off as furniture (model/cluster.c). */
size_t pc_leading_copyright(const char *t, size_t len);

/* A page's time stamp glued to the front of a sentence: "Updated",
 * "Update", "Posted" or "Published" ("Last updated" since session 44: not
 * "last" alone, "Last monday, ..."), then only stamp words as above, at
 * least one of them a month, a weekday or a clock time ("Update at 3: 40
 * p.m.: the youngest victim ...", "Published 31 january 2011 researchers
 * show ..."), then three words or more; or a live blog's entry time, a
 * clock at the front with a colon right after it ("12: 32 p.m.: the man
 * accused ..."), or written the British way, "8.46am" with a zone or a
 * colon after it ("8.46am gmt welcome to middle east live.", "2.40am:
 * good morning ..."; train-10k's sources: 11 sentences open with such a
 * clock, no reference sentence).  Returns the stamp's byte length,
 * or 0.  The sentence's caller splits it off as furniture
 * (model/cluster.c). */
size_t pc_leading_stamp(const char *t, size_t len);
/* A page's time stamp past a sentence's front, with what the page put
 * before it (a headline, a byline, a label): a date with its month, day
 * and year, then "at" or a dash or nothing, then a clock time with its
 * half of the day or zone, and the stamp words after it ("Originally
 * published april 3, 2013 at 8: 18 pm | page modified april 5, 2013 at
 * 11: 44 am", "River rises again posted: monday, march 4, 2013 5: 22 pm
 * est updated: ...", "By ana lind / march 7, 2012 at 1: 21 pm"), starting
 * within GLUED_STAMP_REACH tokens and not after a word that dates an event
 * ("on", "at", "since", "taken" ...), then three words or more.  Train-10k:
 * 82 source sentences held such a date and clock with three words or
 * more after it (59 of them split now), no reference sentence holds one.
 * Returns the byte length of the sentence's part up to the stamp's end, or
 * 0.  The caller splits it off as furniture (model/cluster.c). */
size_t pc_glued_stamp(const char *t, size_t len);
/* The end of t[s..e) without the white space, closing quotes and brackets
 * and emphasis marks at its end (" ' ) ] * _ ` ” ’ » › “ 」 』 ）). */
size_t pc_trim_closers(const char *t, size_t s, size_t e);
#endif
