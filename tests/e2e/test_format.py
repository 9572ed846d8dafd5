"""STYLE 12: the C sources, tools, tests and the public header are formatted
by clang-format with the checked-in .clang-format.  Skips when clang-format
is not installed."""
import glob
import os
import shutil
import subprocess
import sys

from util import SRC, check, done

exe = shutil.which("clang-format")
if not exe:
    print("SKIP: clang-format not installed")
    sys.exit(77)

files = [os.path.join(SRC, "include", "precis.h")]
for top in ("src", "tools", "tests", "fuzz"):
    for ext in ("c", "h"):
        files += glob.glob(os.path.join(SRC, top, "**", "*." + ext), recursive=True)
check(len(files) > 50, "found the sources (%d files)" % len(files))
for path in sorted(files):
    p = subprocess.run([exe, "--dry-run", "--Werror", "--style=file", path],
                       capture_output=True, text=True, cwd=SRC)
    first = (p.stderr.strip().splitlines() or [""])[0]
    check(p.returncode == 0, "%s is clang-formatted: %s" % (os.path.relpath(path, SRC), first))
done()
