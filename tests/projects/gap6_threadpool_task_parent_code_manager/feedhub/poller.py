"""gap6_threadpool_task_parent_code_manager.

Clause: Corrections v2 -- "a thread pool's tasks run in the parent". refresh_feed() is only
a task of `multiprocessing.pool.ThreadPool(...).map` (cli.py), not of a process pool, so it
is parent code and the threading.Timer it starts is evidence for this module. The
default-method `multiprocessing.Manager()` in shared_state() is FRK001 (no caller needed:
the module's own evidence).
"""
import multiprocessing
import threading
import urllib.request

_ETAGS = {}


def _expire(url):
    _ETAGS.pop(url, None)


def refresh_feed(url):
    with urllib.request.urlopen(url) as resp:
        _ETAGS[url] = resp.headers.get("ETag")
    threading.Timer(900.0, _expire, args=(url,)).start()
    return url, _ETAGS[url]


def shared_state():
    manager = multiprocessing.Manager()  # error: FRK001:15
    return manager, manager.dict(_ETAGS)
