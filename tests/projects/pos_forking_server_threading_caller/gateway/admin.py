"""Admin side: a threading HTTP status server next to the public pre-fork server."""
import http.server

from gateway import servers


def serve(port):
    status = http.server.ThreadingHTTPServer(
        ("127.0.0.1", port + 1), http.server.BaseHTTPRequestHandler
    )
    public = servers.make_public(("0.0.0.0", port))
    return status, public
