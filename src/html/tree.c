/* Building the flat tree (see tree.h): what is left out by tag, role or
 * hidden state, what class/id cues (cues.c) mark as boilerplate, and the
 * subtree statistics the scorer reads. */
#include "html/tree.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html/cues.h"
#include "util/alloc.h"

int pc_tag_is_block(unsigned tag)
{
    switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_MENU:
        return 1;
    default:
        return 0;
    }
}

/* Elements that never hold article text: left out with their content. */
static int drop_tag(unsigned tag)
{
    switch (tag) {
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_MAP:
        return 1;
    default:
        return 0;
    }
}

/* The PC_CUE_* bits the pre-pass put in the class attribute. */
unsigned pc_xtree_cues(const GumboElement *e)
{
    GumboAttribute *a = gumbo_get_attribute(&e->attributes, "class");
    return a ? (unsigned)strtoul(a->value, NULL, 10) : 0;
}

static int attr_is(const GumboElement *e, const char *name, const char *value)
{
    GumboAttribute *a = gumbo_get_attribute(&e->attributes, name);
    return a && strcasecmp(a->value, value) == 0;
}

/* 1 for an <input> the reader types into (text, e-mail, search, ...). */
static int is_text_field(const GumboElement *e)
{
    GumboAttribute *a = gumbo_get_attribute(&e->attributes, "type");
    if (!a)
        return 1;
    static const char *const kinds[] = {"text", "email", "search", "tel", "url", "password", NULL};
    for (int i = 0; kinds[i]; i++)
        if (strcasecmp(a->value, kinds[i]) == 0)
            return 1;
    return 0;
}

/* Sectioning elements that HTML defines as around the content (navigation,
 * tangential content, page header and footer): boilerplate like a class
 * cue, so kept after all when they hold most of the page's text (a page
 * that never closes its <header> puts the whole article inside it). */
static int structural_cue(unsigned tag)
{
    return tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_FOOTER ||
           tag == GUMBO_TAG_HEADER || tag == GUMBO_TAG_MENU;
}

/* Decides for one element: 1 = leave out (structure says it never holds
 * article text), 2 = boilerplate by its class or id (kept in the tree,
 * dropped later unless it holds most of the text), else 0.  Sets flags and
 * weight. */
static int classify(const GumboElement *e, unsigned parse_flags, pc_xnode *x)
{
    unsigned tag = e->tag;
    /* a <figure> whose end tag is missing holds whatever followed it up to
     * the end of its parent (the parser closes it there): it is kept as a
     * plain container, its image and caption still left out */
    if (drop_tag(tag) &&
        !(tag == GUMBO_TAG_FIGURE && (parse_flags & GUMBO_INSERTION_IMPLICIT_END_TAG)))
        return 1;
    if (gumbo_get_attribute(&e->attributes, "hidden") || attr_is(e, "aria-hidden", "true"))
        return 1;
    GumboAttribute *role = gumbo_get_attribute(&e->attributes, "role");
    if (role &&
        (strcasecmp(role->value, "navigation") == 0 ||
         strcasecmp(role->value, "complementary") == 0 ||
         strcasecmp(role->value, "contentinfo") == 0 || strcasecmp(role->value, "banner") == 0 ||
         strcasecmp(role->value, "menu") == 0 || strcasecmp(role->value, "dialog") == 0 ||
         strcasecmp(role->value, "alert") == 0 || strcasecmp(role->value, "button") == 0))
        return 1;
    GumboAttribute *ip = gumbo_get_attribute(&e->attributes, "itemprop");
    if (ip && (strcasecmp(ip->value, "articleBody") == 0 || strcasecmp(ip->value, "text") == 0))
        x->flags |= PC_XF_BODYPROP;
    unsigned cues = pc_xtree_cues(e);
    if (cues & PC_CUE_POS) {
        x->weight += 25;
        x->flags |= PC_XF_POS;
    }
    if (cues & PC_CUE_NEG) {
        x->weight -= 25;
        x->flags |= PC_XF_NEG;
    }
    if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_ARTICLE ||
        tag == GUMBO_TAG_MAIN || (x->flags & PC_XF_BODYPROP))
        return 0;
    if (structural_cue(tag))
        return 2;
    /* an inline element is never left out for its class alone: its text is
     * part of the sentence around it ("Gov. <span class=author-card>Kristi
     * Noem</span> (R)"); only when it is the whole line does it go
     * (mark_lines).  Unknown (custom) elements are mostly blocks. */
    if (!pc_tag_is_block(tag) && tag != GUMBO_TAG_UNKNOWN) {
        if (cues & PC_CUE_DROP)
            x->flags |= PC_XF_ICUE;
        return 0;
    }
    if (cues & PC_CUE_HARD)
        x->flags |= PC_XF_HARD;
    return cues & PC_CUE_DROP ? 2 : 0;
}

void pc_count_text(const char *s, size_t len, uint32_t *chars, uint32_t *commas)
{
    uint32_t c = 0, k = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char b = (unsigned char)s[i];
        if (b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f' || (b & 0xC0) == 0x80)
            continue;
        c++;
        if (b == ',')
            k++;
    }
    *chars = c;
    *commas = k;
}

typedef struct frame {
    const GumboNode *g;
    uint32_t idx;
    unsigned child;
} frame;

static int push_node(pc_xtree *t, const GumboNode *g, uint32_t parent, unsigned tag)
{
    if (pc_array_reserve(t->alc, (void **)&t->n, &t->cap, t->len + 1, sizeof *t->n))
        return -1;
    pc_xnode *x = &t->n[t->len++];
    memset(x, 0, sizeof *x);
    x->g = g;
    x->parent = parent;
    x->tag = (uint16_t)tag;
    x->end = (uint32_t)t->len;
    return 0;
}

static const GumboNode *find_body(const GumboNode *root)
{
    if (root->type != GUMBO_NODE_ELEMENT)
        return root;
    const GumboVector *ch = &root->v.element.children;
    for (unsigned i = 0; i < ch->length; i++) {
        const GumboNode *c = ch->data[i];
        if (c->type == GUMBO_NODE_ELEMENT && c->v.element.tag == GUMBO_TAG_BODY)
            return c;
    }
    return root;
}

void pc_xtree_stats(pc_xtree *t, unsigned skip)
{
    for (size_t i = 0; i < t->len; i++) {
        pc_xnode *x = &t->n[i];
        if (x->tag == PC_TAG_TEXT)
            continue;
        x->text = x->link = x->commas = x->paras = x->lis = x->inputs = x->embeds = 0;
        x->links = 0;
        x->imgs = x->own_imgs;
        x->inputs = x->own_inputs;
    }
    /* children come after their parent in preorder */
    for (size_t i = t->len; i-- > 1;) {
        pc_xnode *x = &t->n[i];
        if (x->flags & skip)
            continue;
        if (x->tag == GUMBO_TAG_A) {
            x->link = x->text;
            x->links++;
        } else if (x->tag == GUMBO_TAG_P && x->text)
            x->paras++;
        else if (x->tag == GUMBO_TAG_LI)
            x->lis++;
        pc_xnode *p = &t->n[x->parent];
        p->text += x->text;
        p->link += x->link;
        p->commas += x->commas;
        p->paras += x->paras;
        p->lis += x->lis;
        p->inputs += x->inputs;
        p->embeds += x->embeds;
        p->imgs += x->imgs;
        p->links += x->links;
    }
}

/* An inline element named like boilerplate that holds all the text of its
 * line (the run of inline content between two blocks, or a whole
 * paragraph) is the line: it is left out like a block.  One pass over the
 * children of every element: linear. */
static void mark_lines(pc_xtree *t)
{
    for (uint32_t i = 0; i < t->len; i++) {
        if (t->n[i].tag == PC_TAG_TEXT)
            continue;
        uint32_t start = i + 1, cued = 0, other = 0, end = t->n[i].end;
        for (uint32_t c = i + 1;;) {
            if (c >= end || (t->n[c].tag != PC_TAG_TEXT && pc_tag_is_block(t->n[c].tag))) {
                if (cued && !other)
                    for (uint32_t k = start; k < c; k = t->n[k].end)
                        if (t->n[k].flags & PC_XF_ICUE)
                            t->n[k].flags |= PC_XF_CUE;
                if (c >= end)
                    break;
                c = start = t->n[c].end;
                cued = other = 0;
                continue;
            }
            if (t->n[c].flags & PC_XF_ICUE)
                cued += t->n[c].text;
            else
                other += t->n[c].text;
            c = t->n[c].end;
        }
    }
}

/* The text of node i's subtree (text nodes in order, white space runs as
 * one space), lower-cased in ASCII, at most cap - 1 bytes; its length. */
static size_t subtree_text(const pc_xtree *t, uint32_t i, char *buf, size_t cap)
{
    size_t n = 0;
    for (uint32_t k = i + 1; k < t->n[i].end && n + 1 < cap; k++) {
        if (t->n[k].tag != PC_TAG_TEXT)
            continue;
        for (const char *p = t->n[k].g->v.text.text; *p && n + 1 < cap; p++) {
            char c = *p;
            if (c == '\n' || c == '\t' || c == '\r')
                c = ' ';
            if (c == ' ' && (n == 0 || buf[n - 1] == ' '))
                continue;
            buf[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        if (n && buf[n - 1] != ' ' && n + 1 < cap)
            buf[n++] = ' ';
    }
    while (n && buf[n - 1] == ' ')
        n--;
    buf[n] = 0;
    return n;
}

/* Does a heading say that what it heads is readers' comments: "Comments
 * (3)", "3 comments", "Readers' comments", "Leave a comment", or the plural
 * in another language ("Kommentare", "Commentaires", "Comentarios",
 * "Commenti", "Komentáře", "Комментарии")?  The plural (or a count, or a
 * prompt to write one), not "Comment", which heads opinion articles. */
static int comments_heading(const char *h, size_t n)
{
    static const char *const plural[] = {"comments",    "kommentare", "commentaires", "comentarios",
                                         "comentários", "commenti",   "komentáře",    "комментарии",
                                         "reacties",    "kommentarer"};
    static const char *const prompt[] = {"leave a comment",     "post a comment",
                                         "add a comment",       "write a comment",
                                         "join the discussion", "join the conversation"};
    if (n == 0 || n > 60)
        return 0;
    for (size_t k = 0; k < sizeof prompt / sizeof *prompt; k++)
        if (strstr(h, prompt[k]))
            return 1;
    for (size_t k = 0; k < sizeof plural / sizeof *plural; k++) {
        const char *at = strstr(h, plural[k]);
        size_t m = strlen(plural[k]);
        /* the word whole, and the heading no longer than a label with a
         * count and an owner ("Readers' comments (3)") */
        if (at && (at == h || at[-1] == ' ' || at[-1] == '(') &&
            (at[m] == 0 || at[m] == ' ' || at[m] == '(' || at[m] == ':' || at[m] == ')'))
            return 1;
    }
    return 0;
}

/* A section that a heading names as readers' comments is a comment thread
 * whatever its class names say (neutral ones: "entry", "user"): left out
 * with its subtree, as a "comments" class is.  The heading must be the
 * first element of its parent, which must be no article, main or body. */
static void mark_comment_sections(pc_xtree *t)
{
    char buf[96];
    for (uint32_t i = 1; i < t->len; i++) {
        unsigned tag = t->n[i].tag;
        if (tag < GUMBO_TAG_H1 || tag > GUMBO_TAG_H6)
            continue;
        uint32_t p = t->n[i].parent;
        if (p == UINT32_MAX || p == 0)
            continue;
        unsigned pt = t->n[p].tag;
        if (pt == GUMBO_TAG_ARTICLE || pt == GUMBO_TAG_MAIN || pt == GUMBO_TAG_BODY ||
            (t->n[p].flags & PC_XF_BODYPROP))
            continue;
        uint32_t first = p + 1;
        while (first < i && t->n[first].tag == PC_TAG_TEXT && t->n[first].text == 0)
            first = t->n[first].end;
        if (first != i)
            continue;
        size_t n = subtree_text(t, i, buf, sizeof buf);
        if (comments_heading(buf, n))
            t->n[p].flags |= PC_XF_CUE | PC_XF_HARD;
    }
}

int pc_xtree_build(pc_xtree *t, const GumboNode *root)
{
    root = find_body(root);
    if (root->type != GUMBO_NODE_ELEMENT)
        return 0;
    frame *st = NULL;
    size_t sp = 0, scap = 0;
    int rc = -1;
    pc_xnode x0;
    memset(&x0, 0, sizeof x0);
    classify(&root->v.element, root->parse_flags, &x0);
    if (push_node(t, root, UINT32_MAX, root->v.element.tag))
        goto out;
    t->n[0].flags = x0.flags;
    t->n[0].weight = x0.weight;
    if (pc_array_reserve(t->alc, (void **)&st, &scap, 1, sizeof *st))
        goto out;
    st[sp++] = (frame){root, 0, 0};
    while (sp) {
        frame *f = &st[sp - 1];
        const GumboVector *ch = &f->g->v.element.children;
        if (f->child >= ch->length) {
            t->n[f->idx].end = (uint32_t)t->len;
            sp--;
            continue;
        }
        const GumboNode *c = ch->data[f->child++];
        if (t->len >= UINT32_MAX - 1)
            continue; /* cannot happen below the parser's input cap */
        if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA ||
            c->type == GUMBO_NODE_WHITESPACE) {
            uint32_t idx = f->idx;
            if (push_node(t, c, idx, PC_TAG_TEXT))
                goto out;
            pc_xnode *x = &t->n[t->len - 1];
            pc_count_text(c->v.text.text, strlen(c->v.text.text), &x->text, &x->commas);
            continue;
        }
        if (c->type != GUMBO_NODE_ELEMENT && c->type != GUMBO_NODE_TEMPLATE)
            continue;
        const GumboElement *e = &c->v.element;
        if (e->tag == GUMBO_TAG_IMG) { /* counted, never kept */
            t->n[f->idx].own_imgs++;
            continue;
        }
        if (e->tag == GUMBO_TAG_INPUT && is_text_field(e))
            t->n[f->idx].own_inputs++; /* counted, then left out */
        pc_xnode cls;
        memset(&cls, 0, sizeof cls);
        if (pc_tag_is_block(e->tag))
            t->n[f->idx].flags |= PC_XF_BLOCKKIDS;
        int how = classify(e, c->parse_flags, &cls);
        if (how == 1)
            continue;
        if (how == 2)
            cls.flags |= PC_XF_CUE;
        uint32_t idx = (uint32_t)t->len;
        if (push_node(t, c, f->idx, e->tag))
            goto out;
        t->n[idx].flags = cls.flags;
        t->n[idx].weight = cls.weight;
        if (pc_array_reserve(t->alc, (void **)&st, &scap, sp + 1, sizeof *st))
            goto out;
        st[sp++] = (frame){c, idx, 0};
    }
    mark_comment_sections(t);
    pc_xtree_stats(t, PC_XF_HARD);
    mark_lines(t);
    rc = 0;
out:
    pc_free(t->alc, st, scap * sizeof *st);
    return rc;
}

void pc_xtree_release(pc_xtree *t)
{
    pc_free(t->alc, t->n, t->cap * sizeof *t->n);
    t->n = NULL;
    t->len = t->cap = 0;
}
