/* A disk that fails, for the server's tests: loaded with LD_PRELOAD, it
 * makes pread64 and pwrite64 (SQLite's reads and writes of its files) fail
 * with EIO on every file whose path starts with $FAULTIO_UNDER, while the
 * file $FAULTIO_FLAG exists.  The test creates and removes the flag to
 * break and mend the store's disk under a running server, without any
 * hook in the server itself (tests/e2e/test_serve_recover.py).
 *
 * A flag file that holds "full" makes a full disk instead: writes fail with
 * ENOSPC, reads work.  While the file $FAULTIO_FREE exists, statvfs and
 * fstatvfs say the file system has the number of bytes it holds free
 * (tests/e2e/test_serve_ready_full.py). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/types.h>
#include <unistd.h>

/* The first bytes of the file `path` (NUL-terminated), or -1 when there is
 * no such file. */
static int read_small(const char *path, char *buf, size_t len)
{
    FILE *f = path ? fopen(path, "r") : NULL;
    if (!f)
        return -1;
    size_t n = fread(buf, 1, len - 1, f);
    buf[n] = 0;
    fclose(f);
    return 0;
}

/* 0: the disk works; else the errno of a failed read (`writing` 0) or
 * write of the file open on fd. */
static int failing(int fd, int writing)
{
    const char *under = getenv("FAULTIO_UNDER");
    char mode[16];
    if (!under || read_small(getenv("FAULTIO_FLAG"), mode, sizeof mode) != 0)
        return 0;
    int err = strncmp(mode, "full", 4) == 0 ? ENOSPC : EIO;
    if (err == ENOSPC && !writing)
        return 0;
    char link[64], path[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0)
        return 0;
    path[n] = 0;
    return strncmp(path, under, strlen(under)) == 0 ? err : 0;
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
    int err = failing(fd, 0);
    if (err) {
        errno = err;
        return -1;
    }
    return real(fd, buf, n, off);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off_t off)
{
    static pwrite_fn real;
    if (!real)
        *(void **)&real = dlsym(RTLD_NEXT, "pwrite64");
    int err = failing(fd, 1);
    if (err) {
        errno = err;
        return -1;
    }
    return real(fd, buf, n, off);
}

/* The free bytes $FAULTIO_FREE says, in 4 KiB blocks, or -1 when it is
 * absent. */
static long long fake_blocks(void)
{
    char num[32];
    if (read_small(getenv("FAULTIO_FREE"), num, sizeof num) != 0)
        return -1;
    return (long long)(strtoull(num, NULL, 10) / 4096);
}

/* Puts the fake free space in `fs` (a struct statvfs or statvfs64). */
#define FAKE_FREE(fs)                                                                              \
    do {                                                                                           \
        long long blocks = fake_blocks();                                                          \
        if (blocks >= 0) {                                                                         \
            (fs)->f_frsize = (fs)->f_bsize = 4096;                                                 \
            (fs)->f_bavail = (fs)->f_bfree = (unsigned long)blocks;                                \
        }                                                                                          \
    } while (0)

/* Each as glibc declares it, the real one found by name. */
#define STATVFS_AS(name, argtype, type)                                                            \
    int name(argtype arg, struct type *fs)                                                         \
    {                                                                                              \
        int (*real)(argtype, struct type *);                                                       \
        *(void **)&real = dlsym(RTLD_NEXT, #name);                                                 \
        int rc = real(arg, fs);                                                                    \
        if (rc == 0)                                                                               \
            FAKE_FREE(fs);                                                                         \
        return rc;                                                                                 \
    }

STATVFS_AS(statvfs, const char *, statvfs)
STATVFS_AS(statvfs64, const char *, statvfs64)
STATVFS_AS(fstatvfs, int, statvfs)
STATVFS_AS(fstatvfs64, int, statvfs64)
