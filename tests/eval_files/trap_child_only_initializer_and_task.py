"""Version-2 correction: threads started only in children (pool initializer, process-pool tasks).

rules.md, "Corrections (version 2)": "a function (or what it calls) that the project uses only
as ... a process pool or executor task (pool.map(f, ...), executor.submit(f, ...) on a
multiprocessing pool or a ProcessPoolExecutor ...) or a process pool's initializer= runs in the
child, also when passed through a name bound to it in the same scope.  Its threads are evidence
for forks made inside that child only, never for the parent."
`_init_worker` (via the name `init`) calls `_start_heartbeat` (a Thread); `_crunch` (a pool.map
task) opens a ThreadPoolExecutor; `_summarise` (submitted through the name `job`) starts a
Timer; `_monitor` (only a `Process(target=)`) starts a Thread.  All run only in children, so the
parent's default `multiprocessing.Pool`, `multiprocessing.Process`, default `ProcessPoolExecutor`
and `os.fork()` have no evidence.
(Near miss: ev_initializer_also_called_in_parent.py.)
Expected: no finding.
"""
import multiprocessing
import os
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def _beat():
    while True:
        time.sleep(5)


def _start_heartbeat():
    threading.Thread(target=_beat, daemon=True).start()


def _init_worker():
    _start_heartbeat()


def _part(chunk):
    return sum(chunk)


def _crunch(chunks):
    with ThreadPoolExecutor(max_workers=4) as tp:
        return sum(tp.map(_part, chunks))


def _summarise(batch):
    threading.Timer(60.0, _beat).start()
    return len(batch)


def _monitor():
    threading.Thread(target=_beat, daemon=True).start()
    _beat()


def start_monitor():
    proc = multiprocessing.Process(target=_monitor, daemon=True)
    proc.start()
    return proc


def run(batches):
    init = _init_worker
    with multiprocessing.Pool(4, initializer=init) as pool:
        return pool.map(_crunch, batches)


def summaries(batches):
    results = []
    with ProcessPoolExecutor(max_workers=2) as ex:
        job = _summarise
        for batch in batches:
            results.append(ex.submit(job, batch))
    return [f.result() for f in results]


def daemonize():
    if os.fork() > 0:
        sys.exit(0)
    os.setsid()
