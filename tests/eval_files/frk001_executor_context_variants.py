"""FRK001: ProcessPoolExecutor with no context, `mp_context=None`, or a default context.

rules.md, "Sinks": `ProcessPoolExecutor(...)` (also `concurrent.futures.process.ProcessPoolExecutor`)
"without mp_context, with mp_context=None, or with a default context (mp_context=get_context():
one finding, at the ProcessPoolExecutor call)"; `get_context(None)` is a default context too, and
"method= keyword forms of get_context ... are the same as the positional ones".
"Safe": `mp_context=get_context("spawn")` and `get_context(method="forkserver")`.
Evidence: `cf.ThreadPoolExecutor` through `import concurrent.futures as cf`.
Expected: FRK001 at the five unsafe executor constructions (at `cf.`, never at the inner
`get_context` call); the spawn and forkserver executors are silent.
"""
import concurrent.futures as cf
import multiprocessing
from multiprocessing import get_context


def watcher():
    return cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix="watch")


def executor_for(kind, workers=2):
    if kind == "default":
        return cf.ProcessPoolExecutor()  # error: FRK001:16
    if kind == "none":
        return cf.ProcessPoolExecutor(max_workers=workers, mp_context=None)  # error: FRK001:16
    if kind == "inherit":
        return cf.ProcessPoolExecutor(mp_context=multiprocessing.get_context())  # error: FRK001:16
    if kind == "inherit-none":
        return cf.ProcessPoolExecutor(mp_context=get_context(None))  # error: FRK001:16
    if kind == "inherit-keyword":
        return cf.process.ProcessPoolExecutor(mp_context=get_context(method=None))  # error: FRK001:16
    if kind == "spawn":
        return cf.ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"))
    return cf.ProcessPoolExecutor(mp_context=multiprocessing.get_context(method="forkserver"))
