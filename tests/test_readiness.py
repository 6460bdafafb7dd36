"""FRK101-FRK104 detail by detail (rules.md, "Spawn and forkserver readiness"): modules with markers."""

from __future__ import annotations

import ast
import dataclasses
import json
import textwrap

import pytest

from flake8_forksafe import catalog, readiness
from flake8_forksafe.engine import Checker
from flake8_forksafe.facts import collect
from flake8_forksafe.prescreen import Prescreen
from flake8_forksafe.settings import Settings

from markers import assert_matches_markers

CASES = {
    # ----- where the rules apply ------------------------------------------------------------
    "default-method-target": """
        import multiprocessing
        def main():
            multiprocessing.Process(target=lambda: 1).start()  # error: FRK101:36
    """,
    "spawn-context-by-name": """
        from multiprocessing import get_context
        CTX = get_context("forkserver")
        def main():
            def inner(): pass
            CTX.Process(target=inner).start()  # error: FRK101
    """,
    "fork-context-target-left-to-frk002": """
        import multiprocessing
        def main():
            ctx = multiprocessing.get_context("fork")
            ctx.Process(target=lambda: 1).start()
            with ctx.Pool(initializer=lambda: None) as pool:
                pool.map(lambda n: n, [1])  # error: FRK101
    """,
    "executor-fork-context-task": """
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        def main():
            with ProcessPoolExecutor(mp_context=multiprocessing.get_context("fork")) as ex:
                ex.submit(lambda: 1)  # error: FRK101
    """,
    "pinned-fork-module-keeps-targets": """
        import multiprocessing
        def main():
            multiprocessing.Process(target=lambda: 1).start()
        if __name__ == "__main__":
            multiprocessing.set_start_method("fork")
            main()
    """,
    "set-start-method-spawn-with-pinned-fork-elsewhere": """
        import multiprocessing
        def main():
            multiprocessing.set_start_method("spawn", force=True)
            multiprocessing.Process(target=lambda: 1).start()  # error: FRK101
        def legacy():
            multiprocessing.set_start_method("fork", force=True)  # (no threads: no FRK002)
    """,
    "unknown-context-is-not-reported": """
        from concurrent.futures import ProcessPoolExecutor
        def main(ctx):
            ProcessPoolExecutor(mp_context=ctx, initializer=lambda: None)
    """,
    "thread-pools-keep-tasks": """
        from concurrent.futures import ThreadPoolExecutor
        from multiprocessing.pool import ThreadPool
        from multiprocessing.dummy import Pool
        def main():
            ThreadPoolExecutor().submit(lambda: 1)
            ThreadPool(2).map(lambda n: n, [1])
            Pool(2).apply_async(lambda: 1)
    """,
    "lookalikes": """
        import billiard, multiprocess
        from .compat import Process
        def main():
            billiard.Process(target=lambda: 1).start()
            multiprocess.Process(target=lambda: 1).start()
            Process(target=lambda: 1).start()
    """,
    # ----- FRK101 ------------------------------------------------------------------------------
    "method-of-local-class-and-class-attribute": """
        import multiprocessing as mp
        def main():
            class Job:
                def run(self): pass
            mp.Process(target=Job().run).start()  # error: FRK101
            mp.Process(target=Job.run).start()  # error: FRK101
            mp.Process(target=Job).start()  # error: FRK101
    """,
    "module-level-things-pickle": """
        import functools
        import multiprocessing as mp
        class Job:
            def run(self): pass
        def work(x): return x
        def main():
            mp.Process(target=Job().run).start()
            mp.Process(target=functools.partial(work, 1)).start()
            with mp.Pool() as pool:
                pool.map(work, [1])
                pool.map(str.upper, ["a"])
    """,
    "guarded-definition-as-task": """
        import multiprocessing
        if __name__ == "__main__":
            def work(n): return n
            with multiprocessing.Pool() as pool:
                pool.map(work, [1])  # error: FRK101
    """,
    "guarded-definition-on-a-fork-pool-is-fine": """
        import multiprocessing
        if __name__ == "__main__":
            def work(n): return n
            with multiprocessing.get_context("fork").Pool() as pool:
                pool.map(work, [1])
    """,
    "every-task-method": """
        from multiprocessing import Pool
        from concurrent.futures import ProcessPoolExecutor as PPE
        def main():
            pool = Pool()
            pool.apply(lambda: 1)  # error: FRK101
            pool.apply_async(func=lambda: 1)  # error: FRK101
            pool.imap_unordered(lambda n: n, [1])  # error: FRK101
            pool.starmap_async(lambda n: n, [(1,)])  # error: FRK101
            PPE().map(lambda n: n, [1])  # error: FRK101
    """,
    "self-attribute-pool": """
        from concurrent.futures import ProcessPoolExecutor
        class Service:
            def __init__(self):
                self.pool = ProcessPoolExecutor()
            def go(self):
                return self.pool.submit(lambda: 1)  # error: FRK101
    """,
    "run-in-executor": """
        import asyncio, threading
        from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
        def work(*args): pass
        async def main():
            loop = asyncio.get_running_loop()
            with ProcessPoolExecutor() as pool:  # error: FRK001 (the thread pool below)
                await loop.run_in_executor(pool, lambda: 1)  # error: FRK101
                await loop.run_in_executor(pool, work, threading.Lock())  # error: FRK103
                await loop.run_in_executor(pool, work, 1)
            with ThreadPoolExecutor() as threads:
                await loop.run_in_executor(threads, lambda: 1)
    """,
    # ----- FRK102 ------------------------------------------------------------------------------
    "import-time-starts": """
        import multiprocessing as mp
        from multiprocessing.managers import SyncManager
        def work(): pass
        POOL = mp.Pool()  # error: FRK102
        mp.Process(target=work).start()  # error: FRK102
        proc = mp.Process(target=work)  # error: FRK102
        proc.start()
        with SyncManager() as manager:  # error: FRK102
            pass
        idle = mp.Process(target=work)
        for _ in range(1):
            with mp.Manager() as shared:  # error: FRK102
                pass
    """,
    "import-time-through-calls-and-classes": """
        import multiprocessing as mp
        class App:
            def run(self):
                self.helper()
            def helper(self):
                mp.Pool()
        def main():
            App().run()
        def unused():
            mp.Pool()
        main()  # error: FRK102
        App().helper()  # error: FRK102
        if __name__ == "__main__":
            main()
            unused()
    """,
    "import-time-in-a-lambda-or-fork-context-is-fine": """
        import multiprocessing as mp
        start = lambda: mp.Pool()
        FORK = mp.get_context("fork")
        POOL = FORK.Pool()
    """,
    "import-time-executor-needs-a-submit": """
        from concurrent.futures import ProcessPoolExecutor
        IDLE = ProcessPoolExecutor()
        USED = ProcessPoolExecutor()  # error: FRK102
        FIRST = USED.submit(abs, -1)
        class Holder:
            executor = ProcessPoolExecutor()
    """,
    # ----- FRK103 ------------------------------------------------------------------------------
    "unpicklable-arguments": """
        import queue, threading, _thread
        from multiprocessing import get_context
        Process = get_context("spawn").Process  # (no FRK001 for the thread below)
        def work(*args, **kwargs): pass
        def gen(): yield 1
        def main(path):
            Process(target=work, args=(threading.Condition(),)).start()  # error: FRK103
            Process(None, work, None, [_thread.allocate_lock()]).start()  # error: FRK103
            Process(target=work, kwargs=dict(q=queue.Queue())).start()  # error: FRK103
            Process(target=work, args=(gen(),)).start()  # error: FRK103
            Process(target=work, args=(threading.Thread(target=print),)).start()  # error: FRK103
            handle = open(path)
            Process(target=work, args=(handle,)).start()  # error: FRK103
            Process(target=work, args=(lambda: 1,)).start()  # error: FRK103
    """,
    "what-a-local-function-returns-pickles": """
        from concurrent.futures import ProcessPoolExecutor
        def work(*args): pass
        def main():
            def helper(): return 1
            def numbers(): yield 1
            value = helper()
            with ProcessPoolExecutor() as pool:
                pool.submit(work, value, helper())
                pool.submit(work, numbers())  # error: FRK103
    """,
    "picklable-arguments": """
        import socket, threading
        import multiprocessing as mp
        def work(*args): pass
        def gen(): return [1]
        def main(sock: socket.socket):
            mp.Process(target=work, args=(mp.Lock(), mp.Event(), sock, gen(), threading.Lock)).start()
            open = print
            mp.Process(target=work, args=(open("x"),)).start()
    """,
    "task-arguments-under-every-method": """
        import threading
        from multiprocessing import get_context
        def work(*args): pass
        def main():
            with get_context("fork").Pool() as pool:
                pool.apply_async(work, (threading.Lock(),))  # error: FRK103
                pool.map(work, [threading.Event()])  # error: FRK103
                pool.map(work, (threading.Event() for _ in "ab"))
    """,
    "initargs-only-where-it-can-spawn": """
        import threading
        from concurrent.futures import ProcessPoolExecutor
        import multiprocessing
        def setup(lock): pass
        def main():
            lock = threading.RLock()
            ProcessPoolExecutor(initializer=setup, initargs=(lock,))  # error: FRK103
            fork = multiprocessing.get_context("fork")
            ProcessPoolExecutor(mp_context=fork, initializer=setup, initargs=(lock,))
    """,
    # ----- FRK104 ------------------------------------------------------------------------------
    "import-time-needs-a-child": """
        import multiprocessing
        multiprocessing.set_start_method("spawn")
    """,
    "import-time-with-a-child": """
        import multiprocessing
        multiprocessing.set_start_method(method="forkserver")  # error: FRK104
        def main():
            multiprocessing.Pool()
    """,
    "import-time-fork-with-a-spawn-context": """
        import multiprocessing
        multiprocessing.set_start_method("fork")  # error: FRK104
        SPAWN = multiprocessing.get_context("spawn")
        def main():
            SPAWN.Pool()
    """,
    "import-time-protected": """
        import multiprocessing
        from contextlib import suppress
        multiprocessing.set_start_method("spawn", True)
        try:
            multiprocessing.set_start_method("spawn")
        except (ValueError, RuntimeError):
            pass
        with suppress(RuntimeError):
            multiprocessing.set_start_method("spawn")
        def main():
            multiprocessing.Pool()
    """,
    "twice": """
        import multiprocessing, sys
        def main():
            multiprocessing.set_start_method("spawn")
            for _ in range(1):
                multiprocessing.set_start_method("spawn")  # error: FRK104
        def exclusive_branches():
            if sys.platform == "win32":
                multiprocessing.set_start_method("spawn")
            else:
                multiprocessing.set_start_method("forkserver")
        def exclusive_handler():
            try:
                multiprocessing.set_start_method("forkserver", force=True)
            except ValueError:
                multiprocessing.set_start_method("spawn")
        def separate():
            multiprocessing.set_start_method("spawn")
        if __name__ == "__main__":
            multiprocessing.set_start_method("spawn")
            multiprocessing.set_start_method("spawn")  # error: FRK104
    """,
    "twice-through-calls": """
        import multiprocessing
        def setup():
            multiprocessing.set_start_method("spawn")  # error: FRK104
        def configure():
            setup()
        def quiet():
            multiprocessing.set_start_method("spawn", force=True)
        def main():
            pass
        if __name__ == "__main__":
            multiprocessing.set_start_method("forkserver")
            configure()
            quiet()
            main()
    """,
    "twice-guard-after-a-call": """
        import multiprocessing
        class App:
            def prepare(self):
                multiprocessing.set_start_method("spawn")
        if __name__ == "__main__":
            App().prepare()
            multiprocessing.set_start_method("spawn")  # error: FRK104
    """,
    "once-per-branch-through-calls": """
        import multiprocessing, sys
        def setup():
            multiprocessing.set_start_method("spawn")
        if __name__ == "__main__":
            if sys.argv[1:]:
                setup()
            else:
                multiprocessing.set_start_method("spawn")
    """,
}


@pytest.mark.parametrize("name", CASES)
def test_readiness_case(name: str) -> None:
    assert_matches_markers(textwrap.dedent(CASES[name]))


@pytest.mark.parametrize("name", CASES)
def test_threads_do_not_change_readiness_findings(name: str) -> None:
    # FRK1xx are reported with or without threads; threads only add FRK00x.
    source = textwrap.dedent(CASES[name])
    threaded = "import threading as _t\n_t.Thread(target=print).start()\n" + source
    lines = threaded.splitlines(keepends=True)
    findings = Checker().check(ast.parse(threaded), lines)
    readiness = [(f.line - 2, f.code) for f in findings if f.code.startswith("FRK1")]
    plain = Checker().check(ast.parse(source), source.splitlines(keepends=True))
    assert readiness == [(f.line, f.code) for f in plain if f.code.startswith("FRK1")]


def test_target_python_does_not_change_readiness() -> None:
    source = textwrap.dedent(CASES["import-time-starts"])
    assert_matches_markers(source, Settings(target_python=(3, 14)))


def test_readiness_facts_are_json_serialisable() -> None:
    source = "\n".join(textwrap.dedent(case) for case in CASES.values())
    facts = collect(ast.parse(source)).readiness
    assert facts is not None and facts.may_have_findings()
    data = json.loads(json.dumps(dataclasses.asdict(facts)))
    assert {"sites", "problems", "starts", "calls", "start_method_calls"} <= set(data)
    assert len(data["problems"]) > 20


@pytest.mark.parametrize("name", [name for name, source in CASES.items() if "# error:" in source])
def test_the_prescreen_lets_every_case_with_findings_through(name: str) -> None:
    source = textwrap.dedent(CASES[name])
    assert Prescreen().may_have_findings(source, ast.parse(source))


def test_task_methods_are_the_catalogs() -> None:
    assert set(readiness.POOL_TASKS) | set(readiness.EXECUTOR_TASKS) == catalog.POOL_TASK_METHODS


def test_the_prescreen_still_drops_modules_without_process_modules() -> None:
    screen = Prescreen()
    for source in (
        "import threading\nthreading.Thread(target=lambda: 1).start()\n",
        "import concurrency\nconcurrency.Pool().map(lambda n: n, [1])\n",
        "from concurrent.futures import ThreadPoolExecutor\nThreadPoolExecutor().submit(lambda: 1)\n",
        "# multiprocessing is only mentioned\nimport os\n",
    ):
        assert not screen.may_have_findings(source, ast.parse(source)), source
