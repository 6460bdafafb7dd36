"""The fixes: exact rewrites, sites left alone with a reason, and properties over every example."""

from __future__ import annotations

import ast
import io
import textwrap
import tokenize

import pytest

from flake8_forksafe.engine import Checker
from flake8_forksafe.fixer import fix_text
from flake8_forksafe.rules import DEFAULT_FIX_CODES

from example_sources import SOURCES

CHECKER = Checker()
HEAD = "import threading\n_lock = threading.Lock()\n"


def fixed(source: str, **kwargs: object) -> str:
    return fix_text(textwrap.dedent(source), CHECKER, **kwargs).text  # type: ignore[arg-type]


def codes(source: str) -> list[str]:
    return [finding.code for finding in CHECKER.check(ast.parse(source), source.splitlines(True))]


REWRITES = {
    "executor-without-arguments": (
        """\
        import threading
        from concurrent.futures import ProcessPoolExecutor
        _lock = threading.Lock()
        def main():
            with ProcessPoolExecutor() as pool:  # the pool
                pool.map(abs, [1])
        """,
        """\
        import multiprocessing
        import threading
        from concurrent.futures import ProcessPoolExecutor
        _lock = threading.Lock()
        def main():
            with ProcessPoolExecutor(
                mp_context=multiprocessing.get_context("spawn")
            ) as pool:  # the pool
                pool.map(abs, [1])
        """,
    ),
    "executor-one-argument-per-line": (
        """\
        import multiprocessing as mp
        import threading
        from concurrent.futures import ProcessPoolExecutor
        _lock = threading.Lock()
        def main():
            return ProcessPoolExecutor(
                max_workers=4,  # four
            )
        """,
        """\
        import multiprocessing as mp
        import threading
        from concurrent.futures import ProcessPoolExecutor
        _lock = threading.Lock()
        def main():
            return ProcessPoolExecutor(
                max_workers=4,  # four
                mp_context=mp.get_context("spawn"),
            )
        """,
    ),
    "executor-mp-context-none-positional": (
        """\
        import multiprocessing, threading
        from concurrent.futures import ProcessPoolExecutor
        _lock = threading.Lock()
        def main():
            return ProcessPoolExecutor(4, None)
        """,
        """\
        import multiprocessing, threading
        from concurrent.futures import ProcessPoolExecutor
        _lock = threading.Lock()
        def main():
            return ProcessPoolExecutor(4, multiprocessing.get_context("spawn"))
        """,
    ),
    "pool-process-manager-through-module-alias": (
        """\
        import multiprocessing as mp
        import threading
        _lock = threading.Lock()
        def work(n):
            return n
        def main():
            with mp.Pool(2) as pool:
                pool.map(work, [1])
            mp.Process(target=work, args=(1,)).start()
            return mp.Manager()
        """,
        """\
        import multiprocessing as mp
        import threading
        _lock = threading.Lock()
        def work(n):
            return n
        def main():
            with mp.get_context("spawn").Pool(2) as pool:
                pool.map(work, [1])
            mp.get_context("spawn").Process(target=work, args=(1,)).start()
            return mp.get_context("spawn").Manager()
        """,
    ),
    "from-import-spelling-after-docstring-and-future": (
        '''\
        """Docstring."""
        from __future__ import annotations

        import threading
        from multiprocessing import Process
        _lock = threading.Lock()
        def work():
            pass
        def main():
            Process(target=work).start()
        ''',
        '''\
        """Docstring."""
        from __future__ import annotations

        import threading
        from multiprocessing import Process, get_context
        _lock = threading.Lock()
        def work():
            pass
        def main():
            get_context("spawn").Process(target=work).start()
        ''',
    ),
    "default-context-bound-to-a-name": (
        """\
        import multiprocessing as mp
        import threading
        _CTX = mp.get_context()
        _lock = threading.Lock()
        def main():
            _CTX.Process(target=main).start()
            mp.get_context(None).Pool()
        """,
        """\
        import multiprocessing as mp
        import threading
        _CTX = mp.get_context("spawn")
        _lock = threading.Lock()
        def main():
            _CTX.Process(target=main).start()
            mp.get_context("spawn").Pool()
        """,
    ),
    "local-process-subclass-and-managers": (
        """\
        import multiprocessing, threading
        from multiprocessing.managers import BaseManager, SyncManager
        import multiprocessing.pool
        _lock = threading.Lock()
        class Worker(multiprocessing.Process):
            pass
        class Special(Worker):
            pass
        class MyManager(BaseManager):
            pass
        def main():
            Special().start()
            with MyManager() as manager:
                pass
            with SyncManager(("", 0)) as sync:
                pass
            multiprocessing.pool.Pool(2)
        """,
        """\
        import multiprocessing, threading
        from multiprocessing.managers import BaseManager, SyncManager
        import multiprocessing.pool
        _lock = threading.Lock()
        class Worker(multiprocessing.get_context("spawn").Process):
            pass
        class Special(Worker):
            pass
        class MyManager(BaseManager):
            pass
        def main():
            Special().start()
            with MyManager(ctx=multiprocessing.get_context("spawn")) as manager:
                pass
            with SyncManager(
                ("", 0), ctx=multiprocessing.get_context("spawn")
            ) as sync:
                pass
            multiprocessing.pool.Pool(2, context=multiprocessing.get_context("spawn"))
        """,
    ),
    "under-main-guard": (
        """\
        import multiprocessing, threading
        _lock = threading.Lock()
        if __name__ == "__main__":
            multiprocessing.Pool()
        """,
        """\
        import multiprocessing, threading
        _lock = threading.Lock()
        if __name__ == "__main__":
            multiprocessing.get_context("spawn").Pool()
        """,
    ),
}


@pytest.mark.parametrize(("before", "after"), REWRITES.values(), ids=REWRITES)
def test_rewrite(before: str, after: str) -> None:
    assert fixed(before) == textwrap.dedent(after)
    assert fixed(after) == textwrap.dedent(after)  # idempotent
    assert "FRK001" not in codes(textwrap.dedent(after))


def test_method_forkserver() -> None:
    source = HEAD + "import multiprocessing\ndef f():\n    multiprocessing.Pool()\n"
    assert 'multiprocessing.get_context("forkserver").Pool()' in fixed(source, method="forkserver")


LEFT_ALONE = {
    "lambda-target": ("mp.Process(target=lambda: 1)", "FRK101 on line 8: a lambda passed as target="),
    "nested-function-target": (
        "mp.Process(target=inner)",
        "FRK101 on line 8: inner, a function defined inside a function, passed as target=",
    ),
    "lambda-submitted-to-the-pool": (
        "with ProcessPoolExecutor() as pool:\n        pool.submit(lambda: 1)",
        "FRK101 on line 9: a lambda passed to pool.submit()",
    ),
    "nested-function-mapped": (
        "pool = mp.Pool()\n    pool.map(inner, [1])",
        "FRK101 on line 9: inner, a function defined inside a function, passed to pool.map()",
    ),
    "lock-argument": (
        "mp.Process(target=print, args=(threading.Lock(),))",
        "FRK103 on line 8: a threading.Lock passed in args=",
    ),
    "generator-initargs": (
        "ProcessPoolExecutor(initializer=print, initargs=(n for n in 'ab'))",
        "",
    ),
    "class-in-function": ("class W(mp.Process): pass\n    W()", "W is defined inside a function"),
}


@pytest.mark.parametrize(("body", "reason"), LEFT_ALONE.values(), ids=LEFT_ALONE)
def test_sites_spawn_would_break_are_left_with_a_reason(body: str, reason: str) -> None:
    source = (
        HEAD
        + "import multiprocessing as mp\nfrom concurrent.futures import ProcessPoolExecutor\n"
        + "from multiprocessing.managers import SyncManager\n"
        + f"def main(options):\n    def inner(): pass\n    {body}\n"
    )
    result = fix_text(source, CHECKER)
    if not reason:  # initargs= given as a generator: the tuple's elements are not visible, so fixed
        assert result.text != source
        return
    assert result.text == source
    assert [skip.code for skip in result.skipped] == ["FRK001"]
    assert reason in result.skipped[0].reason


def test_kwargs_known_to_lack_the_context_get_it_added() -> None:
    source = (
        HEAD
        + "from concurrent.futures import ProcessPoolExecutor\n"
        + "def f():\n    opts = {'max_workers': 2}\n    ProcessPoolExecutor(**opts)\n"
    )
    added = 'ProcessPoolExecutor(**opts, mp_context=multiprocessing.get_context("spawn"))'
    assert added in fixed(source, max_line_length=88)  # 81 characters: within 88, wrapped within 79


def test_subclass_with_its_own_constructor_is_left() -> None:
    source = (
        HEAD
        + "from multiprocessing.managers import SyncManager\n"
        + "class M(SyncManager):\n    def __init__(self): super().__init__()\n"
        + "def main():\n    M().start()\n"
    )
    result = fix_text(source, CHECKER)
    assert result.text == source
    assert "M defines its own constructor, which may not accept ctx=" in result.skipped[0].reason


def test_an_import_time_pool_is_never_switched_to_spawn() -> None:
    source = HEAD + "import multiprocessing\npool = multiprocessing.Pool()\n"
    result = fix_text(source, CHECKER)
    assert result.text == source
    assert [(skip.code, skip.reason.split(":")[0]) for skip in result.skipped] == [("FRK001", "FRK102")]
    assert "starts a process when the module is imported" in result.skipped[0].reason


def test_an_import_time_executor_not_started_there_is_left_too() -> None:
    source = HEAD + "from concurrent.futures import ProcessPoolExecutor\nPOOL = ProcessPoolExecutor()\n"
    result = fix_text(source, CHECKER)
    assert result.text == source
    assert "runs at import time, outside an if __name__" in result.skipped[0].reason


def test_a_set_start_method_fork_at_import_time_blocks_the_switch() -> None:
    # Under spawn the child imports the module again and its set_start_method("fork") raises.
    source = HEAD + (
        "import multiprocessing\nmultiprocessing.set_start_method('fork')\n"
        "def main():\n    multiprocessing.Pool()\n"
    )
    result = fix_text(source, CHECKER)
    assert result.text == source
    assert result.skipped[0].reason.startswith("FRK104 on line 4: ")


def test_a_pass_that_adds_readiness_findings_is_undone(monkeypatch: pytest.MonkeyPatch) -> None:
    import flake8_forksafe.judge as judge

    monkeypatch.setattr(judge, "fix_blocker", lambda *args: "")  # the judge forgets: the net holds
    source = HEAD + (
        "import multiprocessing\nmultiprocessing.set_start_method('fork')\n"
        "def main():\n    multiprocessing.Pool()\n"
    )
    result = fix_text(source, CHECKER)
    assert result.text == source
    assert not result.changes
    assert [skip.reason for skip in result.skipped] == [
        "the fix would make FRK104 appear (the program would break under spawn)"
    ]


SETSID = HEAD + "import os, subprocess\ndef f():\n    subprocess.Popen(['ls'], preexec_fn=os.setsid)\n"
FORK = HEAD + "import multiprocessing\nctx = multiprocessing.get_context('fork')\n"


def test_frk004_and_frk002_are_left_alone_by_default() -> None:
    assert fixed(SETSID) == SETSID
    assert fixed(FORK) == FORK


def test_frk004_setsid_becomes_start_new_session_when_selected() -> None:
    result = fixed(SETSID, codes=frozenset({"FRK001", "FRK004"}))
    assert "subprocess.Popen(['ls'], start_new_session=True)" in result
    assert "FRK004" not in codes(result)
    other = SETSID.replace("os.setsid", "os.setpgrp")
    assert fixed(other, codes=frozenset({"FRK004"})) == other  # no exact twin


def test_frk002_is_replaced_only_as_an_unsafe_fix() -> None:
    result = fixed(FORK, codes=DEFAULT_FIX_CODES | {"FRK002"})
    assert 'multiprocessing.get_context("spawn")' in result
    assert codes(result) == []


def _comments(source: str) -> list[str]:
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return [token.string for token in tokens if token.type == tokenize.COMMENT]


def _parses_on_39(source: str) -> bool:
    try:
        ast.parse(source, feature_version=(3, 9))
    except SyntaxError:
        return False
    return True


@pytest.mark.parametrize("source", SOURCES.values(), ids=SOURCES)
def test_fix_properties_on_every_example(source: str) -> None:
    before = codes(source)
    result = fix_text(source, CHECKER)
    after = codes(result.text)
    # Every FRK001 is gone or left with a stated reason; nothing else is touched.
    assert after.count("FRK001") == len([skip for skip in result.skipped if skip.code == "FRK001"])
    assert all(skip.reason for skip in result.skipped)
    assert [code for code in after if code != "FRK001"] == [code for code in before if code != "FRK001"]
    if "FRK001" not in before:
        assert result.text == source
    # Still Python (on 3.9 too, when the original was), comments kept, a second run is a no-op.
    ast.parse(result.text)
    assert _parses_on_39(result.text) or not _parses_on_39(source)
    assert _comments(result.text) == _comments(source)
    assert fix_text(result.text, CHECKER).text == result.text


def test_crlf_and_non_ascii_survive() -> None:
    source = HEAD + "import multiprocessing\ndef f():\n    x = 'é'; multiprocessing.Pool()  # ü\n"
    source = source.replace("\n", "\r\n")
    result = fixed(source)
    assert result == source.replace("multiprocessing.Pool()", 'multiprocessing.get_context("spawn").Pool()')


def test_too_deep_for_libcst_is_left_alone() -> None:
    chain = " and ".join(["a"] * 2000)
    source = HEAD + f"import multiprocessing\nx = {chain}\ndef f():\n    multiprocessing.Pool()\n"
    result = fix_text(source, CHECKER)
    assert result.text == source
    # The finding does not depend on libcst; only the fix does, and it says why it cannot.
    assert [finding.code for finding in result.remaining] == ["FRK001"]
    assert [skip.code for skip in result.skipped] == ["FRK001"]
    assert "libcst" in result.skipped[0].reason


@pytest.mark.parametrize(
    "deep",
    [
        "x = " + " and ".join(["a"] * 450),
        "x = " + "[" * 180 + "]" * 180,
        "x = " + "f(" * 180 + ")" * 180,
    ],
    ids=["and-chain", "lists", "calls"],
)
def test_a_file_too_deep_for_libcst_metadata_is_left_with_a_reason(deep: str) -> None:
    # The checker reports these (its analysis runs on ast); libcst's scope analysis recurses.
    source = HEAD + "import multiprocessing\ndef f():\n    multiprocessing.Pool()\n" + deep + "\n"
    result = fix_text(source, CHECKER)
    assert result.text == source
    assert [finding.code for finding in result.remaining if finding.code < "FRK1"] == ["FRK001"]
    assert [skip.reason for skip in result.skipped] == [
        "the file nests too deeply for libcst's scope analysis: fix it by hand"
    ]


def test_sites_sharing_one_context_edit_stand_or_fall_together() -> None:
    source = HEAD + (
        "import multiprocessing as mp\nCTX = mp.get_context()\n"
        "def work():\n    pass\n"
        "def main():\n    CTX.Process(target=work).start()\n    CTX.Process(target=lambda: 1).start()\n"
    )
    result = fix_text(source, CHECKER)
    assert result.text == source  # get_context("spawn") would break the lambda target too
    reasons = sorted(skip.reason for skip in result.skipped)
    assert reasons[0].startswith("FRK101 on line 9: a lambda passed as target=")
    assert reasons[1].startswith("the fix edits a context that the call on line 9 shares: FRK101")
