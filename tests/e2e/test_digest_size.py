"""The digest's size is bounded: a 20 MB file of words (taken at random from
the project's example, quote marks included) and one article repeated to 20
MB give digests under 100 KB in every format by default; --digest-all shows
more.  The inputs are made here in a temporary directory and removed.  An
empty file or a missing path writes nothing to stdout.

Prints each size, so `ctest -V -R digest_size` reports them."""
import glob
import os
import random
import tempfile

from util import DATA, SRC, check, done, run

LIMIT = 100 * 1024
MB20 = 20 * 1024 * 1024


def words_file(path):
    text = " ".join(open(f, encoding="utf-8").read()
                    for f in sorted(glob.glob(os.path.join(SRC, "examples", "volcano", "*.txt"))))
    vocab = text.split()
    rnd = random.Random(19)
    with open(path, "w", encoding="utf-8") as f:
        n = 0
        while n < MB20:
            chunk = " ".join(rnd.choice(vocab) for _ in range(5000)) + "\n"
            f.write(chunk)
            n += len(chunk.encode())


def repeated_file(path):
    # a seed article (the case); the example when the data is absent
    seed = os.path.join(DATA, "seeds", "003_3aa5f56a4bc6a514.txt")
    if not os.path.exists(seed):
        seed = os.path.join(SRC, "examples", "volcano", "04-coast-radio.txt")
    art = open(seed, encoding="utf-8").read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(art * (MB20 // len(art.encode()) + 1))


with tempfile.TemporaryDirectory() as tmp:
    for name, make in [("words", words_file), ("repeated", repeated_file)]:
        p = os.path.join(tmp, name + ".txt")
        make(p)
        for fmt in ["markdown", "json", "html"]:
            rc, out, err = run(["digest", "-f", fmt, "--max-document-bytes", "32M",
                                "--max-cluster-bytes", "32M", p], timeout=900)
            size = len(out.encode())
            print("%s 20 MB, %s: exit %d, digest %d bytes" % (name, fmt, rc, size))
            check(rc == 0, "%s %s exits 0 (%s)" % (name, fmt, err[-300:]))
            check(0 < size < LIMIT, "%s %s digest under 100 KB (%d bytes)" % (name, fmt, size))
    empty = os.path.join(tmp, "empty.txt")
    open(empty, "w").close()
    for args in [[empty], [os.path.join(tmp, "missing.txt")]]:
        rc, out, err = run(["digest"] + args)
        check(rc != 0 and out == "", "no stdout on failure for %s (exit %d, %d bytes)"
              % (os.path.basename(args[0]), rc, len(out)))
done()
