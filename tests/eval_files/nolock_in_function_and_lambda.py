"""No evidence: locks created in function bodies, in __init__, in a module-level lambda, in the body of a class defined inside a function, and a lock factory passed by reference (rules.md: "Not inside a function body or a lambda"); the sinks are not reported."""
import dataclasses
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor

_new_lock = lambda: threading.RLock()


def make_lock():
    return threading.Lock()


class Cache:
    def __init__(self):
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._data = {}


@dataclasses.dataclass
class Counter:
    value: int = 0
    lock: threading.Lock = dataclasses.field(default_factory=threading.Lock)


def make_registry_class():
    class Registry:
        slots = threading.Semaphore(2)
        conditions = [threading.Condition() for _ in range(3)]

    return Registry


def fan_out(jobs):
    with ProcessPoolExecutor() as ex:
        return list(ex.map(str, jobs))


def supervisor(target):
    proc = multiprocessing.Process(target=target)
    proc.start()
    return proc
