"""child3_submit_task_helper_shared_with_parent.

Clause: version 2 "Code that runs only in a child process" ("a function (or what it calls)
that the project uses only as ... executor.submit(f, ...) on a ProcessPoolExecutor ...
A function also called directly in the parent is parent code as well") x "Across modules"
(threads flow to the caller, transitively). worker.consume is only a ProcessPoolExecutor task;
its helper net.open_session() starts a threading.Thread. But open_session() is also called
from parent code elsewhere: status.show(), which main() calls. So open_session() is parent
code too.

Expected:
- this module's ProcessPoolExecutor(max_workers=3): FRK001 (main() calls status.show(), which
  calls net.open_session(), which starts threads).
- ingest/worker.py, the os.fork() in consume(): FRK003 (a fork in the child after the child
  opened a session and started its keepalive thread).
No entry-point program.
"""
import sys
from concurrent.futures import ProcessPoolExecutor

from ingest import status, worker


def main(feeds):
    status.show()
    with ProcessPoolExecutor(max_workers=3) as executor:  # error: FRK001:10
        futures = [executor.submit(worker.consume, feed) for feed in feeds]
        return sum(future.result() for future in futures)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
