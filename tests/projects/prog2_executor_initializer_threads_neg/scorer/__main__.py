"""prog2_executor_initializer_threads_neg.

Clause: version 2, "Code that runs only in a child process": a process pool's
`initializer=` runs in the child. Program: this package `__main__.py` (`python -m scorer`),
with scorer.warmup and scorer.scoring.

warmup.init_worker() starts a threading.Timer (a cache refresher); it is used in the project
only as `ProcessPoolExecutor(initializer=warmup.init_worker)`, so it runs only in the
workers. scoring.score_batch is the pool's task and starts nothing. Nothing else in the
program starts threads.

Expected: nothing. The `ProcessPoolExecutor(...)` and the later `multiprocessing.Manager()`
in the parent have no evidence.
"""
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor

from scorer import scoring, warmup


def main():
    model_path = sys.argv[1] if len(sys.argv) > 1 else "model.bin"
    batches = [list(range(i, i + 10)) for i in range(0, 100, 10)]
    with ProcessPoolExecutor(max_workers=4, initializer=warmup.init_worker, initargs=(model_path,)) as ex:
        scores = list(ex.map(scoring.score_batch, batches))
    with multiprocessing.Manager() as mgr:
        shared = mgr.list(scores)
        return len(shared)


if __name__ == "__main__":
    main()
