"""Generated tables (tools/generate.py): the tables made from files in the
repository match their generators (make check-generated also checks those
made from ../shared/data), and the learned weights are bound to the code's
features by name: src/rank/learned.c stops compiling when a feature of
src/model/features.h is renamed, added or removed, and compiles when two
are swapped (each weight follows its name)."""
import os
import re
import shutil
import subprocess
import sys
import tempfile

from util import SRC, check, done

cc = os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc")
if not cc:
    print("SKIP: no C compiler")
    sys.exit(77)

root = os.path.abspath(SRC)
build = os.path.join(os.getcwd(), "generated-check")
p = subprocess.run([sys.executable, os.path.join(root, "tools", "generate.py"), "--check",
                    "--build", build, "stopwords", "lexicon"],
                   capture_output=True, text=True, cwd=root)
check(p.returncode == 0,
      "stopwords.inc and lexicon.inc match their generators:\n" + p.stdout + p.stderr)

tmp = tempfile.mkdtemp()
try:
    for top in ("src", "include"):
        shutil.copytree(os.path.join(root, top), os.path.join(tmp, top))
    features = os.path.join(tmp, "src", "model", "features.h")
    with open(features, encoding="utf-8") as f:
        original = f.read()

    def compiles(text):
        with open(features, "w", encoding="utf-8") as f:
            f.write(text)
        r = subprocess.run([cc, "-std=c11", "-fsyntax-only", "-Werror=override-init",
                            "-D_DEFAULT_SOURCE", "-DPRECIS_BUILDING", "-Iinclude", "-Isrc",
                            "src/rank/learned.c"], capture_output=True, text=True, cwd=tmp)
        return r.returncode == 0, r.stderr

    ok, err = compiles(original)
    check(ok, "learned.c compiles with the tracked table: " + err[-1000:])

    line = re.compile(r"^    X\((\w+), .*$", re.M)
    concept = original[original.index("PC_CONCEPT_FEATURES(X)"):
                       original.index("PC_SENTENCE_FEATURES(X)")]
    names = line.findall(concept)
    check(len(names) > 3, "found the concept features (%d)" % len(names))
    first, second = (m.group(0) for m in list(line.finditer(concept))[2:4])

    ok, err = compiles(original.replace(first, first.replace("X(", "X(RENAMED_", 1), 1))
    check(not ok, "a renamed feature stops the build")
    ok, err = compiles(original.replace(first, first + "\n    X(ADDED, \"new\") \\", 1))
    check(not ok and "stale" in err, "an added feature stops the build (static assertion)")
    ok, err = compiles(original.replace(first + "\n", "", 1))
    check(not ok, "a removed feature stops the build")
    swapped = original.replace(first + "\n" + second, second + "\n" + first, 1)
    check(swapped != original, "swapped two features")
    ok, err = compiles(swapped)
    check(ok, "swapped features compile (weights bound by name): " + err[-1000:])
finally:
    shutil.rmtree(tmp)
done()
