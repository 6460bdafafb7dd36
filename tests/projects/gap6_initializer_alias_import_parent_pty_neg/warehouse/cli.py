"""gap6_initializer_alias_import_parent_pty_neg.

Clause: Corrections v2 -- a process pool's `initializer=` runs in the child, "Its threads
are evidence for forks made inside that child only, never for the parent". The initializer
is warm.init_worker, imported under an alias (`from warehouse.warm import init_worker as
init`); its ThreadPoolExecutor is child-only. The parent's ProcessPoolExecutor here and
warm.open_shell()'s `pty.spawn()` (parent code, called from main(), in the module whose only
threads are child-only: README reading R8) have no evidence: no finding.
"""
import sys
from concurrent.futures import ProcessPoolExecutor

from warehouse import warm
from warehouse.loader import load_partition
from warehouse.warm import init_worker as init


def main():
    if "--shell" in sys.argv:
        warm.open_shell()
        return
    with ProcessPoolExecutor(max_workers=4, initializer=init) as pool:
        for name, size in pool.map(load_partition, sys.argv[1:]):
            print(name, size)


if __name__ == "__main__":
    main()
