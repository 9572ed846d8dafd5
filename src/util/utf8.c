#include "util/utf8.h"
#include "util/swar.h"

#include <stdint.h>
#include <string.h>

size_t pc_utf8_valid_len(const unsigned char *s, size_t len)
{
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    if (c < 0xC2 || c > 0xF4)
        return 0; /* continuation byte, overlong lead C0/C1, or > U+10FFFF */
    size_t n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (len < n)
        return 0;
    for (size_t i = 1; i < n; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    if (n == 3) {
        if (c == 0xE0 && s[1] < 0xA0)
            return 0; /* overlong */
        if (c == 0xED && s[1] >= 0xA0)
            return 0; /* surrogate */
    } else if (n == 4) {
        if (c == 0xF0 && s[1] < 0x90)
            return 0; /* overlong */
        if (c == 0xF4 && s[1] >= 0x90)
            return 0; /* > U+10FFFF */
    }
    return n;
}

size_t pc_utf8_first_invalid(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        if (u[i] < 0x80) {
            /* fast path: eight ASCII bytes at a time */
            while (len - i >= 8 && pc_swar_ascii(pc_swar_load(u + i)))
                i += 8;
            while (i < len && u[i] < 0x80)
                i++;
            continue;
        }
        size_t n = pc_utf8_valid_len(u + i, len - i);
        if (!n)
            return i;
        i += n;
    }
    return len;
}

size_t pc_utf8_count_invalid(const char *s, size_t len, size_t first)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t bad = 0;
    for (size_t i = first; i < len;) {
        size_t n = u[i] < 0x80 ? 1 : pc_utf8_valid_len(u + i, len - i);
        bad += n == 0;
        i += n ? n : 1;
    }
    return bad;
}

size_t pc_utf8_repair(const char *s, size_t len, size_t first, char *out, size_t *where)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t o = first, k = 0;
    memcpy(out, s, first);
    for (size_t i = first; i < len;) {
        size_t n = u[i] < 0x80 ? 1 : pc_utf8_valid_len(u + i, len - i);
        if (!n) {
            if (where)
                where[k++] = o;
            memcpy(out + o, "\xEF\xBF\xBD", 3);
            o += 3;
            i++;
            continue;
        }
        memcpy(out + o, s + i, n);
        o += n;
        i += n;
    }
    return o;
}

int pc_utf16_detect(const char *s, size_t len, size_t *bom)
{
    const unsigned char *u = (const unsigned char *)s;
    *bom = 0;
    if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
        *bom = 2;
        return 1;
    }
    if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
        *bom = 2;
        return 2;
    }
    /* No BOM: printable ASCII with a NUL in every other byte. */
    size_t n = len < 64 ? len & ~(size_t)1 : 64;
    if (n < 8)
        return 0;
    int le = 1, be = 1;
    for (size_t i = 0; i < n; i += 2) {
        le &= u[i] >= 0x09 && u[i] < 0x80 && u[i + 1] == 0;
        be &= u[i] == 0 && u[i + 1] >= 0x09 && u[i + 1] < 0x80;
    }
    return le ? 1 : be ? 2 : 0;
}

static size_t put_utf8(char *out, uint32_t cp)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | cp >> 6);
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | cp >> 12);
        o[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | cp >> 18);
    o[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3F));
    o[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t pc_utf16_to_utf8(const char *s, size_t len, int big_endian, char *out, size_t *bad)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t o = 0, i = 0;
    *bad = 0;
    while (i + 1 < len) {
        uint32_t w = big_endian ? (uint32_t)u[i] << 8 | u[i + 1] : (uint32_t)u[i + 1] << 8 | u[i];
        i += 2;
        if (w >= 0xD800 && w < 0xDC00 && i + 1 < len) {
            uint32_t w2 =
                big_endian ? (uint32_t)u[i] << 8 | u[i + 1] : (uint32_t)u[i + 1] << 8 | u[i];
            if (w2 >= 0xDC00 && w2 < 0xE000) {
                i += 2;
                o += put_utf8(out + o, 0x10000 + ((w - 0xD800) << 10) + (w2 - 0xDC00));
                continue;
            }
        }
        if (w >= 0xD800 && w < 0xE000) {
            w = 0xFFFD;
            (*bad)++;
        }
        o += put_utf8(out + o, w);
    }
    if (i < len) {
        o += put_utf8(out + o, 0xFFFD);
        (*bad)++;
    }
    return o;
}

size_t pc_utf8_put(unsigned long cp, char *u)
{
    if (cp < 0x80) {
        u[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        u[0] = (char)(0xC0 | cp >> 6);
        u[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        u[0] = (char)(0xE0 | cp >> 12);
        u[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    u[0] = (char)(0xF0 | cp >> 18);
    u[1] = (char)(0x80 | (cp >> 12 & 0x3F));
    u[2] = (char)(0x80 | (cp >> 6 & 0x3F));
    u[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}
