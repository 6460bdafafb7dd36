"""FRK101: a method of a class defined in a function, and a lambda bound to a name, as targets."""
import multiprocessing as mp

SPAWN = mp.get_context("spawn")


def run_all(jobs):
    class Job:
        def __init__(self, name):
            self.name = name

        def run(self):
            print(self.name)

    job = Job(jobs[0])
    proc = SPAWN.Process(target=job.run)  # error: FRK101:33
    proc.start()
    proc.join()
    report = lambda: print("done")  # noqa: E731
    mp.Process(target=report).start()  # error: FRK101:23


def fork_only():
    # An explicit fork context does not pickle its target (FRK002's business, not FRK101's) ...
    ctx = mp.get_context("fork")
    ctx.Process(target=lambda: None).start()
    # ... but its pool's tasks still travel pickled.
    with ctx.Pool(2) as pool:
        pool.map(lambda n: n, [1, 2])  # error: FRK101:18
