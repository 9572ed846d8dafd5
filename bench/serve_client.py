"""What the server's benchmarks share: one HTTP request to a local server,
and a field of /proc/PID/io or /proc/PID/status."""
import http.client


def request(port, method, path, body=None, headers=None):
    """(status, body bytes) of one request on a connection of its own."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    conn.request(method, path, body=body,
                 headers=headers or ({"Content-Type": "application/json"} if body else {}))
    r = conn.getresponse()
    out = r.read()
    conn.close()
    return r.status, out


def proc_field(pid, name, key):
    """The number after `key:` in /proc/PID/name (0 when absent)."""
    with open("/proc/%d/%s" % (pid, name)) as f:
        for ln in f:
            if ln.startswith(key + ":"):
                return int(ln.split()[1])
    return 0
