"""A small HTTP status page served from a background thread."""
import http.server
import json
import threading


def make_handler(state):
    class StatusHandler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = json.dumps(state).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

    return StatusHandler


def start_status_server(port, state):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), make_handler(state))
    threading.Thread(target=server.serve_forever, name="status", daemon=True).start()
    return server
