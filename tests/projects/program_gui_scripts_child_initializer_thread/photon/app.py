"""Case program_gui_scripts_child_initializer_thread.

rules.md, Programs ([project.gui-scripts]) limited by Corrections (version 2): a process pool's
`initializer=` runs in the child, "also when passed through a name bound to it in the same
scope", together with "what it calls". The program's only thread is started by
develop._start_forwarder(), called only from develop.init_worker(), which is only an
initializer (through the name `init` here, and directly in photon/export.py). Expected: no
finding (this executor, export.py's Pool and its preexec_fn).
"""
import sys
from concurrent.futures import ProcessPoolExecutor

from photon import develop, export


def main():
    init = develop.init_worker
    with ProcessPoolExecutor(initializer=init) as pool:
        developed = list(pool.map(develop.develop_raw, sys.argv[1:]))
    return export.export_all(developed)
