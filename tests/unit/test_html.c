/* HTML main-content extraction: hand-written pages, one per kind of
 * boilerplate, charsets, broken markup, gzip, metadata. */
#include <zlib.h>

#include "check.h"
#include "precis.h"
#include "html/prep.h"
#include "util/utf8.h"

static const char *LEAD =
    "<p>The city council voted on Tuesday to close the old bridge, citing a report that "
    "found cracks in three of its supports, and said repairs would take a year.</p>";
static const char *PARAS =
    "<p>Engineers had warned for years that the bridge, built in 1931, was carrying far more "
    "traffic than it was designed for, according to the report, which was made public.</p>"
    "<p>Mayor Ana Ruiz said the decision was painful but necessary, adding that buses would "
    "be rerouted over the north crossing, and that ferries would run every half hour.</p>"
    "<p>Business owners near the bridge said they feared losing customers, while cyclists "
    "welcomed plans for a temporary footbridge, which could open by the spring.</p>";

static precis_extracted *extract(const char *html)
{
    precis_extracted *x = NULL;
    precis_error w;
    precis_status st = precis_html_extract(html, strlen(html), NULL, &x, &w);
    CHECK(st == PRECIS_OK);
    return x;
}

static int has(const precis_extracted *x, const char *s)
{
    return x && strstr(precis_extracted_text(x, NULL), s) != NULL;
}

/* A page with the article and one kind of boilerplate around or inside it;
 * the boilerplate's text must not come out, the article's must.  A `bad`
 * starting with '+' is text that looks like boilerplate and must come out. */
static void boilerplate_case(const char *name, const char *before, const char *inside,
                             const char *after, const char *bad)
{
    char page[16384];
    snprintf(page, sizeof page,
             "<!DOCTYPE html><html><head><title>Bridge closes</title></head><body>%s"
             "<div class=\"article-body\">%s%s%s</div>%s</body></html>",
             before, LEAD, inside, PARAS, after);
    precis_extracted *x = extract(page);
    int ok = has(x, "cracks in three of its supports") && has(x, "temporary footbridge") &&
             (*bad == '+' ? has(x, bad + 1) : !has(x, bad));
    if (!ok)
        fprintf(stderr, "case %s: got [%s]\n", name, x ? precis_extracted_text(x, NULL) : "");
    CHECK(ok);
    precis_extracted_free(x);
}

static void test_boilerplate(void)
{
    boilerplate_case("nav", "<nav><a href=/>Home</a> <a href=/news>News and more news</a></nav>",
                     "", "", "News and more news");
    boilerplate_case("menu class", "<div class=\"main-menu\"><ul><li>Sports pages</li></ul></div>",
                     "", "", "Sports pages");
    boilerplate_case("share", "",
                     "<div class=\"share-buttons\">Share on Facebook Share on Twitter</div>", "",
                     "Share on Facebook");
    boilerplate_case("comments", "", "",
                     "<section id=\"comments\"><p>I think this bridge was fine for years, "
                     "honestly, and the council is wasting money again.</p></section>",
                     "wasting money");
    /* a thread named by its heading, its class names neutral; a short
     * article, where the fallback read every paragraph of the page */
    boilerplate_case("comments by heading", "", "",
                     "<section><h3>Readers' comments (3)</h3><div class=\"entry\"><div "
                     "class=\"user\">elston_mom</div><p>The city council has known about these "
                     "problems for years and did nothing, and now four families grieve.</p></div>"
                     "</section>",
                     "four families grieve");
    boilerplate_case("conversation widget", "", "",
                     "<div class=\"vf-conversations\"><h3>Conversation</h3><p>Everyone is "
                     "blaming the mayor, but the state is responsible for the inspections.</p>"
                     "</div>",
                     "blaming the mayor");
    boilerplate_case("related", "",
                     "<div class=\"related-articles\"><ul><li><a href=/a>Council budget "
                     "approved</a></li><li><a href=/b>Ferry prices rise</a></li></ul></div>",
                     "", "Ferry prices rise");
    boilerplate_case("caption", "",
                     "<figure><img src=a.jpg><figcaption>The old bridge at dusk. Photo: J. "
                     "Doe/Reuters</figcaption></figure>",
                     "", "bridge at dusk");
    boilerplate_case("caption class", "",
                     "<div class=\"image-caption\">Cars on the bridge in 2019</div>", "",
                     "Cars on the bridge");
    boilerplate_case("credit", "", "<span class=\"photo-credit\">SERGEI KARPUKHIN/REUTERS</span>",
                     "", "KARPUKHIN");
    boilerplate_case("footer", "", "",
                     "<footer><p>Copyright 2024 Daily Planet, all rights reserved, and more "
                     "legal words here.</p></footer>",
                     "all rights reserved");
    boilerplate_case("cookie",
                     "<div id=\"cookie-banner\">We use cookies to improve your "
                     "experience. Accept all cookies</div>",
                     "", "", "We use cookies");
    boilerplate_case("newsletter", "",
                     "<div class=\"newsletter-signup\">Sign up for our morning newsletter, "
                     "delivered daily</div>",
                     "", "morning newsletter");
    boilerplate_case("subscribe", "", "",
                     "<div class=\"subscribe-prompt\"><p>Subscribe now for unlimited access, "
                     "only 1 dollar a week, cancel anytime.</p></div>",
                     "unlimited access");
    boilerplate_case("aside",
                     "<aside><p>Most read: the ten best beaches in the region, "
                     "ranked by readers.</p></aside>",
                     "", "", "best beaches");
    boilerplate_case("ad", "", "<div class=\"ad\">Advertisement</div>", "", "Advertisement");
    /* an inline style hides an element whatever its white space */
    boilerplate_case("style hidden", "",
                     "<div style=\"display : none ;\">BC-XX--Bridge-Vote, 1st Ld-Writethru</div>",
                     "", "Writethru");
    boilerplate_case("style visibility", "",
                     "<p style=\"color: red; visibility:  hidden\">Secret text that is not "
                     "shown.</p>",
                     "", "Secret text");
    boilerplate_case("hidden", "", "<p hidden>Secret text that is not shown.</p>", "",
                     "Secret text");
    /* an element with role=button is a control, like <button>: its text
     * is its label (an image toggle's "Show picture") */
    boilerplate_case("role button", "",
                     "<div role=\"button\">Show the picture of the old bridge</div>", "",
                     "Show the picture");
    boilerplate_case("script", "<script>var x = 'script text here';</script>", "", "",
                     "script text");
    /* a call to action: "cta" as a word of the class */
    boilerplate_case("call to action", "", "",
                     "<div class=\"article-cta\"><h4>Something to consider</h4><p>If you "
                     "enjoyed this article, join our members' club for unlimited reading, from "
                     "five dollars a month.</p></div>",
                     "members' club");
    /* "post-" and "author-" followed by the name of a part of the page
     * named like boilerplate: no CMS taxonomy, the cue counts */
    boilerplate_case("post-author box", "", "",
                     "<div class=\"post-author\"><div class=\"author-content\"><p>Jane Doe "
                     "covers city hall and transport for the paper since 2012, and lives in "
                     "the old town with two cats.</p></div></div>",
                     "two cats");
    /* an author's biography after the article, named "bio" as a word */
    boilerplate_case("bio box", "",
                     "<div class=\"bio\"><p>Jane Doe is a former editor of the Gazette and the "
                     "author of two books on city politics. Her writing has also appeared in the "
                     "Herald, the Post and the Review.</p></div>",
                     "", "former editor");
    /* ... but a CMS's taxonomy on the article's container is no cue: the
     * post's number, categories and tags, its author's name */
    boilerplate_case("taxonomy", "", "",
                     "<div class=\"post-4725 post type-post category-social-media tag-sharing "
                     "tag-comments author-jdoe\"><p>Officials said traffic on the north "
                     "crossing had doubled since Friday, when the first lane closed.</p></div>",
                     "+traffic on the north crossing");
    boilerplate_case("link list", "", "",
                     "<div><a href=/1>One story about something else entirely</a><br>"
                     "<a href=/2>Another story about something else</a></div>",
                     "Another story");
}

/* A whole page: the texts in `keep` (NULL-ended) must come out, those in
 * `drop` must not. */
static void page_case(const char *name, const char *page, const char *const *keep,
                      const char *const *drop)
{
    precis_extracted *x = extract(page);
    int ok = 1;
    for (; *keep; keep++)
        ok &= has(x, *keep);
    for (; *drop; drop++)
        ok &= !has(x, *drop);
    if (!ok)
        fprintf(stderr, "case %s: got [%s]\n", name, x ? precis_extracted_text(x, NULL) : "");
    CHECK(ok);
    precis_extracted_free(x);
}

/* A very short post (two short paragraphs) with the theme's author box
 * after it: the box scores half as much as the post on its text and is
 * brought back with it unless its own class names it.  "author-bio" is
 * no CMS taxonomy (the author's name after "author-"), it names the
 * part. */
static void test_short_post_author_box(void)
{
    static const char *const keep[] = {"nobody sells them yet.", "Thanks for the tip", NULL};
    static const char *const drop[] = {"long walk in the rain", "Published by", NULL};
    page_case(
        "author box",
        "<!DOCTYPE html><html><head><title>Charging stations</title></head><body><main>"
        "<article class=\"post-15 post type-post hentry\"><header class=\"entry-header\">"
        "<h1 class=\"entry-title\">Charging stations</h1></header><div class=\"entry-content\">"
        "<p>I would invest in smart and cheap charging stations. I wonder why nobody sells them "
        "yet.</p><p>Thanks for the tip, by the way.</p></div><footer class=\"entry-footer\">"
        "<a href=\"/tag/cars\" rel=\"tag\">Cars</a></footer><div class=\"entry-author\">"
        "<h2 class=\"author-title\">Published by Jane Doe</h2><p class=\"author-bio\">Life is "
        "not a spreadsheet. Life is a long walk in the rain, with a dog. <a "
        "href=\"/author/jdoe\">All posts by Jane Doe</a></p></div></article></main></body></html>",
        keep, drop);
}

/* A paywall's box inside the article's section after its teaser: its
 * offers (lists with commas) score half as much as the one paragraph on
 * their text, which lifted the cues of every element around them, the
 * <aside> too.  An <aside>, <nav>, <footer> or <menu> that does not hold
 * the best block keeps its cue. */
static void test_paywall_aside(void)
{
    static const char *const keep[] = {"people covered in fake blood", "said they would be back.",
                                       NULL};
    static const char *const drop[] = {"read on:", "e-reader", NULL};
    page_case(
        "paywall aside",
        "<!DOCTYPE html><html><head><title>Banks and the climate</title></head><body><main>"
        "<article><header><h1>Banks and the climate</h1></header><div class=\"article-body\">"
        "<section class=\"article-page\"><p>Tourists and traders were surprised when people "
        "covered in fake blood threw themselves on the pavement in front of the stock exchange. "
        "The activists wanted to show the link between the banks, the funds and the companies "
        "that burn coal, oil and gas, and said they would be back.</p><aside class=\"gate\" "
        "id=\"paywall\"><h3>Choose your access and read on:</h3><form action=\"/order\"><div "
        "class=\"gate__offer\"><label>Digital access</label><ul><li>All articles on the "
        "website, free</li><li>The paper as an app, an e-paper and on the e-reader</li><li>"
        "<strong>Four weeks free trial</strong></li></ul></div><div class=\"gate__offer\">"
        "<label>Digital access for subscribers</label><ul><li>All articles on the website, "
        "free</li><li>The paper as an app, an e-paper and on the e-reader</li><li>In addition "
        "to your print subscription</li></ul></div></form></aside></section></div></article>"
        "</main></body></html>",
        keep, drop);
    /* the same box holding the best block is the article (a theme that
     * wraps its post in an <aside>): its cue goes */
    precis_extracted *x =
        extract("<!DOCTYPE html><html><head><title>Bridge closes</title></head><body><aside>"
                "<div>"
                "<p>The city council voted on Tuesday to close the old bridge, citing a report "
                "that found cracks in three of its supports, and said repairs would take a "
                "year.</p><p>Engineers had warned for years that the bridge, built in 1931, was "
                "carrying far more traffic than it was designed for, according to the report."
                "</p></div></aside></body></html>");
    CHECK(has(x, "cracks in three of its supports") && has(x, "according to the report."));
    precis_extracted_free(x);
}

static void test_paragraphs(void)
{
    precis_extracted *x = extract("<html><body><article><h1>Title here</h1>"
                                  "<p>First paragraph, with a comma, and words enough to "
                                  "count as one.</p><h2>A heading</h2><p>Second paragraph, "
                                  "also, with commas, that is long enough.</p></article>"
                                  "</body></html>");
    const char *t = precis_extracted_text(x, NULL);
    CHECK(strstr(t, "count as one.\n\nA heading\n\nSecond paragraph") != NULL);
    CHECK(strstr(t, "Title here") == NULL); /* the headline is metadata, not body */
    precis_extracted_free(x);
}

/* A <pre>'s lines stay lines (code, a poem, a statement wrapped at a fixed
 * width, which the cleaner rejoins); a blank line, also one of no-break
 * spaces, ends a paragraph; white space inside a line is collapsed. */
static void test_pre(void)
{
    char page[8192];
    snprintf(page, sizeof page,
             "<html><body><article>%s<pre>\nSTATEMENT OF THE COUNCIL\n   The bridge will "
             "close on Monday.   Buses will run\nevery ten minutes, and <b>ferries</b> every "
             "half hour.\n\n\n\nSigned, the   Mayor\n&nbsp;\nFROM python:3.7\nCMD flask "
             "run\n</pre>%s</article></body></html>",
             LEAD, PARAS);
    precis_extracted *x = extract(page);
    CHECK(has(x, "take a year.\n\nSTATEMENT OF THE COUNCIL\nThe bridge will close on Monday. "
                 "Buses will run\nevery ten minutes, and ferries every half hour.\n\nSigned, "
                 "the Mayor\n\nFROM python:3.7\nCMD flask run\n\nEngineers had warned"));
    if (!has(x, "Signed, the Mayor\n\nFROM"))
        fprintf(stderr, "pre: got [%s]\n", precis_extracted_text(x, NULL));
    precis_extracted_free(x);
}

/* A copyright notice is a page's foot, also as the last line of the
 * article's last paragraph after a <br>; "copyright" in a sentence is
 * prose.  A caption or a credit written as a paragraph of the body, ending
 * in "©" and the name of an agency or photographer, goes with its line;
 * "©" with a long sentence after it is text. */
/* A labelled picture credit (a picture's label, a colon, a few tokens) is
 * furniture as a line of its own or closing a caption in brackets; a
 * source line, a long line after a label and a credit inside a sentence
 * stay. */
static void test_picture_credit(void)
{
    char page[8192];
    snprintf(page, sizeof page,
             "<html><body><article>%s<p>Cr\xc3\xa9"
             "dits photos : Jane Roe</p><p>The old "
             "bridge on Monday, seen from the river bank (Photo: Sam Poe)</p>%s<p>Fotos: Max "
             "Muster und Erika Muster</p><p>Quelle: Statistisches Landesamt</p><p>Photo: the "
             "engineers who inspected the supports in March said that the cracks were new and "
             "had grown.</p><p>The photo (Image: council archive) showed the bridge in 1931, "
             "before the trams came.</p><p>Titelbild:</p></article></body></html>",
             LEAD, PARAS);
    static const char *const keep[] = {"temporary footbridge", "Quelle: Statistisches Landesamt",
                                       "the cracks were new and had grown.",
                                       "(Image: council archive)", NULL};
    static const char *const drop[] = {"Jane Roe", "Sam Poe", "Erika", "Titelbild", NULL};
    page_case("picture credits", page, keep, drop);
}

static void test_copyright_line(void)
{
    char page[8192];
    snprintf(page, sizeof page,
             "<html><body><article>%s<p>The old bridge seen from the river on Monday. "
             "\xc2\xa9 PEG / JANE ROE</p><p>Foto \xc2\xa9 Sam Poe</p>%s<p>Copyright claims "
             "over the bridge's design, filed in 2019, were settled.<br>\xc2\xa9 2024 Port "
             "Elston Gazette. All rights reserved.</p><p>(c) 2024 Gazette Media, Inc. All "
             "rights reserved. This material may not be published, broadcast, rewritten or "
             "redistributed.</p><p>The logo, \xc2\xa9 marked on every sign of the town since "
             "the bridge was opened by the mayor's grandfather, will stay.</p></article>"
             "</body></html>",
             LEAD, PARAS);
    precis_extracted *x = extract(page);
    CHECK(has(x, "temporary footbridge") && has(x, "filed in 2019, were settled."));
    CHECK(!has(x, "All rights reserved") && !has(x, "Port Elston Gazette"));
    CHECK(!has(x, "seen from the river") && !has(x, "JANE ROE") && !has(x, "Sam Poe"));
    CHECK(has(x, "cracks in three of its supports") && has(x, "grandfather, will stay."));
    precis_extracted_free(x);
    /* a notice with its reprint terms, 45 tokens on a line of its own,
     * goes; a paragraph over NOTICE_MAX tokens that opens like one (the
     * third item of a list of rules) stays */
    snprintf(page, sizeof page,
             "<html><body><article>%s%s<p>\xc2\xa9 2024, Port Elston Gazette. This story is "
             "the property of the Gazette and may not be copied, printed, sent or shown in any "
             "form, online or in print, without the written consent of its editors; copying it "
             "without consent and payment is theft and will be prosecuted.</p><p>(c) 2019 "
             "rules on the weight of lorries apply to the new bridge as they did to the old "
             "one, the council said, adding that the engineers who inspected the supports in "
             "the spring had found that the limit of the old rules was too high for a bridge "
             "of its age and design, and that the county would pay for the signs at both ends "
             "of the bridge and for the checks.</p></article></body></html>",
             LEAD, PARAS);
    x = extract(page);
    CHECK(has(x, "temporary footbridge") && !has(x, "the property of the Gazette"));
    CHECK(has(x, "(c) 2019 rules on the weight") && has(x, "and for the checks."));
    precis_extracted_free(x);
}

/* A list between the article's blocks, next to the container the article
 * was found in, is taken like the paragraphs around it: one of prose, or
 * whose last item ends a sentence; a list of links is not. */
static void test_list_sibling(void)
{
    const char *lists[] = {
        "<ul><li>Buses will be rerouted over the north crossing while the bridge is shut.</li>"
        "</ul>",
        "<ol><li><p>Buses will be rerouted over the north crossing while the bridge is "
        "shut.</p></li></ol>",
        "<ul><li>Buses will be rerouted over the north crossing, the council said, while the "
        "old bridge is closed for repairs</li></ul>"};
    char page[8192];
    for (size_t i = 0; i < sizeof lists / sizeof *lists; i++) {
        snprintf(page, sizeof page,
                 "<html><body><div><div>%s</div><table><tr><td>Old bridge</td><td>24,000 cars"
                 "</td></tr></table>%s<div>%s</div><ul><li><a href=/a>Ferry prices rise</a>"
                 "</li><li><a href=/b>Council budget approved</a></li></ul></div></body></html>",
                 LEAD, lists[i], PARAS);
        precis_extracted *x = extract(page);
        CHECK(has(x, "take a year.\n\nBuses will be rerouted over the north crossing"));
        CHECK(has(x, "temporary footbridge") && !has(x, "Ferry prices"));
        precis_extracted_free(x);
    }
}

/* The rules that keep text: inline elements, misnamed or unclosed
 * containers, text between block children, the fallback chain. */
static void test_recall(void)
{
    char page[16384];
    precis_extracted *x;
    /* a name inside an inline element named like boilerplate stays; the
     * hover card's list of links inside it goes */
    x = extract("<html><body><div class=\"article-body\"><p>South Dakota Gov. <span "
                "class=\"author-card\"><a href=/p>Kristi Noem</a><span><a href=/1>One</a> "
                "<a href=/2>Two stories</a> <a href=/3>Three stories</a></span></span> (R) "
                "defended the campaign on Monday, saying that it worked, and more.</p>"
                "</div></body></html>");
    CHECK(has(x, "Gov. Kristi Noem (R) defended"));
    CHECK(!has(x, "Three stories"));
    precis_extracted_free(x);
    /* an unclosed <header> around the whole page, a class that names
     * boilerplate on the article's container: the text wins */
    const char *wrappers[][2] = {
        {"<header><div class=\"logo\">Planet</div>", ""},
        {"<div class=\"sidebar-layout\">", "</div>"},
        {"<div class=\"widget\"><div class=\"share-wrapper\">", "</div></div>"}};
    for (size_t i = 0; i < sizeof wrappers / sizeof *wrappers; i++) {
        snprintf(page, sizeof page,
                 "<html><body><nav><a href=/>Home</a></nav>%s%s%s%s</body></html>", wrappers[i][0],
                 LEAD, PARAS, wrappers[i][1]);
        x = extract(page);
        CHECK(has(x, "cracks in three of its supports") && has(x, "temporary footbridge"));
        precis_extracted_free(x);
    }
    /* text separated by empty <div>s and <br>s, not in paragraphs */
    x = extract("<html><body><div class=\"teaser\"><a href=/x>Other story</a></div><div>"
                "The council voted on Tuesday to close the old bridge, citing a report, and "
                "said repairs would take a year.<div></div>Engineers had warned for years "
                "that the bridge, built in 1931, was carrying too much traffic.<br><br>The "
                "mayor said the decision was painful, but necessary, for everyone.</div>"
                "</body></html>");
    CHECK(has(x, "take a year.") && has(x, "necessary, for everyone."));
    precis_extracted_free(x);
    /* fallbacks: the JSON-LD articleBody when the page shows no paragraphs,
     * but not a teaser cut short with an ellipsis */
    const char *ld = "<html><head><script type=\"application/ld+json\">{\"@type\": "
                     "\"NewsArticle\", \"articleBody\": \"The bridge closes today.\\nRepairs "
                     "will take a year, the council said.%s\"}</script></head><body><div "
                     "id=\"app\"></div></body></html>";
    snprintf(page, sizeof page, ld, "");
    x = extract(page);
    CHECK(strcmp(precis_extracted_text(x, NULL),
                 "The bridge closes today.\n\nRepairs will take a year, the council said.") == 0);
    precis_extracted_free(x);
    snprintf(page, sizeof page, ld, " ...");
    x = extract(page);
    CHECK(!has(x, "council said"));
    precis_extracted_free(x);
    /* an articleBody written as markup is read as text: tags go, blocks
     * end paragraphs, character references are decoded, a caption and a
     * script are left out, a "<" that opens no tag stays */
    x = extract("<html><head><script type=\"application/ld+json\">{\"@type\": "
                "\"NewsArticle\", \"articleBody\": \"<p>The bridge closes today, the "
                "council&#8217;s engineers said.</p><figure><img src=x><figcaption>The bridge "
                "in 1931</figcaption></figure><p>Repairs &amp; checks will take a "
                "<b>year</b>; lanes open: 1 < 2.<script>var x = 1;<\\/script></p>\"}"
                "</script></head><body><div id=\"app\"></div></body></html>");
    CHECK(strcmp(precis_extracted_text(x, NULL),
                 "The bridge closes today, the council\xE2\x80\x99s engineers said.\n\nRepairs "
                 "& checks will take a year; lanes open: 1 < 2.") == 0);
    precis_extracted_free(x);
    /* a page shown by script that states a HowTo (schema.org): its
     * description and its steps, a step's name unless its text opens
     * with it, a section's steps in order */
    x = extract("<html><head><script type=\"application/ld+json\">{\"@type\": \"HowTo\", "
                "\"name\": \"A round tablecloth\", \"description\": \"<p>Any round table "
                "needs a cloth that fits.</p>\", \"step\": [{\"@type\": \"HowToStep\", "
                "\"name\": \"Measure\", \"itemListElement\": {\"@type\": "
                "\"HowToDirection\", \"text\": \"Measure the diameter of the table.\"}}, "
                "{\"@type\": \"HowToSection\", \"name\": \"Sewing\", \"itemListElement\": "
                "[{\"@type\": \"HowToStep\", \"name\": \"Cut the cloth\", \"text\": \"Cut "
                "the cloth to a circle.\"}, {\"@type\": \"HowToStep\", \"text\": \"Hem the "
                "edge.\"}]}]}</script></head><body><div id=\"app\">Loading</div></body></html>");
    CHECK(strcmp(precis_extracted_text(x, NULL),
                 "Any round table needs a cloth that fits.\n\nMeasure\n\nMeasure the diameter "
                 "of the table.\n\nSewing\n\nCut the cloth to a circle.\n\nHem the edge.") == 0);
    precis_extracted_free(x);
    /* never empty: the only text sits in a block named like boilerplate */
    x = extract("<html><body><div class=\"footer-note\">The council voted on Tuesday to "
                "close the old bridge after engineers found cracks.</div></body></html>");
    CHECK(has(x, "found cracks"));
    precis_extracted_free(x);
}

static void test_metadata(void)
{
    char page[8192];
    snprintf(page, sizeof page,
             "<html><head><title>Bridge closes | Daily Planet</title>"
             "<meta property=\"og:title\" content=\"Council closes the old bridge\">"
             "<meta property=\"og:site_name\" content=\"Daily Planet\">"
             "<link rel=\"canonical\" href=\"https://planet.example/bridge\">"
             "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
             "\"@type\":\"NewsArticle\",\"datePublished\":\"2024-03-05T10:00:00Z\","
             "\"author\":[{\"@type\":\"Person\",\"name\":\"Lois Lane\"}]}</script>"
             "</head><body><div class=\"story\">%s%s</div></body></html>",
             LEAD, PARAS);
    precis_extracted *x = extract(page);
    CHECK_STR(precis_extracted_title(x), "Council closes the old bridge");
    CHECK_STR(precis_extracted_site(x), "Daily Planet");
    CHECK_STR(precis_extracted_url(x), "https://planet.example/bridge");
    CHECK_STR(precis_extracted_date(x), "2024-03-05T10:00:00Z");
    CHECK_STR(precis_extracted_byline(x), "Lois Lane");
    precis_extracted_free(x);

    x = extract("<html><head><title>Plain page</title></head><body><p class=byline>By "
                "Clark Kent</p><time datetime=\"2020-01-02\">Jan 2</time></body></html>");
    CHECK_STR(precis_extracted_title(x), "Plain page");
    CHECK_STR(precis_extracted_byline(x), "Clark Kent");
    CHECK_STR(precis_extracted_date(x), "2020-01-02");
    CHECK(precis_extracted_url(x) == NULL);
    precis_extracted_free(x);
}

/* A byline's lines, in block elements or glued by a feed, are not one
 * word: "JILL LAWLESSAssociated Press" is a name and an agency. */
static void byline_case(const char *head, const char *byline, const char *want)
{
    char page[8192];
    snprintf(page, sizeof page,
             "<html><head><title>Ash cloud</title>%s</head><body>%s<div class=\"story\">%s%s"
             "</div></body></html>",
             head, byline, LEAD, PARAS);
    precis_extracted *x = extract(page);
    CHECK_STR(precis_extracted_byline(x), want);
    precis_extracted_free(x);
}

static void test_byline_lines(void)
{
    byline_case("",
                "<div class=\"byline\"><div>By DANICA KIRKA and JILL LAWLESS</div>"
                "<div>Associated Press</div></div>",
                "DANICA KIRKA and JILL LAWLESS, Associated Press");
    byline_case("", "<div class=\"byline\"><p>Ina Holm</p>\n <p>| March 3, 2031</p></div>",
                "Ina Holm | March 3, 2031");
    byline_case("", "<div class=\"byline\"><div>By</div><div>Clark Kent</div> -</div>",
                "Clark Kent");
    byline_case("<meta name=\"author\" content=\"JILL LAWLESSAssociated Press\">", "",
                "JILL LAWLESS, Associated Press");
    /* not glue: a name in mixed case, a plural acronym, one word */
    byline_case("<meta name=\"author\" content=\"Ronald McDonald\">", "", "Ronald McDonald");
    byline_case("<meta name=\"author\" content=\"THE CEOs Desk\">", "", "THE CEOs Desk");
    byline_case("<meta name=\"author\" content=\"NEWSPlay\">", "", "NEWSPlay");
}

/* A page's title with the site's own name before or after a separator:
 * cut when the page names itself so, kept otherwise. */
static void title_case(const char *head, const char *want)
{
    char page[8192];
    snprintf(page, sizeof page,
             "<html><head>%s</head><body><div class=\"story\">%s%s</div>"
             "</body></html>",
             head, LEAD, PARAS);
    precis_extracted *x = extract(page);
    CHECK_STR(precis_extracted_title(x), want);
    precis_extracted_free(x);
}

static void test_title_site_name(void)
{
    /* og:site_name, application-name, the JSON-LD publisher */
    title_case("<title>Ash cloud grounds flights | Port Elston Gazette</title>"
               "<meta property=\"og:site_name\" content=\"The Port Elston Gazette\">",
               "Ash cloud grounds flights");
    title_case("<title>Ash cloud grounds flights :: Elston-Net</title>"
               "<meta name=\"application-name\" content=\"elston net\">"
               "<meta property=\"og:site_name\" content=\"Port Elston\">",
               "Ash cloud grounds flights");
    title_case("<title>Ash cloud grounds flights \xc2\xb7 Gazette</title>"
               "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
               "\"publisher\": {\"@type\": \"Organization\", \"name\": \"Gazette\"}}"
               "</script>",
               "Ash cloud grounds flights");
    /* the host's main label, also written out; a name that holds a
     * separator itself; the name first */
    title_case("<title>Startup raises $5M \xe2\x80\x93 TechCrunch</title>"
               "<link rel=\"canonical\" href=\"https://techcrunch.com/2024/startup\">",
               "Startup raises $5M");
    title_case("<title>Lander program grows - Orbit-News.co.uk</title>"
               "<link rel=\"canonical\" href=\"https://www.orbit-news.co.uk/lander\">",
               "Lander program grows");
    title_case("<title>Ash cloud - day two \xe2\x80\x94 Gazette - Port Elston</title>"
               "<meta property=\"og:site_name\" content=\"Gazette - Port Elston\">",
               "Ash cloud - day two");
    title_case("<title>PORT ELSTON GAZETTE | Ash cloud grounds flights</title>"
               "<meta property=\"og:site_name\" content=\"Port Elston Gazette\">",
               "Ash cloud grounds flights");
    /* nothing names the segment as the site; the title is only the name */
    title_case("<title>Ash cloud grounds flights | Editorial</title>"
               "<meta property=\"og:site_name\" content=\"Port Elston Gazette\">",
               "Ash cloud grounds flights | Editorial");
    title_case("<title>Ash cloud grounds flights - Gazette</title>",
               "Ash cloud grounds flights - Gazette");
    title_case("<title>Port Elston Gazette</title>"
               "<meta property=\"og:site_name\" content=\"Port Elston Gazette\">",
               "Port Elston Gazette");
}

static void test_charsets(void)
{
    /* Latin-1 declared, é as byte 0xE9 */
    precis_extracted *x = extract("<html><head><meta charset=\"iso-8859-1\"></head><body>"
                                  "<p>Caf\xE9 owners in the old town said, on Monday, that "
                                  "trade had fallen by half.</p></body></html>");
    CHECK(has(x, "Caf\xC3\xA9 owners"));
    precis_extracted_free(x);
    /* windows-1252 curly quotes, declared in http-equiv */
    x = extract("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                "charset=windows-1252\"></head><body><p>\x93Quoted,\x94 he said, on the "
                "steps of the court, after the verdict.</p></body></html>");
    CHECK(has(x, "\xE2\x80\x9CQuoted,\xE2\x80\x9D he said"));
    precis_extracted_free(x);
    /* KOI8-R */
    x = extract("<html><head><meta charset=koi8-r></head><body><p>\xED\xCF\xD3\xCB\xD7\xC1, "
                "the capital, said officials, reported on Friday, in a statement.</p>"
                "</body></html>");
    CHECK(has(x, "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0")); /* Москва */
    precis_extracted_free(x);
    /* valid UTF-8 wins over a stale declaration (crawlers re-encode pages) */
    x = extract("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xC3\xA9 "
                "owners, in the old town, said trade had fallen by half.</p></body></html>");
    CHECK(has(x, "Caf\xC3\xA9 owners"));
    precis_extracted_free(x);
    /* UTF-16LE with a byte-order mark */
    const char *ascii = "<html><body><p>Sixteen bits, per unit, still make a page, as "
                        "everyone knows.</p></body></html>";
    size_t n = strlen(ascii);
    char *u16 = malloc(2 * n + 2);
    u16[0] = (char)0xFF;
    u16[1] = (char)0xFE;
    for (size_t i = 0; i < n; i++) {
        u16[2 + 2 * i] = ascii[i];
        u16[3 + 2 * i] = 0;
    }
    precis_status st = precis_html_extract(u16, 2 * n + 2, NULL, &x, NULL);
    CHECK(st == PRECIS_OK && has(x, "Sixteen bits, per unit"));
    precis_extracted_free(x);
    free(u16);
    /* undeclared, in a charset uchardet tells (KOI8-R): read in it */
    char guess[48];
    static const char koi[] = "<p>\xED\xCF\xD3\xCB\xD7\xC1 \xC9 \xD0\xD2\xC9\xC7\xCF\xD2\xCF\xC4"
                              "\xD9 \xD0\xCF\xD4\xCF\xD0\xCC\xC5\xCE\xD9 \xD7 "
                              "\xD0\xCF\xCE\xC5\xC4\xC5\xCC\xD8\xCE\xC9\xCB.</p>";
    CHECK(pc_html_guess_charset(koi, sizeof koi - 1, guess, sizeof guess) == 1);
    CHECK_STR(guess, "koi8-r");
    /* too few bytes past ASCII to guess from: no guess */
    static const char one[] = "<p>The caf\xE9 reopened on Monday after repairs.</p>";
    CHECK(pc_html_guess_charset(one, sizeof one - 1, guess, sizeof guess) == 0);
    /* undeclared and not UTF-8: windows-1252 */
    x = extract("<html><body><p>Na\xEFve guesses, made in haste, are often wrong, said the "
                "report.</p></body></html>");
    CHECK(has(x, "Na\xC3\xAFve guesses"));
    precis_extracted_free(x);
}

static void test_malformed(void)
{
    static const char *pages[] = {
        "",
        "<",
        "<html",
        "<!--",
        "<!-- never closed <p>hidden",
        "<p>unclosed <b>bold <i>italic <div>block</p></b> text, with words, enough.",
        "</div></div></body></html><p>stray end tags first, then text, and more text.</p>",
        "<table><p>paragraph in a table, moved out by the parser, fine.</table>",
        "<script>never closed",
        "<svg><p>in svg</p>",
        "<div class=\"a\" class=\"b\" id='x' =bad <p>attributes gone wrong, still text.</p>",
        "<p>NUL\0byte inside, which the parser must replace, safely.</p>",
        "\xFF\xFE\xFD<p>\xC3(invalid utf-8\xE2\x82 sequences, everywhere, in text.</p>",
        "<a href=\"unterminated><p>the quote never ends",
        NULL};
    for (int i = 0; pages[i]; i++) {
        precis_extracted *x = NULL;
        size_t n = strlen(pages[i]);
        if (i == 11) /* the NUL byte: the literal's full length */
            n = sizeof "<p>NUL\0byte inside, which the parser must replace, safely.</p>" - 1;
        CHECK(precis_html_extract(pages[i], n, NULL, &x, NULL) == PRECIS_OK);
        size_t tl;
        const char *t = precis_extracted_text(x, &tl);
        CHECK(t != NULL && strlen(t) == tl);
        precis_extracted_free(x);
    }
    /* deep nesting must not exhaust the stack */
    size_t depth = 200000;
    char *deep = malloc(depth * 5 + 64);
    size_t o = 0;
    for (size_t i = 0; i < depth; i++)
        o += (size_t)sprintf(deep + o, "<div>");
    o += (size_t)sprintf(deep + o, "<p>deep, deep, deep text, at the bottom.</p>");
    precis_extracted *x = NULL;
    CHECK(precis_html_extract(deep, o, NULL, &x, NULL) == PRECIS_OK);
    precis_extracted_free(x);
    free(deep);
    /* a numeric reference past any code point, whose digits overflow
     * gumbo's int (here to 0xC71C71C7), came out as a lone byte 0xC7 in the
     * text and the title (s40-fuzz, fuzz/regressions/html): the extracted
     * strings are repaired to valid UTF-8, the byte a U+FFFD */
    static const char overflow[] =
        "<html><head><title>Dam news &#8217111111111111111111111111111111111111111111111111111;"
        "s page</title></head><body><p>The dam opened today, the board&#821711111111111111111111"
        "1111111111111111111111111111111111111111111111;s engineers said on the radio.</p>"
        "</body></html>";
    x = NULL;
    CHECK(precis_html_extract(overflow, sizeof overflow - 1, NULL, &x, NULL) == PRECIS_OK);
    if (x) {
        size_t tl;
        const char *t = precis_extracted_text(x, &tl), *title = precis_extracted_title(x);
        CHECK(t && pc_utf8_first_invalid(t, tl) == tl && strstr(t, "board\xEF\xBF\xBDs"));
        CHECK(title && pc_utf8_first_invalid(title, strlen(title)) == strlen(title));
        precis_extracted_free(x);
    }
    CHECK(precis_html_extract(NULL, 1, NULL, &x, NULL) == PRECIS_EINVAL);
    CHECK(precis_html_extract("a", 1, NULL, NULL, NULL) == PRECIS_EINVAL);
    precis_extracted_free(NULL);
}

static void test_gzip(void)
{
    char page[8192];
    snprintf(page, sizeof page, "<html><body><main>%s%s</main></body></html>", LEAD, PARAS);
    uLongf zl = compressBound(strlen(page)) + 32;
    unsigned char *z = malloc(zl);
    z_stream s;
    memset(&s, 0, sizeof s);
    deflateInit2(&s, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    s.next_in = (Bytef *)page;
    s.avail_in = (uInt)strlen(page);
    s.next_out = z;
    s.avail_out = (uInt)zl;
    deflate(&s, Z_FINISH);
    size_t n = s.total_out;
    deflateEnd(&s);
    precis_extracted *x = NULL;
    CHECK(precis_html_extract((const char *)z, n, NULL, &x, NULL) == PRECIS_OK);
    CHECK(has(x, "temporary footbridge"));
    precis_extracted_free(x);
    /* truncated stream: what inflated is kept, with a warning */
    precis_error w;
    CHECK(precis_html_extract((const char *)z, n / 2, NULL, &x, &w) == PRECIS_OK);
    precis_extracted_free(x);
    free(z);
}

static void test_sniff(void)
{
    CHECK(precis_looks_like_html("<!DOCTYPE html><p>x", 19));
    CHECK(precis_looks_like_html("\n  <html lang=en>", 17));
    CHECK(precis_looks_like_html("<!-- c --><HTML>", 16));
    CHECK(precis_looks_like_html("<div><body>", 11));
    CHECK(!precis_looks_like_html("Plain text <html> later", 23));
    CHECK(!precis_looks_like_html("<b>bold</b> text", 16));
    CHECK(!precis_looks_like_html("", 0));
}

static void test_cluster(void)
{
    char page[8192];
    snprintf(page, sizeof page,
             "<html><head><meta property=og:title content=\"Page title\">"
             "<meta property=og:site_name content=\"Daily Planet\"></head>"
             "<body><article>%s%s</article></body></html>",
             LEAD, PARAS);
    precis_cluster *c;
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    precis_doc_meta m = {0};
    m.title = "Caller title";
    CHECK(precis_cluster_add_html(c, page, strlen(page), &m, NULL, NULL) == PRECIS_OK);
    const precis_doc_meta *dm = precis_cluster_document_meta(c, 0);
    CHECK_STR(dm->title, "Caller title");
    CHECK_STR(dm->source, "Daily Planet");
    CHECK(precis_cluster_sentence_count(c) >= 4);
    /* a JSON Lines cluster with an "html" document and a sniffed string one */
    char line[20000], esc[9000];
    size_t e = 0;
    for (const char *p = page; *p; p++) {
        if (*p == '"')
            esc[e++] = '\\';
        esc[e++] = *p;
    }
    esc[e] = '\0';
    snprintf(line, sizeof line, "{\"id\": 1, \"documents\": [{\"html\": \"%s\"}, \"%s\"]}", esc,
             esc);
    precis_cluster *j;
    precis_error err;
    CHECK(precis_cluster_from_json(line, strlen(line), NULL, NULL, &j, NULL, &err) == PRECIS_OK);
    /* the same page twice: the second, read as HTML too, is a copy of the
     * first (model/copies.h), listed with it and not counted again */
    CHECK(precis_cluster_document_count(j) == 1);
    CHECK(precis_cluster_document_copy_count(j, 0) == 1);
    CHECK(precis_cluster_document_copy(j, 0, 0) != NULL);
    CHECK_STR(precis_cluster_document_copy(j, 0, 0)->title, "Page title");
    CHECK(precis_cluster_document_copy(j, 0, 1) == NULL);
    CHECK(precis_cluster_sentence_count(j) == precis_cluster_sentence_count(c));
    precis_cluster_free(j);
    precis_cluster_free(c);
}

/* The page made from fmt with the article's first paragraph (LEAD) and the
 * rest (PARAS) in its two %s, extracted. */
/* A second story, longer than the first. */
static const char *HARBOUR =
    "<p>The harbour festival, which drew thousands of visitors, returns in June, "
    "with music, food stalls, boat races and fireworks over the water.</p>"
    "<p>Organisers said, after a long debate, that tickets would cost less than last "
    "year, that children go free, and that the parade starts at noon.</p>"
    "<p>Volunteers, shop owners and the harbour master, who all helped, were "
    "thanked, and the mayor, who opened it, promised a bigger stage.</p>"
    "<p>Hotels, cafes and the ferry company, expecting crowds, added staff, "
    "rooms, tables and trips, and the town added buses, too.</p>"
    "<p>The weather, always a worry, looks good, forecasters said, with sun, light "
    "wind, warm evenings and, so far, no rain at all.</p>";

/* fmt with %s for LEAD, PARAS and, when it has a third, HARBOUR */
static precis_extracted *extract_story(const char *fmt)
{
    char page[16384];
    snprintf(page, sizeof page, fmt, LEAD, PARAS, HARBOUR);
    return extract(page);
}

/* The rules of the second round (docs/extraction.md, 5-7), each on a page
 * that the first round's rules got wrong. */
static void test_article_parts(void)
{
    precis_extracted *x;
    /* a lead above the body, inside the same <article> but not beside it,
     * kept; a short closing source line dropped */
    x = extract_story(
        "<html><body><article><div class=\"head\"><div><p>In a vote that surprised "
        "nobody in the town, the council has decided to close its oldest bridge for a "
        "year.</p></div></div><div class=\"wrap\"><div class=\"article-body\">%s%s"
        "<p>Source: city press office</p></div><div class=\"tools\"><a href=/p>Print</a>"
        "</div></div></article></body></html>");
    CHECK(has(x, "surprised nobody") && has(x, "temporary footbridge"));
    CHECK(!has(x, "city press office"));
    precis_extracted_free(x);
    /* a link alone in a table cell is data, not navigation */
    x = extract_story(
        "<html><body><div class=\"article-body\">%s<table><tr><td><a href=/m1>Model "
        "Alpha</a></td><td>370 euros, tested in May, good support</td><td>good</td></tr>"
        "<tr><td><a href=/m2>Model Beta</a></td><td>210 euros, tested in June, weak "
        "support</td><td>poor</td></tr></table>%s</div></body></html>");
    CHECK(has(x, "Model Alpha") && has(x, "210 euros"));
    precis_extracted_free(x);
    /* two stories on one page (an endless scroll): the one under the
     * heading that repeats the page's title, not the longer next one */
    x = extract_story("<html><head><title>Bridge closes for a year | Town News</title></head><body>"
                      "<article><h1>Bridge closes for a year</h1><div class=\"text\">%s%s</div>"
                      "</article><article><h2>Harbour festival</h2><div class=\"text\">"
                      "%s</div></article></body></html>");
    CHECK(has(x, "temporary footbridge") && !has(x, "harbour festival"));
    precis_extracted_free(x);
    /* ... also when the title's <section> holds it in a <header> beside the
     * body, and the longer story is a sidebar's */
    x = extract_story(
        "<html><head><title>Bridge closes for a year | Town News</title></head><body>"
        "<div><section><header><h1>Bridge closes for a year</h1></header><div>%s%s</div>"
        "</section></div><div class=\"sidebar\"><h2>Harbour festival</h2>%s</div>"
        "</body></html>");
    CHECK(has(x, "temporary footbridge") && !has(x, "harbour festival"));
    precis_extracted_free(x);
    /* ... and, without sectioning elements, in the block of 500+
     * characters around the title */
    x = extract_story(
        "<html><head><title>Bridge closes for a year | Town News</title></head><body>"
        "<div><div><div><h1>Bridge closes for a year</h1></div><div>%s%s</div></div></div>"
        "<div class=\"sidebar\"><h2>Harbour festival</h2>%s</div></body></html>");
    CHECK(has(x, "temporary footbridge") && !has(x, "harbour festival"));
    precis_extracted_free(x);
    /* a teaser page (500+ bytes shown) that states the whole body in its
     * JSON-LD */
    x = extract(
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBod"
        "y\":\"Paragraph 1 of the full story tells, at length and in detail, what the council dec"
        "ided about the bridge, why, and what it means for the people who cross it every day, wit"
        "h the figures.\\n\\nParagraph 2 of the full story tells, at length and in detail, what t"
        "he council decided about the bridge, why, and what it means for the people who cross it "
        "every day, with the figures.\\n\\nParagraph 3 of the full story tells, at length and in "
        "detail, what the council decided about the bridge, why, and what it means for the people"
        " who cross it every day, with the figures.\\n\\nParagraph 4 of the full story tells, at "
        "length and in detail, what the council decided about the bridge, why, and what it means "
        "for the people who cross it every day, with the figures.\\n\\nParagraph 5 of the full st"
        "ory tells, at length and in detail, what the council decided about the bridge, why, and "
        "what it means for the people who cross it every day, with the figures.\\n\\nParagraph 6 "
        "of the full story tells, at length and in detail, what the council decided about the bri"
        "dge, why, and what it means for the people who cross it every day, with the figures.\\n\\n"
        "Paragraph 7 of the full story tells, at length and in detail, what the council decided a"
        "bout the bridge, why, and what it means for the people who cross it every day, with the "
        "figures.\"}</script></head><body><div class=\"article-body\"><p>The city council voted o"
        "n Tuesday to close the old bridge, citing a report that found cracks in three of its sup"
        "ports, and said repairs would take a year.</p><p>Engineers had warned for years that the"
        " bridge, built in 1931, was carrying far more traffic than it was designed for.</p><p>Bu"
        "siness owners near the bridge said they feared losing customers, while cyclists welcomed"
        " plans for a temporary footbridge.</p><p>Mayor Ana Ruiz said the decision was painful bu"
        "t necessary, adding that buses would be rerouted over the north crossing.</p></div></bod"
        "y></html>");
    CHECK(has(x, "Paragraph 7 of the full story"));
    precis_extracted_free(x);
    /* a paywalled page: the teaser and its prompt, under twice the length
     * of the JSON-LD body that opens like it; a longer body of another
     * story (a page's own JSON-LD for a linked one) is not taken */
    const char *openings[] = {"The city council voted on Tuesday to close the old bridge",
                              "The harbour festival returns in June with fireworks"};
    for (size_t i = 0; i < 2; i++) {
        char page[8192];
        snprintf(page, sizeof page,
                 "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle"
                 "\",\"articleBody\":\"%s, citing a report that found cracks in three of its "
                 "supports, and said repairs would take a year.\\nEngineers had warned for "
                 "years that the bridge, built in 1931, was carrying far more traffic than it was "
                 "designed for, according to the report.\\nBusiness owners near the bridge said "
                 "they feared losing customers.\\nThe rest of the story, behind the paywall, "
                 "tells at length what the council decided, why, and what it means for the "
                 "people who cross the bridge every day, with the figures of its budget.\\n"
                 "Paragraph 2 of the rest tells how the ferries will run every half hour while "
                 "the bridge is shut, and what tickets will cost the town's commuters.\"}"
                 "</script></head><body><div class=\"article-body\">%s<p>Engineers had warned "
                 "for years that the bridge, built in 1931, was carrying far more traffic than "
                 "it was designed for, according to the report.</p><p>Business owners near the "
                 "bridge said they feared losing customers.</p><p>Subscribe to read the whole "
                 "story: one month of unlimited access for one euro, cancel at any time.</p>"
                 "</div></body></html>",
                 openings[i], LEAD);
        x = extract(page);
        CHECK(has(x, "cracks in three") && has(x, "Paragraph 2 of the rest") == (i == 0));
        CHECK(has(x, "Subscribe to read") == (i == 1));
        precis_extracted_free(x);
    }
}

/* The rules of the third round (docs/extraction.md), each on a page that
 * the rules before it got wrong. */
static void test_media_and_captions(void)
{
    precis_extracted *x;
    /* an unclosed <video> (its fallback content dropped up to the end tag
     * that never comes) must not take the article after it */
    x = extract_story("<html><body><div class=\"article-body\"><video src=a.mp4>"
                      "%s%s</div></body></html>");
    CHECK(has(x, "cracks in three of its supports") && has(x, "temporary footbridge"));
    precis_extracted_free(x);
    /* a closed one still goes with its fallback text, and a second
     * <video> before any end tag means the first was never closed */
    x = extract_story("<html><body><div class=\"article-body\"><video src=a.mp4>%s"
                      "<video src=b.mp4>Your browser cannot play this video</video>%s</div>"
                      "</body></html>");
    CHECK(has(x, "temporary footbridge") && !has(x, "cannot play"));
    precis_extracted_free(x);
    /* an unclosed <figure>: the parser nests the rest of its parent in it */
    x = extract_story("<html><body><div class=\"article-body\">%s<figure><img src=a.jpg>"
                      "%s</div></body></html>");
    CHECK(has(x, "temporary footbridge"));
    precis_extracted_free(x);
    /* a picture with its caption in a paragraph of its own is no body text;
     * a paragraph that merely opens with an image is */
    x = extract_story("<html><body><div class=\"article-body\">%s<p><img src=a.jpg><br>"
                      "<em>Figure 2: the cracked support, seen from the river bank.</em></p>"
                      "<p><img src=b.jpg> Traffic, which had grown for decades, will now use "
                      "the north crossing, the council said.</p>%s</div></body></html>");
    CHECK(has(x, "temporary footbridge") && has(x, "Traffic, which had grown"));
    CHECK(!has(x, "Figure 2"));
    precis_extracted_free(x);
    /* a post body in a <script type="text/template"> (rendered by script)
     * is read as markup; a template holding data (JSON) is not */
    x = extract_story("<html><body><div class=\"post-body\"><script type='text/template'>\n"
                      "%s%s</script><script type=\"text/template\">{\"quote\": \"Pull quote "
                      "from the data, never shown as such\"}</script></div></body></html>");
    CHECK(has(x, "cracks in three of its supports") && has(x, "temporary footbridge"));
    CHECK(!has(x, "Pull quote"));
    precis_extracted_free(x);
    /* a short block with a text field is a sign-up box; a page wrapped
     * whole in a <form> (as some frameworks write it) is still a page */
    x = extract_story("<html><body><form action=/p><input type=hidden name=v value=1>"
                      "<div class=\"article-body\">%s<div><p>Join our free town newsletter "
                      "and never miss a story</p><input type=email name=e></div>%s</div>"
                      "<input type=search name=q></form></body></html>");
    CHECK(has(x, "cracks in three of its supports") && has(x, "temporary footbridge"));
    CHECK(!has(x, "free town newsletter"));
    precis_extracted_free(x);
}

static void test_lead_and_stamps(void)
{
    precis_extracted *x;
    /* the standfirst in the article's <header> is its lead; the kicker and
     * a teaser line without a sentence end stay out */
    x = extract_story("<html><body><article><header><p>Town news</p><h1>Bridge closes</h1>"
                      "<p>In a vote that surprised nobody in the town, the council has decided "
                      "to close its oldest bridge for a whole year.</p><p>Read the full story "
                      "of how the town has argued about its bridges for fifty years</p>"
                      "</header><div class=\"article-body\">%s%s</div></article>"
                      "</body></html>");
    CHECK(has(x, "surprised nobody") && has(x, "temporary footbridge"));
    CHECK(!has(x, "Town news") && !has(x, "argued about its bridges"));
    precis_extracted_free(x);
    /* ... and the header with the title above the article, outside it,
     * inside a wrapper that is itself cleaned out as a link list */
    x = extract_story("<html><body><div><ol><li><a href=/>Home</a></li><li><a href=/n>News"
                      "</a></li><li><a href=/t>Town</a></li></ol><header><h1>Bridge closes</h1>"
                      "<p>In a vote that surprised nobody in the town, the council has decided "
                      "to close its oldest bridge for a whole year.</p></header></div>"
                      "<article>%s%s</article></body></html>");
    CHECK(has(x, "surprised nobody") && has(x, "temporary footbridge"));
    precis_extracted_free(x);
    /* ... also a standfirst written as a <div> without blocks inside;
     * a short teaser <div> without a sentence end stays out */
    x = extract_story("<html><body><div><header><h1>Bridge closes</h1><div class=\"intro\">"
                      "In a vote that surprised nobody in the town, the council has decided to "
                      "close its oldest bridge for a whole year.</div><div>Read the full story "
                      "of how the town has argued about its bridges for fifty years</div>"
                      "</header></div><article>%s%s</article></body></html>");
    CHECK(has(x, "surprised nobody") && has(x, "temporary footbridge"));
    CHECK(!has(x, "argued about its bridges"));
    precis_extracted_free(x);
    /* ... also when the title is an <h2> repeating the page's title (the
     * theme keeps <h1> for the site's name); another <h2> is no title */
    const char *h2s[] = {"Council closes the old bridge", "Latest from the town"};
    for (size_t i = 0; i < 2; i++) {
        char fmt[4096];
        snprintf(fmt, sizeof fmt,
                 "<html><head><title>Council closes the old bridge | Gazette</title></head>"
                 "<body><main><header><h2>%s</h2><div><p>In a vote that surprised nobody in the "
                 "town, the council has decided to close its oldest bridge for a whole year."
                 "</p></div></header><article><div class=\"entry-content\">%%s%%s</div><div>"
                 "<a href=/t>Town</a></div></article></main></body></html>",
                 h2s[i]);
        x = extract_story(fmt);
        CHECK(has(x, "temporary footbridge") && has(x, "surprised nobody") == (i == 0));
        precis_extracted_free(x);
    }
    /* a lead wrapped in a link (<a><p>...</p></a>, a teaser-styled
     * standfirst), inside the body's container or above it; a story's
     * teaser in a link after the body stays out */
    const char *wrapped[] = {
        "<div class=\"article-body\"><a href=/l><p>In a vote that surprised nobody in the town, "
        "the council has decided to close its oldest bridge for a whole year.</p></a>%s%s"
        "<a href=/n><p>Next story: the harbour festival returns in June, with music, food "
        "stalls, boat races and fireworks.</p></a></div>",
        "<article><a href=/l><div class=\"teaser\"><p>In a vote that surprised nobody in the "
        "town, the council has decided to close its oldest bridge for a whole year.</p></div>"
        "</a><div class=\"article-body\">%s%s</div><a href=/n><p>Next story: the harbour "
        "festival returns in June, with music, food stalls, boat races and fireworks.</p></a>"
        "</article>"};
    for (size_t i = 0; i < 2; i++) {
        char fmt[4096];
        snprintf(fmt, sizeof fmt, "<html><body>%s</body></html>", wrapped[i]);
        x = extract_story(fmt);
        CHECK(has(x, "surprised nobody") && has(x, "temporary footbridge"));
        CHECK(!has(x, "harbour festival"));
        precis_extracted_free(x);
    }
    /* a line of figures alone is a date stamp; figures in a sentence and in
     * a table are text */
    x = extract_story("<html><body><div class=\"article-body\"><p>12.03.2021 14:35</p>%s"
                      "<p>The vote, 31 to 4, came after 3 hours.</p><table><tr><td>1931</td>"
                      "<td>2021</td></tr></table>%s</div></body></html>");
    CHECK(has(x, "temporary footbridge") && has(x, "31 to 4") && has(x, "1931"));
    CHECK(!has(x, "14:35"));
    precis_extracted_free(x);
    /* a label and a date alone (in figures or with a month's name, in
     * English or another language of the profiles, a clock time after it)
     * is a stamp too, also as one line of a paragraph; a label with a
     * number, a telephone number, a date inside a sentence stay */
    x = extract_story("<html><body><div class=\"article-body\"><p>Published: 18 November "
                      "2019</p><p>Stand:&nbsp;5. Februar 2020, 12:30&nbsp;Uhr.</p>%s<p>Datum: "
                      "19.11.2021<br>Level: 70<br>Tel.: 0228-999582-5777</p><p>Deadline: 5 "
                      "March 2022 for the last of the entries.</p>%s<p>Updated: 2021-04-28 "
                      "08:27</p></div></body></html>");
    CHECK(has(x, "temporary footbridge") && has(x, "Level: 70") && has(x, "0228-999582-5777"));
    CHECK(has(x, "Deadline: 5 March 2022 for the last"));
    CHECK(!has(x, "Published") && !has(x, "Stand") && !has(x, "19.11.2021") && !has(x, "Updated"));
    precis_extracted_free(x);
    /* a lead wrapped alone in a block whose name holds a widget's word
     * ("media" inside "el__leafmedia") is a paragraph; a box of that name
     * with a heading and a teaser stays out */
    x = extract_story("<html><body><div class=\"l-container\"><div class=\"el__leafmedia\">"
                      "<p>In a vote that surprised nobody in the town, the council has decided "
                      "to close its oldest bridge for a whole year.</p></div>%s%s<div "
                      "class=\"media-box\"><h3>Watch</h3><p>Our film about the harbour "
                      "festival, with music, food stalls, boat races and fireworks, is out.</p>"
                      "</div></div></body></html>");
    CHECK(has(x, "surprised nobody") && has(x, "temporary footbridge"));
    CHECK(!has(x, "harbour festival"));
    precis_extracted_free(x);
    /* a heading over nothing (a player, a link list cleaned out) is a
     * widget's label; one over a subheading or over the text after its
     * wrapper heads a section */
    x = extract_story(
        "<html><body><div class=\"article-body\">%s<div><h4>Watch our latest editorial "
        "picks of the week</h4><div id=player></div></div><div><h2>What happens next to the "
        "bridge</h2>"
        "</div><h3>The plan</h3><h4>Buses</h4>%s</div></body></html>");
    CHECK(has(x, "temporary footbridge") && has(x, "What happens next"));
    CHECK(has(x, "The plan") && has(x, "Buses") && !has(x, "latest editorial"));
    precis_extracted_free(x);
    /* ... and so is one over paragraphs that are links alone, dropped as
     * link lines; a heading over a paragraph with a link in its sentence
     * stays */
    x = extract_story("<html><body><div class=\"article-body\">%s%s<h3>The ferry timetable</h3>"
                      "<p>Ferries run every <a href=/f>half hour</a> from the north pier, the "
                      "operator said on Monday.</p><h2>More from this column on the town and its "
                      "bridges</h2><p><a href=/1>Why our bridges age</a></p><p><a href=/2>The "
                      "harbour festival returns</a></p></div></body></html>");
    CHECK(has(x, "The ferry timetable\n\nFerries run every half hour"));
    CHECK(!has(x, "More from this column") && !has(x, "harbour festival"));
    CHECK(has(x, "temporary footbridge"));
    precis_extracted_free(x);
}

/* A table of data reads as rows: a row's cells on one line joined by
 * " | ", the rows as lines of one paragraph; an empty cell ("&nbsp;")
 * is skipped, a <br> inside a cell does not break its row.  A layout
 * table (cells holding blocks, or a page's whole text) keeps its
 * paragraphs. */
static void test_tables(void)
{
    precis_extracted *x = extract_story(
        "<html><body><div class=\"article-body\">%s<table><thead><tr><th>Crossing</th><th>Cars "
        "a day</th><th>&nbsp;</th></tr></thead><tbody><tr><td>Old bridge<br></td><td>24,000"
        "</td><td>&nbsp;</td></tr><tr><td colspan=2>Planned</td></tr><tr><td>North crossing"
        "</td><td>9,500</td><td>ferry</td></tr></tbody></table>%s</div></body></html>");
    CHECK(has(x, "take a year.\n\nCrossing | Cars a day\nOld bridge | 24,000\nPlanned\n"
                 "North crossing | 9,500 | ferry\n\nEngineers had warned"));
    precis_extracted_free(x);
    /* a page laid out in a table: a menu cell beside the article's cell */
    x = extract_story("<html><body><table><tr><td><ul><li><a href=/>Home</a></li><li><a "
                      "href=/n>News</a></li></ul></td><td>%s%s</td></tr></table></body></html>");
    CHECK(has(x, "take a year.\n\nEngineers had warned") && has(x, "temporary footbridge"));
    CHECK(!has(x, " | "));
    precis_extracted_free(x);
    /* ... and one whose cells hold the text and <br>s, no blocks */
    char page[8192];
    snprintf(page, sizeof page,
             "<html><body><table><tr><td><a href=/>Home</a> <a href=/n>News</a></td><td>%s"
             "<br><br>%s</td></tr></table></body></html>",
             "The city council voted on Tuesday to close the old bridge, citing a report that "
             "found cracks in three of its supports, and said repairs would take a year.",
             "Engineers had warned for years that the bridge, built in 1931, was carrying far "
             "more traffic than it was designed for, according to the report, which was made "
             "public. Mayor Ana Ruiz said the decision was painful but necessary, adding that "
             "buses would be rerouted over the north crossing, and that ferries would run every "
             "half hour. Business owners near the bridge said they feared losing customers.");
    x = extract(page);
    CHECK(has(x, "take a year.\n\nEngineers had warned") && !has(x, " | "));
    precis_extracted_free(x);
}

/* A thematic break (<hr>) before a short closing part of the article's
 * container sets the article's furniture apart: the author's note after
 * it goes.  A break between sections keeps the section after it: the
 * last section of a story is longer, and so is what follows an early
 * break. */
/* A dateline set apart by its own inline element and style alone
 * ("<cite>Hong Kong (CNN Business)</cite>A muddled view") keeps a space
 * before the word after it; a parenthesis followed by punctuation, or
 * inside one text, is left as written. */
static void test_inline_glue(void)
{
    precis_extracted *x = extract_story(
        "<html><body><div class=\"article-body\"><p><cite>Port Elston (Gazette)</cite>The "
        "council met on Tuesday, with the mayor, and voted to close the old bridge for "
        "repairs.</p><p>The report was written by <a href=/e>the engineers (of the "
        "town)</a>, who found cracks, and by <em>the inspectors (two)</em>\u201d as the "
        "mayor said, while f(x)y stays.</p>%s%s</div></body></html>");
    CHECK(has(x, "Port Elston (Gazette) The council met"));
    CHECK(has(x, "(of the town), who found") && has(x, "(two)\u201d as") && has(x, "f(x)y"));
    precis_extracted_free(x);
}

/* A paragraph of no-break spaces (<p>&nbsp;</p>, editors' spacing) is
 * empty, and a paragraph's no-break spaces at its ends are white space:
 * a closing line that ends a sentence before one is no furniture. */
static void test_nbsp_paragraphs(void)
{
    precis_extracted *x =
        extract_story("<html><body><div class=\"article-body\">%s<p>&nbsp;</p><p> &nbsp; </p>%s"
                      "<p>Updated at 1:23 p.m.&nbsp;</p></div></body></html>");
    CHECK(has(x, "temporary footbridge") && has(x, "Updated at 1:23 p.m."));
    CHECK(!has(x, "\xc2\xa0"));
    precis_extracted_free(x);
}

/* Invisible characters inside words (soft hyphen, zero-width space, word
 * joiner, BOM) are left out of the text and the title, as a reader sees
 * the words; a paragraph of them alone is empty; the zero-width joiner
 * of an emoji sequence stays. */
static void test_invisible_characters(void)
{
    precis_extracted *x = extract_story(
        "<html><head><title>Brid&shy;ge re&#x200B;pairs</title></head><body><div "
        "class=\"article-body\">%s<p>The Ver&shy;kehrs&shy;mi&shy;nis&shy;ter said "
        "foot&#8203;bridge works start to&#x2060;day&#xFEFF;, with the family \xf0\x9f\x91\xa9"
        "\xe2\x80\x8d\xf0\x9f\x91\xa7 sign.</p><p>&#8203;&#8203;</p>%s</div></body></html>");
    CHECK(has(x, "The Verkehrsminister said footbridge works start today, with"));
    CHECK(has(x, "\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7 sign."));
    CHECK(!has(x, "\xc2\xad") && !has(x, "\xe2\x80\x8b") && !has(x, "\n\n\n"));
    CHECK(x && strcmp(precis_extracted_title(x), "Bridge repairs") == 0);
    precis_extracted_free(x);
}

/* A block left out (a share bar by its class) still ends the line
 * before it, as on the page: the sentences around it stay apart. */
static void test_left_out_block_breaks(void)
{
    precis_extracted *x = extract_story(
        "<html><body><div class=\"article-body\">%s<div>The mayor spoke to reporters on "
        "Wednesday, after the vote, and took questions.<div class=\"share-bar\"><a "
        "href=/s>Share</a></div>The vote was seven to two, with one council member "
        "absent.</div>%s</div></body></html>");
    CHECK(has(x, "temporary footbridge") && has(x, "took questions.") &&
          has(x, "The vote was seven") && !has(x, "questions.The vote") && !has(x, "Share"));
    precis_extracted_free(x);
}

/* A line whose words mix Latin letters with Cyrillic look-alikes is text
 * hidden from filters (an advertisement), never the article; a Russian
 * paragraph naming "iPhone", with one Latin "C" slipped into a word, and
 * Greek symbols inside Latin words ("\u03bcg") are natural text. */
/* extract_story's page, checked like page_case */
static void story_case(const char *name, const char *fmt, const char *const *keep,
                       const char *const *drop)
{
    char page[16384];
    snprintf(page, sizeof page, fmt, LEAD, PARAS, HARBOUR);
    page_case(name, page, keep, drop);
}

static void test_mixed_script(void)
{
    static const char *const keep[] = {"temporary footbridge", "iPhone", "zinc 2", NULL};
    static const char *const drop[] = {"most visited", NULL};
    story_case("mixed scripts",
               "<html><body><div class=\"article-body\">%s%s<p>\u0410dv\u0435rt\u0456\u0455\u0435 "
               "w\u0456th th\u0435 most visited news site ~ W\u0435 \u043eff\u0435r fully "
               "customizable packages.</p><p>\u041f\u0440\u043e\u0434\u0430\u0436\u0438 iPhone "
               "\u0432\u044b\u0440\u043e\u0441\u043b\u0438, C\u043e\u0432\u0435\u0442 "
               "\u0434\u0438\u0440\u0435\u043a\u0442\u043e\u0440\u043e\u0432 "
               "\u0434\u043e\u0432\u043e\u043b\u0435\u043d.</p><p>Per portion: iron 5 \u03bcg, "
               "zinc 2 \u03bcg and copper 1 \u03bcg.</p></div></body></html>",
               keep, drop);
}

/* A short page's prose fallback leaves a form to fill in out (its note,
 * labels and search box), but not a <form> that wraps the whole page, as
 * ASP.NET writes it, with the article inside. */
static void test_short_page_forms(void)
{
    static const char *const keep[] = {"to close the old bridge, for a year.", NULL};
    static const char *const drop[] = {"mailing list", NULL};
    page_case("newsletter form",
              "<!DOCTYPE html><html><head><title>Bridge</title></head><body><div><h1>Bridge"
              "</h1><p>The council, after a long debate, voted on Tuesday, by a wide margin, to "
              "close the old bridge, for a year.</p></div><div><form action=\"/join\"><label>"
              "E-mail</label><input type=\"email\" name=\"m\"><p>By filling in this form you "
              "join our mailing list and can leave it at any time with the link at the end of "
              "each message we send you and your address is never given to anyone else whatever "
              "they offer us for it.</p><button>Join</button></form></div></body></html>",
              keep, drop);
    static const char *const keep2[] = {"to close the old bridge", "a year.", NULL};
    static const char *const drop2[] = {NULL};
    page_case("page in a form",
              "<!DOCTYPE html><html><head><title>Bridge</title></head><body><form "
              "method=\"post\" action=\"./bridge.aspx\" id=\"form1\"><div class=\"search\">"
              "<input type=\"text\" name=\"q\"></div><div><h1>Bridge</h1><p>The council voted "
              "to close the old bridge for repairs, after engineers found cracks.</p><p>The "
              "work will take a year.</p></div></form></body></html>",
              keep2, drop2);
}

/* A closing paragraph asking the reader to subscribe or sign up goes, and
 * so does the site's offer of its newsletter anywhere; one about
 * subscriptions, or quoting someone who asks, is the article's. */
static void test_closing_prompt(void)
{
    static const char *const keep1[] = {"temporary footbridge", NULL};
    static const char *const drop1[] = {"Subscribe", "Newsletter", NULL};
    story_case("closing prompts",
               "<html><body><div class=\"article-body\">%s%s<p>Get the latest news right in "
               "your inbox. Subscribe to our newsletters.</p><p>Wenn du nichts mehr verpassen "
               "willst, hol dir jetzt meinen Newsletter!</p></div></body></html>",
               keep1, drop1);
    /* a closing prompt to get the site's app (downloading, an app, the
     * platforms); the same words before the close stay */
    static const char *const keep9[] = {"temporary footbridge", "residents to download", NULL};
    static const char *const drop9[] = {"Ferry News apps", NULL};
    story_case("app prompt",
               "<html><body><div class=\"article-body\">%s<p>The council asked residents to "
               "download the timetable app on iOS or Android phones before the closure, the "
               "mayor said.</p>%s<p>For the latest stories download the Ferry News apps for iOS "
               "and Android.</p></div></body></html>",
               keep9, drop9);
    static const char *const keep2[] = {"its subscriptions rose", "the mayor asked.", NULL};
    static const char *const none[] = {NULL};
    story_case("about subscriptions",
               "<html><body><div class=\"article-body\">%s%s<p>The ferry company said its "
               "subscriptions rose by a fifth in the first month.</p><p>\u201cWhat is your plan "
               "to sign up more riders?\u201d the mayor asked.</p></div></body></html>",
               keep2, none);
    /* inside the body: the site offering its newsletter and calling on the
     * reader goes; the site's own news of its subscriptions stays */
    static const char *const keep3[] = {"temporary footbridge", "Our subscriptions rose", NULL};
    static const char *const drop3[] = {"Never miss", "daily briefing", NULL};
    story_case("offer in the body",
               "<html><body><div class=\"article-body\">%s<p>Never miss the latest news by "
               "signing up to our newsletter today!</p><p>Our subscriptions rose by a fifth "
               "this year, the ferry company said.</p><p>No time to read?&nbsp;Sign&nbsp;up "
               "for our daily briefing!</p>%s</div></body></html>",
               keep3, drop3);
    /* the rest of the box after the offer (the reader's mail box) goes;
     * the same words elsewhere stay */
    static const char *const keep7[] = {"temporary footbridge", "the ferry company said.",
                                        "Allow your customers to unsubscribe", NULL};
    static const char *const drop7[] = {"Never miss", "Simply pop", "You can unsubscribe", NULL};
    story_case("rest of a newsletter box",
               "<html><body><div class=\"article-body\">%s<p>Never miss the latest news by "
               "signing up to our newsletter today!</p><p>Simply pop your email into the box "
               "at the top of this article</p><p>You can unsubscribe from this service at any "
               "time.</p><p>The old bridge stays closed, the ferry company said.</p><p>Allow "
               "your customers to unsubscribe from each email with one click.</p>%s</div>"
               "</body></html>",
               keep7, drop7);
    /* an appeal for money is the same box (also as the lines of one <p>
     * between <br><br>); support and donations as news stay */
    static const char *const keep4[] = {"temporary footbridge", "supported our members",
                                        "Donations to our fund", "Ferry news, daily.", NULL};
    static const char *const drop4[] = {"independent journalism", "small donation", NULL};
    story_case("appeal in the body",
               "<html><body><div class=\"article-body\">%s<p>Support our independent "
               "journalism: become a member today!</p><p>The strike fund supported our members "
               "for a month, the union said.</p><p>Ferry news, daily.<br><br>Like what you read? "
               "Help us and support our magazine with a small donation.</p><p>Donations to our "
               "fund rose by a third, the charity said.</p>%s</div></body></html>",
               keep4, drop4);
    /* an exclaimed appeal to the reader's own support needs no "our";
     * advice to use a community's support is no appeal */
    static const char *const keep6[] = {"temporary footbridge", "der Gemeinschaft", NULL};
    static const char *const drop6[] = {"Ihrer Unterst", "spenden Sie", NULL};
    story_case("appeal to the reader",
               "<html><body><div class=\"article-body\">%s<p>Diese Arbeit ist nur mit Ihrer "
               "Unterst\xc3\xbctzung m\xc3\xb6glich!</p><p>Ich kann dir nur empfehlen, die "
               "Unterst\xc3\xbctzung der Gemeinschaft zu nutzen!</p><p>Bitte helfen Sie und "
               "spenden Sie jetzt per Karte!</p>%s</div></body></html>",
               keep6, drop6);
    /* an unrendered shortcode of a link (a button) is a link line; one
     * without a URL wraps content (code) and stays */
    static const char *const keep8[] = {"temporary footbridge", "grep -c bridge", NULL};
    static const char *const drop8[] = {"Send us your review", "[/button]", NULL};
    story_case("link shortcode",
               "<html><body><div class=\"article-body\">%s%s<p>[button "
               "link=\"http://example.com/review/\" type=\"big\"] Send us your "
               "review[/button]</p><p>[sourcecode language=\"bash\"]grep -c bridge "
               "notes.txt[/sourcecode]</p></div></body></html>",
               keep8, drop8);
    /* a call to follow the site (anywhere) or its writer (closing); a
     * direction to follow a road is no call */
    static const char *const keep5[] = {"temporary footbridge", "Follow the river path",
                                        "Folgen Sie dem Weg", NULL};
    static const char *const drop5[] = {"Folgen Sie uns", "Follow her", NULL};
    story_case("follow calls",
               "<html><body><div class=\"article-body\">%s<p>Folgen Sie uns auf unseren "
               "Kan\xc3\xa4len!</p><p>Follow the river path to reach the old bridge from the "
               "station.</p><p>Folgen Sie dem Weg bis zur Br\xc3\xbc"
               "cke.</p>%s<p>Jo Reed covers the "
               "town. Follow her on the network @joreed.</p></div></body></html>",
               keep5, drop5);
}

static void test_closing_break(void)
{
    precis_extracted *x = extract_story(
        "<html><body><div class=\"article-body\">%s%s<hr><p><em>Jo Reed covers the town "
        "council. Picture: J. Smith.</em></p></div></body></html>");
    CHECK(has(x, "temporary footbridge") && !has(x, "Jo Reed"));
    precis_extracted_free(x);
    x = extract_story("<html><body><div class=\"article-body\">%s<hr>%s</div></body></html>");
    CHECK(has(x, "take a year.") && has(x, "temporary footbridge"));
    precis_extracted_free(x);
    x = extract_story(
        "<html><body><div class=\"article-body\">%s%s<p>The council also published the report, "
        "with its photographs of the cracks, and a timetable for the repairs, which the "
        "engineers said could not be shortened.</p><p>Repairs are to start in March, the "
        "council said, if the contract is signed in time, and the work will be done at "
        "night.</p><p>Cyclists and walkers will use a temporary footbridge, which will be "
        "built beside the old one and opened in the spring, the council said.</p><hr><h2>The "
        "history</h2><p>The bridge was opened in 1931 by the mayor of the day, who walked "
        "across it with the engineers, the builders and their families, in front of a crowd "
        "of thousands.</p><p>It was widened in 1962, when a second lane was added, and "
        "repaired in 1988 after a flood carried away part of its railing and one of its "
        "lamps.</p></div></body></html>");
    CHECK(has(x, "The history") && has(x, "widened in 1962"));
    precis_extracted_free(x);
    /* ... also a last section under a tenth of a long story */
    char page[32768];
    size_t n =
        (size_t)snprintf(page, sizeof page, "<html><body><div class=\"article-body\">%s", LEAD);
    for (int k = 0; k < 20; k++)
        n += (size_t)snprintf(page + n, sizeof page - n, "%s", PARAS);
    snprintf(page + n, sizeof page - n,
             "<hr><p>The bridge was opened in 1931 by the mayor of the day, who walked across it "
             "with the engineers, the builders and their families, in front of a crowd of "
             "thousands, and it carried trams until 1958.</p><p>It was widened in 1962, when a "
             "second lane was added, and repaired in 1988 after a flood carried away part of "
             "its railing and two of its lamps, and again in 2004, when its deck was rebuilt "
             "with steel from the old tram depot and the lamps were replaced.</p><p>Its "
             "railings were painted green in 2010, the colour of the town's trams, and a "
             "plaque was put up at each end to name the engineers who had built it and the "
             "workers who had died while building it.</p></div>"
             "</body></html>");
    x = extract(page);
    CHECK(has(x, "widened in 1962"));
    precis_extracted_free(x);
}

int main(void)
{
    test_boilerplate();
    test_short_post_author_box();
    test_paywall_aside();
    test_paragraphs();
    test_pre();
    test_copyright_line();
    test_picture_credit();
    test_list_sibling();
    test_tables();
    test_closing_break();
    test_mixed_script();
    test_short_page_forms();
    test_closing_prompt();
    test_inline_glue();
    test_nbsp_paragraphs();
    test_invisible_characters();
    test_left_out_block_breaks();
    test_recall();
    test_article_parts();
    test_media_and_captions();
    test_lead_and_stamps();
    test_metadata();
    test_title_site_name();
    test_byline_lines();
    test_charsets();
    test_malformed();
    test_gzip();
    test_sniff();
    test_cluster();
    return check_done();
}
