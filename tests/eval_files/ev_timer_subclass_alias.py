"""Evidence: a local subclass of threading.Timer imported under an alias (rules.md Evidence first bullet; "from threading import Lock as L" style resolution)."""
from multiprocessing import Manager
from threading import Timer as _Timer


class RepeatingTimer(_Timer):
    """Calls function every `interval` seconds until cancel()."""

    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)


def start_sampler(sample, every=10.0):
    sampler = RepeatingTimer(every, sample)
    sampler.daemon = True
    sampler.start()
    return sampler


def shared_registry():
    return Manager().dict()  # error: FRK001:12
