/* A feed line of `precis cluster` (precis_stream_add_json): the hand-written
 * reader of src/stories/jsonline.c must read whatever it accepts exactly as
 * jansson does, and a line it refuses must still get a clear message from
 * jansson's path, never a crash.  The articles go into one stream kept
 * across inputs (at most 64 open stories, so its memory stays bounded). */
#include <jansson.h>
#include <string.h>

#include "fuzz.h"
#include "precis.h"
#include "stories/jsonline_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static precis_stream *s;
    if (!s) {
        precis_stream_options o;
        precis_stream_options_init(&o);
        o.max_open_stories = 64;
        o.keep_text = 1;
        if (precis_stream_new(&o, NULL, &s))
            return 0;
    }
    const char *line = (const char *)data;
    char *buf = malloc(size + 32);
    FUZZ_ASSERT(buf);
    st_jline j;
    if (st_json_read(line, size, buf, &j)) {
        json_t *root = json_loadb(line, size, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, NULL);
        FUZZ_ASSERT(root && json_is_object(root));
        FUZZ_ASSERT(st_jline_same(root, &j));
        json_decref(root);
    }
    free(buf);
    precis_assignment as;
    precis_error err;
    char *id = NULL;
    precis_status st = precis_stream_add_json(s, line, size, &as, &id, &err);
    if (st) {
        FUZZ_ASSERT(id == NULL);
        FUZZ_ASSERT(st == PRECIS_EPARSE || st == PRECIS_ELIMIT || st == PRECIS_ENOMEM);
        if (st == PRECIS_EPARSE) /* a message naming what is wrong */
            FUZZ_ASSERT(err.code == st && err.message && err.message[0]);
    }
    precis_free(id);
    precis_stream_close_idle(s, NULL, NULL, NULL);
    return 0;
}
