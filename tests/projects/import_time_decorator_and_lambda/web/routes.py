"""Route table: a decorator argument builds the health-check executor at import time."""
from concurrent.futures import ThreadPoolExecutor

ROUTES = {}


def route(path, executor=None):
    def register(func):
        ROUTES[path] = (func, executor)
        return func

    return register


@route("/health", executor=ThreadPoolExecutor(max_workers=1))
def health():
    return "ok"
