"""v8_fork_start_method_keyword_under_guard.

rules.md, "Sinks" details: `set_start_method(method="fork")` is the same as the positional
form, reported under the `if __name__ == "__main__":` guard too, and the default-method sinks
elsewhere in the module are still reported. Evidence: `threading.Timer` built in a method.
Expected: FRK001 at ProcessPoolExecutor(...) and at multiprocessing.Process(...), FRK002 at the
set_start_method call.
"""
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor


def crunch(n):
    return n ** 2


def report():
    print("still alive")


class Reporter:
    def __init__(self, interval=30.0):
        self.interval = interval
        self._timer = None

    def schedule(self):
        self._timer = threading.Timer(self.interval, report)
        self._timer.daemon = True
        self._timer.start()


def crunch_all(items):
    with ProcessPoolExecutor(max_workers=2) as ex:  # error: FRK001:10
        return list(ex.map(crunch, items))


def crunch_one(n):
    proc = multiprocessing.Process(target=crunch, args=(n,))  # error: FRK001:12
    proc.start()
    proc.join()


def main():
    Reporter().schedule()
    crunch_all(range(10))
    crunch_one(3)


if __name__ == "__main__":
    multiprocessing.set_start_method(method="fork")  # error: FRK002:5
    main()
