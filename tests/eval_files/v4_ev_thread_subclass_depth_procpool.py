"""v4_ev_thread_subclass_depth_procpool: a thread subclass two levels deep, and executor spellings.

rules.md, Evidence: constructing "a class that subclasses one of them (defined in the same
module, through any depth of local subclassing)": ``FastHeartbeat`` -> ``Heartbeat`` ->
``_Ticker`` -> ``threading.Thread``; only ``FastHeartbeat`` is constructed. Sinks: a
``ProcessPoolExecutor`` with ``mp_context=get_context()`` (one finding, at the executor), the
``concurrent.futures.process.ProcessPoolExecutor`` spelling, ``mp_context=None``; used as
context managers or not. Expected: three FRK001.
"""
import concurrent.futures as cf
import concurrent.futures.process
import multiprocessing
import threading
import time


class _Ticker(threading.Thread):
    def __init__(self, interval):
        super().__init__(daemon=True)
        self.interval = interval
        self.stopped = threading.Event()

    def run(self):
        while not self.stopped.wait(self.interval):
            self.tick()

    def tick(self):
        pass


class Heartbeat(_Ticker):
    def tick(self):
        print("alive", time.time(), flush=True)


class FastHeartbeat(Heartbeat):
    def __init__(self):
        super().__init__(interval=0.5)


def start_monitoring():
    beat = FastHeartbeat()
    beat.start()
    return beat


def _crunch(n):
    return sum(i * i for i in range(n))


def crunch_default_context(sizes):
    with cf.ProcessPoolExecutor(mp_context=multiprocessing.get_context()) as ex:  # error: FRK001:10
        return list(ex.map(_crunch, sizes))


def crunch_long_spelling(sizes):
    ex = concurrent.futures.process.ProcessPoolExecutor(max_workers=2)  # error: FRK001:10
    try:
        return list(ex.map(_crunch, sizes))
    finally:
        ex.shutdown()


def crunch_none_context(sizes):
    with cf.ProcessPoolExecutor(max_workers=4, mp_context=None) as ex:  # error: FRK001:10
        return list(ex.map(_crunch, sizes))
