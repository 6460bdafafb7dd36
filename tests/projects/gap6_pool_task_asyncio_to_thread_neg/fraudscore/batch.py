"""gap6_pool_task_asyncio_to_thread_neg.

Clause: Corrections v2 -- `asyncio.to_thread(...)` is thread evidence, and "Code that runs
only in a child process is not evidence for the parent's forks: a function (or what it
calls) that the project uses only as ... a process pool ... task (pool.map(f, ...))".
tasks.score() is only a task of the multiprocessing.Pool below (imported by name); it calls
the coroutine function _fetch_features(), whose `asyncio.to_thread` runs in the worker. So
neither this module's Pool nor tasks.rebuild_cache()'s `preexec_fn=` subprocess.run (parent
code, called from run(); its module's only threads are child-only, README reading R8) is
reported: no finding.
"""
import multiprocessing
import sys

from fraudscore.tasks import rebuild_cache, score


def run(keys):
    rebuild_cache()
    with multiprocessing.Pool(4) as pool:
        return dict(pool.map(score, keys))


if __name__ == "__main__":
    print(run(sys.argv[1:]))
