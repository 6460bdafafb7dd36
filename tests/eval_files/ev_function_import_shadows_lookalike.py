"""Evidence: a function-local `import threading` shadows a module-level look-alike.

Situation: the module binds `threading` to gevent's module at module level (a look-alike, not
evidence), but `start_reporter` does `import threading` inside its body and builds a real
`threading.Timer` there. `start_green` still uses the module-level gevent binding.

rules.md, Evidence: "it constructs `threading.Thread`, `threading.Timer` ..." anywhere in the
module ("module level, functions, methods, lambdas"); "Resolution follows scopes: an import
inside a function counts there and shadows the module-level name inside that function."
rules.md, Sinks: "`multiprocessing.Pool` ..." is a default-start-method sink (FRK001).

Expected: the Timer inside `start_reporter` is evidence, so the `mp.Pool` in `crunch` is
reported as FRK001. The gevent Thread in `start_green` is not evidence (and not needed).
"""
import multiprocessing as mp

from gevent import threading


def start_green(job):
    green = threading.Thread(target=job)
    green.start()
    return green


def start_reporter(interval, report):
    import threading

    timer = threading.Timer(interval, report)
    timer.daemon = True
    timer.start()
    return timer


def crunch(numbers):
    with mp.Pool(processes=4) as pool:  # error: FRK001:10
        return pool.map(abs, numbers)
