"""v7_threading_mixin_unix_process_subclass: local ThreadingMixIn server; local multiprocessing.Process subclass.

Clause: Evidence -- "a local class that derives from socketserver.ThreadingMixIn" (constructed in
serve()). Sink: "constructing a local subclass of multiprocessing.Process"; its
super().__init__(...) call is not a construction (readings.md 5).
Expected: FRK001 at Renderer(scene) in ControlHandler.handle().
"""
import multiprocessing
import os
import socketserver


class Renderer(multiprocessing.Process):
    def __init__(self, scene):
        super().__init__(daemon=True)
        self.scene = scene

    def run(self):
        with open(self.scene + ".out", "w") as fh:
            fh.write("rendered %s\n" % self.scene)


class ControlHandler(socketserver.StreamRequestHandler):
    def handle(self):
        scene = self.rfile.readline().strip().decode()
        job = Renderer(scene)  # error: FRK001:15
        job.start()
        self.wfile.write(b"started %d\n" % job.pid)


class ControlServer(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    daemon_threads = True


def serve(path="/tmp/render.sock"):
    if os.path.exists(path):
        os.unlink(path)
    with ControlServer(path, ControlHandler) as server:
        server.serve_forever()
