/* The cleaner's block scan (src/text/clean_scan.c): its ASCII fast path and
 * cue-word filter against the general path, a character at a time with
 * every word looked up, on random blocks. */
#include <stdint.h>

#include "check.h"
#include "text/clean_internal.h"

/* Plain words, words opening with h or w, cue words and pairs, URLs, links,
 * separators, digits, letters of other scripts and white space. */
static const char *const pieces[] = {"the",
                                     "said",
                                     "he",
                                     "was",
                                     "Where",
                                     "who",
                                     "Hello",
                                     "www",
                                     "Wayback",
                                     "subscribe",
                                     "Subscribe",
                                     "newsletter",
                                     "e-mail",
                                     "Email",
                                     "sign",
                                     "up",
                                     "Sign",
                                     "in",
                                     "log",
                                     "read",
                                     "more",
                                     "follow",
                                     "us",
                                     "first",
                                     "month",
                                     "click",
                                     "Click",
                                     "cookies",
                                     "archived",
                                     "x9",
                                     "2024",
                                     "COVID-19",
                                     "http://a.b",
                                     "www.x.y",
                                     "<https://q>",
                                     "(www.z)",
                                     "[",
                                     "]",
                                     "(",
                                     ")",
                                     "[a b](c)",
                                     "|",
                                     "\xc2\xb7",
                                     "\xe2\x80\xa2",
                                     "caf\xc3\xa9",
                                     "\xd0\x9c\xd0\xb8\xd1\x80",
                                     "\xe4\xb8\xad",
                                     "\xc2\xa0",
                                     "\t",
                                     "-",
                                     ".",
                                     ",",
                                     "'",
                                     "\"",
                                     "sign-up",
                                     "loginpage"};

static void random_blocks(void)
{
    static char text[1024];
    uint64_t state = 0x9E3779B97F4A7C15ull;
    for (int round = 0; round < 20000; round++) {
        size_t len = 0;
        check_random(&state);
        size_t npieces = 1 + (size_t)(state % 40);
        for (size_t k = 0; k < npieces; k++) {
            check_random(&state);
            const char *p = pieces[(state >> 8) % (sizeof pieces / sizeof *pieces)];
            size_t pl = strlen(p);
            memcpy(text + len, p, pl);
            len += pl;
            if ((state >> 32) % 4) /* mostly a space between pieces */
                text[len++] = ' ';
        }
        /* blocks at an odd offset, tails of every length */
        size_t s = (size_t)(state >> 40) % 3;
        if (s >= len)
            s = 0;
        pc_block_features fast, slow;
        pc_feat_scan(text, s, len, &fast);
        pc_feat_scan_bytes(text, s, len, &slow);
        int same = memcmp(&fast, &slow, sizeof fast) == 0;
        CHECK(same);
        if (!same) {
            fprintf(stderr, "block \"%.*s\"\n", (int)(len - s), text + s);
            break;
        }
    }
}

int main(void)
{
    pc_block_features f;
    const char *t = "Click here to subscribe or sign up for our newsletter";
    pc_feat_scan(t, 0, strlen(t), &f);
    CHECK(f.words == 10 && f.first_cue == 1 && f.cues == 4);
    t = "He was in www.example.com with her";
    pc_feat_scan(t, 0, strlen(t), &f);
    CHECK(f.words == 6 && f.urls == 1 && f.link_words == 1 && f.cues == 0);
    random_blocks();
    return check_done();
}
