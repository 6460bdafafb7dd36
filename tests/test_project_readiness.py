"""FRK101-FRK104 across modules: what the checker says, and what the FRK001 fix then refuses.

The cases are tests/projects/readiness_cross_* (test_projects.py checks their markers; the
runtime proof is test_readiness_runtime_projects.py). These tests cover the rest: the fix
blocker, --forksafe-scope=module, and the summary's new fields through the disk cache.
"""

from __future__ import annotations

import json
from pathlib import Path

from flake8_forksafe.engine import Checker
from flake8_forksafe.facts import collect
from flake8_forksafe.settings import Settings
from flake8_forksafe.source import check_source, parse
from flake8_forksafe.summary import Summary

JOBS = """\
import threading
from concurrent.futures import ProcessPoolExecutor


def square(n):
    return n * n


def run_all():
    threading.Thread(target=print, args=("tick",)).start()
    with ProcessPoolExecutor(2) as pool:
        print(list(pool.map(square, [1, 2, 3])))
"""
MAIN = "from jobs import run_all\n\nrun_all()\n"


def project(tmp_path: Path, files: dict[str, str]) -> Path:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "demo"\n')
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    return tmp_path


def check(path: Path, scope: str = "program") -> list[tuple[int, int, str, str]]:
    checker = Checker(Settings(scope=scope, no_cache=True))
    return [
        (f.line, f.col, f.code, f.repair.blocker if f.repair else "")
        for f in check_source(path.read_text(), checker, str(path))
    ]


def test_the_fix_is_blocked_where_another_module_calls_the_pool_at_import_time(tmp_path: Path) -> None:
    root = project(tmp_path, {"jobs.py": JOBS, "main.py": MAIN})
    (finding,) = check(root / "jobs.py")
    line, col, code, blocker = finding
    assert (line, col, code) == (11, 9, "FRK001")
    assert blocker.startswith("FRK102: run_all() runs at import time, outside the main guard, in main.py:3")


def test_the_fix_applies_when_the_other_module_calls_it_under_its_main_guard(tmp_path: Path) -> None:
    guarded = 'from jobs import run_all\n\nif __name__ == "__main__":\n    run_all()\n'
    root = project(tmp_path, {"jobs.py": JOBS, "main.py": guarded})
    (finding,) = check(root / "jobs.py")
    assert finding[2] == "FRK001" and finding[3] == ""
    assert check(root / "main.py") == []


def test_the_fix_is_blocked_where_an_imported_lock_goes_to_the_process(tmp_path: Path) -> None:
    main = (
        "import multiprocessing\nimport threading\n\nfrom shared import LOCK\n\n\n"
        "def main():\n"
        "    threading.Thread(target=print).start()\n"
        "    multiprocessing.Process(target=print, args=(LOCK,)).start()\n"
    )
    root = project(tmp_path, {"shared.py": "import threading\n\nLOCK = threading.Lock()\n", "main.py": main})
    found = check(root / "main.py")
    assert [(line, code) for line, _, code, _ in found] == [(9, "FRK001"), (9, "FRK103")]
    assert found[0][3].startswith("FRK103 on line 9: a threading.Lock (LOCK of shared.py) passed in args=")


def test_scope_module_follows_no_project_module(tmp_path: Path) -> None:
    root = project(tmp_path, {"jobs.py": JOBS, "main.py": MAIN})
    assert check(root / "main.py", scope="module") == []
    assert check(root / "main.py", scope="project") == [(3, 0, "FRK102", "")]


def test_summary_carries_process_starts_and_values_through_json() -> None:
    source = JOBS + "\nLOCK = threading.Lock()\nhandler = lambda: 1\n"
    summary = Summary.of(collect(parse(source)))
    assert [(s.owner, s.line, s.what) for s in summary.process_starts] == [
        ("run_all", 11, "ProcessPoolExecutor()")
    ]
    assert [(v.name, v.what, v.is_callable) for v in summary.values] == [
        ("LOCK", "a threading.Lock", False),
        ("handler", "a lambda", True),
    ]
    assert Summary.from_json(json.loads(json.dumps(summary.to_json()))) == summary
