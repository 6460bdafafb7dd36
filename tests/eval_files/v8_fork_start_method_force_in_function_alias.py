"""v8_fork_start_method_force_in_function_alias.

rules.md, "Sinks" (explicit fork: `multiprocessing.set_start_method("fork")`) and its details:
`set_start_method("fork", force=True)` called inside a function, through
`from multiprocessing import set_start_method as choose_start_method`, is FRK002, and the
module's default-method sinks are still reported. A call on an inline spawn context stays
safe. Evidence: a module-level `threading.Event()`.
Expected: FRK002 at choose_start_method(...), FRK001 at multiprocessing.Pool(2).
"""
import multiprocessing
import threading
from multiprocessing import set_start_method as choose_start_method

_READY = threading.Event()


def work(n):
    return n + 1


def configure():
    choose_start_method("fork", force=True)  # error: FRK002:5
    _READY.set()


def run(items):
    with multiprocessing.Pool(2) as pool:  # error: FRK001:10
        return pool.map(work, items)


def run_spawned(items):
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        return pool.map(work, items)


def main():
    configure()
    run([1, 2])
    run_spawned([3, 4])


if __name__ == "__main__":
    main()
