"""v8_trap_noqa_every_form.

rules.md, "Findings" and "Codes" (FRK001-FRK004 at the line where each sink call starts), as
flake8 filters them: every sink line carries a noqa comment that covers its code, in the
forms flake8 accepts (a code, a code list with spaces, an upper-case NOQA, a bare noqa, a code
prefix FRK00). The module has thread evidence (module-level threading.Semaphore), so without
the comments every line would be reported.
Expected: nothing.
"""
import multiprocessing as mp
import os
import subprocess
import threading
from concurrent.futures import ProcessPoolExecutor

_SLOTS = threading.Semaphore(4)


def work(n):
    return n


def pools(items):
    with mp.Pool(2) as pool:  # noqa: FRK001
        first = pool.map(work, items)
    with ProcessPoolExecutor() as ex:  # noqa:FRK001,FRK002
        second = list(ex.map(work, items))
    with mp.get_context("fork").Pool(1) as a, mp.Pool(1) as b:  # noqa: FRK001, FRK002
        third = a.map(work, items) + b.map(work, items)
    return first + second + third


def pin():
    mp.set_start_method("fork", force=True)  # noqa: FRK00


def raw():
    pid = os.fork()  # noqa
    if pid == 0:
        os._exit(0)
    child, fd = os.forkpty()  # NOQA:FRK003
    return child, fd


def launch(cmd):
    return subprocess.Popen(cmd, preexec_fn=os.setsid)  # noqa: E501,FRK004


def main():
    with _SLOTS:
        pin()
        pools([1, 2])
        launch(["true"]).wait()
        raw()


if __name__ == "__main__":
    main()
