"""neg_managers_with_ctx_threaded_caller.

Clause: Sinks, default start method: "a `multiprocessing.managers.BaseManager` / `SyncManager`
(or a local subclass) built without `ctx=` (or with `ctx=None`) that is started ... (a manager
that only `.connect()`s forks nothing)", and Sinks > Safe (spawn / forkserver contexts, inline
or bound at module level). Every manager here has a spawn or forkserver `ctx=`, is built from
an inline spawn context, or only connects; the callers in coordinator.py start threads
(ThreadPoolExecutor), so the evidence is there. Expected: no finding.
"""
import multiprocessing
from multiprocessing.managers import BaseManager, SyncManager

SPAWN = multiprocessing.get_context("spawn")


class StateManager(SyncManager):
    pass


def open_shared():
    mgr = SyncManager(ctx=SPAWN)
    mgr.start()
    return mgr


def merge_counts(counts):
    with StateManager(ctx=multiprocessing.get_context("forkserver")) as mgr:
        shared = mgr.dict()
        shared.update(counts)
        return dict(shared)


def attach(address, key):
    remote = BaseManager(address=address, authkey=key)
    remote.connect()
    return remote


def scratch_list():
    return multiprocessing.get_context("spawn").Manager()
