# options: --forksafe-target-python=3.14
"""v7_target314_fork_pin_method_keyword: target 3.14, but the module pins fork with method="fork".

Clause: v2 correction -- target 3.14 "drops FRK001 only where the default start method is not
fork: a set_start_method("fork") in the module ... keeps the default-method sinks reported";
`method=` keyword forms are the same as the positional ones; set_start_method("fork") is FRK002.
Called once, under the main guard (no FRK104).
Expected: FRK001 at multiprocessing.Process(...) in start_workers(); FRK001 at
concurrent.futures.ProcessPoolExecutor() in summarise(); FRK002 at
multiprocessing.set_start_method(method="fork") under the main guard.
"""
import concurrent.futures
import multiprocessing
import threading
import time

_STATS_LOCK = threading.Lock()
_STATS = {"done": 0}


def _worker(idx):
    time.sleep(0.1)
    return idx


def start_workers(n):
    procs = [multiprocessing.Process(target=_worker, args=(i,)) for i in range(n)]  # error: FRK001:14
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
    with _STATS_LOCK:
        _STATS["done"] += n


def summarise(values):
    with concurrent.futures.ProcessPoolExecutor() as ex:  # error: FRK001:10
        return sum(ex.map(_worker, values))


if __name__ == "__main__":
    multiprocessing.set_start_method(method="fork")  # error: FRK002:5
    start_workers(4)
    print(summarise(range(8)), _STATS)
