#!/usr/bin/env python3
"""Golden-output spec tests (tests/spec/README.md).

Every case of tests/spec/spec.txt is run through the library (the small C
program precis-spec-runner, which uses only include/precis.h) and through the
command-line program; each output must equal the expected section byte for
byte.  A failure prints a unified diff (expected -> actual) per output.

    tests/spec/run.py [--build DIR] [-k REGEX] [--via library|cli|both]
    tests/spec/run.py --accept [--build DIR] [-k REGEX]

--accept rewrites the expected sections of the selected cases with what the
code prints today, after checking that the library and the CLI agree and
that every case's `check:` lines still hold; it prints the diff of every
case it changes.  Review that diff (and `git diff tests/spec`) before
committing it.  Only the standard library is used.
"""
import argparse
import difflib
import os
import re
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
FENCE = "`" * 32
OUTPUTS = ["text", "markdown", "json", "digest"]
# Reports of a memory checker (ASan, UBSan, valgrind) fail a run whatever
# its exit status (the same list as tests/e2e/util.py).
CHECKER_ERRORS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:",
                  "Invalid read", "Invalid write", "definitely lost", "uninitialised")
WRAPPER = os.environ.get("PRECIS_WRAPPER", "").split()


class SpecError(Exception):
    pass


class Case:
    def __init__(self, name, line, section):
        self.name = name
        self.line = line          # 1-based line of the opening fence
        self.section = section    # the last Markdown heading before it
        self.options = []
        self.checks = []          # (output, kind, argument, line)
        self.docs = []            # [name, text]
        self.expected = {}        # output -> text
        self.out_lines = None     # [first, end) line indexes of the outputs


def parse(path):
    """Reads the spec file into (lines, cases)."""
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    # split() leaves the text after the last newline as the last item
    lines = [l + "\n" for l in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    cases, case, part, section = [], None, None, ""
    for i, line in enumerate(lines):
        s = line.rstrip("\n")
        where = "%s:%d" % (os.path.basename(path), i + 1)
        if case is None:
            if s.startswith(FENCE + " case "):
                case = Case(s[len(FENCE) + 6:].strip(), i + 1, section)
                if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", case.name):
                    raise SpecError("%s: case name %r: use a-z, 0-9 and -" % (where, case.name))
                if any(c.name == case.name for c in cases):
                    raise SpecError("%s: case %r defined twice" % (where, case.name))
                part = None
            elif s.startswith("#"):
                section = s.lstrip("#").strip()
            continue
        if s == FENCE:
            missing = [o for o in OUTPUTS if o not in case.expected]
            if not case.docs:
                raise SpecError("%s: case %r has no document" % (where, case.name))
            if missing and case.expected:
                raise SpecError("%s: case %r lacks %s" % (where, case.name, ", ".join(missing)))
            if case.out_lines:
                case.out_lines[1] = i
            else:
                case.out_lines = [i, i]  # a new case: outputs go before the fence
            cases.append(case)
            case = None
        elif s.startswith("--- "):
            if case.expected:
                raise SpecError("%s: a document after the outputs" % where)
            part = [s[4:].strip(), ""]
            if "/" in part[0] or part[0].startswith("."):
                raise SpecError("%s: document name %r must be a plain file name" % (where, part[0]))
            case.docs.append(part)
        elif s.startswith("=== "):
            name = s[4:].strip()
            if name not in OUTPUTS:
                raise SpecError("%s: unknown output %r (%s)" % (where, name, ", ".join(OUTPUTS)))
            if not case.expected:
                case.out_lines = [i, i]
            part = name
            case.expected[name] = ""
        elif isinstance(part, list):
            part[1] += line
        elif part is not None:
            case.expected[part] += line
        elif s.startswith("options:"):
            case.options = shlex.split(s[8:])
            if any(o in ("-f", "--format", "--digest") for o in case.options):
                raise SpecError("%s: the format is chosen by the runner, not the case" % where)
        elif s.startswith("check:"):
            m = (re.fullmatch(r'check:\s*(\w+)\s+(has|lacks)\s+"(.*)"\s*', s) or
                 re.fullmatch(r"check:\s*(\w+)\s+((?:words|bytes|lines)\s*(?:<=|==|>=))\s*(\d+)\s*",
                              s))
            if not m or m.group(1) not in OUTPUTS:
                raise SpecError('%s: expected check: OUTPUT has|lacks "STRING" or '
                                'check: OUTPUT words|bytes|lines <=|==|>= N' % where)
            case.checks.append((m.group(1), re.sub(r"\s+", " ", m.group(2)), m.group(3), i + 1))
        elif s.strip():
            raise SpecError("%s: unexpected line in case %r: %r" % (where, case.name, s))
    if case is not None:
        raise SpecError("case %r (line %d) is not closed" % (case.name, case.line))
    return lines, cases


def run(cmd, cwd):
    p = subprocess.run(WRAPPER + cmd, cwd=cwd, capture_output=True, timeout=300)
    err = p.stderr.decode("utf-8", "replace")
    if p.returncode != 0 or any(e in err for e in CHECKER_ERRORS):
        raise SpecError("%s exited %d:\n%s" % (" ".join(cmd), p.returncode, err[-3000:]))
    return p.stdout.decode("utf-8", "replace")


def via_library(runner, case, tmp):
    out = run([runner] + case.options + [d[0] for d in case.docs], tmp).encode("utf-8")
    got, pos = {}, 0
    while pos < len(out):
        nl = out.index(b"\n", pos)
        m = re.fullmatch(rb"=== (\w+) (\d+)", out[pos:nl])
        if not m:
            raise SpecError("runner output is not framed at byte %d" % pos)
        n = int(m.group(2))
        got[m.group(1).decode()] = out[nl + 1:nl + 1 + n].decode("utf-8")
        pos = nl + 1 + n
    return got


def via_cli(precis, case, tmp):
    names = [d[0] for d in case.docs]
    got = {}
    for fmt in ["text", "markdown", "json"]:
        got[fmt] = run([precis] + case.options + ["-f", fmt] + names, tmp)
    got["digest"] = run([precis, "digest"] + case.options + names, tmp)
    return got


def diff(expected, actual, what):
    return "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                        "expected " + what, "actual " + what))


def measure(text, unit):
    """Words (white-space separated), bytes of the lines without their line
    ends (a text summary's sentences), or non-empty lines of an output."""
    lines = [l for l in text.split("\n") if l]
    if unit == "words":
        return len(text.split())
    if unit == "bytes":
        return sum(len(l.encode("utf-8")) for l in lines)
    return len(lines)


def check_lines(case, got):
    """The failed `check:` lines of a case against outputs `got`."""
    bad = []
    for out, kind, arg, line in case.checks:
        if kind in ("has", "lacks"):
            if (arg in got[out]) != (kind == "has"):
                bad.append('line %d: check: %s %s "%s"' % (line, out, kind, arg))
            continue
        unit, op = kind.split()
        n = measure(got[out], unit)
        ok = {"<=": n <= int(arg), "==": n == int(arg), ">=": n >= int(arg)}[op]
        if not ok:
            bad.append("line %d: check: %s %s %s %s (it is %d)" % (line, out, unit, op, arg, n))
    return bad


def outputs_of(args, case):
    """{via: outputs} for the ways the arguments select."""
    with tempfile.TemporaryDirectory(prefix="precis-spec-") as tmp:
        for name, text in case.docs:
            with open(os.path.join(tmp, name), "w", encoding="utf-8", newline="") as f:
                f.write(text)
        got = {}
        if args.via in ("library", "both") or args.accept:
            got["library"] = via_library(args.runner, case, tmp)
        if args.via in ("cli", "both") or args.accept:
            got["cli"] = via_cli(args.precis, case, tmp)
        return got


def representable(text):
    if text and not text.endswith("\n"):
        return "it does not end with a newline"
    for l in text.splitlines():
        if l.startswith(("--- ", "=== ", FENCE)):
            return "a line starts with a spec marker: %r" % l
    return None


def accept(args, path, lines, cases):
    changed, refused = [], 0
    replace = {}
    for case in cases:
        try:
            got = outputs_of(args, case)
        except SpecError as e:
            print("case %s (line %d): %s" % (case.name, case.line, e))
            refused += 1
            continue
        lib = got["library"]
        why = [o for o in OUTPUTS if lib[o] != got["cli"][o]]
        why = ["library and CLI differ in %s:\n%s" % (o, diff(lib[o], got["cli"][o], o))
               for o in why]
        why += check_lines(case, lib)
        why += ["%s: %s" % (o, representable(lib[o])) for o in OUTPUTS if representable(lib[o])]
        if why:
            print("case %s (line %d) NOT accepted:\n  %s" % (case.name, case.line,
                                                             "\n  ".join(why)))
            refused += 1
            continue
        if all(case.expected.get(o) == lib[o] for o in OUTPUTS):
            continue
        for o in OUTPUTS:
            d = diff(case.expected.get(o, ""), lib[o], "%s of %s" % (o, case.name))
            if d:
                sys.stdout.write(d)
        text = "".join("=== %s\n%s" % (o, lib[o]) for o in OUTPUTS)
        replace[case.out_lines[0]] = (case.out_lines[1], text)
        changed.append(case.name)
    if replace:
        out, i = [], 0
        while i < len(lines):
            if i in replace:
                end, text = replace[i]
                out.append(text)
                if end == i:  # a case without outputs yet: insert before its fence
                    out.append(lines[i])
                    end += 1
                i = end
            else:
                out.append(lines[i])
                i += 1
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write("".join(out))
    print("accepted %d case(s)%s; %d refused; %d unchanged" %
          (len(changed), (": " + ", ".join(changed)) if changed else "", refused,
           len(cases) - len(changed) - refused))
    return 1 if refused else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", default=os.path.join(SOURCE, "build"),
                    help="build directory holding precis and precis-spec-runner")
    ap.add_argument("--precis", help="the CLI (default BUILD/precis)")
    ap.add_argument("--runner", help="the library runner (default BUILD/precis-spec-runner)")
    ap.add_argument("--spec", default=os.path.join(HERE, "spec.txt"))
    ap.add_argument("-k", "--pattern", help="only cases whose name matches this regex")
    ap.add_argument("--via", choices=["library", "cli", "both"], default="both")
    ap.add_argument("--accept", action="store_true",
                    help="rewrite the expected outputs with today's (after review)")
    ap.add_argument("--list", action="store_true", help="list the cases and exit")
    args = ap.parse_args()
    args.precis = os.path.abspath(args.precis or os.path.join(args.build, "precis"))
    args.runner = os.path.abspath(args.runner or os.path.join(args.build, "precis-spec-runner"))
    try:
        lines, cases = parse(args.spec)
    except SpecError as e:
        print("spec error:", e)
        return 1
    if args.pattern:
        cases = [c for c in cases if re.search(args.pattern, c.name)]
    if args.list:
        for c in cases:
            print("%-28s line %-5d %s" % (c.name, c.line, c.section))
        return 0
    for exe in ([args.runner, args.precis] if args.accept or args.via == "both" else
                [args.runner if args.via == "library" else args.precis]):
        if not os.access(exe, os.X_OK):
            print("not built: %s (cmake --build BUILD --target precis precis-spec-runner)" % exe)
            return 1
    if args.accept:
        return accept(args, args.spec, lines, cases)

    passed = failed = 0
    for case in cases:
        if not case.expected:
            print("case %s (line %d): no expected output yet (run --accept)" % (case.name,
                                                                                 case.line))
            failed += 1
            continue
        try:
            got = outputs_of(args, case)
        except SpecError as e:
            print("FAIL case %s (line %d): %s" % (case.name, case.line, e))
            failed += 1
            continue
        bad = []
        for via, outs in sorted(got.items()):
            for o in OUTPUTS:
                if outs[o] != case.expected[o]:
                    bad.append(diff(case.expected[o], outs[o], "%s via %s" % (o, via)))
            bad += ["%s via %s" % (b, via) for b in check_lines(case, outs)]
        if bad:
            failed += 1
            print("FAIL case %s (%s, line %d)" % (case.name, case.section, case.line))
            for b in bad:
                sys.stdout.write(b if b.endswith("\n") else b + "\n")
        else:
            passed += 1
    print("%d passed, %d failed" % (passed, failed))
    if failed:
        print("A deliberate change? Review the diffs above, then: %s --accept --build %s" %
              (os.path.relpath(__file__), os.path.relpath(os.path.dirname(args.precis))))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
