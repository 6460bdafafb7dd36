"""v8_trap_aliased_sinks_no_thread_evidence.

rules.md, "Findings": "A sink in a module without thread evidence is never reported", whatever
the spelling of the sinks. Every sink kind appears through renamed imports (mp, PPE, pin_method,
f, open_pty, ptymod, sp). The module-level locks are multiprocessing locks
(`from multiprocessing import Lock as ProcLock`, `mp.Event()`, `ctx.RLock()`), and
"multiprocessing.Lock and friends are not thread evidence".
Expected: nothing.
"""
import multiprocessing as mp
import os
import pty as ptymod
import subprocess as sp
from concurrent.futures import ProcessPoolExecutor as PPE
from multiprocessing import Lock as ProcLock
from multiprocessing import set_start_method as pin_method
from os import fork as f, forkpty as open_pty

_CTX = mp.get_context()
_PROC_LOCK = ProcLock()
_PROC_EVENT = mp.Event()
_PROC_RLOCK = _CTX.RLock()


def work(n):
    return n + 1


def configure():
    pin_method("fork")


def run(items):
    with _CTX.Pool(2) as pool:
        first = pool.map(work, items)
    with PPE() as ex:
        second = list(ex.map(work, items))
    with mp.get_context("fork").Pool(2) as pool:
        third = pool.map(work, items)
    return first + second + third


def raw():
    if f() == 0:
        os._exit(0)
    pid, fd = open_pty()
    child, child_fd = ptymod.fork()
    return pid, child


def launch(cmd):
    return sp.Popen(cmd, preexec_fn=os.setsid)


def main():
    configure()
    with _PROC_LOCK:
        run([1, 2])
    _PROC_EVENT.set()
    launch(["true"]).wait()
    raw()


if __name__ == "__main__":
    main()
