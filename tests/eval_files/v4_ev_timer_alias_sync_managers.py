"""v4_ev_timer_alias_sync_managers: a ``Timer`` through an alias, and the manager forms.

rules.md, Evidence: ``threading.Timer`` constructed (``from threading import Timer as _Timer``,
in a method). Sinks: "a multiprocessing.managers.BaseManager / SyncManager (or a local
subclass) built without ctx= (or with ctx=None) that is started: SyncManager(...).start(),
m = SyncManager(...) then m.start() in the same scope, or with SyncManager(...) as m:
(reported at the construction; a manager that only .connect()s forks nothing)".
A manager that is built but never started in the module is not a sink either.
Expected: three FRK001, at the constructions.
"""
import multiprocessing.managers
from multiprocessing.managers import BaseManager, SyncManager
from threading import Timer as _Timer


class StatsFlusher:
    def __init__(self, period):
        self.period = period
        self._timer = None

    def schedule(self):
        self._timer = _Timer(self.period, self.flush)
        self._timer.daemon = True
        self._timer.start()

    def flush(self):
        self.schedule()


class _JobRegistry(BaseManager):
    pass


def start_state_server():
    manager = SyncManager(address=("127.0.0.1", 50000), authkey=b"stats")  # error: FRK001:15
    manager.start()
    return manager


def registry_address():
    with _JobRegistry(address=("127.0.0.1", 0), authkey=b"jobs") as registry:  # error: FRK001:10
        return registry.address


def warm_up_manager():
    """Start a throwaway manager so its server imports are paid for up front."""
    multiprocessing.managers.SyncManager(ctx=None).start()  # error: FRK001:5


def attach(address, key):
    remote = BaseManager(address=address, authkey=key)
    remote.connect()
    return remote


def spare_manager():
    return SyncManager(authkey=b"spare")
