"""v7_lock_try_else_rlock_forking_udp: RLock created in the `else:` clause of a module-level try.

Clause: Evidence -- module-level lock "also inside module-level ... try ... blocks" (every clause
of the try statement runs at import: here the else clause). Sinks: os.fork() and
socketserver.ForkingUDPServer (a ForkingMixIn server forks per request: raw-fork sink).
Expected: FRK003 at os.fork() in daemonize(); FRK003 at socketserver.ForkingUDPServer(...) in serve().
"""
import os
import socketserver
import sys
import threading

try:
    import resource
except ImportError:  # not available on Windows
    resource = None
    _LIMITS_LOCK = None
else:
    _LIMITS_LOCK = threading.RLock()


class SyslogHandler(socketserver.BaseRequestHandler):
    def handle(self):
        data, _sock = self.request
        sys.stdout.write(data.decode("utf-8", "replace"))


def raise_nofile(limit):
    if resource is None:
        return
    with _LIMITS_LOCK:
        _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(limit, hard), hard))


def daemonize():
    if os.fork():  # error: FRK003:8
        os._exit(0)
    os.setsid()


def serve(port):
    server = socketserver.ForkingUDPServer(("0.0.0.0", port), SyslogHandler)  # error: FRK003:14
    server.serve_forever()


if __name__ == "__main__":
    raise_nofile(4096)
    daemonize()
    serve(5140)
