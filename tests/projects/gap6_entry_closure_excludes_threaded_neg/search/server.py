import http.server
import json

from search import shards


class StatusHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({"shards": shards.shard_count()}).encode()
        self.send_response(200)
        self.end_headers()
        self.wfile.write(body)


def serve(port):
    server = http.server.ThreadingHTTPServer(("", port), StatusHandler)
    server.serve_forever()


if __name__ == "__main__":
    serve(8700)
