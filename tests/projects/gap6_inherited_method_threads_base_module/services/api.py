"""gap6_inherited_method_threads_base_module.

Clause: "Functions and classes" -- "inherited project methods" and `obj = Cls(...)` then
`obj.method()` in the same scope; threads flow to the caller. ApiService subclasses
services.base.Service (another module) and does not override start_heartbeat(); serve()
builds one and calls the inherited method, whose body starts a threading.Timer. So this
module has thread evidence and the ProcessPoolExecutor in rebuild_index() is FRK001.
"""
from concurrent.futures import ProcessPoolExecutor

from services.base import Service


class ApiService(Service):
    def __init__(self, name, port):
        super().__init__(name)
        self.port = port

    def handle(self, query):
        return {"query": query, "service": self.name}


def index_segment(path):
    with open(path, "rb") as fh:
        return path, len(fh.read())


def rebuild_index(paths):
    with ProcessPoolExecutor() as executor:  # error: FRK001:10
        return dict(executor.map(index_segment, paths))


def serve(port, segments):
    svc = ApiService("api", port)
    svc.start_heartbeat()
    sizes = rebuild_index(segments)
    print(svc.handle("status"), len(sizes))
