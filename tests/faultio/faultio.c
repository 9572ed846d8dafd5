/* A disk that fails, for the server's tests: loaded with LD_PRELOAD, it
 * makes pread64 and pwrite64 (SQLite's reads and writes of its files) fail
 * with EIO on every file whose path starts with $FAULTIO_UNDER, while the
 * file $FAULTIO_FLAG exists.  The test creates and removes the flag to
 * break and mend the store's disk under a running server, without any
 * hook in the server itself (tests/e2e/test_serve_recover.py). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

static int failing(int fd)
{
    const char *flag = getenv("FAULTIO_FLAG"), *under = getenv("FAULTIO_UNDER");
    struct stat st;
    if (!flag || !under || stat(flag, &st) != 0)
        return 0;
    char link[64], path[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0)
        return 0;
    path[n] = 0;
    return strncmp(path, under, strlen(under)) == 0;
}

typedef ssize_t (*pread_fn)(int, void *, size_t, off_t);
typedef ssize_t (*pwrite_fn)(int, const void *, size_t, off_t);

ssize_t pread64(int fd, void *buf, size_t n, off_t off);
ssize_t pwrite64(int fd, const void *buf, size_t n, off_t off);

ssize_t pread64(int fd, void *buf, size_t n, off_t off)
{
    static pread_fn real;
    if (!real)
        *(void **)&real = dlsym(RTLD_NEXT, "pread64");
    if (failing(fd)) {
        errno = EIO;
        return -1;
    }
    return real(fd, buf, n, off);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off_t off)
{
    static pwrite_fn real;
    if (!real)
        *(void **)&real = dlsym(RTLD_NEXT, "pwrite64");
    if (failing(fd)) {
        errno = EIO;
        return -1;
    }
    return real(fd, buf, n, off);
}
