"""One single-threaded executor per table: CASA tables must be used from one thread."""

import concurrent.futures as cf
import threading
import weakref

STANDARD_EXECUTOR = "__standard_executor__"

_executor_cache = weakref.WeakValueDictionary()
_executor_lock = threading.Lock()


class Executor:
    def __init__(self, key=STANDARD_EXECUTOR):
        self.key = key
        self.impl = cf.ThreadPoolExecutor(1)

    def submit(self, fn, *args, **kwargs):
        return self.impl.submit(fn, *args, **kwargs)

    def shutdown(self, wait=True):
        self.impl.shutdown(wait=wait)
