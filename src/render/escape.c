/* JSON, HTML and CSV escaping for the writers (escape.h). */
#include "render/escape.h"

#include <string.h>
#include <utf8proc.h>

void pc_esc_json(pc_buf *b, const char *s, size_t len)
{
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) {
            /* JSON is UTF-8: a byte that starts no valid sequence (a file
             * name in Latin-1, say; texts were repaired on the way in)
             * becomes U+FFFD, as the documents' own bytes do */
            utf8proc_int32_t cp;
            utf8proc_ssize_t n =
                utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
            if (n > 0) {
                i += (size_t)n - 1;
                continue;
            }
            pc_buf_add(b, s + run, i - run);
            pc_buf_add(b, "\xEF\xBF\xBD", 3);
            run = i + 1;
            continue;
        }
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        pc_buf_add(b, s + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            pc_buf_add(b, "\\\"", 2);
            break;
        case '\\':
            pc_buf_add(b, "\\\\", 2);
            break;
        case '\n':
            pc_buf_add(b, "\\n", 2);
            break;
        case '\t':
            pc_buf_add(b, "\\t", 2);
            break;
        case '\r':
            pc_buf_add(b, "\\r", 2);
            break;
        default:
            pc_buf_addf(b, "\\u%04x", c);
            break;
        }
    }
    pc_buf_add(b, s + run, len - run);
}

void pc_json_str(pc_buf *b, const char *s, size_t len)
{
    if (!s) {
        pc_buf_adds(b, "null");
        return;
    }
    pc_buf_addch(b, '"');
    pc_esc_json(b, s, len);
    pc_buf_addch(b, '"');
}

void pc_json_strz(pc_buf *b, const char *s)
{
    pc_json_str(b, s, s ? strlen(s) : 0);
}

void pc_esc_html(pc_buf *b, const char *s, size_t len)
{
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        const char *rep;
        switch (s[i]) {
        case '&':
            rep = "&amp;";
            break;
        case '<':
            rep = "&lt;";
            break;
        case '>':
            rep = "&gt;";
            break;
        case '"':
            rep = "&quot;";
            break;
        default:
            continue;
        }
        pc_buf_add(b, s + run, i - run);
        pc_buf_adds(b, rep);
        run = i + 1;
    }
    pc_buf_add(b, s + run, len - run);
}

void pc_esc_htmlz(pc_buf *b, const char *s)
{
    pc_esc_html(b, s, strlen(s));
}

void pc_esc_csv(pc_buf *b, const char *s)
{
    if (!strpbrk(s, ",\"\r\n")) {
        pc_buf_adds(b, s);
        return;
    }
    pc_buf_addch(b, '"');
    for (; *s; s++) {
        if (*s == '"')
            pc_buf_addch(b, '"');
        pc_buf_addch(b, *s);
    }
    pc_buf_addch(b, '"');
}

/* Length of the ordered-list marker a Markdown line opening with s would
 * start (CommonMark: 1 to 9 digits, then '.' or ')', then a space or the
 * end: "1998. The ..." is item 1998), without its delimiter; 0 when none. */
static size_t md_list_digits(const char *s, size_t len)
{
    size_t n = 0;
    while (n < len && n < 10 && s[n] >= '0' && s[n] <= '9')
        n++;
    if (n == 0 || n > 9 || n == len || (s[n] != '.' && s[n] != ')'))
        return 0;
    return n + 1 == len || s[n + 1] == ' ' || s[n + 1] == '\t' ? n : 0;
}

void pc_esc_md(pc_buf *b, const char *s, size_t len)
{
    size_t run = 0;
    size_t marker = md_list_digits(s, len);
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        int esc = c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' ||
                  c == '<' || c == '>' || c == '|' ||
                  (i == 0 && (c == '#' || c == '+' || c == '-' || c == '=')) ||
                  (marker && i == marker);
        if (!esc)
            continue;
        pc_buf_add(b, s + run, i - run);
        pc_buf_addch(b, '\\');
        run = i;
    }
    pc_buf_add(b, s + run, len - run);
}

void pc_esc_mdz(pc_buf *b, const char *s)
{
    if (s)
        pc_esc_md(b, s, strlen(s));
}
