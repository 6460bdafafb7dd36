"""Not evidence: gevent.threading and eventlet.green.threading look-alikes, including module-level locks and Thread objects from them (rules.md: look-alike modules)."""
import multiprocessing
import os

import eventlet.green.threading as green_threading
import gevent.threading
from gevent.threading import Lock

_conn_lock = Lock()
_pool_lock = gevent.threading.Lock()
_ready = green_threading.Event()


def start_green_worker(fn):
    t = green_threading.Thread(target=fn)
    t.start()
    return t


def cpu_heavy(items, fn):
    with multiprocessing.Pool(os.cpu_count()) as pool:
        return pool.map(fn, items)


def spawn_reaper():
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    return pid
