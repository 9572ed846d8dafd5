"""`precis serve` against clients that read their answer slowly (a few
bytes a second through a 1 KiB receive buffer): they hold no thread of the
server, and a connection of theirs is given back within --timeout once the
socket's send buffer is full (libmicrohttpd finds it idle), so that after
that every other client is served again, while the slow clients go on
reading what the kernel keeps for them.  The figures of the bound are in
docs/operations.md ("Slow readers") and bench/serve_slow_readers.py; what
the server holds for them meanwhile (the answer each, not more: "What one
connection holds") is checked against its resident memory."""
import os
import random
import socket
import sys
import threading
import time

from serve_util import skip_without_server, Server
from util import CHECKED, check, done

skip_without_server()
if CHECKED or os.environ.get("PRECIS_SANITIZED"):
    # under a checker a 6 MB answer takes longer to make than --timeout,
    # and a request waiting for a worker meanwhile times out unanswered
    print("SKIP: the bound is one of time at full speed, not under a checker")
    sys.exit(77)

TIMEOUT = 3
CAP = 4
srv = Server(args=["--timeout", str(TIMEOUT), "--max-connections", str(CAP), "--threads", "2"])
rng = random.Random(3)
# an article of 6 MB: its answer is longer than a socket's send buffer takes
text = " ".join("".join(rng.choice("abcdefghij") for _ in range(7)) for _ in range(750000)) + "."
st, r = srv.json("POST", "/v1/articles", {"id": "long", "text": text})
check(st == 201, "the long article stored: %s %r" % (st, r))


def threads():
    with open("/proc/%d/status" % srv.proc.pid) as f:
        return int([ln for ln in f if ln.startswith("Threads:")][0].split()[1])


def rss_kib():
    with open("/proc/%d/status" % srv.proc.pid) as f:
        return int([ln for ln in f if ln.startswith("VmRSS:")][0].split()[1])


def status():
    try:
        st, hd, data = srv.request("GET", "/healthz", timeout=10)
        return st
    except OSError:
        return 0


got = []
first = []  # the status line each reader got
stop = threading.Event()


def slow_reader():
    for attempt in range(50):  # 503 busy while a closed connection is still counted
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1024)
        s.connect(("127.0.0.1", srv.port))
        s.sendall(b"GET /v1/articles/long HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        s.settimeout(30)
        try:
            b = s.recv(100)
        except OSError:
            b = b""
        if b" 503 " not in b.split(b"\r\n")[0]:
            break
        s.close()
        time.sleep(0.2)
    first.append(b.split(b"\r\n")[0])
    n = len(b)
    while b and not stop.is_set():
        time.sleep(0.25)
        try:
            b = s.recv(100)
        except OSError:
            break
        n += len(b)
    s.close()
    got.append(n)


st, hd, answer = srv.request("GET", "/v1/articles/long")  # its length, and malloc warmed
rss_before = rss_kib()
before = threads()
readers = [threading.Thread(target=slow_reader) for _ in range(CAP)]
for t in readers:
    t.start()
t0 = time.time()
while len(first) < CAP and time.time() - t0 < 30:
    time.sleep(0.05)
check(first == [b"HTTP/1.1 200 OK"] * CAP, "the slow readers are answered: %r" % first)
held = status()
during = threads()
rss_held = rss_kib()
t0 = time.time()
free = 0
while time.time() - t0 < 20 and free != 200:
    time.sleep(0.5)
    free = status()
stop.set()
for t in readers:
    t.join()
check(held == 503, "%d slow readers hold the %d connections at first: a new client "
      "gets %s" % (CAP, CAP, held))
check(free == 200, "their connections are given back (within %d s of --timeout %d and a full "
      "send buffer): a new client gets %s after %.1f s" % (20, TIMEOUT, free, time.time() - t0))
check(during == before, "no thread per slow reader: %d threads, %d before"
      % (during, before))
# docs/operations.md ("What one connection holds"): a connection holds the
# whole answer (about its length, not a copy per step) and 32 KiB of
# libmicrohttpd's; allowed here: twice the answer each, and 24 MiB for the
# allocator's own
grown = rss_held - rss_before
bound = CAP * (2 * len(answer) // 1024 + 32) + 24 * 1024
print("RSS %d KiB before, %d KiB while %d readers hold a %d-byte answer: +%d KiB (bound %d)"
      % (rss_before, rss_held, CAP, len(answer), grown, bound))
check(grown <= bound, "what %d slow readers cost the server: +%d KiB, at most %d KiB"
      % (CAP, grown, bound))
check(all(n > 0 for n in got) and all(n < len(text) for n in got),
      "the slow readers were still reading: %r bytes" % got)
code, err = srv.stop()
check(code == 0, "clean stop: %s %r" % (code, err[-300:]))
done()
