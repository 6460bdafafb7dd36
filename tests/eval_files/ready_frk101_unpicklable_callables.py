"""FRK101: callables that cannot be pickled, passed where the child needs them.

rules.md, "Spawn and forkserver readiness (FRK1xx)": FRK101 is "a lambda, a function or class
defined inside a function ..., a bound method of such a class; passed as Process(target=),
initializer= of a pool or executor, or as a pool / executor task (map, submit, ...)"; the finding
points at the offending expression (the lambda, or the argument naming the local callable).
It applies at default-method sites, at an explicit spawn context, and for tasks everywhere.
The module has no thread evidence, so no FRK001.  Module-level functions and a
`functools.partial` of one pickle fine (run_picklable()).
Expected: FRK101 at each marked lambda / local callable; nothing else.
"""
import functools
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def scale(x, factor=2):
    return x * factor


def _announce():
    print("worker up")


def run_lambda_target():
    proc = multiprocessing.Process(target=lambda: scale(3))  # error: FRK101:43
    proc.start()
    proc.join()


def run_local_task(values):
    def double(x):
        return 2 * x

    with multiprocessing.Pool(2) as pool:
        return pool.map(double, values)  # error: FRK101:25


def run_local_class():
    class Job:
        def run(self):
            print("job")

    proc = multiprocessing.Process(target=Job().run)  # error: FRK101:43
    proc.start()


def run_executor(values):
    with ProcessPoolExecutor(max_workers=2, initializer=lambda: _announce()) as ex:  # error: FRK101:57
        first = ex.submit(lambda: scale(values[0]))  # error: FRK101:27
        return first.result(), list(ex.map(scale, values))


def run_spawn():
    ctx = multiprocessing.get_context("spawn")
    proc = ctx.Process(target=lambda: None)  # error: FRK101:31
    proc.start()


def run_picklable(values):
    with multiprocessing.Pool(2, initializer=_announce) as pool:
        tripled = pool.map(functools.partial(scale, factor=3), values)
    proc = multiprocessing.Process(target=scale, args=(4,))
    proc.start()
    return tripled
