"""Case readiness_cross_unpicklable_args.

rules.md, FRK103, followed across modules: arguments that are names imported from shared.py,
where they are bound at module level to a threading.Lock, a threading.Event, a generator, a
lambda and an open file. Process args= / kwargs= break under spawn and forkserver; pool task
arguments break under every start method. Expected: FRK103 at each argument.
"""
import multiprocessing

import shared
from shared import LOCK, NUMBERS, READY


def work(*items, **named):
    print(len(items), sorted(named))


if __name__ == "__main__":
    proc = multiprocessing.Process(target=work, args=(LOCK,))  # error: FRK103:55
    proc.start()
    proc.join()
    proc = multiprocessing.Process(target=work, kwargs={"ready": READY})  # error: FRK103:66
    proc.start()
    proc.join()
    with multiprocessing.Pool(1) as pool:
        pool.apply(work, (NUMBERS,))  # error: FRK103:27
        pool.apply(work, (shared.handler,))  # error: FRK103:27
        pool.apply(work, (shared.LOG,))  # error: FRK103:27
