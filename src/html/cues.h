/* What an element's class and id say about it.  Computed once per element by
 * the pre-pass, which hands the parser the result (a number in the class
 * attribute) instead of the names. */
#ifndef PRECIS_HTML_CUES_H
#define PRECIS_HTML_CUES_H
#include <stddef.h>

enum {
    PC_CUE_DROP = 1,   /* names boilerplate: menu, share, related, caption, ... */
    PC_CUE_HARD = 2,   /* names a comment thread: stays out whatever its size */
    PC_CUE_POS = 4,    /* readability's positive class weight (+25) */
    PC_CUE_NEG = 8,    /* readability's negative class weight (-25) */
    PC_CUE_BYLINE = 16 /* names a byline or author */
};

/* The PC_CUE_* bits of an element with class cls[0..cl) and id id[0..il)
 * (either may be empty).  Case-insensitive; class tokens naming the post's
 * taxonomy (category-*, tag-*, ...) are ignored.  Linear in cl + il. */
unsigned pc_html_cues(const char *cls, size_t cl, const char *id, size_t il);
#endif
