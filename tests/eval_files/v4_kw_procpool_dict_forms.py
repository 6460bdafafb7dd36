"""v4_kw_procpool_dict_forms: ``ProcessPoolExecutor(**opts)`` with readable and unreadable dicts.

rules.md, Corrections (version 2): "ProcessPoolExecutor(**opts) is not a default-method sink
unless the checker can see that opts lacks mp_context (a dict display or dict(...) call it can
read) ... Unknown is not unsafe." Readable and lacking ``mp_context``: a display bound in the
same function, an inline display, a ``dict(...)`` call, a display next to explicit keywords
(FRK001). Readable and holding ``mp_context``: not a default-method sink. A display with
``**base`` or ``dict(base, ...)`` cannot be read in full: unknown. Evidence: a module-level
``threading.BoundedSemaphore``. Expected: four FRK001.
"""
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor

_SLOTS = threading.BoundedSemaphore(8)
_SPAWN = multiprocessing.get_context("spawn")


def _init_worker():
    print("worker ready", flush=True)


def executor_from_display(workers):
    opts = {"max_workers": workers, "initializer": _init_worker}
    return ProcessPoolExecutor(**opts)  # error: FRK001:12


def executor_inline_display():
    return ProcessPoolExecutor(**{"max_workers": 2})  # error: FRK001:12


def executor_from_dict_call(workers):
    opts = dict(max_workers=workers)
    return ProcessPoolExecutor(**opts)  # error: FRK001:12


def executor_mixed(workers):
    extra = {"initializer": _init_worker}
    return ProcessPoolExecutor(max_workers=workers, **extra)  # error: FRK001:12


def executor_display_with_context(workers):
    opts = {"max_workers": workers, "mp_context": _SPAWN}
    return ProcessPoolExecutor(**opts)


def executor_dict_call_with_context():
    return ProcessPoolExecutor(**dict(mp_context=_SPAWN, max_workers=2))


def executor_merged(base):
    return ProcessPoolExecutor(**{**base, "max_workers": 2})


def executor_dict_positional(base):
    opts = dict(base, max_workers=4)
    return ProcessPoolExecutor(**opts)
