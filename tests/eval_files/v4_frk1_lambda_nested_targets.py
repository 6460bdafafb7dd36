"""v4_frk1_lambda_nested_targets: unpicklable process targets and initializers (FRK101).

rules.md, FRK101: "a callable that cannot be pickled: a lambda, a function or class defined
inside a function ..., a bound method of such a class; passed as Process(target=),
initializer= of a pool or executor"; the finding "points at the offending expression".
The rules apply at default-method sites and explicit spawn contexts. The module also starts a
thread (``threading.Thread`` with a lambda target: threads are not pickled, no FRK101), so the
default-method sinks are FRK001 as well: "Where FRK101-FRK104 apply to a site, the FRK001 fix is
not applied there", the finding stays. ``functools.partial`` of a module-level function pickles.
Expected: FRK001+FRK101, FRK001+FRK101, FRK101 (spawn context), FRK001 (partial).
"""
import functools
import logging
import multiprocessing
import threading


def _watch(path):
    print("watching", path, flush=True)


def start_watcher(path):
    proc = multiprocessing.Process(target=lambda: _watch(path), daemon=True)  # error: FRK001:12, FRK101:43
    proc.start()
    return proc


def make_pool(level):
    def _init():
        logging.basicConfig(level=level)

    return multiprocessing.Pool(2, initializer=_init)  # error: FRK001:12, FRK101:48


def run_job(spec):
    class Job:
        def __init__(self, spec):
            self.spec = spec

        def run(self):
            _watch(self.spec)

    ctx = multiprocessing.get_context("spawn")
    proc = ctx.Process(target=Job(spec).run)  # error: FRK101:31
    proc.start()
    return proc


def start_watcher_partial(path):
    proc = multiprocessing.Process(target=functools.partial(_watch, path))  # error: FRK001:12
    proc.start()
    return proc


def start_local_thread(path):
    thread = threading.Thread(target=lambda: _watch(path), daemon=True)
    thread.start()
    return thread
