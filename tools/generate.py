#!/usr/bin/env python3
"""Rebuilds every generated table of precis from its source, or checks that
the tracked tables are what their generators make now.

usage: tools/generate.py [--check] [--build DIR] [--data DIR] [--jobs N] [NAME ...]

  (no option)   regenerate the tables (all, or the NAMEs below) in place
  --check       regenerate each into memory and fail (exit 1) when one
                differs from the tracked file; tables whose input data is
                absent are skipped with a message when the data directory
                itself is absent (a user's clone), and fail when it is
                present (CI)
  --build DIR   the CMake build directory of the generators written in C
                (default: build); they are built there first
  --data DIR    the shared data (default: ../shared/data beside the
                repository, as PRECIS_DATA_DIR)
  --jobs N      parallel build jobs (default 2)

`make generate` and `make check-generated` call this script.  The rule,
the same for every table: a generator writes the table's body on standard
output, from inputs named on its command line; this script puts one header
in front of it saying that the file is generated, by which generator, with
which command, from which inputs (each with its SHA-256), and writes the
file.  To add a table, add one line to TABLES.
"""
import argparse
import hashlib
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = "../shared/data"  # as written in the headers; --data may differ


class Table:
    """out: the generated file; made_by: the generator's source; command:
    its argument list, "{build}/" and "{data}/" standing for the build and
    data directories; inputs: the files it reads (their checksums go into
    the header); target: the CMake target that builds the generator;
    packages: Debian packages whose code makes the output (their versions
    go into the header)."""

    def __init__(self, name, out, made_by, command, inputs, target=None, packages=()):
        self.name, self.out, self.made_by = name, out, made_by
        self.command, self.inputs, self.target = command, inputs, target
        self.packages = packages


TABLES = [
    Table("stopwords", "src/text/stopwords.inc", "tools/make_stopwords_inc.py",
          ["python3", "tools/make_stopwords_inc.py", "src/text/stopwords.txt"],
          ["src/text/stopwords.txt"]),
    Table("lang-stopwords", "src/lang/stopwords.inc", "tools/make_lang_stopwords.py",
          ["python3", "tools/make_lang_stopwords.py"],
          ["src/lang/stopwords/stopwords-iso.json", "src/text/stopwords.txt"]),
    Table("lang-dates", "src/lang/dates.inc", "tools/make_lang_dates.c",
          ["{build}/precis-lang-dates"], [], target="precis-lang-dates",
          packages=["libicu72"]),
    Table("lang-numbers", "src/lang/numbers.inc", "tools/make_lang_numbers.c",
          ["{build}/precis-lang-numbers"], [], target="precis-lang-numbers",
          packages=["libicu72", "libstemmer0d", "libutf8proc2"]),
    Table("lang-letters", "src/lang/letters.inc", "tools/make_lang_letters.c",
          ["{build}/precis-lang-letters"], [], target="precis-lang-letters",
          packages=["libicu72"]),
    Table("lexicon", "src/digest/lexicon.inc", "tools/make_lexicon_inc.py",
          ["python3", "tools/make_lexicon_inc.py", "src/digest/lexicon.txt"],
          ["src/digest/lexicon.txt"]),
    Table("given-names", "src/digest/given_names.inc", "tools/make_given_names.py",
          ["python3", "tools/make_given_names.py", "{data}/multinews/train-10k.jsonl.gz",
           "src/text/stopwords.txt", "src/digest/lexicon.txt"],
          ["{data}/multinews/train-10k.jsonl.gz", "src/text/stopwords.txt",
           "src/digest/lexicon.txt"]),
    Table("rouge", "src/eval/rouge_tables.inc", "tools/make_rouge_tables.py",
          ["python3", "tools/make_rouge_tables.py", "{data}/rouge-vectors"],
          ["{data}/rouge-vectors/stopwords-rouge.txt",
           "{data}/rouge-vectors/wordnet-exceptions-rouge.tsv"]),
    Table("stems", "src/text/stem_table.inc", "tools/make_stems.c",
          ["{build}/precis-stems", "{data}/multinews/train-10k.jsonl.gz"],
          ["{data}/multinews/train-10k.jsonl.gz"], target="precis-stems",
          packages=["libstemmer0d"]),
    Table("boilerplate", "src/text/boilerplate.inc", "tools/make_boilerplate.c",
          ["{build}/precis-boilerplate", "{data}/multinews/train-10k.jsonl.gz"],
          ["{data}/multinews/train-10k.jsonl.gz"], target="precis-boilerplate"),
    Table("learned", "src/rank/learned_weights.inc", "tools/train.c",
          ["{build}/precis-train", "{data}/multinews/train-10k.jsonl.gz"],
          ["{data}/multinews/train-10k.jsonl.gz"], target="precis-train"),
    Table("story-df", "src/stories/story_df.inc", "tools/make_story_df.c",
          ["{build}/precis-story-df", "{data}/multinews/train-10k.jsonl.gz"],
          ["{data}/multinews/train-10k.jsonl.gz"], target="precis-story-df",
          packages=["libstemmer0d"]),
]


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def version(package):
    try:
        r = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", package],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        return r.stdout.decode().strip() or "unknown"
    except OSError:
        return "unknown"


def shown(arg):
    """An argument as the header writes it: the same on every machine."""
    if arg == "python3":
        return arg
    return arg.replace("{build}/", "").replace("{data}", DATA)


def real(arg, build, data):
    if arg == "python3":
        return sys.executable
    return arg.replace("{build}", build).replace("{data}", data)


def header(t, data):
    lines = ["/* Generated file: do not edit.  `make generate` rebuilds it.",
             " * made by:  %s" % t.made_by,
             " * command:  %s" % " ".join(shown(a) for a in t.command)]
    for i, path in enumerate(t.inputs):
        lines.append(" * %s%s" % ("from:     " if i == 0 else "          ", shown(path)))
        lines.append(" *           sha256 %s" % sha256(os.path.join(ROOT, real(path, "", data))))
    for i, pkg in enumerate(t.packages):
        lines.append(" * %s%s %s (Debian)" % ("with:     " if i == 0 else "          ", pkg,
                                              version(pkg)))
    lines[-1] += " */"
    return "\n".join(lines) + "\n"


def run_generator(t, build, data, log):
    cmd = [real(a, build, data) for a in t.command]
    with open(log, "ab") as err:
        err.write(("\n$ %s\n" % " ".join(cmd)).encode())
        err.flush()
        r = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=err)
    if r.returncode != 0:
        return None
    return r.stdout.decode("utf-8")


def tail(path, n=40):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return "".join(f.readlines()[-n:])
    except OSError:
        return ""


def main():
    ap = argparse.ArgumentParser(add_help=True, usage=__doc__.split("\n\n")[1])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--build", default="build")
    ap.add_argument("--data", default=os.path.join(ROOT, DATA))
    ap.add_argument("--jobs", default="2")
    ap.add_argument("names", nargs="*")
    a = ap.parse_args()
    known = {t.name: t for t in TABLES}
    for n in a.names:
        if n not in known:
            sys.exit("generate.py: no table %r (tables: %s)" % (n, ", ".join(known)))
    tables = [known[n] for n in a.names] if a.names else TABLES
    build = os.path.abspath(a.build)
    data = os.path.abspath(a.data)
    what = "check-generated" if a.check else "generate"
    os.makedirs(build, exist_ok=True)
    log = os.path.join(build, "generate.log")
    open(log, "w").close()

    runnable, failed, skipped = [], [], []
    for t in tables:
        missing = [p for p in t.inputs
                   if not os.path.isfile(os.path.join(ROOT, real(p, build, data)))]
        if not missing:
            runnable.append(t)
        elif a.check and not os.path.isdir(data):
            skipped.append(t)
            print("%s: %s skipped: no %s (the shared data; its input)"
                  % (what, t.out, data))
        else:
            failed.append(t)
            print("%s: %s: input missing: %s" % (what, t.out, ", ".join(
                shown(p) for p in missing)))

    for t in runnable:
        # each generator is built right before it runs, so that it compiles
        # in the tables written before it ("boilerplate learned": the
        # trainer cleans its text with the furniture table just made)
        if t.target:
            with open(log, "ab") as out:
                r = subprocess.run(["cmake", "--build", build, "-j", a.jobs, "--target", t.target],
                                   cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
            if r.returncode != 0:
                sys.stdout.write(tail(log))
                sys.exit("%s: building %s failed (log: %s)" % (what, t.target, log))
        body = run_generator(t, build, data, log)
        if body is None:
            sys.stdout.write(tail(log))
            print("%s: %s: the generator failed (log: %s)" % (what, t.out, log))
            failed.append(t)
            continue
        text = header(t, data) + body
        path = os.path.join(ROOT, t.out)
        try:
            with open(path, encoding="utf-8") as f:
                old = f.read()
        except OSError:
            old = None
        if old == text:
            print("%s: %s up to date" % (what, t.out))
        elif a.check:
            failed.append(t)
            fresh = os.path.join(build, "generated", os.path.basename(t.out))
            os.makedirs(os.path.dirname(fresh), exist_ok=True)
            with open(fresh, "w", encoding="utf-8") as f:
                f.write(text)
            print("%s: %s DIFFERS from what %s makes now (%s):" % (what, t.out, t.made_by,
                                                                    fresh))
            diff = subprocess.run(["diff", "-u", path, fresh], stdout=subprocess.PIPE)
            lines = diff.stdout.decode("utf-8", "replace").splitlines()
            print("\n".join(lines[:30]) + ("\n..." if len(lines) > 30 else ""))
        else:
            tmp = path + ".tmp"
            with open(tmp, "w", encoding="utf-8") as f:
                f.write(text)
            os.replace(tmp, path)
            print("%s: %s written" % (what, t.out))

    if failed:
        print("%s: %d of %d tables failed%s" % (
            what, len(failed), len(tables),
            "; run `make generate` and commit the tables" if a.check else ""))
        sys.exit(1)
    print("%s: %d table%s %s%s" % (what, len(runnable), "" if len(runnable) == 1 else "s",
                                   "checked" if a.check else "done",
                                   ", %d skipped" % len(skipped) if skipped else ""))


if __name__ == "__main__":
    main()
