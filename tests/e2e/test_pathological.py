"""Pathological inputs, generated here, each run at two sizes: the CLI must
finish within a time limit, stay under a memory bound, and its CPU time must
grow linearly -- doubling the input may at most multiply the time by
RATIO_MAX (2 is linear; the slack absorbs noise and n log n sorts).  Prints a
table of the timings.  Skipped under valgrind (too slow to time)."""
import os
import random
import resource
import sys
import tempfile
import time

from util import CHECKED, WRAPPER, PRECIS, check, done

if WRAPPER:
    print("SKIP: timing tests do not run under a wrapper (valgrind)")
    sys.exit(77)

RATIO_MAX = 3.5
TIMEOUT = 60  # seconds per run, generous: a hang or a quadratic step hits it
RSS_MAX_MB = 1500 if CHECKED else 600  # sanitizers double memory use
MIN_TIME = 0.05  # below this the ratio is noise: only the bound is checked

rng = random.Random(7)
WORDS = ("storm harbour boat official said repair month coast wave captain insurance "
         "claim crown power home weather sea week mayor school bridge river police "
         "minister report damage flood rain wind night morning").split()
ARTICLE = ("HARBOUR TOWN (Wire) - The storm destroyed forty fishing boats overnight, "
           "officials said on Sunday. \"We have never seen waves like these,\" said "
           "captain Lena Berg. Mr. Berg, 54, said repairs would cost about $2.5 million. "
           "The U.S. weather service expects calmer seas next week.\n\n"
           "Schools will stay closed on Friday, the mayor said.\n")


def sentence(n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def joined(docs):
    return "\n|||||\n".join(docs)


# Each case: name -> (args, builder(scale) -> bytes on stdin or a file's bytes).
def long_sentence(k):  # a run of k bytes with no sentence end
    return b"word " * (k // 5)


def mr(k):
    return b"Mr. " * k


def identical(k):
    return joined([ARTICLE] * k).encode()


def near_identical(k):
    return joined([ARTICLE.replace("forty", str(i)).replace("Friday", WORDS[i % len(WORDS)])
                   for i in range(k)]).encode()


def million_words(k):  # one document of k words, sentences of ~20 words
    out, n = [], 0
    while n < k:
        m = rng.randint(5, 35)
        out.append(sentence(m))
        n += m
    return "\n".join(" ".join(out[i:i + 5]) for i in range(0, len(out), 5)).encode()


def one_word_docs(k):
    return joined([rng.choice(WORDS) for _ in range(k)]).encode()


def nested_markup(k):
    return (b"<div>" * k + b"<p>" + ARTICLE.encode() + b"</p>" + b"</div>" * k +
            b"[" * k + b"<http://" * (k // 8) + b"**" * k)


CASES = [
    # name, builder, small scale, input mode (file | stdin), extra args
    ("5 MB sentence", long_sentence, 5 * 1024 * 1024, "file", []),
    ("'Mr. ' x 100,000", mr, 100000, "file", []),
    ("2,000 identical documents", identical, 2000, "stdin", []),
    ("2,000 near-identical documents", near_identical, 2000, "stdin", []),
    ("1,000,000-word document", million_words, 1000000, "file", []),
    ("1,000,000 words, lexrank", million_words, 1000000, "file", ["-m", "lexrank"]),
    ("10,000 one-word documents", one_word_docs, 10000, "stdin", []),
    ("deeply nested markup", nested_markup, 200000, "file", []),
]


def measure(args, data, mode, tmp):
    """Runs the CLI; returns (status, cpu seconds, wall seconds, peak RSS MB)."""
    path = os.path.join(tmp, "input.html" if mode == "file" else "stdin")
    with open(path, "wb") as f:
        f.write(data)
    argv = [PRECIS] + args + ([path] if mode == "file" else ["-"])
    out = open(os.path.join(tmp, "out"), "wb")
    err = open(os.path.join(tmp, "err"), "wb")
    stdin = open(path, "rb") if mode == "stdin" else open(os.devnull, "rb")
    t0 = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            os.dup2(stdin.fileno(), 0)
            os.dup2(out.fileno(), 1)
            os.dup2(err.fileno(), 2)
            os.execv(argv[0], argv)
        finally:
            os._exit(127)
    while True:
        wpid, status, ru = os.wait4(pid, os.WNOHANG)
        if wpid:
            break
        if time.perf_counter() - t0 > TIMEOUT:
            os.kill(pid, 9)
            wpid, status, ru = os.wait4(pid, 0)
            status = -1
            break
        time.sleep(0.005)
    wall = time.perf_counter() - t0
    for f in (out, err, stdin):
        f.close()
    code = os.waitstatus_to_exitcode(status) if status != -1 else "timeout"
    return code, ru.ru_utime + ru.ru_stime, wall, ru.ru_maxrss / 1024.0


print("%-34s %8s %8s %8s %8s %7s %7s" % ("case (size x1 / x2)", "MB", "cpu s", "MB", "cpu s",
                                         "ratio", "RSS MB"))
with tempfile.TemporaryDirectory() as tmp:
    for name, build, scale, mode, extra in CASES:
        small, big = build(scale // 2), build(scale)
        args = ["-w", "100"] + extra
        r1 = measure(args, small, mode, tmp)
        r2 = measure(args, big, mode, tmp)
        # Best of two for the ratio when the runs are short (noise).
        if r2[1] < 1.0:
            r1 = min(r1, measure(args, small, mode, tmp), key=lambda r: r[1])
            r2 = min(r2, measure(args, big, mode, tmp), key=lambda r: r[1])
        ratio = r2[1] / r1[1] if r1[1] > 0 else 0.0
        print("%-34s %8.2f %8.3f %8.2f %8.3f %7.2f %7.0f" % (
            name, len(small) / 1e6, r1[1], len(big) / 1e6, r2[1], ratio, max(r1[3], r2[3])))
        sys.stdout.flush()
        for r in (r1, r2):
            check(r[0] in (0, 1), "%s: finished with status 0 or 1 (got %s)" % (name, r[0]))
            check(r[3] < RSS_MAX_MB, "%s: peak RSS %.0f MB < %d MB" % (name, r[3], RSS_MAX_MB))
        if r2[1] >= MIN_TIME:
            check(ratio < RATIO_MAX, "%s: time ratio %.2f < %.1f for twice the input" %
                  (name, ratio, RATIO_MAX))
done()
