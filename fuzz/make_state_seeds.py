#!/usr/bin/env python3
"""Seeds for the `state` fuzz target (fuzz/corpus/state/), made with the
program itself: `precis cluster --state` saves a few small feeds, and each
state's term statistics are cut to the first few entries.

Why cut: a new stream starts with the built-in prior document frequencies,
about 7,700 counters, so every real state is over 60 KB while fuzz/run.sh
gives libFuzzer -max_len=8192.  The fuzzer cut such a seed to its first
8 KB, inside the statistics, and every input it made from it was refused
as "truncated" before a story was read (session 40: 129 edges).  The
loader takes any number of saved counters (the others are zero), so a
state with 16 of them is a state it must load; cut so, the seeds are
1-3 KB and reach the stories, their members, kept articles, the heap and
the index lists.  The checksum is made right again (the harness rewrites
it anyway, but the seeds stay states `precis cluster --state` loads).

    fuzz/make_state_seeds.py build/precis fuzz/corpus/state
"""
import os
import struct
import subprocess
import sys
import tempfile

MASK = (1 << 64) - 1
SUM_SEED = 0x5355  # ST_SAVE_SUM_SEED (src/stories/stories.h)
KEEP_DF = 16


def mix64(x):
    x ^= x >> 30
    x = (x * 0xBF58476D1CE4E5B9) & MASK
    x ^= x >> 27
    x = (x * 0x94D049BB133111EB) & MASK
    x ^= x >> 31
    return x


def hash64(data, seed):
    """pc_hash64 (src/util/hash.h)."""
    n = len(data)
    h = mix64(seed ^ ((n * 0x9E3779B97F4A7C15) & MASK))
    i = 0
    while True:
        k = min(8, n - i)
        h = mix64(h ^ int.from_bytes(data[i:i + k], "little"))
        if n - i <= 8:
            return h
        i += 8


def cut_df(state):
    """The state with its term statistics cut to KEEP_DF counters."""
    assert state[:8] == b"PRCSSTRM" and struct.unpack_from("<I", state, 8)[0] == 3
    # magic, version; threshold, window, max open, max articles; keep_text;
    # max article bytes, next id, articles, now; have_time; jump_t; jump_n;
    # documents: then the number of counters
    at = 8 + 4 + 8 * 4 + 4 + 8 * 4 + 4 + 8 + 4 + 8
    nz = struct.unpack_from("<Q", state, at)[0]
    keep = min(nz, KEEP_DF)
    body = (state[:at] + struct.pack("<Q", keep) + state[at + 8:at + 8 + 8 * keep]
            + state[at + 8 + 8 * nz:-8])
    return body + struct.pack("<Q", hash64(body, SUM_SEED))


def line(i, date, text, **more):
    import json

    return json.dumps(dict(id=f"a{i}", date=date, text=text, **more))


KELDAR = ["Mount Keldar erupted on Monday. Ash closed the airport in the capital.",
          "Ash from Mount Keldar closed the airport again on Tuesday, officials said.",
          "Schools near Mount Keldar stayed shut as the eruption went on."]
BRIDGE = ["The city council voted to rebuild the old bridge over the river.",
          "Council workers began to rebuild the old river bridge in June."]

FEEDS = {
    "one": ([line(1, "2026-03-02", KELDAR[0], title="Keldar erupts", source="AP",
                  url="https://example.com/1")], []),
    "two-stories": ([line(1, "2026-03-02", KELDAR[0]), line(2, "2026-03-03", KELDAR[1]),
                     line(3, "2026-03-04", BRIDGE[0])], []),
    "no-text": ([line(1, "2026-03-02", KELDAR[0]), line(2, "2026-03-03", KELDAR[1]),
                 line(3, "2026-03-04", BRIDGE[0])], ["--no-text"]),
    "ring": ([line(i, "2026-03-%02d" % (2 + i), KELDAR[i % 3] + " Day %d." % i)
              for i in range(8)], []),
    "jump": ([line(1, "2026-03-02", KELDAR[0]), line(2, "2026-03-03", BRIDGE[0]),
              line(3, "2026-09-20", BRIDGE[1])], ["--window", "30"]),
    "no-date": ([line(1, None, KELDAR[0]), line(2, None, BRIDGE[0])], []),
}


def main():
    precis, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, (lines, flags) in FEEDS.items():
            path = os.path.join(tmp, name)
            feed = "".join(l.replace('"date": null, ', "") + "\n" for l in lines)
            subprocess.run([precis, "cluster", "--state", path] + flags, input=feed.encode(),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            with open(path, "rb") as f:
                state = cut_df(f.read())
            with open(os.path.join(out, name), "wb") as f:
                f.write(state)
            print(f"{name}: {len(state)} bytes")


if __name__ == "__main__":
    main()
