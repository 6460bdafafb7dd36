"""Long chains through the project cost no Python stack (every walk is iterative)."""

from __future__ import annotations

from pathlib import Path

from flake8_forksafe.engine import Checker
from flake8_forksafe.settings import Settings
from flake8_forksafe.source import check_source

LENGTH = 3000  # well past the default recursion limit of 1,000


def test_a_long_call_chain_handed_to_a_child(tmp_path: Path) -> None:
    """f0 runs only as a Process target; f0 -> f1 -> ... starts a thread at the far end: child code."""
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "chain"\nversion = "0"\n')
    chain = "".join(f"def f{i}():\n    f{i + 1}()\n\n\n" for i in range(LENGTH))
    (tmp_path / "steps.py").write_text(
        f"import threading\n\n\n{chain}def f{LENGTH}():\n    threading.Thread(target=print).start()\n"
    )
    main = (
        "import multiprocessing\n\nfrom steps import f0\n\n\n"
        "def main():\n    multiprocessing.Process(target=f0).start()\n"
    )
    (tmp_path / "main.py").write_text(main)
    findings = check_source(main, Checker(Settings(no_cache=True)), str(tmp_path / "main.py"))
    assert findings == []  # the thread runs in the child only: no FRK000, no finding for the parent
    threaded = main.replace("def main():\n", "def main():\n    f0()\n")  # now the parent runs it too
    findings = check_source(threaded, Checker(Settings(no_cache=True)), str(tmp_path / "main.py"))
    assert [(finding.line, finding.code) for finding in findings] == [(8, "FRK001")]
    assert f"steps.py:{LENGTH * 4 + 5}" in findings[0].message


def test_a_long_import_chain(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "chain"\nversion = "0"\n')
    for i in range(LENGTH):
        (tmp_path / f"m{i}.py").write_text(f"import m{i + 1}\n")
    (tmp_path / f"m{LENGTH}.py").write_text("import threading\n\nthreading.Thread(target=print).start()\n")
    head = "import multiprocessing\n\nimport m0\n\n\ndef run():\n    multiprocessing.Pool()\n"
    findings = check_source(head, Checker(Settings(no_cache=True)), str(tmp_path / "head.py"))
    assert [(finding.line, finding.code) for finding in findings] == [(7, "FRK001")]
    assert f"m{LENGTH}.py:3" in findings[0].message


def test_loaded_summaries_are_frozen_out_of_the_garbage_collector(tmp_path: Path) -> None:
    """A large project's summaries are moved to the permanent generation (gc.freeze) once
    loaded, so that full collections stop walking them; the finding is unchanged."""
    import gc

    (tmp_path / "pyproject.toml").write_text('[project]\nname = "wide"\nversion = "0"\n')
    for i in range(LENGTH // 10):
        (tmp_path / f"m{i}.py").write_text(f"import m{i + 1}\n\n\ndef f{i}():\n    return {i}\n")
    (tmp_path / f"m{LENGTH // 10}.py").write_text(
        "import threading\n\nthreading.Thread(target=print).start()\n"
    )
    head = "import multiprocessing\n\nimport m0\n\n\ndef run():\n    multiprocessing.Pool()\n"
    checker = Checker(Settings(no_cache=True))
    frozen = gc.get_freeze_count()
    try:
        findings = check_source(head, checker, str(tmp_path / "head.py"))
        assert [(finding.line, finding.code) for finding in findings] == [(7, "FRK001")]
        assert checker.project.loaded() > LENGTH // 10
        assert gc.get_freeze_count() > frozen
    finally:
        gc.unfreeze()  # give the test process its objects back
