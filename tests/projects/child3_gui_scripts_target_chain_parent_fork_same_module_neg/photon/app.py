"""child3_gui_scripts_target_chain_parent_fork_same_module_neg.

Clause: version 2 "Code that runs only in a child process" ("a function (or what it calls)":
transitively, across modules) x "Programs" (`[project.gui-scripts]`). indexer.build_index
is used only as `Process(target=indexer.build_index)`; it calls store.open_store(), which
calls store._start_flusher(), which starts a threading.Thread. Both store functions are
reached only from build_index. store.py also holds compact_store(), parent code (called via
doctor.run_checks() below), which calls os.fork().

Expected: nothing.
- photon/store.py, os.fork() in compact_store(): a parent fork; the thread in the same module
  is child-only code, never evidence for the parent's forks.
- this module's multiprocessing.Process(...): the program photon (photon.app) starts threads
  only in child-only code.
"""
import multiprocessing
import sys

from photon import doctor, indexer


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    if "--check" in sys.argv:
        doctor.run_checks(root)
    proc = multiprocessing.Process(target=indexer.build_index, args=(root,))
    proc.start()
    proc.join()
    return proc.exitcode


if __name__ == "__main__":
    sys.exit(main())
