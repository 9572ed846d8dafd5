#!/usr/bin/env python3
"""Writes src/digest/lexicon.inc on standard output from the word lists of
the digest extractors (src/digest/lexicon.txt): one sorted, lower-case C
string array per [section], searched with bsearch by src/digest/lex.c.

usage: tools/make_lexicon_inc.py LEXICON.txt > lexicon.inc
(`make generate` runs it through tools/generate.py, which adds the header)"""
import sys


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__.split("\n\n")[1])
    sections, cur = {}, None
    with open(sys.argv[1], encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            if line.startswith("[") and line.endswith("]"):
                cur = line[1:-1]
                sections.setdefault(cur, set())
                continue
            if cur is None:
                sys.exit("%s:%d: a word before the first [section]" % (sys.argv[1], lineno))
            for item in line.split(","):
                item = item.strip().lower()
                if item:
                    sections[cur].add(item)
    out = sys.stdout
    out.write("/* One array per [section] of lexicon.txt, lower case, sorted byte-wise. */\n")
    for name in sorted(sections):
        words = sorted(sections[name], key=lambda w: w.encode("utf-8"))
        out.write("static const char *const lex_%s[] = {\n" % name)
        for w in words:
            out.write('    "%s",\n' % w.replace("\\", "\\\\").replace('"', '\\"'))
        out.write("};\n")


if __name__ == "__main__":
    main()
