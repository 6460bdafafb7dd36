"""The fast path finds exactly what the whole analysis finds, file by file, on a real corpus.

The corpus is the standard library of the Python running the tests, without its test suite
(as in benchmarks/): hundreds of real modules, some with threads and forks. Each file is
checked twice, with the prescreen and with every gate off, under the default settings and
under extra thread starters and lock factories that make many more modules count as threaded.
"""

from __future__ import annotations

import ast
import sysconfig
import tokenize
from collections.abc import Iterator
from pathlib import Path

import pytest

from flake8_forksafe.cstgate import measure
from flake8_forksafe.engine import Checker
from flake8_forksafe.settings import Settings

STDLIB = Path(sysconfig.get_paths()["stdlib"])
SETTINGS = {
    "default": Settings(),
    # Common calls made evidence (os._exit and os.close sit next to most forks), so that many
    # more modules pass the screens and reach the judge and the libcst gate.
    "extras": Settings(
        extra_thread_starters=frozenset({"atexit.register", "os._exit", "os.close"}),
        extra_lock_factories=frozenset({"logging.getLogger", "collections.namedtuple"}),
    ),
}
# The corpus must have findings to lose: socketserver.py forks in a threaded module, and with
# the extras pty.py, http/server.py and multiprocessing's fork modules count too (3.9 to 3.13).
MINIMUM_FINDINGS = {"default": 1, "extras": 5}


def stdlib_files() -> list[Path]:
    """Every .py file of the running Python's standard library but its tests and site-packages."""
    return sorted(
        path
        for path in STDLIB.rglob("*.py")
        if path.relative_to(STDLIB).parts[0] not in ("test", "site-packages")
    )


def read_module(path: Path) -> tuple[ast.Module, list[str]] | None:
    """The tree and lines flake8 would hand the plugin, or None for a file it could not parse."""
    try:
        with tokenize.open(path) as handle:
            lines = handle.readlines()
        return ast.parse("".join(lines)), lines
    except (SyntaxError, UnicodeDecodeError, ValueError):
        return None


def modules() -> Iterator[tuple[str, ast.Module, list[str]]]:
    for path in stdlib_files():
        module = read_module(path)
        if module is not None:
            yield (str(path.relative_to(STDLIB)), *module)


@pytest.fixture(scope="module")
def corpus() -> list[tuple[str, ast.Module, list[str]]]:
    return list(modules())


@pytest.mark.parametrize("name", SETTINGS)
def test_stdlib_findings_identical_with_and_without_the_prescreen(
    name: str, corpus: list[tuple[str, ast.Module, list[str]]]
) -> None:
    fast, full = Checker(SETTINGS[name]), Checker(SETTINGS[name], screened=False)
    differences = {}
    found = 0
    for path, tree, lines in corpus:
        expected = full.check(tree, lines)
        found += len(expected)
        if fast.check(tree, lines) != expected:
            differences[path] = expected
    assert len(corpus) > 400
    assert found >= MINIMUM_FINDINGS[name]
    assert differences == {}


def reference_depth(tree: ast.AST) -> int:
    """measure().depth's definition, written plainly: a BoolOp puts its operands one level deeper each."""
    step = len(tree.values) if isinstance(tree, ast.BoolOp) else 1
    return max((step + reference_depth(child) for child in ast.iter_child_nodes(tree)), default=0)


def test_libcst_depth_matches_its_definition(corpus: list[tuple[str, ast.Module, list[str]]]) -> None:
    depths = {path: measure(tree).depth for path, tree, _ in corpus}
    assert depths == {path: reference_depth(tree) for path, tree, _ in corpus}
    assert max(depths.values()) > 10
    chain = ast.parse("x = " + " or ".join(["a and b"] * 100))
    assert measure(chain).depth == reference_depth(chain) == 105
