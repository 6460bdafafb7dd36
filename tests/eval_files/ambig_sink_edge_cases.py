"""AMBIGUOUS (see README): sink edge cases rules.md does not spell out, in a module with clear evidence. Each labelled line (or its absence) is one reading; the README lists them."""
import multiprocessing as mp
import threading
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import *  # noqa: F403
from multiprocessing.managers import BaseManager, SyncManager

_DEFAULT = mp.get_context()
_MGR = SyncManager(address=("127.0.0.1", 0))


class BaseQueueManager(BaseManager):
    pass


class JobQueueManager(BaseQueueManager):
    pass


def start_heartbeat(beat):
    threading.Thread(target=beat, daemon=True).start()


def start_module_manager():  # (a) built at module level, started in another scope
    _MGR.start()


class Service:
    def __init__(self):  # (b) attribute target, not a name: not a listed started form
        self._mgr = SyncManager()
        self._mgr.start()


def managers_with_ctx():
    # (c) fork context passed as ctx=: reported once, at get_context, like mp_context=
    SyncManager(ctx=mp.get_context("fork")).start()  # error: FRK002:21
    # (d) default context passed as ctx=: one FRK001, at the manager construction
    SyncManager(ctx=mp.get_context()).start()  # error: FRK001:5
    # (e) a local subclass of a local subclass of BaseManager, started
    JobQueueManager(address=("", 5000), authkey=b"k").start()  # error: FRK001:5


def executors(ctx):
    # (f) module-level default context passed through a name: FRK001 at the executor
    a = ProcessPoolExecutor(mp_context=_DEFAULT)  # error: FRK001:9
    # (g) context from a parameter: unresolvable receiver, not a sink
    b = ProcessPoolExecutor(mp_context=ctx)
    c = ctx.Pool(2)
    return a, b, c


def non_forking_context_calls():
    # (h) calls on a default context that do not start a process: not sinks
    return _DEFAULT.Queue(), _DEFAULT.Lock(), _DEFAULT.Value("i", 0)


def star_imported(jobs):
    # (i) Pool bound by `from multiprocessing import *`: multiprocessing.Pool
    with Pool(2) as pool:  # error: FRK001:10
        return pool.map(str, jobs)
