"""child3_pool_map_task_builds_thread_class_neg.

Clause: version 2 "Code that runs only in a child process" ("a function (or what it calls)
that the project uses only as ... a process pool task (pool.map(f, ...))") x "Across
modules" (a class whose __init__ starts a thread). convert.render_page is only a
multiprocessing.Pool.map task; it builds guard.Watchdog, whose __init__ starts a
threading.Thread. Watchdog is built nowhere else, so Watchdog.__init__ runs only in the pool
workers.

Expected: nothing.
- this module's multiprocessing.Pool(4): the parent has no thread evidence.
- docconv/guard.py, the os.fork() in reap_orphans() (parent code, called from main below):
  nothing. guard.py's only thread is started in Watchdog.__init__, which is child-only code;
  child threads are never evidence for the parent's forks, also in their own module.
No entry points (no [project.scripts], no __main__.py): project rules only.
"""
import multiprocessing
import sys

from docconv import convert, guard


def main(argv):
    guard.reap_orphans("/run/docconv.pids")
    with multiprocessing.Pool(4) as pool:
        sizes = pool.map(convert.render_page, argv)
    print(sum(sizes))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
