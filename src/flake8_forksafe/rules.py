"""The FRK codes: one place for each code's message, docs page and examples.

The examples are tested (tests/test_rules.py runs every one of them through the checker and
compares with its `# error: CODE` markers) and rendered into docs/rules/CODE.md, where a test
fails if the page is stale.
"""

from __future__ import annotations

from typing import NamedTuple

# What `flake8-forksafe fix` may do (fixer.py; here so that the command line needs no libcst).
FIX_METHODS = ("spawn", "forkserver")
SAFE_FIX_CODES = frozenset({"FRK001", "FRK004"})  # the program means the same afterwards
UNSAFE_FIX_CODES = frozenset({"FRK002"})  # the program does something else afterwards
DEFAULT_FIX_CODES = frozenset({"FRK001"})


class Rule(NamedTuple):
    code: str
    name: str
    summary: str
    # Fields: what (the sink call), context (where the threads are: see judge.py), fix;
    # FRK1xx: what, breaks (BREAKS), fix.
    message: str
    invalid: tuple[str, ...] = ()
    valid: tuple[str, ...] = ()
    # What the rule finds and why it matters, in a paragraph (SARIF's fullDescription).
    explanation: str = ""

    @property
    def help_uri(self) -> str:
        """The rule's documentation page."""
        return f"{DOCS_URL}rules/{self.code}.md"


DOCS_URL = "https://github.com/flake8-forksafe/flake8-forksafe/blob/main/docs/"


def evidence_phrase(kind: str, what: str, line: int) -> str:
    """`starts threads (threading.Thread, line 14)`: what the message says about the module."""
    return f"{kind} ({what}, line {line})"


def module_context(phrase: str) -> str:
    """`a module that starts threads (...)`: the message's context for evidence in the module."""
    return f"a module that {phrase}"


_SPAWN_DEFAULT = "spawn and forkserver (the default from Python 3.14; macOS and Windows spawn)"
# How each FRK1xx breaks, as its messages say it ({breaks}); the docs pages show the run-time errors.
BREAKS = {
    "target": f"cannot be pickled: the process fails to start under {_SPAWN_DEFAULT}",
    "argument": f"cannot be pickled: the process fails to start under {_SPAWN_DEFAULT}",
    "task": "cannot be pickled, and pools send tasks and their arguments pickled under every start method, "
    "fork included",
    "child lookup": "is pickled by name, but a spawn or forkserver child does not run the "
    'if __name__ == "__main__": block and cannot find it',
    "import time": "starts a process when the module is imported: a spawn or forkserver child imports the "
    "module again and fails while bootstrapping (RuntimeError), or the pool breaks or hangs",
    "import time start method": "a spawn or forkserver child imports the module again, where it raises "
    'RuntimeError("context has already been set")',
    "twice": 'it raises RuntimeError("context has already been set")',
}
_READINESS = "{what} {breaks}; {fix}"

_CLASSIC = """\
import threading
from concurrent.futures import ProcessPoolExecutor

_lock = threading.Lock()


def work(n):
    return n * n


def main():
    threading.Thread(target=print, args=("tick",)).start()
    with ProcessPoolExecutor() as pool:  # error: FRK001
        print(list(pool.map(work, range(4))))
"""

RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        Rule(
            "FRK000",
            "unanalysable-file",
            "flake8-forksafe could not analyse the file",
            "flake8-forksafe cannot analyse this file: {reason}",
            explanation=(
                "flake8-forksafe could not analyse this file: it is beyond the analysis's bounds (it "
                "nests deeper than the analysis can follow) or the analysis failed, which is a bug. The "
                "file may hold fork hazards that were not looked for. Rewrite the construct, or silence "
                "the file."
            ),
        ),
        Rule(
            "FRK001",
            "default-start-method",
            "a process is created with the default start method in a module that uses threads",
            "{what} uses the default start method (fork on Linux before Python 3.14) in {context}; {fix}",
            explanation=(
                "fork() copies only the calling thread: a lock another thread holds at that moment stays "
                "locked in the child, which hangs when it takes it. On Linux before Python 3.14 "
                "multiprocessing and ProcessPoolExecutor fork by default, so a pool, process or manager "
                "created with the default start method where threads run (started by this module, a "
                "module it imports or calls, or its program) can deadlock. Name the start method: a "
                "spawn or forkserver context."
            ),
            invalid=(
                _CLASSIC,
                """\
import multiprocessing
import threading

_CACHE_LOCK = threading.RLock()


def crunch(path):
    return len(path)


def run(paths):
    with multiprocessing.Pool(4) as pool:  # error: FRK001
        return pool.map(crunch, paths)
""",
                """\
import multiprocessing as mp
from concurrent.futures import ThreadPoolExecutor

_CTX = mp.get_context()  # the default context: fork on Linux


def fetch_all(urls):
    with ThreadPoolExecutor() as pool:
        return list(pool.map(len, urls))


def worker(urls):
    print(fetch_all(urls))
    proc = _CTX.Process(target=print, args=("done",))  # error: FRK001
    proc.start()
""",
            ),
            valid=(
                """\
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor

_lock = threading.Lock()


def main():
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(mp_context=ctx) as pool:
        print(list(pool.map(abs, range(4))))
""",
                """\
import multiprocessing
import threading

_lock = threading.Lock()

if __name__ == "__main__":
    multiprocessing.set_start_method("forkserver")
    with multiprocessing.Pool() as pool:
        print(pool.map(abs, range(4)))
""",
                """\
# No thread and no module-level lock: forking is safe here.
from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":  # without the guard, FRK102: spawn and forkserver children run it again
    with ProcessPoolExecutor() as pool:
        print(list(pool.map(abs, range(4))))
""",
            ),
        ),
        Rule(
            "FRK002",
            "explicit-fork",
            "the fork start method is chosen explicitly in a module that uses threads",
            "{what} pins the fork start method in {context}; {fix}",
            explanation=(
                'The fork start method is chosen explicitly (get_context("fork"), set_start_method("fork"))'
                " where threads run. The forked child inherits only the calling thread, and a lock another "
                "thread held stays locked, so the child can hang; Python 3.14's forkserver default does "
                "not change an explicit fork. Use spawn or forkserver."
            ),
            invalid=(
                """\
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor

threading.Thread(target=print, daemon=True).start()
ctx = multiprocessing.get_context("fork")  # error: FRK002
pool = ProcessPoolExecutor(mp_context=ctx)
""",
                """\
import multiprocessing
import threading

_registry_lock = threading.Lock()

if __name__ == "__main__":
    multiprocessing.set_start_method("fork")  # error: FRK002
""",
            ),
            valid=(
                """\
import multiprocessing
import threading

_registry_lock = threading.Lock()

if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
""",
            ),
        ),
        Rule(
            "FRK003",
            "raw-fork",
            "the process forks itself in a module that uses threads",
            "{what} forks the process in {context}; {fix}",
            explanation=(
                "os.fork(), os.forkpty(), pty.fork(), pty.spawn() or a forking socketserver where threads "
                "run. The child has only the forking thread, and any lock another thread held is locked "
                "forever in it. Fork before any thread starts, or start a new program (subprocess) or a "
                "spawn or forkserver process instead."
            ),
            invalid=(
                """\
import os
import threading

threading.Thread(target=print, daemon=True).start()

pid = os.fork()  # error: FRK003
""",
                """\
import socketserver
import threading

_stats_lock = threading.Lock()


class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.sendall(b"hi")


server = socketserver.ForkingTCPServer(("127.0.0.1", 0), Handler)  # error: FRK003
""",
            ),
            valid=(
                """\
import subprocess
import threading

threading.Thread(target=print, daemon=True).start()

subprocess.run(["true"], check=True)
""",
            ),
        ),
        Rule(
            "FRK004",
            "preexec-fn",
            "subprocess runs a preexec_fn in the child of a module that uses threads",
            "{what} runs Python code in the forked child in {context}; {fix}",
            explanation=(
                "A subprocess call with preexec_fn runs Python code in the forked child before exec, where "
                "threads run: the code can take a lock another thread held at the fork and hang, and the "
                "subprocess docs warn that preexec_fn is not safe with threads. Use start_new_session, "
                "process_group, user, group, umask or extra_groups instead."
            ),
            invalid=(
                """\
import os
import subprocess
import threading

_lock = threading.Lock()


def run(cmd):
    return subprocess.Popen(cmd, preexec_fn=os.setsid)  # error: FRK004
""",
            ),
            valid=(
                """\
import subprocess
import threading

_lock = threading.Lock()


def run(cmd):
    return subprocess.Popen(cmd, start_new_session=True, preexec_fn=None)
""",
            ),
        ),
        Rule(
            "FRK101",
            "unpicklable-callable",
            "a child process is given a callable that cannot be pickled",
            _READINESS,
            explanation=(
                "Under spawn and forkserver (the POSIX default from Python 3.14; macOS and Windows "
                "spawn) a Process target or a pool initializer travels to the child pickled, and pool "
                "or executor tasks always do, under every start method. A lambda, a function or class "
                "defined inside a function, or a bound method of such a class cannot be pickled: the "
                "process fails to start or the task fails. Define the callable at module level."
            ),
            invalid=(
                """\
# Breaks under spawn and forkserver: Can't pickle local object | Can't get local object
import multiprocessing


def main():
    proc = multiprocessing.Process(target=lambda: print("child"))  # error: FRK101
    proc.start()
    proc.join()


if __name__ == "__main__":
    main()
""",
                """\
# Breaks under spawn and forkserver: Can't pickle local object | Can't get local object
from concurrent.futures import ProcessPoolExecutor


def main():
    def setup():
        print("worker ready")

    with ProcessPoolExecutor(2, initializer=setup) as pool:  # error: FRK101
        print(list(pool.map(abs, [-1, -2])))


if __name__ == "__main__":
    main()
""",
                """\
# Breaks under fork, spawn and forkserver: Can't pickle local object | Can't get local object
import multiprocessing


def main():
    with multiprocessing.Pool(2) as pool:
        print(pool.map(lambda n: n * 2, [1, 2]))  # error: FRK101


if __name__ == "__main__":
    main()
""",
                """\
# Breaks under spawn and forkserver: Can't get attribute 'work'
import multiprocessing

if __name__ == "__main__":

    def work():
        print("child")

    proc = multiprocessing.Process(target=work)  # error: FRK101
    proc.start()
    proc.join()
    raise SystemExit(proc.exitcode)
""",
            ),
            valid=(
                """\
# Runs under fork, spawn and forkserver.
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def setup():
    print("worker ready")


def double(n):
    return n * 2


def main():
    proc = multiprocessing.Process(target=double, args=(1,))
    proc.start()
    proc.join()
    with ProcessPoolExecutor(2, initializer=setup) as pool:
        print(list(pool.map(double, [1, 2])))


if __name__ == "__main__":
    main()
""",
                """\
# Runs under fork, spawn and forkserver.
from concurrent.futures import ThreadPoolExecutor


def main():
    # A thread pool's tasks stay in the process: a lambda is fine here.
    with ThreadPoolExecutor(2) as pool:
        print(list(pool.map(lambda n: n * 2, [1, 2])))


if __name__ == "__main__":
    main()
""",
            ),
        ),
        Rule(
            "FRK102",
            "process-started-at-import",
            "a process is started when the module is imported",
            _READINESS,
            explanation=(
                "A spawn or forkserver child imports the main module (and what it imports at top level) "
                "again. A pool, manager, started Process or executor task created at import time, "
                'outside an if __name__ == "__main__": guard, then runs again in the child while it '
                "bootstraps: RuntimeError, endlessly respawned workers, a hung map or BrokenProcessPool. "
                "Start processes under the main guard."
            ),
            invalid=(
                """\
# Breaks under spawn and forkserver: bootstrapping phase
from concurrent.futures import ProcessPoolExecutor

with ProcessPoolExecutor(2) as pool:  # error: FRK102
    print(list(pool.map(abs, [-1, -2])))
""",
                """\
# Breaks under spawn and forkserver: bootstrapping phase
import multiprocessing


def work():
    print("working")


def main():
    proc = multiprocessing.Process(target=work)
    proc.start()
    proc.join()
    raise SystemExit(proc.exitcode)


main()  # error: FRK102
""",
            ),
            valid=(
                """\
# Runs under fork, spawn and forkserver.
import multiprocessing


def work():
    print("working")


def main():
    proc = multiprocessing.Process(target=work)
    proc.start()
    proc.join()
    raise SystemExit(proc.exitcode)


if __name__ == "__main__":
    main()
""",
                """\
# Runs under fork, spawn and forkserver.
from concurrent.futures import ProcessPoolExecutor

# Built at import time, started by its first submit or map: a child builds an idle one.
EXECUTOR = ProcessPoolExecutor(2)


def main():
    with EXECUTOR:
        print(list(EXECUTOR.map(abs, [-1, -2])))


if __name__ == "__main__":
    main()
""",
            ),
        ),
        Rule(
            "FRK103",
            "unpicklable-argument",
            "a child process is given an argument that cannot be pickled",
            _READINESS,
            explanation=(
                "Arguments handed to a child process (Process args and kwargs, initargs, pool and "
                "executor task arguments) are pickled under spawn and forkserver, and task arguments "
                "under every start method. Thread locks, conditions and events, open files, generators, "
                "threads, lambdas and local functions cannot be pickled: the process or task fails with "
                "TypeError. Pass what can be pickled, or create the object in the child."
            ),
            invalid=(
                """\
# Breaks under spawn and forkserver: cannot pickle '_thread.lock' object
import multiprocessing
import threading


def work(lock):
    with lock:
        print("child")


def main():
    lock = threading.Lock()
    proc = multiprocessing.Process(target=work, args=(lock,))  # error: FRK103
    proc.start()
    proc.join()


if __name__ == "__main__":
    main()
""",
                """\
# Breaks under fork, spawn and forkserver: cannot pickle '_io.TextIOWrapper' | cannot pickle 'TextIOWrapper'
import sys
from concurrent.futures import ProcessPoolExecutor


def first_line(handle):
    return handle.readline()


def main():
    with open(sys.argv[0]) as handle, ProcessPoolExecutor(2) as pool:
        print(pool.submit(first_line, handle).result())  # error: FRK103


if __name__ == "__main__":
    main()
""",
                """\
# Breaks under spawn and forkserver: cannot pickle 'generator' object
import multiprocessing


def total(numbers):
    print(sum(numbers))


def main():
    numbers = (n * n for n in range(3))
    proc = multiprocessing.Process(target=total, args=(numbers,))  # error: FRK103
    proc.start()
    proc.join()


if __name__ == "__main__":
    main()
""",
            ),
            valid=(
                """\
# Runs under fork, spawn and forkserver.
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor


def work(lock):
    with lock:
        print("child")


def first_line(path):
    with open(path) as handle:
        return handle.readline()


def main():
    lock = multiprocessing.Lock()  # made for processes: it travels to the child
    proc = multiprocessing.Process(target=work, args=(lock,))
    proc.start()
    proc.join()
    with ProcessPoolExecutor(2) as pool:
        print(pool.submit(first_line, sys.argv[0]).result())


if __name__ == "__main__":
    main()
""",
            ),
        ),
        Rule(
            "FRK104",
            "set-start-method-again",
            "set_start_method runs at import time or a second time",
            _READINESS,
            explanation=(
                "set_start_method may be called once. At import time, outside the main guard and without "
                "force=True, it runs again in every spawn child (and forkserver child before 3.14) that "
                "imports the module: RuntimeError 'context has already been set'. A second call without "
                "force=True fails the same way in the parent. Call it once, under the main guard."
            ),
            invalid=(
                """\
# Breaks under fork, spawn and forkserver: context has already been set
# (it chooses spawn itself, so the default method does not matter)
import multiprocessing

multiprocessing.set_start_method("spawn")  # error: FRK104


def work():
    print("working")


if __name__ == "__main__":
    proc = multiprocessing.Process(target=work)
    proc.start()
    proc.join()
    raise SystemExit(proc.exitcode)
""",
                """\
# Breaks under fork, spawn and forkserver: context has already been set
import multiprocessing


def configure():
    multiprocessing.set_start_method("spawn")


if __name__ == "__main__":
    multiprocessing.set_start_method("forkserver")
    multiprocessing.set_start_method("spawn")  # error: FRK104
""",
            ),
            valid=(
                """\
# Runs under fork, spawn and forkserver.
import multiprocessing


def work():
    print("working")


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    proc = multiprocessing.Process(target=work)
    proc.start()
    proc.join()
    raise SystemExit(proc.exitcode)
""",
                """\
# Runs under fork, spawn and forkserver.
import multiprocessing

try:
    multiprocessing.set_start_method("spawn")
except RuntimeError:  # a spawn child has it set already
    pass


def work():
    print("working")


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn", force=True)
    proc = multiprocessing.Process(target=work)
    proc.start()
    proc.join()
    raise SystemExit(proc.exitcode)
""",
            ),
        ),
    )
}
