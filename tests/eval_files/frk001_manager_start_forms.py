"""FRK001: managers that are started, and managers that are not.

rules.md, "Sinks": a `multiprocessing.managers.BaseManager` / `SyncManager` (or a local subclass)
"built without ctx= (or with ctx=None) that is started: SyncManager(...).start(),
m = SyncManager(...) then m.start() in the same scope, or with SyncManager(...) as m: (reported
at the construction; a manager that only .connect()s forks nothing)".  A spawn context passed as
ctx= is safe; a manager only built (and returned) in its scope is not started there.
Evidence: a `ThreadPoolExecutor` constructed inside a module-level lambda ("anywhere in it
(module level, functions, methods, lambdas)").
Expected: FRK001 at the four started default managers (at their constructions); nothing at the
connect()-only manager, the spawn-context manager, or the manager that is only built.
"""
import multiprocessing
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.managers import BaseManager, SyncManager

make_io_pool = lambda: ThreadPoolExecutor(max_workers=4)


class QueueManager(BaseManager):
    pass


class Registry(SyncManager):
    pass


QueueManager.register("get_queue")


def serve_queue():
    with QueueManager(address=("", 50000), authkey=b"secret") as manager:  # error: FRK001:10
        manager.get_queue().put("hello")


def attach(host):
    manager = QueueManager(address=(host, 50000), authkey=b"secret")
    manager.connect()
    return manager.get_queue()


def local_state():
    manager = SyncManager()  # error: FRK001:15
    manager.start()
    return manager.dict()


def local_state_none():
    manager = SyncManager(ctx=None)  # error: FRK001:15
    manager.start()
    return manager


def registry():
    Registry(address=("127.0.0.1", 0)).start()  # error: FRK001:5


def registry_spawn():
    manager = Registry(ctx=multiprocessing.get_context("spawn"))
    manager.start()
    return manager


def unstarted():
    return SyncManager(address=("127.0.0.1", 0))
