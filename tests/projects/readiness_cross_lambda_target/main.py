"""Case readiness_cross_lambda_target.

rules.md, FRK101, followed across modules: a target imported from handlers.py, where it is a
module-level lambda. pickle finds functions by name, and a lambda has none
("attribute lookup <lambda> on handlers failed") under spawn and forkserver. The module-level
function setup() as an initializer is fine. Expected: FRK101 at the target.
"""
import multiprocessing

from handlers import greet, setup

if __name__ == "__main__":
    with multiprocessing.Pool(1, initializer=setup) as pool:
        print(pool.apply(abs, (-1,)))
    proc = multiprocessing.Process(target=greet)  # error: FRK101:43
    proc.start()
    proc.join()
    raise SystemExit(proc.exitcode)
