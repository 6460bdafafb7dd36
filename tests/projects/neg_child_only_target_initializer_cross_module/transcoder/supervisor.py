"""neg_child_only_target_initializer_cross_module.

Clause: Corrections v2, "Code that runs only in a child process is not evidence for the
parent's forks: a function (or what it calls) that the project uses only as
`Process(target=f)`, ... or a process pool's `initializer=` runs in the child ... never for the
parent or its program", across modules:
- worker.run_child (defined in worker.py) is a Process target here, as `worker.run_child`
  after `from . import worker`, and in worker.py itself;
- boot.init_worker (defined in boot.py) is the initializer of a Pool and of a
  ProcessPoolExecutor here.
Their threads run only in the children. Expected: no finding in any module.
"""
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from . import worker
from .boot import init_worker


def transcode_one(path):
    return path.replace(".wav", ".flac")


def run_jobs(job_ids):
    procs = [multiprocessing.Process(target=worker.run_child, args=(j,)) for j in job_ids]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()


def run_batch(paths):
    with multiprocessing.Pool(4, initializer=init_worker, initargs=("/tmp/tc.log",)) as pool:
        return pool.map(transcode_one, paths)


def run_executor(paths):
    with ProcessPoolExecutor(
        max_workers=2, initializer=init_worker, initargs=("/tmp/tc.log",)
    ) as ex:
        return list(ex.map(transcode_one, paths))


def main():
    run_jobs([1, 2])
    run_batch(["a.wav"])
    run_executor(["b.wav"])
    worker.launch_local(3).join()


if __name__ == "__main__":
    main()
