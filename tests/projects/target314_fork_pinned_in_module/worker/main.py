"""Case target314_fork_pinned_in_module.

rules.md, Corrections (version 2), second bullet: at 3.14 FRK001 is dropped "only where the
default start method is not fork: a set_start_method("fork") in the module ... keeps the
default-method sinks reported". The pin itself is FRK002. Thread evidence: imports
worker.beacon.
"""
import multiprocessing

from worker import beacon  # noqa: F401


def _job(item):
    return item


def main(items):
    with multiprocessing.Pool(4) as pool:  # error: FRK001:10
        return pool.map(_job, items)


if __name__ == "__main__":
    multiprocessing.set_start_method("fork")  # error: FRK002:5
    main(list(range(10)))
