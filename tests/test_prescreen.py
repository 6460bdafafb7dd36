"""The text prescreen may let a file through needlessly, but never drops one with a finding."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flake8_forksafe.facts import collect
from flake8_forksafe.judge import judge
from flake8_forksafe.prescreen import Prescreen
from flake8_forksafe.rules import RULES

from test_contract import CASES

EVAL_FILES = sorted((Path(__file__).parent / "eval_files").glob("*.py"))
SOURCES = [
    *(textwrap.dedent(source) for source in CASES.values()),
    *(example for rule in RULES.values() for example in rule.invalid + rule.valid),
    *(path.read_text(encoding="utf-8") for path in EVAL_FILES),
]


def has_findings(source: str) -> bool:
    """What the checker would find with the prescreen switched off."""
    return bool(judge(collect(ast.parse(source)), (3, 9)))


def test_the_corpus_has_findings_to_lose() -> None:
    assert sum(map(has_findings, SOURCES)) >= 40


@pytest.mark.parametrize("source", SOURCES)
def test_never_drops_a_file_with_findings(source: str) -> None:
    if has_findings(source):
        assert Prescreen().may_have_findings(source)


def test_skips_files_without_thread_and_process_modules() -> None:
    assert not Prescreen().may_have_findings("import json\nprint(json.dumps({}))\n")
    assert not Prescreen().may_have_findings("import threading\nthreading.Thread().start()\n")
    assert not Prescreen().may_have_findings("import os\nos.fork()\n")


def test_extra_names_widen_the_screen() -> None:
    source = "import os, sentry_sdk\nsentry_sdk.init()\nos.fork()\n"
    assert not Prescreen().may_have_findings(source)
    assert Prescreen(["sentry_sdk.init"]).may_have_findings(source)


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


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(THREAD_SPELLINGS), st.sampled_from(SINK_SPELLINGS), st.booleans())
def test_generated_modules_with_findings_pass(thread: str, sink: str, sink_first: bool) -> None:
    parts = [sink, thread] if sink_first else [thread, sink]
    source = "\n".join(parts) + "\n"
    assert has_findings(source)
    assert Prescreen().may_have_findings(source)
