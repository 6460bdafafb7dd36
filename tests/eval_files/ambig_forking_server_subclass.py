"""Ambiguous: forking servers reached through subclassing.

rules.md, "Details": "socketserver.ForkingMixIn servers (ForkingTCPServer, ForkingUDPServer, a
local class deriving from ForkingMixIn) fork per request: constructing one is a raw-fork sink."
It does not say whether "deriving from" is direct only.  Reading chosen: it is transitive, as
"any depth" is for Thread and Process subclasses: a local subclass of
`socketserver.ForkingTCPServer` and a local subclass of a local ForkingMixIn class are forking
servers, and constructing either is FRK003 (at the construction).
Evidence: a local `ThreadingMixIn` server class, constructed in serve_status().
Expected: FRK003 at `AuditServer(` and at `PreforkHTTP(`; the ThreadingMixIn server is evidence
only.
"""
import socketserver


class _Handler(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.readline())


class _ThreadedStatus(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True


class AuditServer(socketserver.ForkingTCPServer):
    allow_reuse_address = True


class _ForkingBase(socketserver.ForkingMixIn, socketserver.TCPServer):
    max_children = 8


class PreforkHTTP(_ForkingBase):
    pass


def serve_status(port):
    with _ThreadedStatus(("127.0.0.1", port), _Handler) as server:
        server.serve_forever()


def serve_audit(port):
    with AuditServer(("127.0.0.1", port), _Handler) as server:  # error: FRK003:10
        server.serve_forever()


def serve_http(port):
    server = PreforkHTTP(("127.0.0.1", port), _Handler)  # error: FRK003:14
    server.serve_forever()
