"""FRK003 for forking servers: a local ForkingMixIn class and `socketserver.ForkingUDPServer`.

Situation: an XML-RPC admin module defines a threading server class (local class deriving from
`socketserver.ThreadingMixIn`, constructed: thread evidence) and a forking one (local class
deriving from `ForkingMixIn`, imported under an alias), and also builds a stock
`ss.ForkingUDPServer`.

rules.md, Evidence: "it constructs a threading server: ... or a local class that derives from
`socketserver.ThreadingMixIn`". rules.md, Details: "`socketserver.ForkingMixIn` servers
(`ForkingTCPServer`, `ForkingUDPServer`, a local class deriving from `ForkingMixIn`) fork per
request: constructing one is a raw-fork sink." Codes: FRK003.

Expected: FRK003 at `ForkingXMLRPCServer(...)` and at `ss.ForkingUDPServer(...)`; the class
statements and the threading server are not findings.
"""
import socketserver as ss
from socketserver import ForkingMixIn as Forking
from xmlrpc.server import SimpleXMLRPCServer


class ThreadedXMLRPCServer(ss.ThreadingMixIn, SimpleXMLRPCServer):
    daemon_threads = True


class ForkingXMLRPCServer(Forking, SimpleXMLRPCServer):
    max_children = 8


def _status():
    return "ok"


def serve_status(port):
    server = ThreadedXMLRPCServer(("127.0.0.1", port), allow_none=True)
    server.register_function(_status, "status")
    return server


def serve_jobs(port):
    server = ForkingXMLRPCServer(("127.0.0.1", port), allow_none=True)  # error: FRK003:14
    server.register_function(len, "length")
    return server


def serve_syslog(port, handler):
    return ss.ForkingUDPServer(("", port), handler)  # error: FRK003:12
