"""Runs the checker over every .py file under some directories and counts what happened.

    python tools/corpus.py [--limit N] DIR...      (default: this Python's standard library)

Each file is read as flake8 reads it (PEP 263, latin-1 when that fails) and parsed with `ast`;
files that Python cannot read are counted, not checked (flake8 reports E999 for them). The run
fails (exit 1) on any internal error, i.e. on anything that would be a flake8 plugin failure;
a segfault or hang would stop this process, which fails the run too. Prints the figures that
docs/reliability.md records.
"""

from __future__ import annotations

import argparse
import ast
import sys
import sysconfig
import time
import warnings
from collections import Counter
from pathlib import Path

from flake8_forksafe.engine import Checker
from flake8_forksafe.source import UnreadableSource, decode


def read(path: Path) -> tuple[ast.Module, list[str]] | None:
    data = path.read_bytes()
    try:
        text = decode(data)
    except UnreadableSource:
        text = data.decode("latin-1")  # what flake8 falls back to
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    return tree, text.splitlines(keepends=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("roots", nargs="*", type=Path, default=[Path(sysconfig.get_paths()["stdlib"])])
    parser.add_argument("--limit", type=int, default=0, help="check only every n-th file (a sample)")
    args = parser.parse_args()
    checker = Checker()
    counts: Counter[str] = Counter()
    slowest = (0.0, "")
    paths = sorted(path for root in args.roots for path in root.rglob("*.py") if path.is_file())
    if args.limit:
        paths = paths[:: max(len(paths) // args.limit, 1)]
    for path in paths:
        counts["files"] += 1
        parsed = read(path)
        if parsed is None:
            counts["not readable by this Python's ast"] += 1
            continue
        start = time.perf_counter()
        findings = checker.check(*parsed, str(path))
        slowest = max(slowest, (time.perf_counter() - start, str(path)))
        counts["checked"] += 1
        for finding in findings:
            counts[finding.code] += 1
            if "internal error" in finding.message:
                counts["internal errors"] += 1
                print(f"{path}: {finding.message}", file=sys.stderr)
    print(
        f"Python {sys.version.split()[0]}: "
        + ", ".join(f"{key} {value}" for key, value in sorted(counts.items()))
    )
    print(f"slowest file: {slowest[0]:.2f} s ({slowest[1]})")
    return 1 if counts["internal errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
