"""v4_ev_main_guard_threadpool_start_methods: evidence only under the main guard; a stored fork
context; ``set_start_method`` forms.

rules.md, Evidence: "anywhere in it" includes code under ``if __name__ == "__main__":``
(``multiprocessing.pool.ThreadPool`` built there). Sinks, details: "A fork context is reported
once, at its get_context("fork") call: not again at ctx.Pool() or at
ProcessPoolExecutor(mp_context=ctx)"; "get_context(method="fork") is the same as the positional
form"; "set_start_method("fork") is reported, and default-method sinks in that module are still
reported too, whatever other set_start_method calls the module makes". Both
``set_start_method`` calls pass ``force=True`` (no FRK104). Expected: FRK002 at the module-level
``get_context``, FRK001 at the default ``Pool``, FRK002 at ``set_start_method("fork", ...)``.
"""
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.pool import ThreadPool

_FORK = multiprocessing.get_context(method="fork")  # error: FRK002:9


def _resize(path):
    return path.upper()


def _download(url):
    return url.rsplit("/", 1)[-1]


def resize_fast(paths):
    with _FORK.Pool(2) as pool:
        return pool.map(_resize, paths)


def resize_executor(paths):
    with ProcessPoolExecutor(max_workers=2, mp_context=_FORK) as ex:
        return list(ex.map(_resize, paths))


def resize_default(paths):
    with multiprocessing.Pool(2) as pool:  # error: FRK001:10
        return pool.map(_resize, paths)


def use_fast_start():
    multiprocessing.set_start_method("fork", force=True)  # error: FRK002:5


def use_safe_start():
    multiprocessing.set_start_method(method="spawn", force=True)


if __name__ == "__main__":
    with ThreadPool(4) as tp:
        files = tp.map(_download, sys.argv[1:])
    use_safe_start()
    print(resize_default(files))
