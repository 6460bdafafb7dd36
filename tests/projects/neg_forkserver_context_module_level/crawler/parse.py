"""Case neg_forkserver_context_module_level (expected: no finding).

rules.md, Sinks > Safe: "a call that uses a context from get_context("spawn") or
get_context("forkserver"), inline or through a name bound in the same function or at module
level". The caller crawler/spider.py starts threads and calls all three functions (evidence
flows here), but every sink uses a safe context: the module-level forkserver `_CTX` as
`mp_context=` and as `_CTX.Pool()`, and an inline `get_context("spawn").Process()`.
"""
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

_CTX = multiprocessing.get_context("forkserver")


def _parse(page):
    return page


def parse_pages(pages):
    with ProcessPoolExecutor(max_workers=2, mp_context=_CTX) as pool:
        return list(pool.map(_parse, pages))


def index_pages(pages):
    with _CTX.Pool(2) as pool:
        return pool.map(_parse, pages)


def spawn_indexer(path):
    proc = multiprocessing.get_context("spawn").Process(target=_parse, args=(path,))
    proc.start()
    return proc
