"""AMBIGUOUS (see README): the only evidence is a local subclass of socketserver.ThreadingTCPServer (ThreadingMixIn only indirectly); a local subclass of ForkingTCPServer (ForkingMixIn only indirectly) is constructed. Labelled: evidence, and a FRK003 sink."""
import multiprocessing
import socketserver


class ApiHandler(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(b"ok\n")


class ApiServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


class PreforkApiServer(socketserver.ForkingTCPServer):
    max_children = 8


def serve(port: int, prefork: bool):
    if prefork:
        server = PreforkApiServer(("", port), ApiHandler)  # error: FRK003:18
    else:
        server = ApiServer(("", port), ApiHandler)
    server.serve_forever()


def warm_cache(keys):
    with multiprocessing.Pool(2) as pool:  # error: FRK001:10
        return pool.map(str, keys)
