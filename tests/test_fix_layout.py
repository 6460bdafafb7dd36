"""Fixed code looks written by hand: imports where isort puts them, calls wrapped, no long lines.

The judge is the real ruff: a file that passes `ruff check --select I,E501` (isort's order and
the line length) before the fix passes it after.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from flake8_forksafe.engine import Checker
from flake8_forksafe.fixer import fix_text
from flake8_forksafe.settings import Settings

from example_sources import SOURCES

RUFF = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
CHECKER = Checker(Settings(extra_thread_starters=frozenset({"acme_sdk.init"})))


def ruff_problems(tmp_path: Path, source: str, line_length: int = 79) -> list[str]:
    assert RUFF, "ruff is in the test extra"
    path = tmp_path / "module.py"
    path.write_bytes(source.encode())
    result = subprocess.run(
        [RUFF, "check", "--isolated", "--no-cache", "--select=I,E501", f"--line-length={line_length}",
         "--output-format=concise", str(path)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    return [line.split(": ", 1)[1] for line in result.stdout.splitlines() if line.startswith(str(path))]


CASES = {
    "import-between-stdlib-imports": (
        """\
        import os
        import threading
        from concurrent.futures import ProcessPoolExecutor

        import acme_sdk

        _lock = threading.Lock()


        def main():
            with ProcessPoolExecutor() as pool:
                pool.submit(os.getpid)
            acme_sdk.flush()
        """,
        """\
        import multiprocessing
        import os
        import threading
        from concurrent.futures import ProcessPoolExecutor
        """,
    ),
    "import-after-the-straight-imports": (
        """\
        \"\"\"The module.\"\"\"

        from __future__ import annotations

        # the standard library
        import abc
        import threading
        from concurrent.futures import ProcessPoolExecutor

        _lock = threading.Lock()


        class Job(abc.ABC):
            def run(self):
                return ProcessPoolExecutor()
        """,
        """\
        # the standard library
        import abc
        import multiprocessing
        import threading
        from concurrent.futures import ProcessPoolExecutor
        """,
    ),
    "name-joins-the-from-import": (
        """\
        import threading
        from multiprocessing import Pool

        _lock = threading.Lock()


        def main():
            return Pool(4)
        """,
        """\
        from multiprocessing import Pool, get_context
        """,
    ),
    "long-from-import-is-wrapped": (
        """\
        import threading
        from multiprocessing import Process, Queue, active_children, cpu_count

        _lock = threading.Lock()


        def main(queue: Queue):
            Process(target=print, args=(cpu_count(), active_children())).start()
        """,
        """\
        from multiprocessing import (
            Process,
            Queue,
            active_children,
            cpu_count,
            get_context,
        )
        """,
    ),
    "parenthesised-from-import": (
        """\
        import threading
        from multiprocessing import (
            Process,
            cpu_count,
        )

        _lock = threading.Lock()


        def main():
            Process(target=print, args=(cpu_count(),)).start()
        """,
        """\
        from multiprocessing import (
            Process,
            cpu_count,
            get_context,
        )
        """,
    ),
    "call-arguments-on-a-line-of-their-own": (
        """\
        import multiprocessing
        import threading
        from concurrent.futures import ProcessPoolExecutor

        _lock = threading.Lock()


        def main():
            with ProcessPoolExecutor(max_workers=4) as pool:
                return pool
        """,
        """\
            with ProcessPoolExecutor(
                max_workers=4, mp_context=multiprocessing.get_context("spawn")
            ) as pool:
        """,
    ),
    "call-arguments-one-per-line": (
        """\
        import multiprocessing
        import threading
        from concurrent.futures import ProcessPoolExecutor

        _lock = threading.Lock()


        class Service:
            def start(self, initializer):
                self.pool = ProcessPoolExecutor(max_workers=4, initializer=initializer)
        """,
        """\
                self.pool = ProcessPoolExecutor(
                    max_workers=4,
                    initializer=initializer,
                    mp_context=multiprocessing.get_context("spawn"),
                )
        """,
    ),
    "keyword-on-its-own-line-in-a-multi-line-call": (
        """\
        import multiprocessing
        import threading
        from concurrent.futures import ProcessPoolExecutor

        _lock = threading.Lock()


        def main(init):
            return ProcessPoolExecutor(
                max_workers=4,
                initializer=init,
            )
        """,
        """\
            return ProcessPoolExecutor(
                max_workers=4,
                initializer=init,
                mp_context=multiprocessing.get_context("spawn"),
            )
        """,
    ),
    "pool-through-the-module": (
        """\
        import multiprocessing
        import threading

        _lock = threading.Lock()


        def main(paths):
            with multiprocessing.Pool(processes=8, maxtasksperchild=100) as pool:
                return pool.map(len, paths)
        """,
        """\
            with multiprocessing.get_context("spawn").Pool(
                processes=8, maxtasksperchild=100
            ) as pool:
        """,
    ),
    "no-import-block-before": (
        """\
        \"\"\"Docstring.\"\"\"
        print(1)
        import threading
        from concurrent.futures import ProcessPoolExecutor
        _lock = threading.Lock()
        def main():  # (an import-time pool is never switched to spawn: FRK102)
            ProcessPoolExecutor()
        """,
        "",
    ),
}


@pytest.mark.parametrize(("source", "expected"), CASES.values(), ids=CASES)
def test_fixed_code_passes_ruff_where_the_original_did(tmp_path: Path, source: str, expected: str) -> None:
    source = textwrap.dedent(source)
    before = ruff_problems(tmp_path, source)
    result = fix_text(source, CHECKER)
    assert result.changes and result.text != source
    assert "".join(line[8:] for line in expected.splitlines(keepends=True)) in result.text
    if not before:
        assert ruff_problems(tmp_path, result.text) == []
    assert fix_text(result.text, CHECKER).text == result.text


def test_line_length_is_flake8s_max_line_length(tmp_path: Path) -> None:
    source = textwrap.dedent(CASES["call-arguments-on-a-line-of-their-own"][0])
    wide = fix_text(source, CHECKER, max_line_length=120).text
    assert 'ProcessPoolExecutor(max_workers=4, mp_context=multiprocessing.get_context("spawn"))' in wide
    assert ruff_problems(tmp_path, wide, line_length=120) == []


def test_crlf_survives_wrapping(tmp_path: Path) -> None:
    source = textwrap.dedent(CASES["call-arguments-one-per-line"][0]).replace("\n", "\r\n")
    fixed = fix_text(source, CHECKER).text
    assert "\r\n" in fixed and "\n" not in fixed.replace("\r\n", "")
    assert ruff_problems(tmp_path, fixed) == []


def isort(tmp_path: Path, source: str) -> str:
    """The source with its imports sorted by ruff (I001's fix)."""
    path = tmp_path / "sorted.py"
    path.write_text(source)
    command = [RUFF or "ruff", "check", "--isolated", "--no-cache", "--select=I", "--fix", "--line-length=79"]
    subprocess.run([*command, str(path)], capture_output=True, check=False)
    return path.read_text()


# The edit lengthens the text before the call's own bracket, on a line ending in a comment:
# wrapping the call's arguments cannot shorten that line.
NO_WRAP_HELPS = {"contract-multi-line-call-and-nesting"}


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_every_example_passes_ruff_after_the_fix_where_it_did_before(tmp_path: Path, name: str) -> None:
    if name in NO_WRAP_HELPS:
        pytest.skip("no wrap at the call can keep this line short")
    source = isort(tmp_path, SOURCES[name])
    if ruff_problems(tmp_path, source):
        pytest.skip("the example has lines that are too long to begin with")
    assert ruff_problems(tmp_path, fix_text(source, CHECKER).text) == []


CONTEXT = "_CONTEXT_FOR_ALL_THE_WORKERS_OF_THIS_MODULE"


@pytest.mark.parametrize(
    ("source", "codes", "expected"),
    [
        (
            "import multiprocessing\nimport threading\n\n_lock = threading.Lock()\n"
            f"{CONTEXT} = multiprocessing.get_context()\n\n\ndef pool():\n    return {CONTEXT}.Pool()\n",
            frozenset({"FRK001"}),
            f'{CONTEXT} = multiprocessing.get_context(\n    "spawn"\n)\n',
        ),
        (
            "import multiprocessing\nimport threading\n\n_lock = threading.Lock()\n"
            '_CONTEXT_FOR_THE_WORKERS_OF_THIS_MODULE = multiprocessing.get_context("fork")\n',
            frozenset({"FRK002"}),
            '_CONTEXT_FOR_THE_WORKERS_OF_THIS_MODULE = multiprocessing.get_context(\n    "forkserver"\n)\n',
        ),
        (
            "import os\nimport subprocess\nimport threading\n\n_lock = threading.Lock()\n\n\n"
            "def run(command):\n"
            "    return subprocess.run(command, check=True, text=True, preexec_fn=os.setsid)\n",
            frozenset({"FRK004"}),
            "    return subprocess.run(\n"
            "        command, check=True, text=True, start_new_session=True\n"
            "    )\n",
        ),
    ],
    ids=["default-context", "fork-context", "preexec-fn"],
)
def test_other_edits_keep_within_the_line_length(
    tmp_path: Path, source: str, codes: frozenset[str], expected: str
) -> None:
    assert ruff_problems(tmp_path, source) == []
    fixed = fix_text(source, CHECKER, "forkserver" if "FRK002" in codes else "spawn", codes).text
    assert expected in fixed
    assert ruff_problems(tmp_path, fixed) == []
