"""The FRK codes: one place for each code's message, docs page and examples.

The examples are tested (tests/test_rules.py runs every one of them through the checker and
compares with its `# error: CODE` markers) and rendered into docs/rules/CODE.md, where a test
fails if the page is stale.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    summary: str
    # Fields: what (the sink call), context (where the threads are: see judge.py), fix.
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
            "{what} uses the default start method (fork on Linux before Python 3.14) "
            "in {context}; {fix}",
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
    )
}
