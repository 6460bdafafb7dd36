"""Positions: sinks in decorated methods, decorator arguments, lambdas, comprehensions, class bodies.

rules.md, "Findings": one finding per sink call, at the call's own line and column, wherever the
call sits: a lambda body (module level or in a class body), list / dict comprehensions and a
generator expression, a decorator argument of a function defined inside a function, and methods
under decorators (the call's line, not the decorator's or the def's).  No sink here runs at
import time: the module-level and class-body lambdas are never called on import, so there is
no FRK102.
Evidence: `multiprocessing.dummy.Process` ("a thread despite its name"), imported as
`from multiprocessing.dummy import Process as ThreadProcess`.
Expected: as marked.
"""
import functools
import multiprocessing
import os
import subprocess
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.dummy import Process as ThreadProcess

make_pool = lambda n: multiprocessing.Pool(n)  # error: FRK001:23


def _tick():
    pass


def start_ticker():
    ticker = ThreadProcess(target=_tick)
    ticker.start()
    return ticker


class Supervisor:
    restart_delay = 1.0
    spawn_shell = staticmethod(lambda cmd: subprocess.Popen(cmd, preexec_fn=os.setsid))  # error: FRK004:44

    @staticmethod
    @functools.lru_cache(maxsize=None)
    def shared_manager():
        return multiprocessing.Manager()  # error: FRK001:16

    @property
    def child(self):
        return os.fork()  # error: FRK003:16

    class Pools:
        def many(self, n):
            return [multiprocessing.Pool(1) for _ in range(n)]  # error: FRK001:21

        def by_name(self, names):
            return {name: ProcessPoolExecutor(max_workers=1) for name in names}  # error: FRK001:27


def install(app):
    @app.on_shutdown(executor=ProcessPoolExecutor(max_workers=1))  # error: FRK001:31
    def _drain():
        return any(os.fork() == 0 for _ in range(2))  # error: FRK003:20

    return _drain
