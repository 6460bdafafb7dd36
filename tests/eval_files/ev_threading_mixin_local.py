"""Evidence: a local class deriving socketserver.ThreadingMixIn, constructed (rules.md Evidence bullet 5)."""
import os
import socketserver
from xmlrpc.server import SimpleXMLRPCServer


class ThreadedXMLRPCServer(socketserver.ThreadingMixIn, SimpleXMLRPCServer):
    daemon_threads = True


def build_server(port: int) -> ThreadedXMLRPCServer:
    server = ThreadedXMLRPCServer(("127.0.0.1", port), allow_none=True)
    server.register_function(os.getpid, "pid")
    server.register_function(restart_worker, "restart_worker")
    return server


def restart_worker() -> int:
    child = os.fork()  # error: FRK003:13
    if child == 0:
        os.execv("/usr/local/bin/worker", ["worker"])
    return child
