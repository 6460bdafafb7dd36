"""neg_spawn_set_by_importer_only.

Clause: Across modules, "a safe `set_start_method("spawn" | "forkserver")` makes a
default-method sink safe when it is in the sink's module, in a module that (transitively) calls
or imports it, or in a program that contains it". Read as written: cli.py imports jobs.crunch
at module level and sets spawn in main(); it reaches crunch() only through the COMMANDS table
(reading 1: not a resolved call), so the link is the import alone. No entry points.
Expected: no finding (crunch.py's own thread does not matter once spawn is set).
"""
import multiprocessing
import sys

from jobs import crunch

COMMANDS = {"crunch": crunch.crunch}


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    multiprocessing.set_start_method("spawn")
    name = argv[0] if argv else "crunch"
    return COMMANDS[name]([1, 2, 3])


if __name__ == "__main__":
    main()
