/* Is a file text at all?  A document that is not text (an image, an archive,
 * random bytes) would otherwise be "summarized" as U+FFFD mojibake; readers
 * skip it with a warning naming the file (docs/inputs.md). */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "html/prep.h"
#include "precis.h"
#include "util/utf8.h"

/* Signatures of common binary formats (the first bytes of the file).  gzip
 * is not here: readers inflate it first. */
static const struct {
    const char *magic;
    size_t len;
    const char *what;
} signatures[] = {
    {"\x89PNG\r\n\x1a\n", 8, "a PNG image"},
    {"\xFF\xD8\xFF", 3, "a JPEG image"},
    {"GIF87a", 6, "a GIF image"},
    {"GIF89a", 6, "a GIF image"},
    {"%PDF-", 5, "a PDF file"},
    {"PK\x03\x04", 4, "a ZIP archive"},
    {"\x7F"
     "ELF",
     4, "an ELF executable"},
    {"BZh", 3, "a bzip2 archive"},
    {"\xFD"
     "7zXZ",
     5, "an xz archive"},
    {"7z\xBC\xAF\x27\x1C", 6, "a 7-Zip archive"},
    {"\x28\xB5\x2F\xFD", 4, "a zstd archive"},
    {"SQLite format 3", 16, "an SQLite database"},
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, "an MS Office document"},
    {"OggS", 4, "an Ogg media file"},
    {"ID3", 3, "an MP3 file"},
    {"fLaC", 4, "a FLAC file"},
    {"\x1A\x45\xDF\xA3", 4, "a Matroska/WebM file"},
    {"wOFF", 4, "a web font"},
    {"wOF2", 4, "a web font"},
};

/* Bytes looked at: enough for a stable share, bounded for huge inputs. */
#define SNIFF_BYTES ((size_t)1 << 16)

/* Length of the valid UTF-8 sequence at s[0..n), 0 when invalid. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    size_t k = c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
    if (!k || k > n)
        return 0;
    for (size_t i = 1; i < k; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F) || (c == 0xF0 && s[1] < 0x90) ||
        (c == 0xF4 && s[1] > 0x8F))
        return 0; /* overlong, surrogate, beyond U+10FFFF */
    return k;
}

/* The refusal of bytes of which `bad` of the first n are invalid UTF-8 or
 * controls (the message fits a precis_error's buffer after a path). */
static int binary(size_t bad, size_t n, char *why, size_t why_size)
{
    if (why && why_size)
        snprintf(why, why_size,
                 "not text: %zu%% of its first %zu bytes are invalid UTF-8 or controls "
                 "(binary over 10%%; convert text to UTF-8)",
                 bad * 100 / n, n);
    return 1;
}

PRECIS_API int precis_looks_binary(const char *data, size_t len, char *why, size_t why_size)
{
    if (why && why_size)
        why[0] = '\0';
    if (!data || !len)
        return 0;
    for (size_t i = 0; i < sizeof signatures / sizeof signatures[0]; i++)
        if (len >= signatures[i].len && memcmp(data, signatures[i].magic, signatures[i].len) == 0) {
            if (why && why_size)
                snprintf(why, why_size, "not text (%s)", signatures[i].what);
            return 1;
        }
    size_t bom;
    if (pc_utf16_detect(data, len, &bom))
        return 0; /* UTF-16 text is converted by the cluster */
    const unsigned char *s = (const unsigned char *)data;
    size_t n = len < SNIFF_BYTES ? len : SNIFF_BYTES, nul = 0, bad = 0, ctl = 0;
    for (size_t i = 0; i < n;) {
        unsigned c = s[i];
        if (c == 0) {
            nul++;
            i++;
        } else if (c < 0x20) {
            /* tab, newline, vertical tab, form feed, carriage return and
             * escape occur in text files; other C0 controls do not */
            ctl += !(c >= 0x09 && c <= 0x0D) && c != 0x1B;
            i++;
        } else if (c < 0x80) {
            i++;
        } else {
            size_t k = utf8_len(s + i, n - i);
            if (!k) {
                /* a sequence cut by the sample's end is not counted */
                bad += n - i >= 4 || len == n;
                k = 1;
            }
            i += k;
        }
    }
    /* NUL: zero-filled binary formats are mostly NUL; a text whose spaces
     * became NUL (a tool's output) has one per word, about 1 byte in 6. */
    if (nul * 10 > n * 3) {
        if (why && why_size)
            snprintf(why, why_size, "not text (%zu%% of its first %zu bytes are NUL)",
                     nul * 100 / n, n);
        return 1;
    }
    /* Invalid UTF-8 and control characters: Latin-1 or Windows-1252 text
     * with accented letters stays below about 5 %; random or compressed
     * bytes are about half. */
    bad += ctl;
    /* A page in a charset of its own (Shift_JIS, windows-1251, ISO-8859-5)
     * is mostly bytes invalid as UTF-8: when it declares that charset and
     * has next to no control characters (random bytes have one in eight),
     * it is text, converted by the HTML reader. */
    char cs[48];
    if (bad * 10 > n && ctl * 100 <= n) {
        if (pc_html_declared_charset(data, n, cs, sizeof cs))
            return strcmp(cs, "utf-8") == 0 || strcmp(cs, "utf8") == 0
                       ? binary(bad, n, why, why_size)
                       : 0;
        /* undeclared: a page the HTML reader converts with the charset
         * uchardet finds; plain text is read as UTF-8, so it is refused,
         * naming the charset to convert it from */
        if (pc_html_guess_charset(data, n, cs, sizeof cs)) {
            if (precis_looks_like_html(data, n))
                return 0;
            if (why && why_size)
                snprintf(why, why_size, "not UTF-8: it looks like %s text (iconv -f %s -t UTF-8)",
                         cs, cs);
            return 1;
        }
    }
    if (bad * 10 > n)
        return binary(bad, n, why, why_size);
    return 0;
}

PRECIS_API int precis_looks_json_object(const char *s, size_t n)
{
    size_t k = n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r'))
        k++;
    if (k == n || s[k++] != '{')
        return 0;
    while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r'))
        k++;
    return k == n || s[k] == '"' || s[k] == '}';
}

PRECIS_API int precis_looks_json_cut(const char *text, size_t len)
{
    /* jansson takes a raw NUL byte for the end of the text ("premature
     * end of input"): JSON allows none, so such a text is not cut JSON */
    if (!text || !precis_looks_json_object(text, len) || memchr(text, '\n', len) ||
        memchr(text, 0, len))
        return 0;
    size_t k = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    json_error_t e;
    json_t *j = json_loadb(text + k, len - k, 0, &e);
    json_decref(j);
    return !j && json_error_code(&e) == json_error_premature_end_of_input;
}

PRECIS_API size_t precis_utf8_invalid(const char *text, size_t len, size_t *first)
{
    size_t f = text ? pc_utf8_first_invalid(text, len) : len;
    if (first)
        *first = f;
    return f < len ? pc_utf8_count_invalid(text, len, f) : 0;
}
