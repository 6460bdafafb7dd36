"""cat_neg_watchdog_observer_child_only.

Clauses: "Library thread starters (the catalog)" (watchdog `Observer`, start method) with
"Across modules: the project", "Programs (entry points)" and the version 2 correction "code
that runs only in a child process is not evidence for the parent's forks".
Expected: no finding. watchd/watcher.py builds and `.start()`s a watchdog `Observer`, but only
inside `watch_main()`, which the project uses only as `Process(target=watch_main)`: it runs
in the children, never in this parent, and is never called directly. Its threads are evidence
for forks made inside that child only (there are none), never for the parent or for its
program watchd. Importing watchd.watcher starts nothing. So the `multiprocessing.Process(...)`
below has no thread evidence.
"""
import multiprocessing
import sys

from watchd.watcher import watch_main


def main():
    procs = []
    for path in sys.argv[1:]:
        proc = multiprocessing.Process(target=watch_main, args=(path,), daemon=True)
        proc.start()
        procs.append(proc)
    for proc in procs:
        proc.join()


if __name__ == "__main__":
    main()
