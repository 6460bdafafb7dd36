"""child3_scripts_target_helper_thread_fork_in_target.

Clause: version 2 "Code that runs only in a child process" x "Programs" x "Across modules"
(threads flow to the caller). worker.serve is used only as `Process(target=worker.serve)`;
it calls telemetry.start_reporter() (another module, threading.Thread) and then calls
os.fork() itself. Those threads are evidence "for forks made inside that child only, never
for the parent or its program".

Expected:
- shardd/worker.py, the os.fork() in serve(): FRK003 (a fork inside the child after the
  child started threads).
- this module's multiprocessing.Process(...): nothing. The program shardd (shardd.cli) holds
  no thread started outside child-only code: telemetry.start_reporter is called only from
  worker.serve.
"""
import multiprocessing
import sys

from shardd import worker


def main():
    shard_ids = [int(arg) for arg in sys.argv[1:]] or [0, 1]
    procs = []
    for shard_id in shard_ids:
        proc = multiprocessing.Process(target=worker.serve, args=(shard_id,))
        proc.start()
        procs.append(proc)
    for proc in procs:
        proc.join()
    return 0


if __name__ == "__main__":
    sys.exit(main())
