"""v8_module_lock_star_import_condition.

rules.md, "Evidence": a module-level lock, here `Condition(RLock())` created inside a
module-level `with` block, with both names bound by `from threading import *`. "Sinks":
constructing a local subclass of multiprocessing.Process (FRK001 at the construction) and
subprocess.Popen with a preexec_fn (FRK004).
Expected: FRK001 at Sampler(...), FRK004 at subprocess.Popen(...).
"""
import contextlib
import multiprocessing
import subprocess
from threading import *

with contextlib.suppress(ImportError):
    import resource
    _CHANGED = Condition(RLock())


def _limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


class Sampler(multiprocessing.Process):
    def __init__(self, rate):
        super().__init__(daemon=True)
        self.rate = rate

    def run(self):
        print("sampling at", self.rate)


def start_sampler(rate):
    sampler = Sampler(rate)  # error: FRK001:15
    sampler.start()
    return sampler


def run_limited(cmd):
    proc = subprocess.Popen(cmd, preexec_fn=_limit_memory)  # error: FRK004:12
    return proc.wait()


def main():
    start_sampler(100).join()
    run_limited(["true"])


if __name__ == "__main__":
    main()
