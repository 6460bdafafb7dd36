"""v8_barrier_decorator_forking_server_alias.

rules.md, "Evidence": a module-level lock created in a decorator argument of a module-level
definition (`@with_barrier(threading.Barrier(2))` runs at import time). "Sinks" details:
socketserver.ForkingMixIn servers fork per request; constructing one is a raw-fork sink:
a local class deriving from ForkingMixIn imported as
`from socketserver import ForkingMixIn as _Forking`, and socketserver.ForkingTCPServer in a
`with` block.
Expected: two FRK003.
"""
import socketserver
import threading
from socketserver import ForkingMixIn as _Forking
from socketserver import UnixStreamServer


def with_barrier(barrier):
    def wrap(fn):
        fn.barrier = barrier
        return fn
    return wrap


@with_barrier(threading.Barrier(2))
def rendezvous():
    rendezvous.barrier.wait()


class EchoHandler(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.readline())


class PreforkUnixServer(_Forking, UnixStreamServer):
    max_children = 8


def serve_unix(path):
    server = PreforkUnixServer(path, EchoHandler)  # error: FRK003:14
    with server:
        server.serve_forever()


def serve_tcp(port):
    with socketserver.ForkingTCPServer(("127.0.0.1", port), EchoHandler) as server:  # error: FRK003:10
        server.serve_forever()


def main():
    serve_tcp(8000)
    serve_unix("/tmp/echo.sock")


if __name__ == "__main__":
    main()
