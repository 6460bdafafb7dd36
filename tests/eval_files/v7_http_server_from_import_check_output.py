"""v7_http_server_from_import_check_output: ThreadingHTTPServer reached through `from http import server as httpserver`.

Clause: Evidence -- "it constructs a threading server: ... http.server.ThreadingHTTPServer";
names are resolved through imports whatever the spelling (like `from concurrent import futures`).
Sink: subprocess.check_output with preexec_fn= (not None).
Expected: FRK004 at subprocess.check_output(...) in StatusHandler.do_GET().
"""
import resource
import subprocess
from http import server as httpserver


def _limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (256 << 20, 256 << 20))


class StatusHandler(httpserver.BaseHTTPRequestHandler):
    def do_GET(self):
        out = subprocess.check_output(["uptime"], preexec_fn=_limit_memory)  # error: FRK004:15
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(out)


def serve(port=8080):
    httpd = httpserver.ThreadingHTTPServer(("127.0.0.1", port), StatusHandler)
    try:
        httpd.serve_forever()
    finally:
        httpd.server_close()


if __name__ == "__main__":
    serve()
