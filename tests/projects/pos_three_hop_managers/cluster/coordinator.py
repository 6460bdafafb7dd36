"""Case pos_three_hop_managers.

rules.md, Across modules > Functions and classes: "threads flow to the caller ...
transitively through further project calls". coordinator -> bootstrap.prepare() ->
net.connect() -> keepalive.start() (threading.Thread): three hops, so this module has thread
evidence. Sinks (Sinks table, default start method): `multiprocessing.Manager()` (FRK001), and
a `SyncManager` "built without `ctx=` ... that is started: ... `m = SyncManager(...)` then
`m.start()` in the same scope ... (reported at the construction)" (FRK001). "a manager that
only `.connect()`s forks nothing": the BaseManager in join_remote() is not reported.
"""
import multiprocessing
from multiprocessing.managers import BaseManager, SyncManager

from cluster import bootstrap


def shared_state(hosts):
    bootstrap.prepare(hosts)
    with multiprocessing.Manager() as manager:  # error: FRK001:10
        state = manager.dict()
        state["hosts"] = list(hosts)
        return dict(state)


def lock_server():
    manager = SyncManager(address=("127.0.0.1", 50000), authkey=b"cluster")  # error: FRK001:15
    manager.start()
    return manager


def join_remote():
    remote = BaseManager(address=("10.0.0.5", 50000), authkey=b"cluster")
    remote.connect()
    return remote
