/* For tests and fuzzing only: whether the hand reader of src/stories/
 * jsonline.c read a line's article fields exactly as jansson does. */
#ifndef PRECIS_STORIES_JSONLINE_CHECK_H
#define PRECIS_STORIES_JSONLINE_CHECK_H
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "stories/jsonline.h"

/* One jansson value against a field read by hand (a string also NUL-ended). */
static inline int st_jfield_same(json_t *root, const char *name, const st_jfield *f)
{
    json_t *v = json_object_get(root, name);
    if (!v)
        return f->type == ST_JABSENT;
    if (json_is_null(v))
        return f->type == ST_JNULL;
    if (json_is_integer(v)) {
        char t[32];
        snprintf(t, sizeof t, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
        return f->type == ST_JINT && !strcmp(t, f->s);
    }
    return json_is_string(v) && f->type == ST_JSTRING && f->len == json_string_length(v) &&
           !memcmp(f->s, json_string_value(v), f->len) && f->s[f->len] == '\0';
}

/* Every field of the article. */
static inline int st_jline_same(json_t *root, const st_jline *j)
{
    return st_jfield_same(root, "id", &j->id) && st_jfield_same(root, "text", &j->text) &&
           st_jfield_same(root, "html", &j->html) && st_jfield_same(root, "title", &j->title) &&
           st_jfield_same(root, "date", &j->date) && st_jfield_same(root, "source", &j->source) &&
           st_jfield_same(root, "url", &j->url);
}
#endif
