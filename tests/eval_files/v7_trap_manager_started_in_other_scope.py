"""v7_trap_manager_started_in_other_scope: a SyncManager built in __init__, started in another method.

Clause: Sinks -- a BaseManager / SyncManager built without ctx= is a sink only when it "is
started: SyncManager(...).start(), m = SyncManager(...) then m.start() in the same scope, or
with SyncManager(...) as m:"; "a manager that only .connect()s forks nothing". Here the manager
is stored in self._mgr in __init__ and started in open() (not the same scope, not a name), and
the BaseManager in remote_counters() only connects. The module has threads.
READING: the listed start forms are exhaustive; self._mgr.start() in another method is not one.
Expected: no finding.
"""
import threading
from multiprocessing.managers import BaseManager, SyncManager


class StatsHub:
    def __init__(self, address, authkey):
        self._mgr = SyncManager(address=address, authkey=authkey)
        self._stop = threading.Event()
        self._flusher = threading.Thread(target=self._flush_forever, daemon=True)
        self.counters = None

    def open(self):
        self._mgr.start()
        self.counters = self._mgr.dict()
        self._flusher.start()

    def _flush_forever(self):
        while not self._stop.wait(5.0):
            print(dict(self.counters))

    def close(self):
        self._stop.set()
        self._mgr.shutdown()


def remote_counters(address, authkey):
    client = BaseManager(address=address, authkey=authkey)
    client.register("counters")
    client.connect()
    return client.counters()
