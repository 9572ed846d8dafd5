/* The surface table of the vocabulary (src/model/vocab.c) against a list
 * searched word by word: forms kept in the slot (8 bytes or fewer) and
 * longer ones by pointer, with the real hash and with hashes that collide on
 * purpose (the table takes the hash from its caller). */
#include <stdint.h>

#include "check.h"
#include "model/vocab.h"
#include "util/arena.h"
#include "util/hash.h"

#define NWORDS 1500
#define MAXLEN 20

static char words[NWORDS][MAXLEN + 8]; /* NUL-padded, as pc_tokenize gives them */
static size_t lens[NWORDS];
static uint32_t ids[NWORDS]; /* 0: not added */

static uint64_t state = 0x9E3779B97F4A7C15ull;

static uint64_t next_random(void)
{
    return check_random(&state);
}

/* The term added for words[i] or an equal word before it (the oracle). */
static uint32_t oracle(size_t i)
{
    for (size_t k = 0; k < NWORDS; k++)
        if (ids[k] && lens[k] == lens[i] && memcmp(words[k], words[i], lens[i]) == 0)
            return ids[k];
    return 0;
}

/* weak: 0 for the real hash, else the number of distinct hashes. */
static uint32_t hash_of(size_t i, uint32_t weak)
{
    return weak ? pc_fnv1a(words[i], lens[i] < 8 ? lens[i] : 8) % weak : pc_hash(words[i], lens[i]);
}

/* expect: bytes of text announced to pc_vocab_expect first. */
static void run(uint32_t weak, size_t expect)
{
    pc_vocab v;
    pc_arena a;
    pc_vocab_init(&v, NULL);
    pc_arena_init(&a, NULL);
    pc_vocab_expect(&v, &a, expect, (size_t)1 << 30);
    memset(ids, 0, sizeof ids);
    /* few letters: many words share their first 8 bytes */
    for (size_t i = 0; i < NWORDS; i++) {
        lens[i] = 1 + next_random() % MAXLEN;
        memset(words[i], 0, sizeof words[i]);
        for (size_t k = 0; k < lens[i]; k++)
            words[i][k] = (char)('a' + next_random() % 3);
    }
    for (size_t i = 0; i < NWORDS; i++) {
        uint32_t want = oracle(i);
        uint32_t got = pc_vocab_find_surface(&v, words[i], lens[i], hash_of(i, weak));
        CHECK(got == want);
        if (!want && next_random() % 2) {
            ids[i] = (uint32_t)(1 + i);
            CHECK(pc_vocab_add_surface(&v, &a, words[i], lens[i], hash_of(i, weak), ids[i] - 1) ==
                  0);
        }
    }
    for (size_t i = 0; i < NWORDS; i++)
        CHECK(pc_vocab_find_surface(&v, words[i], lens[i], hash_of(i, weak)) == oracle(i));
    pc_vocab_release(&v);
    pc_arena_release(&a);
}

int main(void)
{
    run(0, 0);
    run(0, 100000); /* the tables sized at once */
    run(7, 0);      /* long probe chains, long and short forms in one chain */
    run(1, 0);
    /* same hash, same first 8 bytes: kept apart by length */
    pc_vocab v;
    pc_arena a;
    pc_vocab_init(&v, NULL);
    pc_arena_init(&a, NULL);
    static const char s7[16] = "abcdefg", s8[16] = "abcdefgh", s9[16] = "abcdefghi";
    CHECK(pc_vocab_add_surface(&v, &a, s8, 8, 42, 5) == 0);
    CHECK(pc_vocab_find_surface(&v, s9, 9, 42) == 0);
    CHECK(pc_vocab_add_surface(&v, &a, s9, 9, 42, 6) == 0);
    CHECK(pc_vocab_find_surface(&v, s8, 8, 42) == 6);
    CHECK(pc_vocab_find_surface(&v, s9, 9, 42) == 7);
    CHECK(pc_vocab_find_surface(&v, s7, 7, 42) == 0);
    pc_vocab_release(&v);
    pc_arena_release(&a);
    return check_done();
}
