/* Offsets of values in valid JSON (json_pos.h): a linear scan that skips
 * strings (with their escapes) and nested values by their brackets. */
#include "util/json_pos.h"

#include <string.h>

static size_t skip_ws(const char *s, size_t n, size_t i)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    return i;
}

/* The byte after the string that opens at s[i] (a '"'). */
static size_t string_end(const char *s, size_t n, size_t i)
{
    for (i++; i < n; i++) {
        if (s[i] == '\\')
            i++;
        else if (s[i] == '"')
            return i + 1;
    }
    return n;
}

/* The byte after the value that begins at s[i]. */
static size_t value_end(const char *s, size_t n, size_t i)
{
    if (i < n && s[i] == '"')
        return string_end(s, n, i);
    if (i < n && (s[i] == '{' || s[i] == '[')) {
        size_t depth = 0;
        while (i < n) {
            if (s[i] == '"') {
                i = string_end(s, n, i);
                continue;
            }
            if (s[i] == '{' || s[i] == '[')
                depth++;
            else if ((s[i] == '}' || s[i] == ']') && --depth == 0)
                return i + 1;
            i++;
        }
        return n;
    }
    /* a number, true, false or null */
    while (i < n && s[i] && !strchr(",}] \t\r\n", s[i]))
        i++;
    return i;
}

/* The next item of an object or array after the value ending at s[i]:
 * the byte after its comma, or n at the closing bracket. */
static size_t next_item(const char *s, size_t n, size_t i)
{
    i = skip_ws(s, n, i);
    return i < n && s[i] == ',' ? skip_ws(s, n, i + 1) : n;
}

size_t pc_json_member_at(const char *s, size_t n, const char *key, size_t fallback)
{
    size_t klen = strlen(key);
    size_t i = skip_ws(s, n, 0);
    if (i >= n || s[i] != '{')
        return fallback;
    for (i = skip_ws(s, n, i + 1); i < n && s[i] == '"';) {
        size_t kend = string_end(s, n, i);
        int match = kend - i - 2 == klen && memcmp(s + i + 1, key, klen) == 0;
        i = skip_ws(s, n, kend);
        if (i >= n || s[i] != ':')
            return fallback;
        i = skip_ws(s, n, i + 1);
        if (match)
            return i;
        i = next_item(s, n, value_end(s, n, i));
    }
    return fallback;
}

size_t pc_json_element_at(const char *s, size_t n, size_t at, size_t index)
{
    if (at >= n || s[at] != '[')
        return at;
    size_t i = skip_ws(s, n, at + 1);
    for (size_t k = 0; i < n && s[i] != ']'; k++) {
        if (k == index)
            return i;
        i = next_item(s, n, value_end(s, n, i));
    }
    return at;
}
