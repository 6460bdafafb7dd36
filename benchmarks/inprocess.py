"""In-process timings of the plugin on the corpus; run by bench.py in the venv with the plugin.

Prints one JSON document on stdout:
- dense: the files that import both a thread module and a process module. For them, the time
  Plugin(tree, lines, filename).run() takes (flake8 hands the plugin its `ast` tree, so parsing
  it is not the plugin's cost) against the time libcst.parse_module takes on the same sources.
- corpus: the same plugin time over every file, next to ast.parse (what flake8 already pays).
- sizes: per-file cost by file size over the corpus, and on one dense module repeated 1 to 16
  times, where the plugin does the most work.
Each figure is the minimum over `--repeats` interleaved passes (noise only ever adds time).
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
import time
import tokenize
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import libcst

from flake8_forksafe.engine import Checker
from flake8_forksafe.facts import collect
from flake8_forksafe.plugin import Plugin
from flake8_forksafe.prescreen import EVIDENCE_MODULES, SINK_MODULES, Prescreen, imported_refs

import stdlib_files as corpus  # benchmarks/stdlib_files.py: a script's folder is first on sys.path


@dataclass
class Module:
    name: str
    source: str
    lines: list[str]
    tree: ast.Module


def read(path: Path) -> Module | None:
    """What flake8 hands the plugin for this file (None for a file flake8 could not parse)."""
    try:
        with tokenize.open(path) as handle:
            lines = handle.readlines()
        source = "".join(lines)
        return Module(str(path.relative_to(corpus.STDLIB)), source, lines, ast.parse(source))
    except (SyntaxError, UnicodeDecodeError, ValueError):
        return None


def is_dense(module: Module) -> bool:
    """Imports both a module that can start threads and one that can create processes."""
    tops = {ref.split(".", 1)[0] for ref in imported_refs(module.tree)}
    return bool(tops & EVIDENCE_MODULES) and bool(tops & SINK_MODULES)


def run_plugin(module: Module) -> None:
    for _ in Plugin(module.tree, module.lines, module.name).run():
        pass


UNSCREENED = Checker(screened=False)


def run_unscreened(module: Module) -> None:
    UNSCREENED.check(module.tree, module.lines)


def parse_libcst(module: Module) -> None:
    libcst.parse_module(module.source)


def parse_ast(module: Module) -> None:
    ast.parse(module.source)


def best_times(
    tasks: dict[str, Callable[[Module], None]], modules: Sequence[Module], repeats: int
) -> dict[str, float]:
    """Seconds each task takes over all `modules`: the minimum of `repeats` interleaved passes."""
    best = dict.fromkeys(tasks, float("inf"))
    for _ in range(repeats):
        for name, task in tasks.items():
            start = time.perf_counter()
            for module in modules:
                task(module)
            best[name] = min(best[name], time.perf_counter() - start)
    return best


SIZE_BUCKETS = [(0, 100), (100, 300), (300, 1000), (1000, 3000), (3000, 10**9)]


def by_size(modules: list[Module], repeats: int) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for low, high in SIZE_BUCKETS:
        bucket = [module for module in modules if low <= len(module.lines) < high]
        if not bucket:
            continue
        times = best_times(
            {"ast_parse": parse_ast, "plugin": run_plugin, "unscreened": run_unscreened}, bucket, repeats
        )
        rows.append(
            {
                "lines": f"{low}-{high - 1}" if high < 10**9 else f">={low}",
                "files": len(bucket),
                "mean_lines": round(sum(len(module.lines) for module in bucket) / len(bucket)),
                **{f"{name}_ms_per_file": 1000 * seconds / len(bucket) for name, seconds in times.items()},
            }
        )
    return rows


def repeated(module: Module, times: int) -> Module:
    source = module.source * times
    return Module(f"{module.name} x{times}", source, source.splitlines(keepends=True), ast.parse(source))


def dense_growth(base: Module, repeats: int) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for times in (1, 2, 4, 8, 16):
        module = repeated(base, times)
        seconds = best_times({"libcst_parse": parse_libcst, "plugin": run_plugin}, [module], repeats)
        rows.append(
            {
                "module": module.name,
                "lines": len(module.lines),
                "libcst_parse_ms": 1000 * seconds["libcst_parse"],
                "plugin_ms": 1000 * seconds["plugin"],
                "ratio": seconds["plugin"] / seconds["libcst_parse"],
            }
        )
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--growth-base", default="socketserver.py", help="dense module to repeat")
    args = parser.parse_args(argv)

    modules = [module for module in map(read, corpus.files()) if module is not None]
    dense = [module for module in modules if is_dense(module)]
    for module in dense:  # warm up: the first libcst call imports it
        parse_libcst(module)
        run_plugin(module)
    dense_times = best_times({"libcst_parse": parse_libcst, "plugin": run_plugin}, dense, args.repeats)
    corpus_times = best_times({"ast_parse": parse_ast, "plugin": run_plugin}, modules, args.repeats)
    screen = Prescreen()
    analysed = [module for module in modules if screen.may_have_findings(module.source, module.tree)]
    facts = {module.name: collect(module.tree) for module in analysed}
    base = next(module for module in modules if module.name == args.growth_base)
    json.dump(
        {
            "python": sys.version.split()[0],
            "versions": {name: metadata.version(name) for name in ("flake8", "libcst", "flake8-forksafe")},
            "files": len(modules),
            "files_passing_prescreen": len(analysed),
            "files_reaching_libcst": [name for name, seen in facts.items() if seen.evidence and seen.sinks],
            "dense_files": [module.name for module in dense],
            "dense": {
                **dense_times,
                "ratio": dense_times["plugin"] / dense_times["libcst_parse"],
            },
            "corpus": corpus_times,
            "sizes": by_size(modules, args.repeats),
            "dense_growth": dense_growth(base, args.repeats),
        },
        sys.stdout,
        indent=2,
    )


if __name__ == "__main__":
    main()
