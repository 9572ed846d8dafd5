/* The version: the header's macro, the library's precis_version() and the
 * project's version (CMakeLists.txt, which precis.pc and the soname take)
 * are one, and so is the Python package's. */
#include "check.h"
#include "precis.h"

/* The version a file of the source tree gives after `key`, in quotes. */
static int file_version(const char *path, const char *key, char *out, size_t cap)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    char line[512];
    int found = -1;
    while (found && fgets(line, sizeof line, f)) {
        const char *p = strstr(line, key);
        const char *q = p ? strchr(p + strlen(key), '"') : NULL;
        const char *e = q ? strchr(q + 1, '"') : NULL;
        if (e && (size_t)(e - q - 1) < cap) {
            memcpy(out, q + 1, (size_t)(e - q - 1));
            out[e - q - 1] = '\0';
            found = 0;
        }
    }
    fclose(f);
    return found;
}

int main(void)
{
    CHECK_STR(precis_version(), PRECIS_VERSION_STRING);
    CHECK_STR(PRECIS_VERSION_STRING, PRECIS_PROJECT_VERSION);
    char v[64];
    CHECK(file_version(PRECIS_SOURCE_DIR "/python/precis/__init__.py", "__version__", v,
                       sizeof v) == 0);
    CHECK_STR(v, PRECIS_PROJECT_VERSION);
    CHECK(file_version(PRECIS_SOURCE_DIR "/python/setup.py", "version=", v, sizeof v) == 0);
    CHECK_STR(v, PRECIS_PROJECT_VERSION);
    return check_done();
}
