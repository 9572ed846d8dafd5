#!/usr/bin/env python3
"""What clients that read their answer slowly cost `precis serve`, and for
how long.  Prints a Markdown report; never fails a build.

    bench/serve_slow_readers.py [--readers N] [--seconds S] [--kib K] [--timeout T]
                                [--rate B] [--rcvbuf R]

PRECIS=path (default build/precis).  The server runs with --timeout T
(default 10) and --max-connections N; one article of about K KiB (default
8000: an answer longer than the kernel takes into a socket at once) is stored,
then N clients (default 40) each ask for it (GET /v1/articles/{id}) with a
receive buffer of R bytes (default 1024) and read B/2 bytes every half
second (default B 200: 100 bytes).  A reader fast enough to keep its
connection (--rate 65536 --rcvbuf 65536) shows how long the server holds
an answer for a reader that goes on reading.
Every few seconds: the server's resident memory and threads, the server's
sockets of the port still established or closing (ss), the bytes
they hold unsent, and the status a fresh client gets.  Another answer of
the same size at full speed is the peer row (how long a fast reader
takes)."""
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
import http.client

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
precis = os.path.abspath(os.environ.get("PRECIS", os.path.join(root, "build", "precis")))
readers = int(sys.argv[sys.argv.index("--readers") + 1]) if "--readers" in sys.argv else 40
seconds = float(sys.argv[sys.argv.index("--seconds") + 1]) if "--seconds" in sys.argv else 30
kib = int(sys.argv[sys.argv.index("--kib") + 1]) if "--kib" in sys.argv else 8000
timeout = int(sys.argv[sys.argv.index("--timeout") + 1]) if "--timeout" in sys.argv else 10
rate = int(sys.argv[sys.argv.index("--rate") + 1]) if "--rate" in sys.argv else 200
rcvbuf = int(sys.argv[sys.argv.index("--rcvbuf") + 1]) if "--rcvbuf" in sys.argv else 1024

tmp = tempfile.mkdtemp(prefix="precis-bench-slow-")
proc = subprocess.Popen([precis, "serve", "--listen", "127.0.0.1:0", "--db",
                         os.path.join(tmp, "s.db"), "--timeout", str(timeout), "--max-connections",
                         str(readers), "--threads", "2"],
                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
line = proc.stdout.readline().decode()
port = int(line.split("127.0.0.1:")[1].split("/")[0])
rng = random.Random(1)
text = " ".join("".join(rng.choice("abcdefghij") for _ in range(7))
                for _ in range(kib * 1024 // 8)) + "."
c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
c.request("POST", "/v1/articles", json.dumps({"id": "big", "text": text}))
c.getresponse().read()


def status(path="/healthz"):
    try:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        c.request("GET", path)
        r = c.getresponse()
        n = len(r.read())
        return r.status, n
    except OSError as e:
        return type(e).__name__, 0


t = time.time()
st, size = status("/v1/articles/big")
fast = time.time() - t
closed_at = []
lock = threading.Lock()


def slow_reader():
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
    s.connect(("127.0.0.1", port))
    s.sendall(b"GET /v1/articles/big HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    t0 = time.time()
    got = 0
    s.settimeout(10)
    while time.time() - t0 < seconds + 5:
        try:
            b = s.recv(max(1, rate // 2), socket.MSG_WAITALL)
        except OSError:
            b = b""
        if not b:
            break
        got += len(b)
        time.sleep(0.5)
    with lock:
        closed_at.append((time.time() - t0, got))
    s.close()


def proc_status(field):
    with open("/proc/%d/status" % proc.pid) as f:
        for ln in f:
            if ln.startswith(field + ":"):
                return ln.split()[1]
    return "?"


def sockets():
    """The server's sockets of the port: held open (ESTAB: libmicrohttpd
    still has the connection) and closed by it with bytes still unsent
    (FIN-WAIT: the kernel's), and the bytes they hold unsent."""
    out = subprocess.run(["ss", "-tanH", "sport = :%d" % port], capture_output=True,
                         text=True).stdout.splitlines()
    rows = [ln.split() for ln in out if len(ln.split()) > 3 and ln.split()[0] != "LISTEN"]
    held = sum(1 for r in rows if r[0] == "ESTAB")
    closing = sum(1 for r in rows if r[0].startswith("FIN-WAIT"))
    return "%d / %d" % (held, closing), sum(int(r[2]) for r in rows)


print("# Slow readers of `precis serve` (%s)\n" % os.path.basename(precis))
print("answer %d bytes, %d slow readers at %d B/s (receive buffer %d), --timeout %d, "
      "--max-connections %d; a fast reader takes it in %.3f s (status %s)\n"
      % (size, readers, rate, rcvbuf, timeout, readers, fast, st))
print("| s | RSS KiB | threads | sockets held / closing | unsent bytes | a new client |")
print("|---|---|---|---|---|---|")
print("| before | %s | %s | %s | %d | %s |" % ((proc_status("VmRSS"), proc_status("Threads"))
                                               + sockets() + (status()[0],)))
threads = [threading.Thread(target=slow_reader) for _ in range(readers)]
for th in threads:
    th.start()
t0 = time.time()
for mark in (2, 5, 10, 20, 30, 45, 60, 75, 90, 120):
    if mark > seconds:
        break
    time.sleep(max(0, t0 + mark - time.time()))
    print("| %d | %s | %s | %s | %d | %s |" % ((mark, proc_status("VmRSS"), proc_status("Threads"))
                                               + sockets() + (status()[0],)))
for th in threads:
    th.join()
early = [a for a in closed_at if a[0] < seconds]
print("\n%d of %d slow readers were closed by the server before %g s (after %s s, %s bytes "
      "read); the others were still reading" % (
          len(early), readers, seconds,
          "%.1f-%.1f" % (min(a[0] for a in early), max(a[0] for a in early)) if early else "-",
          "%d-%d" % (min(a[1] for a in early), max(a[1] for a in early)) if early else "-"))
proc.terminate()
proc.wait(30)
