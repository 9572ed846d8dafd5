/* A flat copy of the parsed page's body for scoring: nodes in document
 * (pre)order, each with the index one past its last descendant, so that a
 * subtree is a contiguous range and no step needs recursion. */
#ifndef PRECIS_HTML_TREE_H
#define PRECIS_HTML_TREE_H
#include <gumbo.h>
#include <stdint.h>
#include "precis.h"

#define PC_TAG_TEXT 0xFFFF /* a text node */

enum {
    PC_XF_NEG = 1,        /* class/id say boilerplate (readability's -25) */
    PC_XF_POS = 2,        /* class/id say content (+25) */
    PC_XF_CAND = 4,       /* has a candidate score */
    PC_XF_BODYPROP = 8,   /* itemprop=articleBody or similar */
    PC_XF_BLOCKKIDS = 16, /* has block-level children */
    PC_XF_CUE = 32,       /* boilerplate by class/id: left out with its subtree */
    PC_XF_HARD = 64,      /* ... and no amount of text brings it back */
    PC_XF_ICUE = 128,     /* an inline element named like boilerplate */
    PC_XF_TAKEN = 256     /* written as part of the article */
};

typedef struct pc_xnode {
    const GumboNode *g;
    uint32_t parent; /* UINT32_MAX for the root */
    uint32_t end;    /* one past the last descendant */
    uint16_t tag;    /* GumboTag or PC_TAG_TEXT */
    uint16_t flags;
    int32_t weight; /* class weight */
    /* subtree statistics over the kept content */
    uint32_t text, link, commas, paras, imgs, lis, inputs, embeds;
    uint32_t own_imgs;   /* <img> children */
    uint32_t own_inputs; /* text field (<input>) children */
    uint32_t links;      /* <a> elements */
    float score;
    float best; /* best candidate score in the subtree */
} pc_xnode;

typedef struct pc_xtree {
    const precis_allocator *alc;
    pc_xnode *n;
    size_t len, cap;
    int text_only; /* score without class weights */
} pc_xtree;

/* Builds the tree of `root`'s <body> (or of root when it has none), leaving
 * out elements that never hold article text (forms controls, figures,
 * hidden elements) and marking (PC_XF_CUE) those that are boilerplate by
 * their class, id or sectioning tag.  The statistics are left computed
 * over all but comment threads (PC_XF_HARD).  Returns 0, or -1 when out of memory. */
int pc_xtree_build(pc_xtree *t, const GumboNode *root);
void pc_xtree_release(pc_xtree *t);

/* (Re)computes the subtree statistics, leaving out the subtrees of nodes
 * with any of the flags `skip` (PC_XF_CUE, PC_XF_HARD). */
void pc_xtree_stats(pc_xtree *t, unsigned skip);

/* The PC_CUE_* bits of an element (cues.h), as the pre-pass left them. */
unsigned pc_xtree_cues(const GumboElement *e);

/* 1 for tags that start a new paragraph. */
int pc_tag_is_block(unsigned tag);

/* Counts the characters (not bytes, white space excluded) and commas of
 * s[0..len). */
void pc_count_text(const char *s, size_t len, uint32_t *chars, uint32_t *commas);
#endif
