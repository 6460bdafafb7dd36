"""Safe: a forkserver context bound at module level with the `method=` keyword, and inline.

rules.md, "Safe": a context from get_context("forkserver") "inline or through a name bound ...
at module level"; "method= keyword forms of get_context ... are the same as the positional
ones"; a manager given that context as `ctx=` is not a default-method sink.
Evidence: `http.server.ThreadingHTTPServer` constructed.
Expected: no finding.
"""
import http.server
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.managers import BaseManager

_CTX = mp.get_context(method="forkserver")


class _Metrics(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.end_headers()


def serve_metrics(port=9100):
    server = http.server.ThreadingHTTPServer(("", port), _Metrics)
    server.serve_forever()


def _score(doc):
    return len(doc)


def score_all(docs):
    with _CTX.Pool() as pool:
        return pool.map(_score, docs)


def score_inline(docs):
    with mp.get_context("forkserver").Pool(2) as pool:
        return pool.map(_score, docs)


def score_executor(docs):
    with ProcessPoolExecutor(mp_context=_CTX) as ex:
        return list(ex.map(_score, docs))


def start_manager():
    manager = BaseManager(address=("127.0.0.1", 0), authkey=b"k", ctx=_CTX)
    manager.start()
    return manager
