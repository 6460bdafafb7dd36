"""v4_ev_threading_mixin_forking_servers: a local ``ThreadingMixIn`` server and forking servers.

rules.md, Evidence: constructing "a local class that derives from socketserver.ThreadingMixIn"
(``_StatusServer``). Sinks, details: "socketserver.ForkingMixIn servers (ForkingTCPServer,
ForkingUDPServer, a local class deriving from ForkingMixIn) fork per request: constructing one
is a raw-fork sink" (FRK003). Defining ``_LegacyUDPServer`` is not a finding; constructing it
is. Expected: two FRK003.
"""
import http.server
import socketserver


class _StatusHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok\n")


class _StatusServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


class _EchoHandler(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.readline())


class _DatagramEcho(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read())


class _LegacyUDPServer(socketserver.ForkingMixIn, socketserver.UDPServer):
    max_children = 8


def status_server(port):
    return _StatusServer(("127.0.0.1", port), _StatusHandler)


def echo_server(port):
    return socketserver.ForkingTCPServer(("0.0.0.0", port), _EchoHandler)  # error: FRK003:12


def legacy_server(port):
    server = _LegacyUDPServer(("0.0.0.0", port), _DatagramEcho)  # error: FRK003:14
    server.allow_reuse_address = True
    return server
