"""v4_frk1_lambda_nested_tasks_callbacks: unpicklable pool and executor tasks (FRK101).

rules.md, FRK101: a lambda or a function defined inside a function passed "as a pool / executor
task (map, submit, apply_async, imap, starmap, ...)" breaks "under every start method, fork
included (tasks always travel pickled)". Callbacks (``callback=``, ``error_callback=``,
``add_done_callback``) run in the parent and are not tasks. No thread evidence (so no FRK001).
Expected: four FRK101, at the lambda or the nested function's name.
"""
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def _square(n):
    return n * n


def squares(numbers):
    with multiprocessing.Pool(4) as pool:
        return pool.map(lambda n: n * n, numbers)  # error: FRK101:25


def scaled(values, factor):
    def scale(v):
        return v * factor

    with ProcessPoolExecutor() as ex:
        return list(ex.map(scale, values))  # error: FRK101:28


def pairs(items):
    def combine(a, b):
        return (a, b)

    ctx = multiprocessing.get_context("forkserver")
    with ctx.Pool(2) as pool:
        return pool.starmap(combine, items)  # error: FRK101:29


def first_big(numbers, limit):
    with ProcessPoolExecutor(max_workers=2) as ex:
        future = ex.submit(lambda: max(numbers) > limit)  # error: FRK101:28
        return future.result()


def collect(numbers):
    results = []
    with multiprocessing.Pool(2) as pool:
        for n in numbers:
            pool.apply_async(_square, (n,), callback=lambda r: results.append(r), error_callback=print)
        pool.close()
        pool.join()
    return results


def one(n):
    with ProcessPoolExecutor(max_workers=1) as ex:
        future = ex.submit(_square, n)
        future.add_done_callback(lambda f: print(f.result()))
        return future.result()
