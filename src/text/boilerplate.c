/* Web page furniture inside paragraphs: text/boilerplate.h. */
#include "text/boilerplate.h"

#include "util/hash.h"

#include "text/boilerplate.inc"

/* Normalised sentences longer than this have no key: furniture is short,
 * and a key needs the whole sentence. */
#define KEY_MAX 4096
#define KEY_SEED 0x424F494Cull /* "BOIL" */

static int word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

uint64_t pc_boilerplate_key(const char *s, size_t len)
{
    char buf[KEY_MAX];
    size_t n = 0, words = 0;
    for (size_t i = 0; i < len;) {
        if (!word_byte((unsigned char)s[i])) {
            i++;
            continue;
        }
        if (n && n < KEY_MAX)
            buf[n++] = ' ';
        for (; i < len && word_byte((unsigned char)s[i]); i++) {
            if (n == KEY_MAX)
                return 0;
            unsigned char c = (unsigned char)s[i];
            buf[n++] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
        }
        words++;
    }
    if (words < PC_BOILERPLATE_MIN_WORDS)
        return 0;
    uint64_t h = pc_hash64(buf, n, KEY_SEED);
    return h ? h : 1;
}

int pc_is_boilerplate(const char *s, size_t len)
{
    uint64_t k = pc_boilerplate_key(s, len);
    if (!k)
        return 0;
    size_t lo = 0, hi = sizeof boilerplate_keys / sizeof *boilerplate_keys;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (boilerplate_keys[mid] < k)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < sizeof boilerplate_keys / sizeof *boilerplate_keys && boilerplate_keys[lo] == k;
}
