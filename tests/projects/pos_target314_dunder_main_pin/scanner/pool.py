"""Case pos_target314_dunder_main_pin (forksafe-target-python = 3.14).

rules.md, Corrections v2: "`--forksafe-target-python` 3.14 or later drops FRK001 only where the
default start method is not fork: a `set_start_method("fork")` in the module, or anywhere in a
program that contains it, keeps the default-method sinks reported". The program is
`scanner/__main__.py` ("`__main__.py` files of project packages") and everything it imports;
its main() pins fork (FRK002 there: "explicit fork ... still are" reported; the program has
threads: scanner/feed.py). Both default sinks here stay FRK001: scan_all() (also called from
__main__) and scan_deep() (called by no one; in the program, where "a thread started anywhere
... is evidence for every sink"). scanner/offline.py is in no program and has no pin: its
FRK001 is dropped at 3.14.
"""
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def _scan(path):
    return path


def scan_all(paths):
    with multiprocessing.Pool(2) as workers:  # error: FRK001:10
        return workers.map(_scan, paths)


def scan_deep(paths):
    with ProcessPoolExecutor() as executor:  # error: FRK001:10
        return list(executor.map(_scan, paths))
