"""gap6_fork_pin_keyword_target314_program.

Clause: Corrections v2 -- at `forksafe-target-python = 3.14`, FRK001 is dropped "only where
the default start method is not fork: a set_start_method("fork") in the module, or anywhere
in a program that contains it, keeps the default-method sinks reported"; `method=` keyword
forms are the same as positional ones. use_fork() pins fork (keyword form, force=True) and
is called from ledger.sync:main, so program ledger-sync contains it. The pin is FRK002 (the
program starts a thread in sync.py). batch.py's Pool, in the same program, stays FRK001.
audit.py is its own program (ledger-audit) without a pin: its executor is dropped.
"""
import multiprocessing


def use_fork():
    multiprocessing.set_start_method(method="fork", force=True)  # error: FRK002:5
