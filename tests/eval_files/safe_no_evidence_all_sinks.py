"""No evidence at all: every kind of sink (FRK001-FRK004) in a module that never starts threads or creates import-time locks is never reported (rules.md "Safe": "A sink in a module without thread evidence is never reported")."""
import multiprocessing as mp
import os
import pty
import socketserver
import subprocess
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.managers import SyncManager

_CTX = mp.get_context()
FORK = mp.get_context("fork")


def batch(items):
    mp.set_start_method("fork")
    with ProcessPoolExecutor() as ex, mp.Pool() as pool:
        return list(ex.map(str, items)) + pool.map(str, items)


def helpers(target):
    mp.Process(target=target).start()
    SyncManager().start()
    _CTX.Pool(2).close()
    FORK.Pool(2).close()
    return mp.Manager()


def low_level(argv):
    if os.fork() == 0:
        pty.spawn(argv)
    socketserver.ForkingTCPServer(("", 0), socketserver.StreamRequestHandler)
    return subprocess.run(argv, preexec_fn=os.setsid)
