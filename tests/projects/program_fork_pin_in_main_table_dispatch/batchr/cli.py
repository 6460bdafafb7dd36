"""Case program_fork_pin_in_main_table_dispatch.

rules.md, Across modules: "a set_start_method("fork") in any of those [the sink's module, a
module that calls or imports it, a program that contains it] keeps it unsafe", and the pin is
itself an explicit-fork sink. Program batchr ([project.scripts]) starts a thread in
batchr/status.py (reached only through a hook list, reading 1) and reaches batchr/jobs.py only
through a command table. Expected: FRK002 at the pin below (the program starts threads), FRK001
at jobs.run_jobs's default ProcessPoolExecutor; jobs.rollup's explicit spawn context stays safe.
"""
import multiprocessing
import sys

from batchr import jobs, status

COMMANDS = {"run": jobs.run_jobs, "rollup": jobs.rollup}


def main():
    multiprocessing.set_start_method("fork")  # error: FRK002:5
    for hook in status.HOOKS:
        hook()
    command, *args = sys.argv[1:]
    return COMMANDS[command](args)


if __name__ == "__main__":
    main()
