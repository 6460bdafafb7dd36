"""Safe: set_start_method(method="forkserver") inside a function makes the module's default-method sinks safe (including calls on a default context bound to a name); an explicit fork context and preexec_fn are still reported (rules.md "Safe", sink table details)."""
import multiprocessing
import os
import subprocess
import threading
from concurrent.futures import ProcessPoolExecutor

_DEFAULT_CTX = multiprocessing.get_context()
_LEGACY_CTX = multiprocessing.get_context("fork")  # error: FRK002:15


def main() -> None:
    multiprocessing.set_start_method(method="forkserver")
    multiprocessing.set_forkserver_preload(["numpy"])
    threading.Thread(target=serve, daemon=True).start()


def serve() -> None:
    with ProcessPoolExecutor(mp_context=None) as ex:
        ex.submit(print, "hello").result()
    with _DEFAULT_CTX.Pool(2) as pool:
        pool.map(print, range(2))
    with multiprocessing.Manager() as m:
        m.list()


def legacy(jobs):
    with _LEGACY_CTX.Pool() as pool:
        return pool.map(str, jobs)


def run_hook(cmd):
    return subprocess.Popen(cmd, preexec_fn=os.setpgrp)  # error: FRK004:12
