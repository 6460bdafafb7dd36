"""Hostile and odd inputs: each is a source file (bytes) and what the checker must make of it.

Every file that Python can read has thread evidence (line 2) and an `os.fork()` sink (line 3)
first, so the whole pipeline runs on it: prescreen, facts, project, judge. The findings never
depend on libcst (rules.md version 2): files libcst cannot read keep their real findings.
"""

from __future__ import annotations

import ast
import warnings
from dataclasses import dataclass

HEAD = "import os, threading\nthreading.Thread(target=print).start()\nos.fork()\n"
Findings = list[tuple[int, str]]  # (line, code) of each finding
FORK: Findings = [(3, "FRK003")]  # what HEAD gives
FRK000: Findings = [(1, "FRK000")]  # the file cannot be analysed (libcst cannot parse it, or not safely)


@dataclass(frozen=True)
class Hostile:
    name: str
    data: bytes
    outcome: Findings | None  # None: Python cannot read it (flake8 reports E999 or E902)
    big: bool = False  # too slow for the real-flake8 run of the default suite (pycodestyle)
    # flake8 itself may fail on it, not through this plugin: pyflakes raises RecursionError on
    # deep trees, which aborts the run; flake8 < 3.12 lets ast's ValueError for NUL bytes escape.
    flake8_may_fail: bool = False
    # flake8 decodes as latin-1 what its declared or UTF-8 encoding cannot: what it reports then.
    flake8_latin1: Findings | None = None


def _readable(text: str) -> bool:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return True


def _case(name: str, text: str, outcome: Findings, big: bool = False) -> Hostile:
    """A case whose outcome depends on whether this Python's `ast` accepts the syntax."""
    return Hostile(name, text.encode("utf-8"), outcome if _readable(text) else None, big)


CASES = [
    # Depth: ast rejects more than 200 nested brackets, so the file never reaches the plugin.
    Hostile(
        "brackets_3000", (HEAD + "x = " + "[" * 3000 + "]" * 3000 + "\n").encode(), None, flake8_may_fail=True
    ),
    Hostile(
        "calls_3000", (HEAD + "x = " + "f(" * 3000 + ")" * 3000 + "\n").encode(), None, flake8_may_fail=True
    ),
    # ast accepts these; libcst would overflow its native stack on the `and` / `or` chains. The
    # analysis runs on `ast` without recursion, so they get their real finding.
    Hostile(
        "and_8000", (HEAD + "x = " + " and ".join(["a"] * 8000) + "\n").encode(), FORK, flake8_may_fail=True
    ),
    Hostile(
        "or_8000", (HEAD + "x = " + " or ".join(["a"] * 8000) + "\n").encode(), FORK, flake8_may_fail=True
    ),
    Hostile(
        "plus_2000", (HEAD + "x = " + " + ".join(["a"] * 2000) + "\n").encode(), FORK, flake8_may_fail=True
    ),
    # Under the depth limit the analysis sees through a deep chain and gives the real finding.
    Hostile(
        "plus_450", (HEAD + "x = " + " + ".join(["a"] * 450) + "\n").encode(), FORK, flake8_may_fail=True
    ),
    Hostile("attribute_450", (HEAD + "x = a" + ".b" * 450 + "\n").encode(), FORK, flake8_may_fail=True),
    Hostile(
        "calls_195_and_300",
        (HEAD + "x = " + "f(" * 195 + " and ".join(["a"] * 300) + ")" * 195 + "\n").encode(),
        FORK,
        flake8_may_fail=True,
    ),
    # libcst raises ParserSyntaxError on this valid code: the findings do not depend on it.
    Hostile("strings_20000", (HEAD + "x = (" + " ".join(['"s"'] * 20000) + ")\n").encode(), FORK),
    Hostile("paren_annotated_target", (HEAD + "(x): int = 1\n").encode(), FORK),
    # ast.parse itself segfaults on this in CPython 3.9 and 3.10 (flake8 too); check_source refuses it.
    Hostile("plus_150001", (HEAD + "x = " + " + ".join(["a"] * 150_001) + "\n").encode(), None, big=True),
    # Size.
    Hostile(
        "lines_50000",
        (HEAD + "".join(f"x{i} = f(a, b[{i}], 'text {i}')\n" for i in range(50000))).encode(),
        FORK,
        big=True,
    ),
    Hostile("line_2mb", (HEAD + "t = [" + ", ".join(["1"] * 350_000) + "]\n").encode(), FORK, big=True),
    # 50,000 findings on one non-ASCII line: columns are converted to characters in linear time.
    Hostile(
        "forks_50000_one_line",
        (HEAD + 'x = "é"; ' + "os.fork(); " * 50_000 + "\n").encode(),
        [*FORK, *[(4, "FRK003")] * 50_000],
        big=True,
    ),
    Hostile("string_5mb", (HEAD + "s = '" + "x" * 5_000_000 + "'\n").encode(), FORK),
    Hostile(
        "nested_calls_30_lines",
        (HEAD + ("x = " + "f(" * 195 + ")" * 195 + "\n") * 30).encode(),
        FORK,
        flake8_may_fail=True,
    ),
    # Encodings and layout.
    Hostile("crlf", HEAD.replace("\n", "\r\n").encode(), FORK),
    Hostile("cr_only", HEAD.replace("\n", "\r").encode(), FORK),
    Hostile("bom", b"\xef\xbb\xbf" + HEAD.encode(), FORK),
    Hostile(
        "latin1_cookie",
        ("# -*- coding: latin-1 -*-\n" + HEAD + "s = 'caf\xe9'\n").encode("latin-1"),
        [(4, "FRK003")],
    ),
    Hostile(
        "form_feed_and_tabs", ("\x0c" + HEAD + "\x0cif True:\n\tos.fork()\n").encode(), [*FORK, (5, "FRK003")]
    ),
    Hostile("nul_byte", (HEAD + "x = 1\x00\n").encode(), None, flake8_may_fail=True),
    Hostile(
        "unknown_cookie", ("# coding: no-such-codec\n" + HEAD).encode(), None, flake8_latin1=[(4, "FRK003")]
    ),
    Hostile("invalid_utf8", HEAD.encode() + b"s = '\xff\xfe'\n", None, flake8_latin1=FORK),
    Hostile("python2_print", (HEAD + 'print "hello"\n').encode(), None),
    Hostile("python2_except", (HEAD + "try:\n    pass\nexcept Exception, e:\n    pass\n").encode(), None),
    # Newer syntax: findings where this Python reads it, "unreadable" where it does not.
    _case(
        "match",
        HEAD + "match os.name:\n    case 'posix':\n        os.fork()\n    case _:\n        pass\n",
        [*FORK, (6, "FRK003")],
    ),
    _case("except_star", HEAD + "try:\n    pass\nexcept* OSError:\n    os.fork()\n", [*FORK, (7, "FRK003")]),
    _case(
        "pep695",
        HEAD + "type Alias[T] = list[T]\ndef first[T](items: list[T]) -> T:\n    return items[0]\n",
        FORK,
    ),
    _case("pep701", HEAD + 'name = \'x\'\ns = f"{f"{name!r}"}" + f\'{"\\n".join([])}\'\n', FORK),
    _case("tstring_314", HEAD + "name = 'x'\ns = t'hello {name}'\n", FORK),
    _case("except_no_parens_314", HEAD + "try:\n    pass\nexcept OSError, ValueError:\n    pass\n", FORK),
]

IDS = [case.name for case in CASES]
