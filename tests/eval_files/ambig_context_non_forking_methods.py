"""Ambiguous: which calls on a default context are sinks.

rules.md, "Sinks" lists "calls on a context from multiprocessing.get_context() / get_context(None)"
and the details name `_CTX.Pool()` / `_CTX.Process()` / `_CTX.Manager()`.  It does not say whether
every method call on such a context is a sink.  Reading chosen: only the calls that start
processes are sinks (Pool, Process, Manager); `Queue()`, `SimpleQueue()`, `Event()`, `Lock()`,
`Value()`, `cpu_count()` and `get_start_method()` on the same context fork nothing and are silent.
Evidence: a module-level `threading.RLock()` in a nested class body ("class bodies (nested
classes too)").
Expected: FRK001 at `_CTX.Process(` (inside the list comprehension) and at `_CTX.Pool(`; nothing
else.
"""
import multiprocessing
import threading

_CTX = multiprocessing.get_context()


class Stats:
    class _Guard:
        lock = threading.RLock()

    count = 0


def _work(q, item):
    q.put(item * 2)


def run(items):
    results = _CTX.Queue()
    done = _CTX.Event()
    lock = _CTX.Lock()
    counter = _CTX.Value("i", 0)
    inbox = _CTX.SimpleQueue()
    workers = min(len(items), _CTX.cpu_count())
    method = _CTX.get_start_method()
    procs = [_CTX.Process(target=_work, args=(results, item)) for item in items]  # error: FRK001:14
    for proc in procs:
        proc.start()
    with _CTX.Pool(workers) as pool:  # error: FRK001:10
        pool.map(str, items)
    done.set()
    return results, lock, counter, inbox, method
