"""v7_trap_initializer_bound_name_child_threads: threads only in a pool initializer (via a local name) and in tasks.

Clause: v2 correction -- "Code that runs only in a child process is not evidence for the
parent's forks": a process pool's initializer= ("also when passed through a name bound to it in
the same scope": init = _start_heartbeat) and process-pool tasks (pool.map(_fetch, ...), whose
ThreadPoolExecutor runs in the child). Neither function is called in the parent.
Expected: no finding at ProcessPoolExecutor(...) in crawl() (no parent evidence).
"""
import threading
import time
import urllib.request
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def _beat():
    while True:
        time.sleep(30)
        print("worker alive")


def _start_heartbeat():
    threading.Thread(target=_beat, daemon=True).start()


def _get(url):
    with urllib.request.urlopen(url, timeout=10) as resp:
        return resp.read()


def _fetch(batch):
    with ThreadPoolExecutor(max_workers=8) as tp:
        return [len(body) for body in tp.map(_get, batch)]


def crawl(batches):
    init = _start_heartbeat
    with ProcessPoolExecutor(max_workers=4, initializer=init) as pool:
        return list(pool.map(_fetch, batches))


if __name__ == "__main__":
    print(crawl([["https://example.invalid/v7/a", "https://example.invalid/v7/b"]]))
