"""Web front end: serves status on a threading HTTP server and submits render jobs."""
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from render import stages


class StatusHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.end_headers()


def serve(frames):
    server = ThreadingHTTPServer(("127.0.0.1", 8000), StatusHandler)
    stages.render_scene(frames)
    return server
