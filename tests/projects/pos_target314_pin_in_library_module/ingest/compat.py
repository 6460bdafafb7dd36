"""pos_target314_pin_in_library_module.

Clause: Corrections v2, "`--forksafe-target-python` 3.14 or later drops FRK001 only where the
default start method is not fork: a `set_start_method("fork")` in the module, or anywhere in a
program that contains it, keeps the default-method sinks reported". Here the pin is in a
library module of one program (not its entry point).

- This module is in program ingest-live (which starts threads): the pin itself is FRK002.
- live.py (ingest-live): FRK001 kept.
- shared.py is in both programs; ingest-live pins fork: FRK001 kept.
- replay.py is only in ingest-replay, which has no pin: its FRK001 is dropped at 3.14.
"""
import multiprocessing


def pin_fork():
    multiprocessing.set_start_method("fork")  # error: FRK002:5
