"""README's install section, followed: `cmake --install` into a DESTDIR and
into a prefix, then examples/library/summarize_files.c compiled with the
README's pkg-config lines against the installed library (shared and static)
and run on examples/volcano; the static program must not need
libprecis.so."""
import glob
import os
import re
import shutil
import subprocess
import tempfile

from util import CHECKED, PRECIS, SRC, check, done

import sys

if CHECKED:
    # A sanitizer build installs an instrumented library that a plain
    # program cannot load; the install is checked in the normal build.
    print("SKIP: the install test runs in the normal build, not under a memory checker")
    sys.exit(77)

BUILD = os.path.dirname(os.path.abspath(PRECIS))
EXAMPLE = os.path.join(SRC, "examples", "library", "summarize_files.c")
VOLCANO = os.path.join(SRC, "examples", "volcano")
CC = os.environ.get("CC", "cc")
if not shutil.which("pkg-config") or not shutil.which(CC) or \
        not os.path.exists(os.path.join(BUILD, "CMakeCache.txt")):
    print("SKIP: needs pkg-config, a C compiler and the CMake build directory")
    raise SystemExit(77)


def readme_pkg_config(kind):
    """The pkg-config arguments of README's `cc myprog.c $(pkg-config ...)
    -o myprog   # KIND` line."""
    with open(os.path.join(SRC, "README.md"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"cc myprog\.c \$\(pkg-config ([^)]*)\) -o myprog\s+# (\w+)", line)
            if m and m.group(2) == kind:
                return m.group(1).split()
    return None


def sh(args, env=None):
    p = subprocess.run(args, capture_output=True, text=True, env=env, timeout=600)
    return p.returncode, p.stdout, p.stderr


with tempfile.TemporaryDirectory() as tmp:
    env = dict(os.environ)
    roots = []
    # DESTDIR: staged under tmp/dest, as a packager does
    env_d = dict(env, DESTDIR=os.path.join(tmp, "dest"))
    rc, out, err = sh(["cmake", "--install", BUILD, "--prefix", "/usr/local"], env_d)
    check(rc == 0, "cmake --install with DESTDIR: %s" % err[-500:])
    roots.append(os.path.join(tmp, "dest", "usr", "local"))
    # --prefix: a user's own directory
    rc, out, err = sh(["cmake", "--install", BUILD, "--prefix", os.path.join(tmp, "prefix")])
    check(rc == 0, "cmake --install --prefix: %s" % err[-500:])
    roots.append(os.path.join(tmp, "prefix"))
    for root in roots:
        pcs = glob.glob(os.path.join(root, "**", "pkgconfig", "precis.pc"), recursive=True)
        check(len(pcs) == 1 and os.path.exists(os.path.join(root, "include", "precis.h")),
              "installed header and precis.pc under %s: %r" % (root, pcs))
        if len(pcs) != 1:
            continue
        libdir = os.path.dirname(os.path.dirname(pcs[0]))
        # `precis serve` finds the server's program the install put in
        # libexec, under any prefix (src/cli/main.c, run_serve)
        if os.path.exists(os.path.join(BUILD, "precis-serve")):
            served = glob.glob(os.path.join(root, "libexec", "**", "precis-serve"),
                               recursive=True)
            check(len(served) == 1, "precis-serve installed in libexec: %r" % served)
            rc, out, err = sh([os.path.join(root, "bin", "precis"), "serve", "--help"])
            check(rc == 0 and out.startswith("usage: precis serve"),
                  "installed precis serve --help under %s: rc=%d %r %s"
                  % (root, rc, out[:200], err[-300:]))
        penv = dict(env, PKG_CONFIG_PATH=os.path.dirname(pcs[0]))
        for kind in ("shared", "static"):
            exe = os.path.join(tmp, "example-%s" % kind)
            args = readme_pkg_config(kind)
            check(args is not None, "README has the %s pkg-config line" % kind)
            if args is None:
                continue
            rc, flags, err = sh(["pkg-config"] + args, penv)
            check(rc == 0 and "precis" in flags, "pkg-config line: %r %s" % (flags, err))
            rc, out, err = sh([CC, "-std=c11", "-Wall", "-Wextra", "-Werror", EXAMPLE, "-o", exe]
                              + flags.split())
            check(rc == 0, "example builds (%s): %s" % (kind, err))
            if rc:
                continue
            renv = dict(env, LD_LIBRARY_PATH=libdir)
            if kind == "static":
                # the archive, not the libprecis.so beside it: the program
                # runs where no libprecis.so can be found
                renv = {k: v for k, v in env.items() if k != "LD_LIBRARY_PATH"}
                if shutil.which("readelf"):
                    rc, dyn, err = sh(["readelf", "-d", exe])
                    check("libprecis" not in dyn, "static example needs no libprecis.so: %s"
                          % [l for l in dyn.splitlines() if "NEEDED" in l])
            rc, out, err = sh([exe, VOLCANO], renv)
            lines = out.splitlines()
            check(rc == 0 and lines and all(l.endswith(".txt]") for l in lines),
                  "example runs and names its sources: rc=%d %r %s" % (rc, out[:300], err))
done()
