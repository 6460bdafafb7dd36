"""FRK003: ForkingTCPServer, ForkingUDPServer and a local class deriving from ForkingMixIn are raw-fork sinks when constructed (not when merely defined); the ThreadingTCPServer supplies the evidence (rules.md sink table details, last bullet)."""
import socketserver
from socketserver import ForkingMixIn, ForkingUDPServer, TCPServer


class EchoHandler(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.readline())


class SyslogHandler(socketserver.DatagramRequestHandler):
    def handle(self):
        print(self.rfile.read())


class PreforkEchoServer(ForkingMixIn, TCPServer):
    allow_reuse_address = True
    max_children = 20


class UnusedForkingServer(socketserver.ForkingMixIn, socketserver.UDPServer):
    pass


def make_server(mode: str, port: int):
    if mode == "thread":
        return socketserver.ThreadingTCPServer(("", port), EchoHandler)
    if mode == "fork":
        return socketserver.ForkingTCPServer(("", port), EchoHandler)  # error: FRK003:16
    return PreforkEchoServer(("", port), EchoHandler)  # error: FRK003:12


def serve_syslog(port: int = 5140) -> None:
    with ForkingUDPServer(("", port), SyslogHandler) as server:  # error: FRK003:10
        server.serve_forever()
