"""pos_forking_server_threading_caller.

Clauses: Sinks, raw fork ("a `socketserver` forking server": `ForkingUDPServer`, "a local class
deriving from `ForkingMixIn`"), with Evidence ("a threading server:
`http.server.ThreadingHTTPServer`") flowing to the callee ("a sink inside a project function is
judged with the evidence of every module that calls that function").

- make_public() is called by admin.serve(), whose module builds a ThreadingHTTPServer: FRK003 at
  the PreforkServer construction.
- make_debug() is called only by tools.py (no threads): no finding.
"""
import socketserver


class EchoHandler(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.sendall(b"ok\n")


class PreforkServer(socketserver.ForkingMixIn, socketserver.TCPServer):
    allow_reuse_address = True
    max_children = 16


def make_public(address):
    return PreforkServer(address, EchoHandler)  # error: FRK003:12


def make_debug(address):
    return socketserver.ForkingUDPServer(address, EchoHandler)
