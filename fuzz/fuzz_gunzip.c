/* precis_gunzip on arbitrary bytes with a small output limit (the readers
 * pass max_document_bytes: a bomb must stop there).  The first byte of the
 * input chooses the limit (64 bytes to 64 KiB); the rest is the data.
 * Checks what include/precis.h promises: PRECIS_EINVAL, and nothing
 * allocated, exactly when the data does not open with the signature 1f 8b;
 * otherwise a NUL-terminated result of at most `limit` bytes (also after a
 * corrupt member: PRECIS_EPARSE keeps what came before), err->code 0,
 * EIO (cut short or corrupt: the rest lost), EPARSE (bytes after the last
 * member) or ELIMIT, err->offset within the data, a message naming where it
 * stopped.  And the limit only cuts: with twice the limit the result opens
 * with the same bytes, and is the same when the first call stopped for
 * another reason than the limit. */
#include <string.h>

#include "fuzz.h"
#include "precis.h"

/* One call; returns its status with the result in *out (NULL when none). */
static precis_status inflate_once(const char *s, size_t size, size_t limit, char **out, size_t *len,
                                  precis_error *err)
{
    precis_status st = precis_gunzip(s, size, limit, out, len, err);
    int gzip = size >= 2 && (unsigned char)s[0] == 0x1F && (unsigned char)s[1] == 0x8B;
    FUZZ_ASSERT((st == PRECIS_EINVAL) == !gzip);
    if (st == PRECIS_EINVAL || st == PRECIS_ENOMEM) {
        FUZZ_ASSERT(*out == NULL && *len == 0);
        return st;
    }
    FUZZ_ASSERT(st == PRECIS_OK || st == PRECIS_EPARSE);
    FUZZ_ASSERT(*out != NULL && (*out)[*len] == '\0' && *len <= limit);
    FUZZ_ASSERT(err->code == PRECIS_OK || err->code == PRECIS_EIO || err->code == PRECIS_EPARSE ||
                err->code == PRECIS_ELIMIT);
    FUZZ_ASSERT(st == PRECIS_OK || err->code == PRECIS_EIO);
    FUZZ_ASSERT(err->offset <= size);
    if (err->code)
        FUZZ_ASSERT(err->message && strlen(err->message) < sizeof err->buf &&
                    strstr(err->message, "gzip data") == err->message);
    else
        FUZZ_ASSERT(err->message == NULL);
    return st;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t limit = 64 + (size_t)fuzz_take(&data, &size) * 256;
    const char *s = (const char *)data;
    char *a = NULL, *b = NULL;
    size_t na = 0, nb = 0;
    precis_error ea, eb;
    precis_status sa = inflate_once(s, size, limit, &a, &na, &ea);
    precis_status sb = inflate_once(s, size, 2 * limit, &b, &nb, &eb);
    if (a && b) {
        FUZZ_ASSERT(na <= nb && memcmp(a, b, na) == 0);
        if (ea.code != PRECIS_ELIMIT)
            FUZZ_ASSERT(sa == sb && na == nb && eb.code == ea.code && eb.offset == ea.offset);
    }
    precis_free(a);
    precis_free(b);
    return 0;
}
