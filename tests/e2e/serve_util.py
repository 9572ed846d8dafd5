"""Helpers for the tests of `precis serve`: start a server on a free port of
127.0.0.1 with its own store, talk to it with the standard library only."""
import http.client
import json
import os
import select
import signal
import subprocess
import sys
import random
import tempfile
import time

from util import PRECIS, SRC, WRAPPER, _CHECKER_ERRORS, check


# Seconds a server gets to start and to stop: under valgrind, which follows
# `precis serve` into precis-serve (--trace-children), a start took 11 to
# 23 s on 2 shared cores (session 28).
WAIT = 180 if WRAPPER else 30


def skip_without_server():
    """Exit with CTest's skip status (77) when precis was built without the
    server (libmicrohttpd or SQLite missing)."""
    from util import run
    rc, _out, err = run(["serve", "--help"])
    if rc != 0 and "not built" in err:
        print("SKIP: precis built without the server (libmicrohttpd/SQLite missing)")
        sys.exit(77)


def faultio_shim():
    """The fault injector tests/faultio builds beside precis, to preload into
    the server; exits with CTest's skip status (77) where it cannot be
    preloaded.  ASan's runtime must come first among the libraries loaded,
    and valgrind's preloads are its own (TSan takes one more: under
    check-tsan the tests that fail the store's disk run, the recovery being
    threaded code)."""
    shim = os.path.join(os.path.dirname(os.path.abspath(PRECIS)), "faultio.so")
    if (WRAPPER or os.environ.get("PRECIS_SANITIZED", "thread") != "thread"
            or not os.path.exists(shim)):
        print("SKIP: no LD_PRELOAD under ASan or valgrind, or %s not built" % shim)
        sys.exit(77)
    return shim


def faulty_server(prefix, args=()):
    """A server on a store whose disk fails (EIO on every read and write,
    tests/faultio) while the returned flag file exists: (server, flag, db).
    Skips as faultio_shim does."""
    shim = faultio_shim()
    tmp = tempfile.mkdtemp(prefix=prefix)
    flag = os.path.join(tmp, "disk-fails")
    db = os.path.join(tmp, "store.db")
    env = dict(os.environ, LD_PRELOAD=shim, FAULTIO_FLAG=flag, FAULTIO_UNDER=db)
    return Server(db=db, env=env, args=args), flag, db


def metrics(srv):
    """/metrics of srv as {series: value}."""
    st, hd, data = srv.request("GET", "/metrics")
    out = {}
    for line in data.decode().splitlines():
        if line and not line.startswith("#"):
            k, v = line.rsplit(" ", 1)
            out[k] = float(v)
    return out


class Server:
    def __init__(self, db=None, args=(), env=None, preexec=None):
        self.tmp = tempfile.mkdtemp(prefix="precis-serve-")
        self.db = db or os.path.join(self.tmp, "store.db")
        self.args = list(args)
        self.env = env
        self.preexec = preexec
        self.proc = None
        self.port = None
        self.start()

    def start(self):
        cmd = WRAPPER + [PRECIS, "serve", "--listen", "127.0.0.1:0", "--db", self.db] + self.args
        self.errpath = os.path.join(self.tmp, "stderr.log")
        with open(self.errpath, "ab") as errf:
            self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=errf, env=self.env,
                                         preexec_fn=self.preexec)
        t0 = time.time()
        line = b""
        while time.time() - t0 < WAIT:
            r, _, _ = select.select([self.proc.stdout], [], [], 0.5)
            if r:
                line = self.proc.stdout.readline()
                break
            if self.proc.poll() is not None:
                break
        self.start_seconds = time.time() - t0
        text = line.decode()
        if "listening on http://127.0.0.1:" not in text:
            err = self.stderr()
            raise RuntimeError("server did not start: %r %s" % (text, err))
        self.port = int(text.split("127.0.0.1:")[1].split("/")[0])

    def request(self, method, path, body=None, headers=None, timeout=60):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        if isinstance(body, str):
            body = body.encode()
        if isinstance(body, (dict, list)):
            body = json.dumps(body).encode()
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        data = resp.read()
        conn.close()
        return resp.status, dict((k.lower(), v) for k, v in resp.getheaders()), data

    def json(self, method, path, body=None, headers=None):
        st, hd, data = self.request(method, path, body, headers)
        try:
            return st, json.loads(data.decode())
        except ValueError:
            return st, {"_raw": data[:300]}

    def kill(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def stop(self):
        """SIGTERM, then the exit status and stderr."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(WAIT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            check(False, "server stopped within %d s of SIGTERM" % WAIT)
        err = self.stderr()
        bad = [e for e in _CHECKER_ERRORS if e in err]
        check(not bad, "memory checker clean for the server: %s" % err[-2000:])
        return self.proc.returncode, err

    def stderr(self):
        with open(self.errpath, "rb") as f:
            return f.read().decode(errors="replace")


sys.path.insert(0, os.path.join(SRC, "tools"))
from serve_examples import example_articles  # noqa: E402


def read_example_articles():
    """The bundled examples as articles: one per file of each examples/*/ folder."""
    return example_articles(SRC)


# ---- a story with more quotes, dates and names than a bounded digest shows --

LAST = ["Berg", "Lind", "Holm", "Dahl", "Strand", "Nygaard", "Moen", "Lunde", "Aas", "Vik",
        "Solberg", "Haugen", "Bakke", "Eide", "Foss", "Grande", "Hagen", "Jensen", "Karlsen",
        "Larsen", "Myhre", "Nilsen", "Olsen", "Pettersen", "Quist", "Rud", "Sande", "Thorsen",
        "Ulven", "Vang", "Wold", "Aune", "Brekke", "Dale", "Engen", "Fjeld", "Gjerde", "Hovland",
        "Isaksen", "Kvam"]
FIRST = ["Anna", "Jonas", "Maria", "Peter", "Ingrid", "Lars", "Sofia", "Erik", "Clara", "Henrik"]
VOCAB = ("river harbour ferry winter storm council budget tunnel station signal engineer "
         "weather morning evening traffic freight passenger timetable concrete steel paint "
         "inspection contract ministry village school market hospital airport highway canal "
         "lighthouse orchard quarry factory museum library stadium garden forest valley").split()
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def many_items_article(n=40):
    """One article on the Halden bridge with n quotes of n named people and n dated
    events: more than a bounded digest's 25 of each."""
    rng = random.Random(7)
    paras = ["Crews finished repairs to the Halden rail bridge on Thursday, two weeks after a "
             "barge struck one of its piers, the rail operator said."]
    for k in range(n):
        who = "%s %s" % (FIRST[k % len(FIRST)], LAST[k])
        w = rng.sample(VOCAB, 6)
        paras.append('"Our %s and the %s matter more than the %s, and the %s will follow the %s '
                     'by %s," said %s, who spoke for the works.' % (tuple(w) + (who,)))
        paras.append("On %d %s 2031, %s replaced the %s near the %s."
                     % (1 + k % 28, MONTHS[k % 12], who, w[0], w[1]))
    return "\n\n".join(paras)
