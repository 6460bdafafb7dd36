"""Case pos_default_context_callee.

rules.md, Sinks > Details: "`_CTX = mp.get_context()` at module level makes every `_CTX.Pool()`
/ `_CTX.Process()` / `_CTX.Manager()` a default-method sink, reported at each such call", and
`ProcessPoolExecutor(mp_context=get_context())` is "one finding, at the `ProcessPoolExecutor`
call". reports/builder.py builds a `multiprocessing.pool.ThreadPool` (thread evidence) and calls
all three functions ("evidence flows to the callee"): three FRK001. The module-level
`get_context()` call itself is not a finding.
"""
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

_CTX = multiprocessing.get_context()


def _render(page):
    return page


def render_pages(pages):
    with _CTX.Pool(2) as pool:  # error: FRK001:10
        return pool.map(_render, pages)


def render_cover(title):
    proc = _CTX.Process(target=_render, args=(title,))  # error: FRK001:12
    proc.start()
    proc.join()


def render_index(pages):
    with ProcessPoolExecutor(mp_context=multiprocessing.get_context()) as pool:  # error: FRK001:10
        return list(pool.map(_render, pages))
