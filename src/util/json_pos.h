/* Byte offsets of values in a JSON text that a parser has accepted, for
 * errors that name the byte of a field at fault: jansson keeps no position
 * of a value, only of a syntax error. */
#ifndef PRECIS_UTIL_JSON_POS_H
#define PRECIS_UTIL_JSON_POS_H
#include <stddef.h>

/* The byte where the value of member `key` of the object json[0..len)
 * begins; `fallback` when the text is no object or has no such member
 * spelled without escapes. */
size_t pc_json_member_at(const char *json, size_t len, const char *key, size_t fallback);

/* The byte where element `index` of the array that begins at json[at]
 * begins; `at` when there is no array there or it is shorter. */
size_t pc_json_element_at(const char *json, size_t len, size_t at, size_t index);
#endif
