"""Case program_spawn_in_main_default_contexts.

rules.md, Across modules: "a safe set_start_method("spawn" | "forkserver") makes a
default-method sink safe when it is in the sink's module, in a module that (transitively) calls
or imports it, or in a program that contains it". main() of program ocrd ([project.scripts])
sets spawn. ocrd/pages.py starts its own progress thread and uses only default-method sinks:
ProcessPoolExecutor(mp_context=get_context()), multiprocessing.Manager(), and a local
multiprocessing.Process subclass, all reached through a command table (no resolved call).
Expected: no finding.
"""
import multiprocessing
import sys

from ocrd import pages

COMMANDS = {"ocr": pages.ocr_all, "index": pages.index_all}


def main():
    multiprocessing.set_start_method("spawn")
    command, *args = sys.argv[1:]
    return COMMANDS[command](args)


if __name__ == "__main__":
    main()
