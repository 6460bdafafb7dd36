"""Asks libcst whether it can read a module, without letting it crash, hang or exhaust memory.

libcst 1.9.0's native parser recurses once per nesting level and overflows the C stack (a
segfault no `except` catches) on deep input that `ast` accepts, e.g. an 8,000-term
`a and a and ... a` that `ast` keeps flat, or 1,200 nested calls. Its time and memory also grow
with the square of bracket nesting (a line of 195 nested calls takes 85 MB) and its time with
the length of operator chains (a 5,000-term `a + ... + a` takes 3 s, 20,000 terms over a minute).
So the `ast` tree is measured first, in one pass without recursion; docs/reliability.md has the
figures and benchmarks/libcst_limits.py remeasures them.
"""

from __future__ import annotations

import ast
import atexit
import os
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass

# Well below the depth at which libcst 1.9.0 overflows an 8 MiB stack (about 1,200 nested
# calls, 5,000 to 8,000 `and` operands); every shape at this depth parses in under 2 s.
MAX_LIBCST_DEPTH = 500
# Bounds on libcst's work, 2x to 2.5x the largest file in the standard library (test_typing.py:
# 76,183 nodes, bracket work 98,953; libcst reads it in 1 s). Past them libcst would still parse
# the file, only slowly (13 to 40 us a node: 9 s for a 2 MB list display; 1.5 kB a unit of
# bracket work), so it is not asked.
MAX_LIBCST_NODES = 150_000
MAX_LIBCST_BRACKET_WORK = 250_000

_BRACKETS = (
    ast.Call, ast.List, ast.Tuple, ast.Set, ast.Dict, ast.Subscript,
    ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp,
)  # fmt: skip


@dataclass(frozen=True)
class Shape:
    """What a module's `ast` tree predicts about libcst's work on it."""

    depth: int  # how deep libcst's tree would nest; `a and b and c` nests per operand
    nodes: int  # `ast` nodes
    bracket_work: int  # the sum over nodes of the brackets around them: quadratic in nesting


def measure(tree: ast.AST) -> Shape:
    """One pass over the tree, iterative (it may be deeper than Python's recursion limit) and
    reading `_fields` directly, which costs a third of `ast.iter_child_nodes`."""
    deepest = nodes = bracket_work = 0
    stack: list[tuple[ast.AST, int, int]] = [(tree, 0, 0)]
    while stack:
        node, depth, brackets = stack.pop()
        deepest = max(deepest, depth)
        nodes += 1
        bracket_work += brackets
        # libcst nests a chain of n boolean operands n - 1 levels deep; ast keeps one level.
        child_depth = depth + (len(node.values) if isinstance(node, ast.BoolOp) else 1)
        inner = brackets + isinstance(node, _BRACKETS)
        for name in node._fields:
            value = getattr(node, name, None)
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, ast.AST):
                        stack.append((item, child_depth, inner))
            elif isinstance(value, ast.AST):
                stack.append((value, child_depth, inner))
    return Shape(deepest, nodes, bracket_work)


def libcst_problem(source: str, tree: ast.AST) -> str | None:
    """Why libcst cannot read `source`, or None when it can.

    A module too deep for libcst's native parser cannot be read: it would crash. A module that
    is only too big to read in bounded time is not asked at all and gets None: the findings
    come from the `ast` analysis, which does not need libcst.
    """
    shape = measure(tree)
    if shape.depth > MAX_LIBCST_DEPTH:
        return f"it nests {shape.depth} levels deep, more than libcst can parse safely ({MAX_LIBCST_DEPTH})"
    if shape.nodes > MAX_LIBCST_NODES or shape.bracket_work > MAX_LIBCST_BRACKET_WORK:
        return None
    return _WORKER.ask(source)


def parse_problem(source: str) -> str | None:
    """libcst's own answer, in this process: why it cannot parse `source`, or None."""
    import libcst  # imported on first use: most processes never get this far

    try:
        libcst.parse_module(source)
    except libcst.ParserSyntaxError as error:
        return f"libcst cannot parse it ({error.message})"
    except (RecursionError, MemoryError, ValueError) as error:
        return f"libcst cannot parse it ({type(error).__name__})"
    return None


# libcst runs in a child process that lives as long as this one. A crash or a hang inside its
# native parser then costs one FRK000 instead of the user's whole flake8 run, and libcst's
# memory (its import alone is about 10 MiB) stays out of the flake8 process.
WORKER_TIMEOUT = 30.0  # seconds; the guards above keep a real parse to a few seconds
# The worker's address space is capped too (RLIMIT_AS): a parse that would take more memory
# fails with MemoryError inside the worker, never swapping the machine. libcst's largest
# measured parse within the guards takes under 200 MiB (docs/reliability.md).
WORKER_MEMORY_BYTES = 1024 * 1024 * 1024


class _Worker:
    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        self._in_process = sys.platform == "win32" or not sys.executable  # no select() on pipes

    def ask(self, source: str) -> str | None:
        if self._in_process:
            return parse_problem(source)
        data = source.encode("utf-8", "surrogatepass")
        try:
            process = self._process or self._start()
            assert process.stdin is not None and process.stdout is not None
            process.stdin.write(len(data).to_bytes(8, "big") + data)
            process.stdin.flush()
            reply = _read(process.stdout.fileno(), time.monotonic() + WORKER_TIMEOUT)
        except TimeoutError:
            self._stop()
            return f"libcst did not finish parsing it in {WORKER_TIMEOUT:.0f} s"
        except OSError:  # the child is gone (EOF, broken pipe) or could not start
            returncode = self._stop()
            if returncode is not None and returncode < 0:
                return f"libcst crashed while parsing it ({_signal_name(-returncode)})"
            self._in_process = True  # a worker that cannot run: do without it from now on
            return parse_problem(source)
        return reply.decode("utf-8", "replace") or None

    def _start(self) -> subprocess.Popen[bytes]:
        self._process = subprocess.Popen(
            [sys.executable, "-m", __name__],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        return self._process

    def close(self) -> None:
        """Ends the worker: it exits when its input closes."""
        process, self._process = self._process, None
        if process is not None and process.stdin is not None:
            process.stdin.close()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()

    def _stop(self) -> int | None:
        process, self._process = self._process, None
        if process is None:
            return None
        process.kill()
        return process.wait()


def _read(fd: int, deadline: float) -> bytes:
    """One length-prefixed reply from the worker; TimeoutError past the deadline, OSError at EOF."""
    header = _read_exactly(fd, 8, deadline)
    return _read_exactly(fd, int.from_bytes(header, "big"), deadline)


def _read_exactly(fd: int, size: int, deadline: float) -> bytes:
    chunks: list[bytes] = []
    while size:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
            raise TimeoutError
        chunk = os.read(fd, size)
        if not chunk:
            raise WorkerClosed
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


class WorkerClosed(OSError):
    """The worker closed its output: it exited or crashed."""


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def _limit_memory() -> None:
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = WORKER_MEMORY_BYTES if hard == resource.RLIM_INFINITY else min(WORKER_MEMORY_BYTES, hard)
        if soft == resource.RLIM_INFINITY or soft > cap:
            resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ImportError, ValueError, OSError):  # no resource module (Windows), or not allowed
        pass


def _parse_problem_bounded(source: str) -> str | None:
    try:
        return parse_problem(source)
    except MemoryError:
        return f"libcst needs more than {WORKER_MEMORY_BYTES // (1024 * 1024)} MiB to parse it"


def _serve() -> None:
    """The worker's loop: a length-prefixed source in, a length-prefixed problem (or b"") out."""
    _limit_memory()
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    while True:
        header = stdin.read(8)
        if len(header) < 8:
            return  # the parent is gone
        source = stdin.read(int.from_bytes(header, "big")).decode("utf-8", "surrogatepass")
        reply = (_parse_problem_bounded(source) or "").encode("utf-8", "backslashreplace")
        stdout.write(len(reply).to_bytes(8, "big") + reply)
        stdout.flush()


_WORKER = _Worker()
atexit.register(_WORKER.close)

if __name__ == "__main__":
    _serve()
