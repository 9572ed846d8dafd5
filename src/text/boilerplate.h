/* Sentences of web page furniture ("Rating is available when the video has
 * been rented.", "You must select a newsletter to subscribe to.", an archive's
 * crawl notice) written inside a paragraph, where the cleaner, which drops
 * whole blocks (docs/cleaning.md), cannot see them.  Text that recurs word
 * for word in the documents of many unrelated stories is no news of any
 * one of them: the table holds the sentences of at least
 * PC_BOILERPLATE_MIN_CLUSTERS different clusters of Multi-News train-10k
 * (tools/make_boilerplate.c, `make generate TABLES=boilerplate`; never val),
 * as keys of their words, and such a sentence may not enter a summary
 * (model/cluster.c).  The stream learns its own template text as it reads
 * (stories/analyze.c); a summary of one cluster has no such history, so it
 * starts from the training corpus's. */
#ifndef PRECIS_TEXT_BOILERPLATE_H
#define PRECIS_TEXT_BOILERPLATE_H
#include <stddef.h>
#include <stdint.h>

struct pc_lang;

/* Sentences of at least this many words have a key (as eligibility asks). */
#define PC_BOILERPLATE_MIN_WORDS 5

/* The key of the sentence s[0..len): a hash of its words, lowercased, with
 * ASCII punctuation and spacing left out (non-ASCII bytes are word bytes),
 * so that "Sign up for our newsletter!" and "sign up for our newsletter ."
 * are one sentence; 0 for a sentence of fewer than
 * PC_BOILERPLATE_MIN_WORDS words or longer than the key's buffer. */
uint64_t pc_boilerplate_key(const char *s, size_t len);

/* Is s[0..len) a sentence of the table? */
int pc_is_boilerplate(const char *s, size_t len);

/* Furniture glued to the front of a sentence ("Advertisement ...", "Story
 * highlights ...", "Media playback is unsupported on your device media
 * caption ...") in documents written as one line: a second table,
 * boilerplate_prefixes, holds the keys of the leading word runs that
 * Multi-News train-10k shows to be such furniture (tools/make_boilerplate.c
 * gives the criterion; docs/cleaning.md, "Page furniture").  The segmenter's
 * caller splits such a run off as a sentence of its own (model/cluster.c). */

/* Furniture glued to the front of a document's first sentence, where a
 * page's top puts a button or a label before its lead ("Close a mexican
 * restaurant in tallahassee ...", "Photo the bipartisan commission ..."): a
 * third table, boilerplate_openers, of the leading word runs that
 * train-10k shows to open documents of many clusters, sentences of its
 * reference summaries almost never, and to be followed by what opens a
 * sentence (tools/make_boilerplate.c, O1 to O6).  Returns the byte length
 * of the longest such run at the front of s[0..len) that a space or a colon
 * and then a word follow, that word no phrase head (below), or 0; the
 * caller asks it of a document's first sentence only. */
#define PC_BOILERPLATE_OPENER_WORDS 6
size_t pc_boilerplate_opener(const char *s, size_t len);

/* Is the lower-case word w[0..n) one after which such a run heads a phrase
 * rather than sits in front of the lead ("close to 1,000 people", "photo by
 * john smith/getty images"): a preposition or a credit word?  The run is
 * then no furniture there. */
int pc_boilerplate_phrase_head(const char *w, size_t n);

/* Leading word runs of at most this many words have a prefix key. */
#define PC_BOILERPLATE_PREFIX_WORDS 12

/* The prefix keys of s[0..len): keys[i] is the key of its first i + 1 words
 * (normalized as for pc_boilerplate_key) and ends[i] the byte offset just
 * past word i + 1, for the first `max` words at most.  Returns how many
 * were filled (fewer when s has fewer words). */
size_t pc_boilerplate_prefix_keys(const char *s, size_t len, uint64_t *keys, size_t *ends,
                                  size_t max);

/* The byte length of the furniture glued to the front of s[0..len): the
 * end of the longest leading word run of the prefix table that some word
 * follows; else the end of a whole sentence of the first table (a notice
 * that lost its full stop, not ending in a function word) that
 * PC_ASIDE_REST words or more follow, looked for only behind the head of
 * such a notice; or 0. */
size_t pc_boilerplate_prefix(const char *s, size_t len);

/* A short aside in brackets that opens a sentence and is followed by one:
 * a photo credit or caption tail ("( associated press ) afghan president
 * hamid karzai delivers ...", "( photo: mark humphrey, ap ) rio de janeiro
 * -- ..."), an outlet's tag ("(CNN) Debris found ..."), a link's text ("(
 * here )").  News prose does not open a sentence with an aside in brackets
 * and go on after it: what the brackets hold belongs to what came before
 * (a picture, a byline), and a page written as one line glues it to the
 * next sentence.  Returns the byte length of s[0..len)'s leading group of
 * at most PC_ASIDE_WORDS words in round or square brackets (no bracket
 * inside, one line), when PC_ASIDE_REST words or more follow it; len
 * when one or two words do (a credit and a place: "( associated press )
 * harrisburg, pa.", a dateline that lost its dash: the whole is
 * furniture); else 0.  A sentence that is all aside ("(The company
 * declined to comment.)") is no prefix. */
#define PC_ASIDE_WORDS 12
#define PC_ASIDE_REST 3
size_t pc_leading_aside(const char *s, size_t len);

/* A picture's caption with its credit, or an embedded post with its byline,
 * glued to the front of the sentence that follows it in text written as
 * one line: "charles tan ( photo: provided photo ) alex woodard, 20, said
 * ...", "... pic.twitter.com/x — alex leary ( @learyreports ) february 20,
 * 2018 benjamin kelly referred to ...".  A credit in brackets (a picture
 * or credit label, then a colon, "by" or "courtesy") closes the caption
 * that it credits; a handle alone in brackets followed by a date closes a
 * post (the form in which pages embed one; Instagram's "on jul 7, 2015 at
 * 6: 09am pdt", with "on" and the clock).  Either is no part of the
 * sentence after it.  Returns the byte length of s[0..len) up to the end
 * of the first such group (and the post's date) among its first
 * PC_CAPTION_LEAD_WORDS words when PC_ASIDE_REST words or more follow, len
 * when fewer do (the whole is a caption: "bob jones university campus (
 * photo courtesy of bju ).", "( photo: ap ) delphi, ind."), 0 when there
 * is none.  The labels are English words; the byline is any language's. */
#define PC_CAPTION_LEAD_WORDS 60
#define PC_CAPTION_GROUP_BYTES 200
size_t pc_leading_caption(const char *s, size_t len);

/* pc_leading_caption in a document of any language; `english` 0 when the
 * document is not in English.  There, a pair of names joined by a slash in
 * brackets without a credit's label ("(PSOE/Sumar)", "(CDU/CSU)": parties,
 * a coalition) is a credit only when one of its words is an outlet of
 * boilerplate_credits or a kind of picture ("(EFE/Reuters)", "(foto/AP)"):
 * the slash pair alone was measured on English text only (agency_credit),
 * and other languages' news writes party pairs so in its prose. */
size_t pc_leading_caption_in(const char *s, size_t len, int english);

/* A photo caption written in the text (English): the caption's grammar,
 * not its words.  A sentence that speaks of "this undated file photo" or
 * "this Sept. 10, 2015 image" (a date or a kind of picture between "this"
 * and the picture), or of "in this evidence photo" ("in this" and at most
 * three words before it), describes the picture beside it; "file photo" is
 * a caption's or a credit's phrase; and a weekday followed by a full date
 * with its year ("Thursday, Dec. 20, 2012") is the wire's caption form,
 * where news prose writes "on Thursday".  In Multi-News train-10k, 2,480
 * of the 219,521 source sentences are such (1,010 "file photo", 1,158 the
 * weekday date, 659 "this ... photo", 342 "in this ... photo"), and 4 of
 * the 107,834 reference sentences, which are written from the same sources
 * (docs/cleaning.md, "Photo captions").  A bare "this photo" is left out:
 * 22 references quote someone on one ("I love this photo").  Two forms
 * more (session 15): a full date that ends the sentence without "on"
 * before it ("... in paris, april 22, 2015."), where prose dates an event
 * "on april 22, 2015" (902 source sentences, 9 reference sentences, none
 * in DUC 2003's sources); and a person placed in the picture, a position
 * set off by commas or in brackets ("Tobey Maguire, left, and ...", "Dolan
 * ( left ) and ...": 648 source sentences, 1 reference sentence, none in
 * DUC 2003).  Session 31: a scene told in the present and dated by a
 * weekday without its year ("A man looks at ... on friday, may 23."), a
 * picture's people in their order ("From left, ..."), and a wire
 * caption's front cut after its month ("File - in this jan.").  Session
 * 37: a scene told in the present (pc_is_present_scene) dated with its
 * year anywhere, even after "on" ("Smith speaks in the briefing room on
 * march 17, 2014."; 187 source sentences, 0 reference sentences).  Such a
 * sentence is furniture (model/cluster.c). */
int pc_is_caption(const char *s, size_t len);

/* Whether s[0..len) (English) tells a scene in the present, the wire
 * caption's form without its date or its picture: a subject first (an
 * article or a word that is no function word), then among the first ten
 * words a verb of posture or visible act in the present ("Prime minister
 * julia gillard arrives for the leadership ballot.", "President trump
 * speaks during the ... ceremony in washington."), with no adverb before
 * it ("Putin then speaks ...": a narration), not "looks like", and in the
 * sentence no auxiliary, no verb of saying, no word in -ed (but a
 * participle with "by" after it or "being" before it: "a dinner hosted by
 * ..."), no "it", "I", "we", "you".  The verb may be plural after a plural
 * subject ("A polar bear and her two cubs walk along ...", session 37).  In Multi-News train-10k
 * 772 of 219,390 source sentences have this shape, and 57 of 107,834 reference sentences ("Iran
 * sits on seismic fault lines ..."): news, now and then, so such a sentence may be chosen but opens
 * a summary only when no statement can (select.c, informative; docs/methods.md, "Order"). */
int pc_is_present_scene(const char *s, size_t len);

/* Whether the English sentence s[0..len) has no word that may be a finite
 * verb: no auxiliary or modal (contracted or negated too), no verb of
 * saying, no past (in -ed or irregular), no word in -s after a word that
 * is no article, determiner, possessive, preposition or number, no plain
 * word after a subject pronoun or a plural ("they want", "police carry")
 * or after a word in -s ("officials believe").  Generous with verbs, so
 * that what it finds is a heading, a label, a caption or a fragment of a
 * page ("Officials with the california department of fish and
 * wildlife.", "Thank you for your support.", "The end of the curse.").
 * A question and a sentence with a colon are left: editors write them
 * without a verb ("The reason for the kidnapping?", "The reaction: no,
 * thank you.").  Read at most 64 words; a longer sentence is not read
 * (rank/learned.c weighs such sentences down, docs/methods.md). */
int pc_is_verbless(const char *s, size_t len);

/* Whether the sentence s[0..len) (English) is the page speaking to its
 * reader about itself: a prompt ("Please check your email and click on the
 * link to activate your account.", "Sign up for our newsletter ...",
 * "Please enable cookies on your web browser ...").  It is one when it
 * addresses the reader ("you", "your", "our", "us", or opens with
 * "please"), names two different words of a page's interface (account,
 * email, inbox, newsletter, subscribe, click, link, page, site, browser,
 * cookies, password, download, app, register, "sign up", "log in", ...; an
 * opening "please" counts as one), has at most 40 words and no quotation
 * mark.  The cleaner drops such lines when they stand alone
 * (text/clean.h); in text that lost its line breaks they are glued among
 * the sentences of the story.  A rough count on Multi-News train-10k (its
 * text split after . ! ?): 525 of 219,521 source sentences are such, and 7
 * of the 107,834 reference sentences (Newser's "click for more", tech news
 * on an app's settings), so about 3 in 100 of the source sentences it
 * drops may be news.  So is an imperative that sends the reader to a
 * place of the page: a verb of reading, viewing or clicking first ("read",
 * "click", "watch", "see", "view", "check", "listen", "find", "download",
 * "browse", "scroll", "tap", "learn") and "here", "below" or "above" (not
 * before a number), in at most 25 words and no quotation ("Read the full
 * story here.", "Click here for more.", "Watch the video below:"); a
 * summary carries no links, so the place is nowhere.  Train-10k: 76 source
 * sentences, and 84 reference sentences, Newser's "Click for more" (read
 * with the same pattern, split after . ! ?).  So is an offer or a form
 * (session 32): an imperative of buying, booking or filling in first
 * (after "please"), a reader's word, no quotation, at most 25 words, and a
 * word of a sale or of the reader's account after the verb ("Reserve your
 * ticket voucher now.", "Choose the plan that's right for you."), or
 * "enter" / "type" ("Please enter your first name."); train-10k: 51 source
 * sentences, 2 reference sentences.  Such a sentence is furniture
 * (model/cluster.c). */
int pc_is_prompt(const char *s, size_t len);

/* Whether s[0..len) is the label of a link to another page, with its
 * colon, and that page's headline alone: "Photos:", "Related:", "See
 * also:", "Watch:", "Read more:", "Video:", "Videos:", or "Related" and one
 * word ("Related video:", "Related stories:"), in at most PC_LINK_WORDS
 * words ("See also: michael hastings probed the cia before fatal
 * hollywood crash.", "Related video: could a reunion of \"the office\" be
 * coming our way?").  Such a sentence is furniture (model/cluster.c,
 * English).  A longer one is mostly the headline with the lead run on
 * after it ("Photos: kim kardashian's bikini body through the years and
 * it seems the couple's love of fashion ..."): where the one ends does not
 * show and the lead is news, so it is left (but where a quotation opens
 * the lead: pc_leading_label_to_quote).  Multi-News train-10k (a
 * label and its colon at the text's start or after . ! ?): 523 source
 * sentences, 145 of them of at most 16 words; 9 reference sentences, 2 of
 * them that short; "More:" is left alone, Newser's summaries write it 17
 * times.  Since session 43 also "Previous:" and "Previous story:", and
 * "Related" without a colon before a headline ("Related selena hologram to
 * release new music ..."), but not before a list's name ("Related stories
 * the search for ...", after which the lead may follow at once). */
int pc_is_link_label(const char *s, size_t len);
#define PC_LINK_WORDS 16

/* Whether s[0..len) opens with a link's label (pc_is_link_label's, at any
 * length) that the cleaning left at its front: the rules that see where
 * the link's headline ends cut it there (pc_leading_label_to_quote, a
 * quotation that opens the lead; pc_leading_link_headline, the lead's
 * article and verb), so a label still in front is one whose headline runs
 * on into the lead with no end in sight ("Related: gm recalls bring 2014
 * total to record 11.2 million in may \"general motors ' decision ..."",
 * "Watch: vin diesel boldly compares furious 7 to titanic it's still not
 * known if ...").  The sentence is then furniture whole (model/cluster.c,
 * English), as a credit's label whose end does not show (label_run_end):
 * a lead read with another page's headline in front of it is a defect a
 * reader sees, and no prose opens with a label and its colon.  Session
 * 42 (s42-read): precision read on train-10k in docs/cleaning.md, "A
 * link's label with its headline". */
int pc_is_link_run(const char *s, size_t len);

/* A link's label and its headline glued to the lead with no mark between
 * them (English): "Related: gm to build self-driving cars in detroit the
 * chrysler pacifica was named ...".  A headline leaves out its articles;
 * the lead's subject opens with one.  The headline ends before the first
 * "the", "a" or "an" after 3 words of it or more, within a link's length
 * (PC_LINK_WORDS with the label), one space after a word that is no
 * function word, when a finite verb (an auxiliary, a verb of saying, a
 * common irregular past, a past in -ed) follows within 6 words with only
 * content words and no quote mark between.  After a word ending as a verb
 * ("-s", "-ed", "-ing"), which may take the article's phrase as its
 * object, only an auxiliary or a verb of saying will do; after a verb that
 * takes a clause ("believe", "reveals") or a verb of saying, or when the
 * verb test fails, the place is not known: 0.  Returns the article's
 * offset, or 0.  Multi-News train-10k: docs/cleaning.md, "A link's label
 * with its headline". */
size_t pc_leading_link_headline(const char *s, size_t len);

/* A headline glued to its lead with no mark between them, at a
 * document's first sentence (English): "Jury convicts drew peterson of
 * murder the jury convicted the former police sergeant ...".  Where it
 * ends shows as after a link's label (pc_leading_link_headline): the first
 * article after PC_HEADLINE_WORDS words or more, within a link's length,
 * that opens a clause.  That a headline stands there at all shows in its
 * words: a headline says in short what its lead says, so at least
 * PC_HEADLINE_AGAIN of its content words, and at least half of them, come
 * again (or another form of them) in the lead's first
 * PC_HEADLINE_LEAD_WORDS words; a sentence's own subject and object seldom
 * say the same thing three times.  Not after a past or participle in -ed
 * or -ing (its object), but a page's "updated"; not inside an open
 * quotation, nor after a dash that another closes (an aside); only words
 * between the article and the lead's verb.  Returns the article's offset,
 * or 0.  Multi-News train-10k: 44 cuts, all read right; no reference
 * sentence touched (docs/cleaning.md, "A link's label with its
 * headline"). */
size_t pc_glued_headline(const char *s, size_t len);
#define PC_HEADLINE_WORDS 4
#define PC_HEADLINE_AGAIN 3
#define PC_HEADLINE_LEAD_WORDS 20

/* A headline glued to its lead through the lead's place dateline, at a
 * document's first sentence (English): "New allegations against kennel
 * where 20 dogs died phoenix -- new allegations are coming out against
 * the dog boarding business ...".  The first dash set off by spaces within
 * PC_HEADLINE_PLACE_MOST words, after 1 to PC_PLACE_WORDS words that read
 * as a dateline (pc_leading_place) and PC_HEADLINE_WORDS words or more of
 * headline; that a headline stands there shows as in pc_glued_headline:
 * PC_HEADLINE_AGAIN of its content words come again in the lead's first
 * PC_HEADLINE_LEAD_WORDS words.  Not inside an open quotation; not when a
 * word of the place is among the headline's first three (a headline
 * written twice, its name again before a dash: "richard simmons released
 * from hospital richard simmons -- released from hospital ..."), nor when
 * the lead's first three content words all come from the headline (the
 * headline going on); not when the lead opens with a function word other
 * than an article.  Returns the offset of the space before the dash
 * (headline and place are furniture, the lead a sentence), or 0. */
size_t pc_glued_headline_place(const char *s, size_t len);
#define PC_HEADLINE_PLACE_MOST 36
/* The dash is looked for in the sentence's first PC_HEADLINE_PLACE_BYTES
 * bytes: PC_HEADLINE_PLACE_MOST words of nine letters and a space. */
#define PC_HEADLINE_PLACE_BYTES (PC_HEADLINE_PLACE_MOST * 10)

/* A link's label and its headline, or a picture's credit, glued to a lead
 * that opens with a quotation (English): "Photos: look back on their
 * happier times \"we are very sad, \" her father told us ...", "Credit:
 * nasa tv \" from the space station, you ...".  The label is
 * pc_is_link_label's, then a headline of 3 words or more; or a credit's
 * label (colon_label's "Photo:", "Credit:", "Image:" ..., or "Courtesy
 * of"), then a name of 1 word or more.  Label and headline or name hold at
 * most PC_LINK_WORDS words (a link's length) and end in no comma, colon,
 * function word or verb of saying; then a double quote mark opens a
 * quotation of 3 words or more that runs to the sentence's end or closes
 * after a comma or a sentence's end; the headline opens no single quotation
 * that the mark could close (an odd number of single marks outside words).
 * A headline or a name holds no quotation of a whole clause and a lead's
 * quotation opens it, so the mark is where the lead begins; a name or
 * title in marks ("snl \"", "\"fine job, \"" of 2 words) or a quotation
 * taken by a word of the lead ("plan to take \"the undefeated\"", "...
 * said in a statement that \"...") shows none.  Returns the byte offset of
 * the mark, or 0.  Multi-News train-10k: of 644 source sentences that open
 * with a link's label (178 with a quote mark) the rule cuts 82, and of 469
 * that open with a credit's label (47 with a quote mark) 16; all 98 cuts
 * were read by hand and were right.  (Val 1-4,000, read after: 30 of 31
 * right; "Photos: check out which other stars are expecting calling husband
 * nicolas sarkozy \" the love of my life, \" bruni said ..." loses the
 * lead's participle.)  Where no quotation opens the lead, where the
 * headline ends does not show in lower-cased text, and the sentence is
 * left whole. */
size_t pc_leading_label_to_quote(const char *s, size_t len);

/* Whether s[0..len) holds a web page's markup that text extraction left
 * in it: an attribute, a word and "=" with a double quote right after it
 * (an optional space between: "poster= \" http://v.politico.com/...
 * \" true conway slams media ...", "<a href= \" http://... \" target=
 * \" _blank \" >#badpuns").  Prose never writes it: an equation spaces
 * its "=", a quotation opens after a word and a space.  Multi-News
 * train-10k: 30 source documents hold an attribute, no reference summary.
 * A tag alone ("rents <b>doubled</b>", "the <script> tag") is left: the
 * words around it may be the story's, and the renderers escape it.
 * Where a video player's or a tweet's embed code ends and the story
 * begins does not show (a title runs into the lead), so the sentence is
 * furniture whole (model/cluster.c), in every language. */
int pc_is_markup(const char *s, size_t len);

/* Whether s[0..len) is a web archive's notice about its own collection:
 * it holds "web archive" / "web archiving", or a word "crawl" ("crawls",
 * "crawled", "crawler") with one of the archive's words ("urls", "data",
 * "seed", "captures", "web", "wayback" ...): "The web archiving was
 * performed in the winter of ...", "These crawls are part of an effort to
 * archive pages ...".  An archived copy of a page carries its archive's
 * description; news tells of crawling bodies, not of crawled urls.
 * Multi-News train-10k: 1,103 source sentences hold one, no reference
 * sentence.  Such a sentence is furniture (model/cluster.c), in English. */
int pc_is_archive_notice(const char *s, size_t len);

/* Whether s[0..len) is a writer's note about an author, the page's box
 * under or over an article: a full name (two to five words of letters, an
 * initial among them, no function word), "is a" or "is an", and a
 * journalist's title ending in one of "reporter", "writer", "editor",
 * "correspondent", "columnist", "contributor", "blogger", "journalist"
 * (up to four words before it, "and" the only function word: "a
 * columnist and editorial writer"), then "for" or "at": "Ana lind is a
 * staff writer for the vesk times.", "Tom berg tom berg is a senior
 * editor at vesk daily, ...".  News names a journalist it tells of by
 * surname after the first mention and sets a title off by commas ("Lind,
 * a reporter for the times, was detained"); a pronoun ("She is a
 * reporter for ...") is no name.  Train-10k (the library's own
 * segmentation): 10 source sentences, no reference sentence.  Such a
 * sentence is furniture (model/cluster.c), in English. */
int pc_is_author_note(const char *s, size_t len);

/* Whether s[0..len) holds an e-mail address ("kredmond@njadvancemedia.com":
 * a local part, "@", a domain of two labels or more whose last is letters
 * only).  A page prints one in its contact line ("X may be reached at
 * ...", "Contact: media@aclu.org", "Requests for reprints: ..."); news
 * prose names people, not their mailboxes.  Multi-News train-10k: 167
 * addresses in its sources, 3 in its reference summaries (an address that
 * was itself the news).  Such a sentence is furniture (model/cluster.c),
 * in any language. */
int pc_has_email(const char *s, size_t len);

/* Whether s[0..len), of at most PC_CREDIT_LINE_WORDS words, is a wire
 * story's credit line: "... contributed to this report", "... contributed
 * reporting", "additional reporting by ...".  text/clean_rules.c
 * (rule_agency_note) drops such a line when it is a block of its own; a
 * page scraped as one line keeps it inside the text, where it became a
 * summary sentence ("Cnn's X, Y and Z contributed to this report.").
 * Multi-News train-10k (text split after . ! ?): 17 source sentences, 0
 * reference sentences.  Such a sentence is furniture (model/cluster.c), in
 * any language (the phrase is English; elsewhere it does not occur). */
#define PC_CREDIT_LINE_WORDS 25
int pc_is_credit_line(const char *s, size_t len);

/* A wire dateline at the front of a sentence, and whatever page furniture
 * stands before it: at most PC_DATELINE_WORDS words (a place, a date, a
 * photo credit or a byline glued in front of it), then an agency in round
 * brackets (one to three words of letters, digits and ". & / -"), then a
 * dash (-, --, _, an en or em dash) and PC_DATELINE_REST words or more:
 * "Reuters/kcna seoul ( reuters ) - north korea rejected ...", "( associated
 * press ) washington ( ap ) -- the senate ...".  The cleaner strips a
 * dateline that opens a paragraph (text/clean.h); in a page written as one
 * line it follows a caption or a credit and stays glued to the lead.  Not a
 * dateline: a single letter or a party ("( r-ohio )") in the brackets, or
 * an acronym of the words before them ("... syndrome ( mrkh ) -- which
 * means ...").  Multi-News train-10k (split after . ! ?): 2,209 source
 * sentences of the 10,000 clusters have such a front within 15 words, 5
 * reference sentences do, all five acronyms after ten words or more.
 * Returns the byte length up to the dash's end, or 0. */
#define PC_DATELINE_WORDS 12
#define PC_DATELINE_REST 4
size_t pc_leading_dateline(const char *s, size_t len);

/* A place dateline without its agency at the front of a document's first
 * sentence, in text that lower-cases all but a sentence's first letter
 * (Multi-News): "Boston — lying grievously wounded in a hospital bed, the
 * suspect ...", "Texas city — the owner of ...", "Aug 28, 2013 washington
 * — migraines may cause ..." (what a wire page left after a headline and
 * its agency).  The cleaner strips "BOSTON —" by its capitals; lower-cased,
 * the place is known only by where it stands.  One to PC_PLACE_WORDS words
 * of letters (".", "'" and "-" inside, a comma after: "university park,
 * pa."), none a stopword, perhaps after a text date ("jan 16, 2014"), then
 * a dash set off by spaces ("-", "--", an en or em dash) and
 * PC_DATELINE_REST words or more with no other spaced dash that pairs
 * with the first (a pair of dashes sets off an aside: "Ryanair — already
 * considering ... — has"): an odd count of spaced dashes after it pairs
 * one with the first, an even count pairs among themselves, an aside
 * inside the lead ("Santa ana – <name> – known as ... – filed ...";
 * session 40: 13 of train-10k's documents open with such a front and two
 * or four spaced dashes after it, 12 of them a dateline, 1 a label,
 * "Exclusive - ...", furniture too).
 * Asked by model/cluster.c only of a sentence that opens its document or
 * follows a dash or a bracket there (a headline's "( afp ) –").
 * Multi-News train-10k: of 27,750 documents, 940 open with one (of 80
 * read, 75 place datelines, "Denver — a denver police officer was arrested
 * ...", 3 "File -" labels and 2 headings, furniture too); of the 10,000
 * references' first sentences, 2 do ("Project dawn — mission complete at
 * mattel.").  The same place followed by an agency's tag in round brackets
 * and no dash ("Miami ( cnn ) president donald trump ...", "St. paul,
 * minnesota ( cnn ) thousands ..."; CNN's style) is split off the same
 * way, unless the tag is where a picture's person stands ("( left )"),
 * follows a company's "inc."/"co." or a possessive (a stock symbol), is an
 * acronym of the words before it, or a verb, a conjunction or a
 * punctuation mark follows it (an aside inside the subject: "Wendy's (
 * wen ) said ...").
 * train-10k (session 39): 172 documents open so; 157 datelines (153
 * "( cnn )", "( cnnmoney )", "( cnn business )"; "( ap )", "( wmbf )",
 * "( kmph )", "( wbre/wyou )"), 7 credits and 5 page headings (furniture
 * too), 3 asides cut wrongly ("Powassan ( pow ) virus is ..."); 5 of the
 * references' 99,650 sentences have the form (asides: "Jacob ( jack ) lew
 * is expected ..."), the rule is asked only at a document's top. */
#define PC_PLACE_WORDS 4
size_t pc_leading_place(const char *s, size_t len);

/* The agency's tag that opens the lead after a run of short items glued
 * before it, in the document's first sentence after furniture split off its
 * front (model/cluster.c asks it there alone): a page's list of highlights
 * or key points under its label, written as one line, runs into the lead
 * with no mark of its own, "Story highlights police are looking for one
 * suspect suitcase was found on sidewalk ( cnn ) police answering a call
 * ...".  The tag in round brackets (one to three words, as
 * pc_leading_place's agency: no function word, not a party, not an acronym
 * of the words before it, not a stock symbol after a company's name or a
 * possessive; no period, which an abbreviation that qualifies the name
 * before it has, "the victoria ( b.c. ) marine science association") after PC_GLUED_AGENCY_FRONT
 * words or more and at most PC_GLUED_AGENCY_WORDS, then a word and PC_DATELINE_REST words or more:
 * the start of the lead after it, or 0.  Items are headlines without a
 * full stop, so the first bracket decides: a list that holds a bracket of
 * another kind before the tag is left as it is.  Multi-News train-10k
 * (s40-read): 374 "Story highlights" labels, 146 with "( cnn )" within 120
 * words after them; val's summaries at 250 words carry 12-14 such runs
 * per 1,000.  add_span (model/cluster.c) asks it only of a document's first
 * sentence, after furniture but not after a dateline (s40-heldout). */
#define PC_GLUED_AGENCY_FRONT 4
#define PC_GLUED_AGENCY_WORDS 90
size_t pc_glued_agency_lead(const char *s, size_t len);

/* The same in a document of another language (lang, or pc_lang_und), whose
 * text keeps its capitals: "Zagreb – Jaka kiša izazvala je ...", "Praha –
 * Vláda ...", "Tiranë – Reshjet ...", the place dateline without an agency
 * of European papers.  Each word of the place opens with a capital and is
 * no stopword of lang, and the sentence after the dash opens with a capital
 * too (after an opening quote mark perhaps): a dash between two nouns is
 * Russian's, Ukrainian's, Bulgarian's copula ("Москва — столица России"), and
 * what follows it is the predicate, in lower case.  No text date: the
 * months are English.  Scripts without case (Arabic, Hebrew, Devanagari,
 * Han) never match: the capital is the one sign read. */
size_t pc_leading_place_cased(const char *s, size_t len, const struct pc_lang *lang);

/* The label "Photo" that a page puts where a picture was, glued to the
 * sentence after it ("Photo desperate migrants traveling for days ...",
 * "Photo ms. Rowe, a freshman at the university, described ..."): English,
 * the word alone (not "Photos", not "Photo:"), followed by PC_ASIDE_REST
 * words or more of which the first is neither a preposition that "photo"
 * heads ("Photo by ...", "Photo courtesy of ...") nor a noun it makes a
 * compound with ("Photo ID laws ...", "Photo credit: ...").  Multi-News
 * train-10k (split after . ! ?): 274 source sentences open with "Photo"
 * and a space, no reference sentence does.  So is a "read more" button's
 * label, "Continue reading" with what it names after it ("the main
 * story", "the story", "the article", "below", "more"): "Continue reading
 * the main story for many women, a $1,000 dress is ..." (train-10k: 162
 * "continue reading the main story", 11 "continue reading below").  So
 * are a bare "Read more" button before a sentence ("Read more the symbolic
 * move came ...", not before what the button names: "Read more about ...",
 * "Read more: ..."), and a prompt to follow the page's accounts up to its
 * last handle ("Follow the ticker on twitter: @politicalticker", "Follow
 * @a follow @b"; the whole sentence when fewer than PC_ASIDE_REST words
 * follow).  So is a page's note about itself, its label with a colon
 * ("Update:", "Editor's note:", "Note:", "Correction:", "Clarification:",
 * "Warning:") before PC_ASIDE_REST words or more; behind any of them but
 * an update's, a notice that speaks of the page itself ("Correction: an
 * earlier version of this story ...", "Warning: the video below ...") is
 * the label's whole sentence.  So is an update's longer label, up to its
 * colon: "Updated:", "Last updated:", or "Update(d)" with what was added
 * ("Updated with video:") or when ("Updated at 3 p.m. et:", "Update
 * #2:"), not a stamp with a clock (pc_leading_stamp's).  Returns the
 * label's byte length, or 0. */
size_t pc_leading_label(const char *s, size_t len);

/* A structured abstract's section heading glued to the front of its text
 * (English): "Methods twenty bacterial strains were ...", "Design, setting,
 * and participants this cohort study ...", "Results: among 1080 ...".
 * The headings are the standard ones of medical journals (Importance,
 * Background, Objective(s), Design, Setting, Participants, Methods,
 * Exposures, Main outcomes and measures, Results, Findings, Conclusion(s)
 * (and relevance), Interpretation), with or without a colon, before
 * PC_ASIDE_REST words or more of which the first is no auxiliary or verb
 * of saying ("Results were similar ..." is the section's sentence).  Sets
 * *part to the part of the abstract the heading opens (0 background, 1
 * aim, 2 methods, 3 results, 4 conclusions) and *which to the heading's
 * index; returns the heading's byte length with its colon, or 0.  One
 * word such as "Results" opens news sentences too ("Results of the poll
 * ..."): the caller cuts it only in a document whose sentences open with
 * two headings in the abstract's order (model/cluster.c). */
size_t pc_leading_abstract_heading(const char *s, size_t len, int *part, unsigned *which);

/* A link to another article glued before a sentence inside it, past its
 * front: a headline, a "read more" button, the lead ("Ancient tomb found
 * near the river read more the team said the find ...").  A page puts the
 * link between two paragraphs, and text written as one line runs the
 * headline into the next sentence.  English; "read more" (lower case or
 * "Read more") after PC_ASIDE_REST words or more and at most 40, the word
 * before it no function word (prose's "you can read more", "people who
 * read more"), no colon after it (a link's label "...: read more") and no
 * prompt's verb ("click"); the word after it not what the button would
 * name ("about", "here", "news", "stories" ...) nor "than", "and", "or"
 * (prose: "women read more than men"); then PC_ASIDE_REST words or more.
 * Multi-News train-10k (split after . ! ?): 150 source sentences, every
 * one a headline with its lead; 1 reference sentence holds "read more"
 * mid-sentence, after a colon ("go down the rabbit hole: read more ...").
 * A headline that ends in a quotation may have its closing mark glued to
 * the button ("... stanford 'party culture'read more persky ..."; session
 * 36): no test of the word before then, as no prose glues a closing mark
 * to the next word; 12 source sentences of train-10k, all a headline with
 * its lead, none in the references.
 * Returns the byte length up to the button's end, or 0. */
size_t pc_glued_read_more(const char *s, size_t len);

/* A video's length glued before a sentence, with the video's title (if
 * any) in front of it: "Play facebook twitter embed storms hit the south
 * 3: 51 the national weather service said ...", "02: 07 roof, 22, is
 * accused ...", "Video ( 11: 36 ): from the senate floor ...".  A page
 * lists the video beside the article, and text written as one line runs
 * its title and length into the next sentence (session 37).  English; a
 * time of one or two digits, a colon and two digits ("2: 41", "02:41")
 * after at most 15 words, a space or an opening bracket before it and a
 * space or a closing bracket after it; the word before it no function
 * word (prose's "at 12: 30", "with 1: 13 left"), no double quote mark
 * before it (speech: "it's 8: 08 ..."); the word after it not a clock's
 * ("2: 30 pm", "9: 41 et", "a.m.", whose "a" leaves "0: 59 a tornado ..."
 * glued) nor a number nor a label and a date
 * ("11: 38 published: 30 jun 2016 ...", a page's stamp, read whole by its
 * own rule); then PC_ASIDE_REST words
 * or more.  Multi-News train-10k (split after . ! ?): 243 of 219,390
 * source sentences, of 50 drawn at random 46 a video's title or length
 * (or a page's time stamp) glued to a lead, 3 a church page's verse
 * heading, 1 a live blog's minute; 0 of the 107,834 reference sentences
 * (one writes a Bible verse "78: 23-24", which the rule leaves).
 * Returns the byte length up to the time's end, or 0. */
size_t pc_glued_duration(const char *s, size_t len);

/* A credit's label "credit:" ("Credit:", "Photo credit:", "Image credit:",
 * "Picture credit:") among a sentence's first 40 words, outside brackets:
 * a picture's caption and its credit glued to the lead after them in text
 * written as one line ("A model of the bird credit: ana lind the team said
 * ...", "Credit: vesk university scientists have found ...").  No prose
 * writes "credit" and a colon: Multi-News train-10k holds 198 in its
 * sources (every one a credit: 45 after "photo", "image" or a bracket,
 * the rest after a caption or first), none in its 10,000 references.
 * The front up to the credit's end is furniture when that end shows
 * (picture words, a slash chain, a credit written twice, or a name and a
 * clause's opener: pc_leading_picture_label's tests) and PC_ASIDE_REST
 * words follow; else the whole sentence is, as after "Image copyright":
 * in lower-cased text where a name ends and the lead begins does not show
 * ("credit: vesk university scientists have found ...").  English.
 * Returns the byte length of the front to split off (len for the whole
 * sentence), or 0. */
size_t pc_glued_credit_label(const char *s, size_t len);

/* A picture's credit written without brackets in front of a sentence, in
 * text that lost its line breaks: "Reuters/tim wimborne san francisco the
 * latest novel ...", "chip somodevilla/getty images trump counterpunches
 * ...", "Photographer: luke sharrett/bloomberg in a series of ...".  Its
 * mark is a slash chain (pc_leading_slash_chain) among the sentence's first
 * words, where an outlet stands beside a photographer's name.  Where it
 * ends does not show in lower-cased text; what tells it is the outlet:
 * boilerplate_credits, the words that end such chains in train-10k's
 * sources and are followed there by what opens a sentence
 * (tools/make_boilerplate.c, C1 to C4).  The credit ends
 *   - after the picture words that follow the chain ("/getty images"), or
 *     after the chain when its last word is an outlet ("/bloomberg");
 *   - after the name that follows an outlet's slash ("reuters/tim
 *     wimborne": one word more, two after an initial, "aaron p. bernstein");
 * and takes "via" and the outlets after it ("handout via reuters").
 * Returns its byte length when PC_ASIDE_REST words or more follow it, else
 * 0 (no chain, no outlet in it, or too little after it); len when the
 * label "caption" follows it ("Image copyright afp/getty images image
 * caption <caption> <lead>"): a caption glued to a lead, whose boundary
 * does not show in lower-cased text, is furniture whole.
 * Without a slash chain, a credit is an outlet of the table and its
 * picture words among the first words ("getty images"), after a name of
 * up to five words joined by spaces or slashes ("joe raedle via getty
 * images the world health ...", "lisa lake / getty images elizabeth
 * ..."), with "file" and the picture's number after them ("/ getty
 * images id: 8289274 betty white ..."); an outlet first ("Getty images the
 * packers ...") only when an article or a pronoun follows ("Getty images
 * has agreed ..." is news about the outlet); len when a picture word
 * stands before the outlet ("View full image getty images <caption>").
 * In English (session 40) also a chain whose outlet the table does not
 * hold, up to at most two words after it that an article or a pronoun
 * follows ("trevor hughes/usa today the temple burns ...", "ramallah/gaza
 * the killing of ..."), and a site's name alone before an article or a
 * pronoun ("Wpxi.com the child was airlifted ..."): a subject takes no
 * article or pronoun right after it. */
size_t pc_leading_credit(const char *s, size_t len);

/* pc_leading_credit in a document of any language; `english` 0 when the
 * document is in another: a chain whose outlet the table does not hold is
 * then left alone, as the clause's openers that show its end are English
 * words (chain_clause_end). */
size_t pc_leading_credit_in(const char *s, size_t len, int english);

/* The leading slash chain of s[0..len): a token (between spaces) of two
 * words or more of letters joined by '/' ("reuters/tim", "somodevilla/
 * afp/getty"), among its first PC_CREDIT_CHAIN_TOKENS tokens, the tokens
 * before it holding no comma, bracket, quote mark or function word but
 * "by" (a credit's label may: "Photo by", "Photographer:").  Sets
 * [*start, *end) to the token without trailing punctuation and returns 1,
 * (its last part may be a year of the credit's copyright instead,
 * "sullivan/2016", which pc_leading_credit_in wants an outlet after),
 * or returns 0.  Shared with the table's writer, which counts what follows
 * such chains. */
#define PC_CREDIT_CHAIN_TOKENS 6
int pc_leading_slash_chain(const char *s, size_t len, size_t *start, size_t *end);

/* Is the lower-case word w[0..n) a kind of picture ("photo", "images")? */
int pc_boilerplate_picture_word(const char *w, size_t n);

/* A picture's label and what it labels, at the front of a sentence of an
 * English page written as one line (train-10k's sources, no reference):
 *   - "Image caption" and "Media caption" (637 and 259 in train-10k's
 *     sources), "Hide caption" (a gallery's, 38): a caption glued to the
 *     lead after it, where the one ends and the other begins does not show
 *     in lower-cased text: "Hide caption"'s sentence is furniture whole
 *     (returns len); since session 38 the other two return the label
 *     alone, and the caller makes the caption with its lead furniture
 *     that keeps the lead's place (pc_ends_picture_label);
 *   - "Image copyright" and its credit (586): up to the credit's picture
 *     words or slash chain ("afp/getty images"), or its outlet of the
 *     credits' table ("reuters"); len when the credit's end does not show;
 *     through the label when a caption follows ("Image copyright afp image
 *     caption ...", the caption as after "Image caption");
 *   - "toggle caption" (173), among the first PC_DATELINE_WORDS words, after
 *     a headline: through the credit after it, which pages write twice
 *     ("rob schmitz/npr rob schmitz/npr") or end with picture words or a
 *     slash chain; through the label when neither shows;
 *   - "buy photo" (111), after a caption or a credit (no function word
 *     right before it: "to buy photo sharing ..." is prose), or first;
 *   - a credit's label and its colon first ("Photo:", "Credit:", "Image:",
 *     "Photographer:") and an outlet of the table ("Photo: ap monday,
 *     chinese ...", "Image: getty as reported by ..."): through the outlet
 *     and its picture words, or a name that a clause's opener ends; a
 *     slash chain, a credit in brackets or a dateline after it is the
 *     rule's that sees that end (pc_leading_credit, pc_leading_caption_in,
 *     pc_leading_dateline); otherwise the credit's end does not show
 *     ("Photo: vesk county sheriff's office tom berg was ...", "Photos: the
 *     many faces of ana lind officials ...") and the sentence is the
 *     label's whole (len; session 41, no prose opens so).
 * Returns the byte length of the front to split off (len when fewer than
 * PC_ASIDE_REST words follow it), or 0. */
size_t pc_leading_picture_label(const char *s, size_t len);

/* Does the furniture s[0..len) split off a sentence's front end with a
 * picture's label, "image caption" or "media caption" ("Media playback is
 * unsupported on your device media caption", "Image copyright getty images
 * image caption": runs of the prefix table)?  What follows is then the
 * caption glued to the lead, as after a label that opens the sentence
 * (pc_leading_picture_label, which returns that label alone), and where
 * the one ends and the other begins does not show: the caller makes the
 * rest furniture that keeps the lead's position (the sentence after it is
 * no document's first).
 * Train-10k's sources: 280 such runs (221 and 59) split off before a
 * caption and its lead; no reference sentence holds the label. */
int pc_ends_picture_label(const char *s, size_t len);

/* Does the furniture s[0..len) split off a sentence's front end with the
 * label of a page's highlights list ("Story highlights", a run of the
 * prefix table)?  Its items are short lines with no full stop, and written
 * as one line they run into the lead: "Story highlights there were 939
 * hate groups in 2013, southern poverty law center says that represents a
 * 7 % decline from 2012 far-right extremist groups had been on the rise
 * ...".  When no agency's tag shows where the lead begins
 * (pc_glued_agency_lead), nothing does: an item opens with a subject as
 * the lead does, and has no mark the lead lacks.  The caller makes the
 * rest furniture that keeps the lead's place when it holds at least
 * PC_LIST_LEAD_WORDS words (two items and a lead; a shorter rest is one
 * item that ends with its own full stop, a sentence of its own).
 * Train-10k's sources: see docs/cleaning.md. */
#define PC_LIST_LEAD_WORDS 25
int pc_ends_list_label(const char *s, size_t len);

/* A byline glued to the front of a document's first sentence, in a page
 * written as one line: "By steve benen there are widespread expectations
 * ...", "By michael isikoff and mark hosenball u.s. ...".  "By" and a name
 * of two words of letters (an initial may stand between them), or two
 * names joined by "and"; a name's word is no function word, weekday,
 * month or time ("By late wednesday, ...", "By monday morning ...") and
 * no -ing or -ly word ("By aggressively shutting down ..."), and no comma
 * follows its first word ("By contrast, ...").  The caller asks it of a
 * document's first sentence (English) only: in train-10k (split after . !
 * ?), 129 documents open so, all bylines in a sample of 25, and inside a
 * document half the sentences that open so are prose ("By thursday
 * afternoon, the listing was removed").  What follows the name (a title,
 * a date, a dateline) stays with the sentence.  "By:" with its colon is
 * the same label ("By: ana lind ..."), and so is "Written by" when no
 * comma follows the name ("Written by ana lind, a ranger, the post ..."
 * is prose).  A staff byline goes whole (s44-byline): one to three words
 * of an outlet's name, "staff" and maybe "writer" or "report" ("By news
 * sentinel staff three girls ...", "By kiro 7 staff quick facts: ..."),
 * no comma after it; train-10k: 23 firings, all bylines.  Returns the
 * byte length of "By" and the name(s) when PC_ASIDE_REST words or more
 * follow, else 0. */
size_t pc_leading_byline(const char *s, size_t len);

/* A byline glued to a sentence inside a document, past its first sentence
 * (s43-byline): a page's list of posts ("By keith humphreys the secularist
 * menace ... By ed kilgore the shredding of ..."), a byline after a
 * caption or a teaser line ("... delivered weekday mornings. By ana lind
 * close to 190 dead sea turtles were found ...").  "By" (or "By:") and the
 * name or names as pc_leading_byline reads them, with more guards, each
 * from a wrong cut read on train-10k: no comma after the name ("By wide
 * margins, voters agreed ..."), its last word no past participle in -ed
 * ("By multivariable adjusted logistic regression ..."), no "staff" after
 * it (a staff byline goes whole, as pc_leading_byline reads it), its first
 * word no title's abbreviation ("By dr. Harry fisch the ...").  "Written
 * by" inside a page is a film's or a book's credit line, and is left.  The
 * caller asks it only of an English sentence that follows no
 * abbreviation's period.  Train-10k (precis's cleaning and segmentation):
 * 15 cuts, 14 right.  Returns the byte length of "By" and the name(s), or
 * 0. */
size_t pc_inner_byline(const char *s, size_t len);

/* A page's "updated" stamp with its byline glued to the front of a
 * sentence: "/ updated by dennis romero as robert mueller's investigation
 * ...", "/ updated in a personal note, ..." (train-10k's sources: "/
 * updated" 134 times, no reference).  The stamp, and "by" with the name or
 * names after it (as pc_leading_byline reads them); the byte length when
 * PC_ASIDE_REST words or more follow, else 0.  What follows a name that is
 * no byline's (a title, a dateline) stays with the sentence.  The same
 * stamp's "/ source:" label goes with up to three words of source and the
 * byline after them ("/ source: reuters by paul goldman and lawahez
 * jabari four israelis ..."), and only with a byline. */
size_t pc_leading_updated(const char *s, size_t len);

/* A row of share buttons at the front of a sentence of a page written as
 * one line, with what stands before it: "Listen to article 4: 26 share
 * this article facebook twitter linkedin email president donald trump
 * ordered ...", "Play facebook twitter embed <a video's title> 2: 23 a
 * massive dust storm moved ...", "Facebook twitter pinterest <a picture's
 * caption>".  Two networks' names side by side with only a space between
 * them (prose joins them with a comma or "and"), the first of them among
 * the first SHARE_FIRST words, and the buttons' labels after them; after a
 * video player's "embed", through the video's length ("2: 23") when one
 * follows.  A row that opens the sentence with no "embed" and no "share"
 * is a picture's, and the picture's caption follows it: the sentence is
 * furniture whole.  Train-10k: 168 such rows in the sources, none in the
 * reference summaries; of the 31 rows alone at a sentence's front, 29 are
 * followed by a caption (most then by "Photograph: <credit>").  Returns
 * the byte length of the front when PC_ASIDE_REST words or more follow it,
 * len when fewer do or for a picture's row, else 0. */
size_t pc_leading_share_buttons(const char *s, size_t len);

/* A "share this" button glued into a sentence of a page written as one
 * line, with the headline (or byline, or stamp) before it and the lead
 * after it: "Tornado damages two schools share this story print email the
 * storm ...", "... am edt share this article: the peak of the meteor
 * shower ...", "Share this story the new species belongs to ...".  English;
 * "share this" at the front or after at most GLUED_SHARE_WORDS words, the
 * word before it no function word ("we share this", "to share this") and
 * no quote mark before it (someone's words); then what a button names
 * ("story", "article", "content", "link", "video" ...) or a network's name,
 * and its row: a colon, networks and labels ("facebook", "email",
 * "print", "tweet", "pin"), a tie to a network ("with google plus").  A
 * button in mid-sentence needs the row's colon or a network (prose:
 * "readers share this story widely"); one at the front, that the word
 * after it is no continuation of prose ("Share this story with your
 * friends", "... if ...").  Multi-News train-10k (split after . ! ?): 26
 * source sentences hold "share this" and a thing a button names, 24 of
 * them a button (read by hand; the others "like or share this post",
 * "share this video with your friends", which the rule leaves), 0 of the
 * reference sentences.  Returns the byte length through the row when
 * PC_ASIDE_REST words or more follow it, len when fewer follow a row
 * with a network (a headline and its buttons), else 0. */
size_t pc_glued_share_this(const char *s, size_t len);

/* An "email this" button glued between a headline and a lead, the page
 * written as one line: "Stage actor dies at 81 email this dana weller,
 * who played ..." (a button row's first label, that a page sets after the
 * linked headline).  English; "email this" after 2 to GLUED_SHARE_WORDS
 * words, the word before it no function word ("an email this week", "to
 * email this") and no label's colon; perhaps what the button names
 * ("page", "article", "story" ...); then neither a prompt's or prose's
 * continuation ("email this article to a friend", "with", "and") nor a
 * verb whose subject "this" is ("... invalid email this is the first
 * ..."), and PC_ASIDE_REST words or more.  A headline's particle
 * ("speaks out", "steps down") may stand before it.  Multi-News train-10k
 * (precis's segmentation of the 59 documents that hold "email this"
 * after a word): the rule cuts 46 sentences, all at the button between a
 * headline and its lead ("Oscar-nominated actor ... dies at 64 email this
 * | pete postlethwaite, famously ..."); it leaves 4 at a sentence's front,
 * 2 with a mark glued to "this", 2 before a verb, 2 before "and", "an
 * email this week", "brought in email this" and "email this article to
 * a friend"; no reference sentence holds "email this".  Returns the byte
 * length through the button, else 0. */
size_t pc_glued_email_this(const char *s, size_t len);

/* An audio player's label at the front of a sentence: "Listen to article"
 * and the article's length read aloud ("Listen to article 4: 21 a former
 * apple inc. engineer was arrested ...").  Train-10k: 16 source sentences
 * open so, no reference sentence.  Returns the byte length of the label
 * and the length when PC_ASIDE_REST words or more follow, else 0; the
 * share buttons that may follow are pc_leading_share_buttons'. */
size_t pc_leading_listen(const char *s, size_t len);

/* A bare link at the front of a sentence, glued to the words after it
 * ("https://example.com/p/x7 the store's newest shop opened ..."): a
 * token opening with "http://", "https://" or "www." (either case), its
 * host and path up to the first space.  A page written as one line keeps
 * an embedded post's or a picture's link in front of the next sentence;
 * writers put a link at the end of a sentence or in brackets, never first.
 * Train-10k (the library's own segmentation): 48 source sentences open
 * with a link and words, no reference sentence (7 reference sentences hold
 * a link elsewhere).  Returns the link's byte length when PC_ASIDE_REST
 * words or more follow it, else 0 (a link with a word or two stays as it
 * was). */
size_t pc_leading_link(const char *s, size_t len);

/* A list's bullet ("\xE2\x80\xA2", a square, a triangle or a circle of the
 * Unicode bullets) and a space at the front of s[0..len), when
 * PC_ASIDE_REST words or more follow: its byte length, else 0.  A page
 * written as one line keeps its list items' bullets in front of their
 * sentences ("... 48 hours. \xE2\x80\xA2 syrian authorities say ..."); the
 * segmenter ends a sentence before one, and the bullet belongs to the
 * list, not to the sentence. */
size_t pc_leading_bullet(const char *s, size_t len);

/* A numbered list's label, one or two digits, a period and a space, at the
 * front of s[0..len), before a letter or a quote mark, when PC_ASIDE_REST
 * words or more follow: its byte length, else 0.  A listicle's items ("1.
 * She met her husband at a dance ...", "3. My editors have made it clear
 * ...") keep their numbers where the segmenter starts them; the number
 * belongs to the list, as a bullet does.  English only: German and others
 * write ordinals so ("3. Oktober 1990 ...").  Counted in train-10k: 197
 * such labels after a sentence's end in the sources, 3 in the references,
 * all inside a quoted tweet. */
size_t pc_leading_list_number(const char *s, size_t len);

/* A dash and a space at the front of s[0..len) (a run of hyphens, an en
 * or an em dash), when PC_ASIDE_REST words or more follow: its byte
 * length, else 0.  It is what is left of a dateline whose place a page or
 * a corpus cut ("WASHINGTON (AP) -- Two men ..." kept as "-- two men
 * ..."): English prose does not open a sentence with a dash.  English
 * only (model/cluster.c): Russian, Spanish and other languages open
 * direct speech with one. */
size_t pc_leading_dash(const char *s, size_t len);
#endif
