"""Evidence: http.server.ThreadingHTTPServer constructed (rules.md Evidence bullet 5)."""
import json
from concurrent.futures import ProcessPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_EXECUTOR = ProcessPoolExecutor(max_workers=2)  # error: FRK001:13


def _render(report_id: str) -> bytes:
    return json.dumps({"id": report_id}).encode()


class ReportHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        body = _EXECUTOR.submit(_render, self.path.strip("/")).result()
        self.send_response(200)
        self.end_headers()
        self.wfile.write(body)


def serve(port: int = 8080) -> None:
    httpd = ThreadingHTTPServer(("", port), ReportHandler)
    httpd.serve_forever()
