"""Case target314_fork_pinned_in_program.

rules.md, Corrections (version 2), second bullet: with forksafe-target-python = 3.14, FRK001 is
still reported where "a set_start_method("fork") ... anywhere in a program that contains it"
pins fork. The program is [project.scripts] ledger = "ledger.cli:main"; main() pins fork
(FRK002 here; the program has threads: ledger.feed), so the pool in ledger/export.py stays
FRK001. ledger/legacy.py is in no program and is not pinned: its own-threaded pool is dropped.
"""
import multiprocessing

from ledger import export, feed


def main():
    multiprocessing.set_start_method("fork")  # error: FRK002:5
    for hook in feed.HOOKS:
        hook(1.0)
    return export.export_all([1, 2, 3])
