"""v4_frk1_guarded_start_method_fork_context: forms FRK104 and FRK101 leave alone, and one they do not.

rules.md, FRK104 exempts an import-time ``set_start_method`` "inside try: ... except
RuntimeError". With ``forkserver`` set, the default sites are safe (no FRK001) but spawn-ready
rules apply to them: a nested function as ``Process(target=)`` is FRK101. "An explicit
get_context("fork") site is left to FRK002": the lambda target of a fork-context ``Process`` is
not FRK101 (a target is not a task); the module has thread evidence (``ThreadPoolExecutor``),
so the fork context is FRK002. Expected: FRK101 at ``_child``, FRK002 at ``get_context("fork")``.
"""
import multiprocessing
from concurrent.futures import ThreadPoolExecutor
from urllib.request import urlopen

try:
    multiprocessing.set_start_method("forkserver")
except RuntimeError:
    pass


def _fetch(url):
    with urlopen(url) as resp:
        return resp.read()


def fetch_all(urls):
    with ThreadPoolExecutor(8) as tp:
        return list(tp.map(_fetch, urls))


def launch(url):
    def _child():
        _fetch(url)

    proc = multiprocessing.Process(target=_child)  # error: FRK101:43
    proc.start()
    return proc


def launch_forked(url):
    ctx = multiprocessing.get_context("fork")  # error: FRK002:11
    proc = ctx.Process(target=lambda: _fetch(url))
    proc.start()
    return proc
