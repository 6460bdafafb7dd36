"""v4_trap_child_only_threads: every thread here runs only in a child process.

rules.md, Corrections (version 2): "Code that runs only in a child process is not evidence for
the parent's forks: a function (or what it calls) that the project uses only as
Process(target=f), a process pool or executor task (pool.map(f, ...), executor.submit(f, ...) on
a multiprocessing pool or a ProcessPoolExecutor ...) or a process pool's initializer= runs in the
child, also when passed through a name bound to it in the same scope." None of these functions
is called directly in the parent. The parent's sinks have no evidence. Expected: nothing.
"""
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def _poll(name):
    print("polling", name, flush=True)


def _init_worker(name):
    threading.Thread(target=_poll, args=(name,), daemon=True).start()


def _fetch_all(urls):
    with ThreadPoolExecutor(max_workers=4) as tp:
        return list(tp.map(len, urls))


def _watchdog():
    threading.Timer(30.0, _poll, args=("watchdog",)).start()


def serve_forever(port):
    _watchdog()
    print("serving on", port, flush=True)


def start_server(port):
    proc = multiprocessing.Process(target=serve_forever, args=(port,), daemon=True)
    proc.start()
    return proc


def crawl(batches):
    init = _init_worker
    with ProcessPoolExecutor(max_workers=2, initializer=init, initargs=("crawler",)) as ex:
        futures = [ex.submit(_fetch_all, batch) for batch in batches]
        return [f.result() for f in futures]


def crawl_pool(batches):
    with multiprocessing.Pool(2, initializer=_init_worker, initargs=("pool",)) as pool:
        return pool.map(_fetch_all, batches)
