"""prog2_child_helper_threads_fork_in_child.

Clause: version 2, "Code that runs only in a child process": shard.serve_shard is used only
as `Process(target=shard.serve_shard)`; it (and heartbeat.start_beacon, which it alone
calls) runs in the child. "Its threads are evidence for forks made inside that child only,
never for the parent or its program."

serve_shard() first calls heartbeat.start_beacon() (another module, threading.Thread), then
launches a server with `subprocess.Popen(..., preexec_fn=os.setsid)`: that is a fork made
inside the child after it started threads.

Expected:
- fleet/shard.py, the Popen in serve_shard(): FRK004.
- fleet/shard.py, the os.fork() in preflight(): nothing; preflight() is parent code (called
  from main() below) and the parent has no thread evidence: shard.py's only threads are the
  child's.
- this module's `multiprocessing.Process(...)`: nothing (the parent has no evidence).
"""
import multiprocessing

from fleet import shard


def main():
    shard.preflight()
    procs = []
    for shard_id in range(3):
        proc = multiprocessing.Process(target=shard.serve_shard, args=(shard_id,))
        proc.start()
        procs.append(proc)
    for proc in procs:
        proc.join()
