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
for top in ("src", "server", "tools", "tests", "fuzz"):
    for ext in ("c", "h"):
        files += glob.glob(os.path.join(SRC, top, "**", "*." + ext), recursive=True)
check(len(files) > 50, "found the sources (%d files)" % len(files))
files = [f for f in sorted(files) if "node_modules" not in f]
# One clang-format process for all the files (one per file took minutes);
# its messages name each file that is not formatted.
p = subprocess.run([exe, "--dry-run", "--Werror", "--style=file"] + files,
                   capture_output=True, text=True, cwd=SRC)
bad = sorted({line.split(":")[0] for line in p.stderr.splitlines() if ": error:" in line})
for path in bad:
    check(False, "%s is clang-formatted" % os.path.relpath(path, SRC))
check(p.returncode == 0 or bad, "clang-format ran: %s" % p.stderr[-300:])
check(p.returncode == 0, "every file is clang-formatted (%d files)" % len(files))
done()
