"""FRK002 for `set_start_method(method="fork")`; the default-method sinks are still FRK001.

Situation: a batch service builds a local subclass of `threading.Timer` in a method (thread
evidence) and, under the main guard, pins the start method with the keyword form
`mp.set_start_method(method="fork")`. Its pool and manager use the default start method.

rules.md, Sinks table: explicit fork "`multiprocessing.set_start_method("fork")`" (FRK002).
Details: "`set_start_method("fork")` is reported, and default-method sinks in that module are
still reported too"; "`method=` keyword forms of `get_context` and `set_start_method` are the
same as the positional ones."
Evidence: "a class that subclasses one of them (defined in the same module ...)".

Expected: FRK001 at `mp.Pool(4)` and at `mp.Manager()`; FRK002 at the `set_start_method`
call. The call is under the main guard and made once, so no spawn-readiness (FRK104) finding.
"""
import multiprocessing as mp
import threading


class Ticker(threading.Timer):
    """A Timer that re-arms itself."""

    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)


class Service:
    def __init__(self):
        self.ticks = 0
        self._ticker = None

    def _tick(self):
        self.ticks += 1

    def start(self):
        self._ticker = Ticker(30.0, self._tick)
        self._ticker.daemon = True
        self._ticker.start()


def _process(record):
    return record.upper()


def process_batch(batch):
    with mp.Pool(4) as pool:  # error: FRK001:10
        return pool.map(_process, batch)


def main():
    Service().start()
    manager = mp.Manager()  # error: FRK001:15
    shared = manager.list(process_batch(["a", "b"]))
    print(list(shared))
    manager.shutdown()


if __name__ == "__main__":
    mp.set_start_method(method="fork")  # error: FRK002:5
    main()
