"""v8_handler_subclass_class_body_lock.

rules.md, "Evidence": a module-level lock includes a lock created in a class body. A
logging.Handler subclass keeps a shared `threading.RLock()` as a class attribute; that class
attribute is the evidence (the handler's own per-instance lock, and the module-level
`logging.FileHandler(...)`, are not listed as evidence). "Sinks": multiprocessing.Pool in a
`with` block, multiprocessing.Manager().
Expected: two FRK001.
"""
import logging
import multiprocessing
import threading


class BufferedFileHandler(logging.FileHandler):
    _flush_lock = threading.RLock()

    def __init__(self, filename, capacity=100):
        super().__init__(filename, delay=True)
        self.capacity = capacity
        self.buffer = []

    def emit(self, record):
        self.buffer.append(self.format(record))
        if len(self.buffer) >= self.capacity:
            self.flush()

    def flush(self):
        with self._flush_lock:
            for line in self.buffer:
                super().emit(logging.makeLogRecord({"msg": line}))
            self.buffer.clear()


log = logging.getLogger(__name__)
log.addHandler(BufferedFileHandler("app.log"))


def transform(n):
    return n * 10


def run(items):
    with multiprocessing.Pool(2) as pool:  # error: FRK001:10
        results = pool.map(transform, items)
    log.info("done: %s", results)
    return results


def shared():
    manager = multiprocessing.Manager()  # error: FRK001:15
    try:
        return list(manager.list([1, 2]))
    finally:
        manager.shutdown()


def main():
    run([1, 2, 3])
    shared()


if __name__ == "__main__":
    main()
