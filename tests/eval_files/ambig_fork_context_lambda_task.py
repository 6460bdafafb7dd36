"""Ambiguous: lambdas at an explicit fork context: target and initializer versus task.

rules.md: the FRK1xx rules "apply where the call's start method can be spawn or forkserver ...;
for tasks and their arguments, everywhere. An explicit get_context("fork") site is left to
FRK002."  Reading chosen: at a fork-context site the target / initializer / Process-argument
rules are left to FRK002 (a lambda target or initializer works under fork: nothing is pickled),
but tasks are pickled under every method ("tasks: under every start method, fork included"), so
a lambda given to a fork-context pool's map is still FRK101.  The module has no thread evidence,
so `get_context("fork")` itself is not reported (a sink needs evidence).
Expected: FRK101 at the lambda passed to `pool.map`; nothing at the lambda target or the lambda
initializer.
"""
import multiprocessing

_FORK = multiprocessing.get_context("fork")


def _announce():
    print("up")


def run(values):
    proc = _FORK.Process(target=lambda: print("child"))
    proc.start()
    proc.join()
    with _FORK.Pool(2, initializer=lambda: _announce()) as pool:
        return pool.map(lambda v: v * v, values)  # error: FRK101:25
