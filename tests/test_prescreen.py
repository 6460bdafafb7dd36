"""The prescreen (text and imports) may let a file through needlessly, never drop one with a finding."""

from __future__ import annotations

import ast
import re
import sys
import sysconfig
import textwrap
import warnings
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from flake8_forksafe.facts import collect
from flake8_forksafe.judge import judge
from flake8_forksafe.prescreen import Prescreen, imported_refs, mentions, whole_words
from flake8_forksafe.rules import RULES
from flake8_forksafe.summary import Summary

from test_contract import CASES

EVAL_FILES = sorted((Path(__file__).parent / "eval_files").glob("*.py"))
SOURCES = [
    *(textwrap.dedent(source) for source in CASES.values()),
    *(example for rule in RULES.values() for example in rule.invalid + rule.valid),
    *(path.read_text(encoding="utf-8") for path in EVAL_FILES),
]


def has_findings(source: str, extra_thread_starters: tuple[str, ...] = ()) -> bool:
    """What the checker would find with the prescreen switched off."""
    return bool(judge(collect(ast.parse(source), extra_thread_starters), (3, 9)))


def passes(source: str, extra_names: tuple[str, ...] = ()) -> bool:
    """Both screens, as the checker runs them: the text alone, and the text with the imports."""
    screen = Prescreen(extra_names)
    text_only = screen.may_have_findings(source)
    with_imports = screen.may_have_findings(source, ast.parse(source))
    assert text_only or not with_imports  # the import screen only ever narrows
    return with_imports


def test_the_corpus_has_findings_to_lose() -> None:
    assert sum(map(has_findings, SOURCES)) >= 40


@pytest.mark.parametrize("source", SOURCES)
def test_never_drops_a_file_with_findings(source: str) -> None:
    if has_findings(source):
        assert passes(source)


def test_skips_files_without_thread_and_process_modules() -> None:
    assert not Prescreen().may_have_findings("import json\nprint(json.dumps({}))\n")
    assert not Prescreen().may_have_findings("import threading\nthreading.Thread().start()\n")
    assert not Prescreen().may_have_findings("import os\nos.fork()\n")


def test_extra_names_widen_the_screen() -> None:
    source = "import os, acme_sdk\nacme_sdk.init()\nos.fork()\n"
    assert not Prescreen().may_have_findings(source)
    assert has_findings(source, ("acme_sdk.init",))
    assert passes(source, ("acme_sdk.init",))
    nested = "import os\nfrom acme_sdk.hub import start as go\ngo()\nos.fork()\n"
    assert has_findings(nested, ("acme_sdk.hub.start",))
    assert passes(nested, ("acme_sdk.hub.start",))


@pytest.mark.parametrize(
    "source",
    [
        # Both modules are mentioned, but no import leads to evidence and a sink.
        "import threading\nfrom os import path\nthreading.Thread().start()\npath.join('fork')\n",
        "from http import HTTPStatus\nimport os\nos.fork()\n",
        "import threading\nimport json  # os.fork() in a comment\nthreading.Thread().start()\n",
        "from . import threading, os\nthreading.Thread().start()\nos.fork()\n",
        "from threading import get_ident\nfrom subprocess import PIPE  # preexec_fn\n",
    ],
)
def test_the_import_screen_drops_what_the_text_screen_lets_through(source: str) -> None:
    assert Prescreen().may_have_findings(source)
    assert not passes(source)


def test_imports_are_found_in_every_kind_of_block() -> None:
    source = textwrap.dedent(
        """\
        import a.b.c
        import d.e as de
        from f import *
        from . import relative
        class C:
            def m(self):
                try:
                    import g
                except ImportError:
                    from h import i
                else:
                    import j
                finally:
                    import k
        for _ in x:
            pass
        else:
            while y:
                with z:
                    if w:
                        pass
                    else:
                        import l
        async def f():
            async with z:
                async for _ in x:
                    import m
        """
    )
    assert sorted(imported_refs(ast.parse(source))) == ["a", "d.e", "f", "g", "h.i", "j", "k", "l", "m"]


# Import spellings of one thread starter and one sink: every combination is a finding.
THREAD_SPELLINGS = [
    "import threading\nthreading.Thread().start()",
    "import threading as th\nth.Thread().start()",
    "from threading import Thread as T\nT().start()",
    "from threading import *\nTimer(1, print).start()",
    "import _thread\n_thread.start_new_thread(print, ())",
    "from concurrent import futures\nfutures.ThreadPoolExecutor()",
    "import concurrent.futures.thread as cft\ncft.ThreadPoolExecutor()",
    "from multiprocessing.dummy import Pool\nPool()",
    "import socketserver\nsocketserver.ThreadingTCPServer(('', 0), None)",
    "from http import server\nserver.ThreadingHTTPServer(('', 0), None)",
    "from threading import Lock\n_lock = Lock()",
]
SINK_SPELLINGS = [
    "import os\nos.fork()",
    "from posix import fork\nfork()",
    "import pty\npty.spawn('sh')",
    "import multiprocessing as mp\nmp.Pool()",
    "from multiprocessing import get_context\nget_context('fork')",
    "import concurrent.futures as cf\ncf.ProcessPoolExecutor()",
    "import subprocess as sp\nsp.run('ls', preexec_fn=print)",
    "from asyncio import create_subprocess_exec as cse\ncse('ls', preexec_fn=print)",
    "from socketserver import ForkingTCPServer\nForkingTCPServer(('', 0), None)",
]


# Blocks a part may sit in: the imports then hide inside statements the import screen must walk.
BLOCKS = [
    "{}",
    "def f():\n{}",
    "class C:\n{}",
    "if x:\n    pass\nelse:\n{}",
    "try:\n    pass\nexcept ImportError:\n{}",
    "try:\n{}\nfinally:\n    pass",
    "with x:\n{}",
    "for _ in x:\n    pass\nelse:\n{}",
    "while x:\n{}",
]


def _in_block(block: str, part: str) -> str:
    return block.format(part if block == "{}" else textwrap.indent(part, "    "))


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(THREAD_SPELLINGS),
    st.sampled_from(SINK_SPELLINGS),
    st.sampled_from(BLOCKS),
    st.sampled_from(BLOCKS),
    st.booleans(),
)
def test_generated_modules_with_findings_pass(
    thread: str, sink: str, thread_block: str, sink_block: str, sink_first: bool
) -> None:
    parts = [_in_block(thread_block, thread), _in_block(sink_block, sink)]
    source = "\n".join(reversed(parts) if sink_first else parts) + "\n"
    assume(has_findings(source))  # a lock made inside a function is no evidence
    assert passes(source)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(SINK_SPELLINGS), st.sampled_from(BLOCKS), st.booleans())
def test_generated_modules_with_extra_starters_pass(sink: str, block: str, sink_first: bool) -> None:
    thread = "from sentry_sdk import hub\nhub.start()"
    parts = [_in_block(block, thread), sink]
    source = "\n".join(reversed(parts) if sink_first else parts) + "\n"
    assert has_findings(source, ("sentry_sdk.hub.start",))
    assert passes(source, ("sentry_sdk.hub.start",))


@pytest.mark.skipif(sys.version_info < (3, 10), reason="match needs Python 3.10")
def test_imports_are_found_in_match_cases() -> None:
    source = "match x:\n    case 1:\n        import os\n    case _:\n        from threading import Thread\n"
    assert sorted(imported_refs(ast.parse(source))) == ["os", "threading.Thread"]


WORDS = ["os", "pty", "threading", "_thread"]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from([*WORDS, "x", "_", "é", "1", " ", ".", "\n", "\u00b2", "\u0660"]), max_size=12)
)
def test_mentions_finds_whole_words_as_backslash_b_does(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected = re.search(r"\b(?:{})\b".format("|".join(WORDS)), text) is not None
    assert mentions(text, whole_words(WORDS)) is expected


# ----- partial summaries: a program's closure reads a module's imports, threads and start methods
STDLIB_SAMPLE = sorted(Path(sysconfig.get_paths()["stdlib"]).rglob("*.py"))[::10]


def _full_and_partial(source: str) -> tuple[Summary, Summary]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # invalid escape sequences in old stdlib modules
        tree = ast.parse(source)
    return Summary.of(collect(tree)), Summary.of_imports(tree)


def _lines(summary: Summary) -> list[tuple[str, tuple[str, ...], int]]:
    return sorted(((i.module, i.names, i.line) for i in summary.imports), key=lambda record: record[2])


@pytest.mark.parametrize("source", SOURCES)
def test_a_partial_summary_holds_what_the_whole_one_tells_a_program(source: str) -> None:
    full, partial = _full_and_partial(source)
    assert _lines(partial) == _lines(full)
    if not Prescreen().may_start_threads_or_set_method(source):
        assert (full.threads, full.start_methods) == ((), ())


def test_partial_summaries_agree_with_whole_ones_over_the_standard_library() -> None:
    screened_out = 0
    for path in STDLIB_SAMPLE:
        try:
            source = path.read_text(encoding="utf-8")
            full, partial = _full_and_partial(source)
        except (SyntaxError, UnicodeDecodeError, RecursionError):
            continue  # lib2to3's test data, bad encodings on purpose
        assert _lines(partial) == _lines(full), path
        if not Prescreen().may_start_threads_or_set_method(source):
            screened_out += 1
            assert (full.threads, full.start_methods) == ((), ()), path
    assert screened_out > len(STDLIB_SAMPLE) // 2  # most modules start no thread


@pytest.mark.parametrize(
    "source",
    [
        "import asyncio\n\nasync def f(loop):\n    await loop.run_in_executor(None, print)\n",
        "def f(loop):\n    loop.run_in_executor(None, print)\n",  # no import: asyncio's method name
        "import multiprocessing as mp\n\nmp.set_start_method('spawn')\n",
        "from sentry_sdk import init\n\ninit()\n",
    ],
)
def test_code_that_passes_something_on_to_a_program_is_never_summarised_partially(source: str) -> None:
    full, _ = _full_and_partial(source)
    assert full.threads or full.start_methods
    assert Prescreen().may_start_threads_or_set_method(source)
