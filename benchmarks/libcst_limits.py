"""Measures where `ast` and libcst stop on deep, long or odd (but mostly valid) Python.

Each probe runs in a child process, so a native stack overflow (a segfault) or a hang is
recorded instead of killing this script. Run it with the Python and libcst to measure:

    python benchmarks/libcst_limits.py            # every probe, 70 s per step
    python benchmarks/libcst_limits.py and_chain  # probes whose name contains a word

For each probe it prints what `ast.parse`, `libcst.parse_module` and libcst's scope and
qualified-name metadata did: ok, the exception's name, SIGSEGV, or timeout; and the seconds.
docs/reliability.md records the figures measured with libcst 1.9.0.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Callable

TIMEOUT = 70.0

STEPS = {
    "ast": "import ast; ast.parse(source)",
    "libcst": "import libcst; libcst.parse_module(source)",
    "metadata": (
        "import libcst; from libcst.metadata import MetadataWrapper, QualifiedNameProvider, ScopeProvider;"
        "MetadataWrapper(libcst.parse_module(source)).resolve_many([ScopeProvider, QualifiedNameProvider])"
    ),
}


def nested(open_: str, close: str) -> Callable[[int], str]:
    return lambda n: "x = " + open_ * n + "1" + close * n + "\n"


def chain(op: str) -> Callable[[int], str]:
    return lambda n: "x = " + f" {op} ".join(["a"] * n) + "\n"


PROBES: dict[str, tuple[Callable[[int], str], list[int]]] = {
    "and_chain": (chain("and"), [500, 1000, 2000, 5000, 8000]),
    "or_chain": (chain("or"), [8000]),
    "plus_chain": (chain("+"), [1000, 5000, 20000]),
    "nested_lists": (nested("[", "]"), [150, 190, 199, 1200]),
    "nested_calls": (nested("f(", ")"), [150, 190, 199, 1200]),
    "implicit_strings": (
        lambda n: "x = (" + " ".join(['"s"'] * n) + ")\n",
        [1000, 2000, 3000, 4000, 5000, 20000],
    ),
    "not_chain": (lambda n: "x = " + "not " * n + "a\n", [500, 1000, 3000]),
    "attribute_chain": (lambda n: "x = a" + ".b" * n + "\n", [1000, 5000]),
    "call_chain": (lambda n: "x = f" + "()" * n + "\n", [1000, 5000]),
    "paren_annotated_target": (lambda n: "(x): int = 1\n", [1]),
}


def run(step: str, source: str) -> tuple[str, float]:
    code = (
        "import sys\nsource = sys.stdin.read()\ntry:\n    "
        + STEPS[step]
        + "\nexcept BaseException as error:\n    print(type(error).__name__)\n    sys.exit(3)"
    )
    start = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-c", code],
            check=False,
            input=source,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return f"timeout>{TIMEOUT:.0f}s", time.perf_counter() - start
    elapsed = time.perf_counter() - start
    if done.returncode < 0:
        return signal.Signals(-done.returncode).name, elapsed
    if done.returncode:
        return done.stdout.strip() or f"exit {done.returncode}", elapsed
    return "ok", elapsed


def main(words: list[str]) -> None:
    from importlib.metadata import version

    print(f"# Python {sys.version.split()[0]}, libcst {version('libcst')}")
    for name, (make, sizes) in PROBES.items():
        if words and not any(word in name for word in words):
            continue
        for size in sizes:
            source = make(size)
            cells = []
            for step in STEPS:
                outcome, elapsed = run(step, source)
                cells.append(f"{step}={outcome} ({elapsed:.1f}s)")
                if step == "libcst" and outcome != "ok":
                    break  # the metadata step needs a parsed module
            print(f"{name:24} {size:>6}  " + "  ".join(cells), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
