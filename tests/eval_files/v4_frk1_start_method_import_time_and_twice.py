"""v4_frk1_start_method_import_time_and_twice: ``set_start_method`` misuse (FRK104).

rules.md, FRK104: "set_start_method(...) at import time outside the main guard without
force=True (and not inside try: ... except RuntimeError), or called twice without force=True";
the finding is at "the set_start_method call (FRK104; the second one for "twice")". The first
call runs at import time unguarded; the main guard calls it again (RuntimeError "context has
already been set" in the parent). The module's default sinks are safe (spawn), and it has no
thread evidence anyway. Expected: FRK104 at both calls (import time, then twice).
"""
import multiprocessing
import sys

multiprocessing.set_start_method("spawn")  # error: FRK104:1


def _work(n):
    return n * 10


def run(n):
    with multiprocessing.Pool(2) as pool:
        return pool.map(_work, range(n))


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")  # error: FRK104:5
    print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 4))
