"""rules.md, detail by detail: small modules whose `# error:` markers say what must be found."""

from __future__ import annotations

import textwrap

import pytest

from flake8_forksafe.settings import Settings

from markers import assert_matches_markers

CASES = {
    # ----- evidence ----------------------------------------------------------------------
    "thread-in-function": """
        import os, threading
        def start():
            threading.Thread(target=print).start()
        os.fork()  # error: FRK003:1
    """,
    "timer-in-method": """
        import os
        from threading import Timer
        class A:
            def go(self):
                Timer(1, print).start()
        pid = os.fork()  # error: FRK003:7
    """,
    "thread-in-lambda": """
        import os, threading
        start = lambda: threading.Thread(target=print).start()
        os.fork()  # error: FRK003
    """,
    "local-subclass-any-depth": """
        import os, threading
        class Base(threading.Thread): pass
        class Worker(Base): pass
        def go():
            Worker().start()
        os.fork()  # error: FRK003
    """,
    "subclass-never-constructed": """
        import os, threading
        class Worker(threading.Thread): pass
        os.fork()
    """,
    "thread-pool-executor-spellings": """
        import os
        import concurrent.futures.thread
        def go():
            concurrent.futures.thread.ThreadPoolExecutor()
        os.fork()  # error: FRK003
    """,
    "cf-alias": """
        import os
        import concurrent.futures as cf
        def go():
            cf.ThreadPoolExecutor(4)
        os.fork()  # error: FRK003
    """,
    "from-concurrent-import-futures": """
        import os
        from concurrent import futures
        def go():
            with futures.ThreadPoolExecutor() as ex: pass
        os.fork()  # error: FRK003
    """,
    "thread-pool-and-dummy": """
        import os
        import multiprocessing.pool
        from multiprocessing.dummy import Pool as ThreadPool, Process as DummyProcess
        def a(): multiprocessing.pool.ThreadPool(2)
        def b(): ThreadPool(2)
        def c(): DummyProcess(target=print)
        os.fork()  # error: FRK003
    """,
    "dummy-process-alone": """
        import os
        import multiprocessing.dummy
        def c(): multiprocessing.dummy.Process(target=print).start()
        os.fork()  # error: FRK003
    """,
    "start-new-thread": """
        import os, _thread
        def go(): _thread.start_new(print, ())
        os.fork()  # error: FRK003
    """,
    "threading-servers": """
        import os, socketserver
        from http.server import ThreadingHTTPServer
        def a(): socketserver.ThreadingTCPServer(("", 0), None)
        def b(): ThreadingHTTPServer(("", 0), None)
        os.fork()  # error: FRK003
    """,
    "local-threading-mixin": """
        import os
        from socketserver import ThreadingMixIn, TCPServer
        class Server(ThreadingMixIn, TCPServer): pass
        def serve(): Server(("", 0), None).serve_forever()
        os.fork()  # error: FRK003
    """,
    "module-level-locks-each-factory": """
        import os, threading, _thread
        a = threading.RLock()
        b = threading.Condition()
        c = threading.Semaphore(2)
        d = threading.BoundedSemaphore()
        e = threading.Event()
        f = threading.Barrier(2)
        g = _thread.allocate_lock()
        os.fork()  # error: FRK003
    """,
    "lock-in-module-level-blocks": """
        import os, threading, sys
        if sys.platform:
            pass
        try:
            pass
        finally:
            for _ in range(1):
                with open(__file__):
                    _lock = threading.Lock()
        os.fork()  # error: FRK003
    """,
    "lock-in-comprehension": """
        import os, threading
        locks = [threading.Lock() for _ in range(3)]
        os.fork()  # error: FRK003
    """,
    "lock-in-decorator-argument": """
        import os, threading
        def guarded(lock):
            return lambda f: f
        @guarded(threading.Lock())
        def f(): pass
        os.fork()  # error: FRK003
    """,
    "lock-in-nested-class-body": """
        import os, threading
        class Outer:
            class Inner:
                lock = threading.Lock()
        os.fork()  # error: FRK003
    """,
    "lock-in-function-is-not-evidence": """
        import os, threading
        def f():
            lock = threading.Lock()
        g = lambda: threading.Lock()
        class A:
            def m(self):
                self.lock = threading.Lock()
        def outer():
            class Local:
                lock = threading.Lock()
        os.fork()
    """,
    "lock-aliases": """
        import os
        from threading import Lock as L
        _l = L()
        os.fork()  # error: FRK003
    """,
    "star-import": """
        import os
        from threading import *
        _l = RLock()
        os.fork()  # error: FRK003
    """,
    "threading-as-th": """
        import os
        import threading as th
        th.Thread(target=print).start()
        os.fork()  # error: FRK003
    """,
    # ----- scopes and traps --------------------------------------------------------------
    "import-inside-function-counts": """
        import os
        def go():
            import threading
            threading.Thread(target=print).start()
        os.fork()  # error: FRK003
    """,
    "function-import-shadows-module-name": """
        import os
        from threading import Thread
        def go():
            from mylib import Thread
            Thread().start()
        os.fork()
    """,
    "local-class-called-thread": """
        import os, threading
        class Thread:
            pass
        Thread()
        os.fork()
    """,
    "parameter-called-threading": """
        import os, threading
        def go(threading):
            threading.Thread(target=print).start()
        os.fork()
    """,
    "shadowed-import": """
        import os
        import threading
        threading = object()
        threading.Thread()
        os.fork()
    """,
    "try-import-fallback-keeps-import": """
        import os
        try:
            from threading import Lock
        except ImportError:
            Lock = None
        _lock = Lock()
        os.fork()  # error: FRK003
    """,
    "look-alikes": """
        import os, asyncio, timeit, psutil, billiard, multiprocess, multiprocessing
        from gevent import threading
        from eventlet.green import threading as gthreading
        from .compat import Thread
        lock = threading.Lock()
        glock = gthreading.Lock()
        alock = asyncio.Lock()
        timeit.Timer("pass")
        psutil.Process()
        billiard.Process()
        multiprocess.Process()
        Thread()
        mlock = multiprocessing.Lock()
        os.fork()
    """,
    # ----- FRK001 ------------------------------------------------------------------------
    "ppe-default-forms": """
        import multiprocessing as mp, threading
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import ProcessPoolExecutor as PPE2
        _lock = threading.Lock()
        a = ProcessPoolExecutor()  # error: FRK001:5
        b = ProcessPoolExecutor(mp_context=None)  # error: FRK001:5
        c = ProcessPoolExecutor(2, mp.get_context())  # error: FRK001:5
        d = PPE2(mp_context=mp.get_context(None))  # error: FRK001:5
        e = ProcessPoolExecutor(mp_context=mp.get_context("spawn"))
        f = ProcessPoolExecutor(mp_context=mp.get_context(method="forkserver"))
    """,
    "multiprocessing-factories": """
        import multiprocessing, multiprocessing.pool, threading
        from multiprocessing import Pool, Process, Manager
        threading.Thread(target=print).start()
        def run():
            Pool(2)  # error: FRK001
            multiprocessing.pool.Pool(2)  # error: FRK001
            multiprocessing.pool.Pool(2, context=multiprocessing.get_context("spawn"))
            Process(target=print).start()  # error: FRK001
            Manager()  # error: FRK001
            multiprocessing.Queue()
    """,
    "managers": """
        import threading
        from multiprocessing.managers import BaseManager, SyncManager
        import multiprocessing as mp
        threading.Thread(target=print).start()
        class MyManager(BaseManager): pass
        class Deeper(MyManager): pass
        def chained():
            SyncManager().start()  # error: FRK001:5
        def named():
            m = MyManager(address=("", 0))  # error: FRK001:9
            m.start()
        def with_block():
            with Deeper() as m:  # error: FRK001:10
                pass
        def connect_only():
            m = SyncManager(address=("", 5000))
            m.connect()
        def never_started():
            SyncManager()
        def safe():
            m = SyncManager(ctx=mp.get_context("spawn"))
            m.start()
        def explicit_none():
            m = SyncManager(ctx=None)  # error: FRK001
            m.start()
    """,
    "manager-started-in-another-scope": """
        import threading
        from multiprocessing.managers import SyncManager
        threading.Thread(target=print).start()
        manager = SyncManager()
        def later():
            manager.start()
    """,
    "process-subclass": """
        import threading, multiprocessing
        class Worker(multiprocessing.Process): pass
        class Special(Worker): pass
        threading.Thread(target=print).start()
        Special().start()  # error: FRK001, FRK102
    """,
    "default-context-by-name": """
        import threading
        import multiprocessing as mp
        _CTX = mp.get_context()
        _lock = threading.Lock()
        def go():
            _CTX.Pool(2)  # error: FRK001:5
            _CTX.Process(target=print)  # error: FRK001:5
            _CTX.Manager()  # error: FRK001:5
            _CTX.Queue()
        def inline():
            mp.get_context().Pool()  # error: FRK001:5
    """,
    # ----- FRK002 ------------------------------------------------------------------------
    "fork-context-reported-once": """
        import threading, multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        _lock = threading.Lock()
        ctx = multiprocessing.get_context("fork")  # error: FRK002:7
        def go():
            ctx.Pool()
            ProcessPoolExecutor(mp_context=ctx)
            ProcessPoolExecutor(mp_context=multiprocessing.get_context(method="fork"))  # error: FRK002:36
            multiprocessing.get_context("fork").Pool()  # error: FRK002:5
    """,
    "set-start-method-fork-keeps-default-sinks": """
        import threading, multiprocessing
        _lock = threading.Lock()
        multiprocessing.set_start_method("spawn")  # error: FRK104
        def main():
            multiprocessing.set_start_method(method="fork", force=True)  # error: FRK002
            multiprocessing.Pool()  # error: FRK001
    """,
    # ----- safe forms ---------------------------------------------------------------------
    "spawn-context-by-name-same-function": """
        import threading, multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        _lock = threading.Lock()
        def go():
            ctx = multiprocessing.get_context("spawn")
            ctx.Pool()
            ctx.Process(target=print)
            ProcessPoolExecutor(mp_context=ctx)
    """,
    "set-start-method-spawn-in-function": """
        import threading, multiprocessing
        _lock = threading.Lock()
        def configure():
            multiprocessing.set_start_method("spawn")
        def go():
            multiprocessing.Process(target=print).start()
    """,
    "set-start-method-forkserver-under-main": """
        import threading
        from multiprocessing import Pool, set_start_method
        _lock = threading.Lock()
        if __name__ == "__main__":
            set_start_method("forkserver")
            Pool()
    """,
    "unresolvable-receiver": """
        import threading, multiprocessing
        _lock = threading.Lock()
        class Runner:
            def __init__(self, ctx):
                self._ctx = ctx
            def go(self):
                self._ctx.Pool()
    """,
    "no-evidence-no-findings": """
        import os, multiprocessing, subprocess
        from concurrent.futures import ProcessPoolExecutor
        ProcessPoolExecutor()
        multiprocessing.get_context("fork")
        os.fork()
        subprocess.run(["true"], preexec_fn=os.setsid)
    """,
    # ----- FRK003 / FRK004 -----------------------------------------------------------------
    "raw-forks": """
        import os, pty, socketserver, threading
        from socketserver import ForkingMixIn, UDPServer
        _lock = threading.Lock()
        class Server(ForkingMixIn, UDPServer): pass
        def go():
            os.forkpty()  # error: FRK003
            pty.fork()  # error: FRK003
            pty.spawn(["sh"])  # error: FRK003
            socketserver.ForkingUDPServer(("", 0), None)  # error: FRK003
            Server(("", 0), None)  # error: FRK003
    """,
    "preexec-fn": """
        import asyncio, os, subprocess, threading
        _lock = threading.Lock()
        async def go(cmd):
            subprocess.run(cmd, preexec_fn=os.setsid)  # error: FRK004
            subprocess.call(cmd, preexec_fn=lambda: None)  # error: FRK004
            subprocess.check_call(cmd, preexec_fn=None)
            subprocess.check_output(cmd, preexec_fn=os.setpgrp)  # error: FRK004
            x = subprocess.Popen(cmd, preexec_fn=os.setsid)  # error: FRK004:9
            await asyncio.create_subprocess_exec("ls", preexec_fn=os.setsid)  # error: FRK004:11
            await asyncio.create_subprocess_shell("ls", preexec_fn=os.setsid)  # error: FRK004
            fn = None
            subprocess.run(cmd, preexec_fn=fn)  # error: FRK004
            subprocess.run(cmd)
    """,
    # ----- positions -------------------------------------------------------------------------
    "multi-line-call-and-nesting": """
        import threading, multiprocessing
        _lock = threading.Lock()
        results = list(
            map(print, [multiprocessing.Process(  # error: FRK001:17
                target=print,
            )]))
    """,
    "non-ascii-before-call": """
        import threading, os
        _lock = threading.Lock()
        msg = "héllo"; pid = os.fork()  # error: FRK003:22
    """,
}


@pytest.mark.parametrize(
    "source", [pytest.param(textwrap.dedent(src), id=name) for name, src in CASES.items()]
)
def test_contract(source: str) -> None:
    assert_matches_markers(source)


def test_extra_thread_starters_and_lock_factories() -> None:
    source = textwrap.dedent(
        """
        import os
        import acme_sdk
        from mylib import locks
        def setup():
            acme_sdk.init(dsn="x")
        os.fork()  # error: FRK003
        """
    )
    assert_matches_markers(source, Settings(extra_thread_starters=frozenset({"acme_sdk.init"})))
    assert_matches_markers(source.replace("  # error: FRK003", ""))
    lock_source = "import os\nfrom mylib import locks\n_l = locks.make()\nos.fork()  # error: FRK003\n"
    assert_matches_markers(lock_source, Settings(extra_lock_factories=frozenset({"mylib.locks.make"})))
    in_function = "import os\nfrom mylib import locks\ndef f():\n    locks.make()\nos.fork()\n"
    assert_matches_markers(in_function, Settings(extra_lock_factories=frozenset({"mylib.locks.make"})))


def test_target_python_314_silences_only_frk001() -> None:
    source = textwrap.dedent(
        """
        import os, threading, multiprocessing
        _lock = threading.Lock()
        multiprocessing.Pool()  # error: FRK102 (spawn readiness: reported on every target)
        multiprocessing.get_context("fork")  # error: FRK002
        os.fork()  # error: FRK003
        """
    )
    assert_matches_markers(source, Settings(target_python=(3, 14)))
    assert_matches_markers(
        source.replace("# error: FRK102", "# error: FRK001, FRK102"),
        Settings(target_python=(3, 13)),
    )
