"""Case program_set_start_method_spawn.

rules.md, Across modules > "a safe set_start_method("spawn" | "forkserver") makes a
default-method sink safe when it is ... in a program that contains it". The program resizer
([project.scripts]) has threads (resizer.watch) and reaches images.resize_all only through a
command table (no resolved call), and main() sets "spawn": the pool in resizer/images.py is
safe. resizer/legacy.py is in no program, so the spawn does not cover it: FRK001 there.
"""
import multiprocessing
import sys

from resizer import images, watch

COMMANDS = {"resize": images.resize_all}


def main():
    multiprocessing.set_start_method("spawn")
    for hook in watch.HOOKS:
        hook()
    command, *args = sys.argv[1:]
    return COMMANDS[command](args)
