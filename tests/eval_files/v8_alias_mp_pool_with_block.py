"""v8_alias_mp_pool_with_block.

rules.md, "Sinks" (default start method: multiprocessing.Pool, Process, Manager) and
"Evidence" (a module-level threading.RLock; names resolved through `import ... as`).
`import multiprocessing as mp` and `import threading as th` are plain aliases. `th.RLock()` at
module level is thread evidence. A Pool or Manager opened as a context manager is still a call
to that constructor, so each one is reported at the constructor call inside the `with` item.
Expected: three FRK001 (mp.Pool, mp.Manager, mp.Process).
"""
import multiprocessing as mp
import threading as th

_CACHE_LOCK = th.RLock()
_CACHE = {}


def square(n):
    return n * n


def remember(key, value):
    with _CACHE_LOCK:
        _CACHE[key] = value


def compute_squares(items):
    with mp.Pool(processes=4) as pool:  # error: FRK001:10
        results = pool.map(square, items)
    for item, result in zip(items, results):
        remember(item, result)
    return results


def shared_counter():
    with mp.Manager() as manager:  # error: FRK001:10
        counts = manager.dict()
        counts["runs"] = 1
        return dict(counts)


def run_background(n):
    proc = mp.Process(target=square, args=(n,))  # error: FRK001:12
    proc.start()
    proc.join()
    return proc.exitcode


def main():
    compute_squares([1, 2, 3])
    shared_counter()
    run_background(4)


if __name__ == "__main__":
    main()
