"""FRK001 for started SyncManager subclasses (depth 2), `with ... as m`, and `m = ...; m.start()`.

Situation: a job service defines `QueueManager(SyncManager)` and `JobManager(QueueManager)`.
It serves with `with JobManager(...) as manager:`, starts a `QueueManager(ctx=None)` through a
name, only connects to a remote `JobManager`, and starts one `QueueManager` on a spawn
context. Thread evidence: `futures.ThreadPoolExecutor` via `from concurrent import futures`.

rules.md, Sinks table: "a `multiprocessing.managers.BaseManager` / `SyncManager` (or a local
subclass) built without `ctx=` (or with `ctx=None`) that is started: `SyncManager(...).start()`,
`m = SyncManager(...)` then `m.start()` in the same scope, or `with SyncManager(...) as m:`
(reported at the construction; a manager that only `.connect()`s forks nothing)".
Evidence: "`from concurrent import futures`" spelling of ThreadPoolExecutor. Safe: spawn
context "through a name bound ... at module level".

AMBIGUOUS (mild): "a local subclass" is read to include a subclass of a local subclass
(`JobManager`), as "any depth" is said for Process subclasses.

Expected: FRK001 at `JobManager(...)` in `serve_jobs` and at `QueueManager(ctx=None)`; nothing
for the connect-only client or the spawn-context manager.
"""
import multiprocessing
from concurrent import futures
from multiprocessing.managers import SyncManager
from urllib.request import urlopen

_SPAWN = multiprocessing.get_context("spawn")


class QueueManager(SyncManager):
    pass


class JobManager(QueueManager):
    pass


def _fetch(url):
    with urlopen(url, timeout=5) as resp:
        return resp.read()


def prefetch(urls):
    with futures.ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(_fetch, urls))


def serve_jobs(address):
    with JobManager(address=address, authkey=b"jobs") as manager:  # error: FRK001:10
        jobs = manager.list()
        jobs.append("warmup")
        return list(jobs)


def start_queue_manager():
    mgr = QueueManager(ctx=None)  # error: FRK001:11
    mgr.start()
    return mgr


def attach(address):
    client = JobManager(address=address, authkey=b"jobs")
    client.connect()
    return client


def start_spawned():
    mgr = QueueManager(ctx=_SPAWN)
    mgr.start()
    return mgr
