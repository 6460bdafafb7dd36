"""Case callee_relative_reexport (the sink side).

rules.md, Across modules > evidence flows to the callee, and relative imports: the package
re-exports run_all() (`from .jobs import run_all` in app/__init__.py); app/web/handlers.py, a
module that starts threads, calls it as `from .. import run_all`, which names neither `app`
nor `jobs`. The pool is reported here.
"""
from concurrent.futures import ProcessPoolExecutor


def run_all(items):
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        return list(pool.map(abs, items))
