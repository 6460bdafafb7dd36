"""v8_timer_subclass_lambda_pool_submodule.

rules.md, "Evidence": a construction counts anywhere in the module, lambdas included, and a
class that subclasses threading.Timer through two levels of local subclassing counts like
Timer. The only evidence here is `QuietHeartbeat(...)` inside a module-level lambda.
"Sinks": multiprocessing.pool.Pool, multiprocessing.Process.
Expected: two FRK001.
"""
import multiprocessing
import multiprocessing.pool
import threading


def beat():
    print("beat")


def work(n):
    return n - 1


class Heartbeat(threading.Timer):
    """A Timer that the application restarts after every beat."""


class QuietHeartbeat(Heartbeat):
    pass


start_heartbeat = lambda interval: QuietHeartbeat(interval, beat).start()


def run(items):
    with multiprocessing.pool.Pool(processes=2) as pool:  # error: FRK001:10
        return pool.map(work, items)


def run_one(n):
    proc = multiprocessing.Process(target=work, args=(n,))  # error: FRK001:12
    proc.start()
    proc.join()


def main():
    start_heartbeat(15.0)
    run([1, 2])
    run_one(3)


if __name__ == "__main__":
    main()
