/* A program that loads libprecis.so with dlopen in a worker thread (a
 * plugin host, a language binding), summarizes, closes it with dlclose and
 * lets the thread end: the thread's cache of arena blocks (util/arena.c) is
 * freed at its exit by a destructor in the library, which must still be
 * there (the thread crashed in unmapped code). */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "precis.h"

typedef precis_status (*summarize_fn)(const char *, size_t, const precis_options *, precis_format,
                                      char **, size_t *);
typedef void (*free_fn)(void *);

static int status = 1;

static void *work(void *arg)
{
    const char *path = arg;
    void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        fprintf(stderr, "dlopen %s: %s\n", path, dlerror());
        return NULL;
    }
    summarize_fn summarize;
    free_fn release;
    *(void **)&summarize = dlsym(h, "precis_summarize_text");
    *(void **)&release = dlsym(h, "precis_free");
    const char *text = "The storm destroyed forty fishing boats overnight, officials said. The "
                       "mayor said repairs would take months.\n|||||\nForty fishing boats were "
                       "destroyed by the overnight storm, harbour officials said.\n";
    char *out = NULL;
    size_t len = 0;
    if (summarize && release &&
        summarize(text, strlen(text), NULL, PRECIS_FORMAT_TEXT, &out, &len) == PRECIS_OK && len > 0)
        status = 0;
    else
        fprintf(stderr, "summarize failed\n");
    if (release)
        release(out);
    dlclose(h);
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s LIBPRECIS.so\n", argv[0]);
        return 2;
    }
    for (int i = 0; i < 3 && status <= 1; i++) {
        status = 1;
        pthread_t t;
        if (pthread_create(&t, NULL, work, argv[1]) || pthread_join(t, NULL))
            return 1;
        if (status)
            break;
    }
    printf("%s\n", status ? "FAIL" : "ok");
    return status;
}
