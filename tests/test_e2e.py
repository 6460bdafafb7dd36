"""The real `flake8` executable on real files: exactly what users see."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from flake8_forksafe._version import VERSION

ROOT = Path(__file__).resolve().parent.parent
FLAKE8 = shutil.which("flake8", path=str(Path(sys.executable).parent)) or shutil.which("flake8")

FRK001_TAIL = (
    "uses the default start method (fork on Linux before Python 3.14) in a module that "
    "starts threads (threading.Thread, line 5); "
    'pass mp_context=multiprocessing.get_context("spawn") or "forkserver"'
)
CLASSIC = textwrap.dedent(
    """\
    import threading
    from concurrent.futures import ProcessPoolExecutor

    def main():
        threading.Thread(target=print).start()
        with ProcessPoolExecutor() as pool:
            pool.submit(print)
    """
)
CLASSIC_LINE = f"example.py:6:10: FRK001 ProcessPoolExecutor() {FRK001_TAIL}"


def flake8(cwd: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    assert FLAKE8, "flake8 is not installed next to this Python"
    return subprocess.run(
        [FLAKE8, *args], cwd=cwd, input=stdin, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "example.py").write_text(CLASSIC)
    return tmp_path


def test_classic_deadlock_exact_line(project: Path) -> None:
    result = flake8(project, "--isolated", "--select=FRK", "example.py")
    assert result.stdout.splitlines() == [CLASSIC_LINE]
    assert result.returncode == 1
    assert result.stderr == ""


def test_bundled_example_reports_frk001_at_the_pool() -> None:
    result = flake8(ROOT, "--isolated", "--select=FRK", "examples/")
    assert [line.split(" ", 2)[:2] for line in result.stdout.splitlines()] == [
        ["examples/deadlock.py:32:10:", "FRK001"]
    ]


def test_stdin_with_display_name(project: Path) -> None:
    result = flake8(
        project, "--isolated", "--select=FRK", "--stdin-display-name=example.py", "-", stdin=CLASSIC
    )
    assert result.stdout.splitlines() == [CLASSIC_LINE]


def test_jobs_2_gives_the_same_lines(project: Path) -> None:
    for index in range(4):
        (project / f"copy{index}.py").write_text(CLASSIC)
    serial = flake8(project, "--isolated", "--select=FRK", "--jobs=1", ".")
    parallel = flake8(project, "--isolated", "--select=FRK", "--jobs=2", ".")
    assert len(serial.stdout.splitlines()) == 5
    assert sorted(parallel.stdout.splitlines()) == sorted(serial.stdout.splitlines())


@pytest.mark.parametrize(
    ("comment", "reported"),
    [("  # noqa", False), ("  # noqa: FRK001", False), ("  # noqa:FRK", False), ("  # noqa: E501", True)],
)
def test_noqa(project: Path, comment: str, reported: bool) -> None:
    source = CLASSIC.replace(
        "with ProcessPoolExecutor() as pool:", "with ProcessPoolExecutor() as pool:" + comment
    )
    (project / "example.py").write_text(source)
    result = flake8(project, "--isolated", "--select=FRK", "example.py")
    assert bool(result.stdout) is reported


@pytest.mark.parametrize(
    ("args", "reported"),
    [
        (["--select=FRK"], True),
        (["--select=FRK001"], True),
        (["--select=FRK002"], False),
        (["--select=E", "--extend-select=FRK"], True),
        (["--select=FRK", "--ignore=FRK001"], False),
        (["--select=FRK", "--extend-ignore=FRK"], False),
    ],
)
def test_select_and_ignore(project: Path, args: list[str], reported: bool) -> None:
    result = flake8(project, "--isolated", *args, "example.py")
    assert (CLASSIC_LINE in result.stdout.splitlines()) is reported


def test_default_run_includes_frk(project: Path) -> None:
    result = flake8(project, "--isolated", "example.py")
    assert CLASSIC_LINE in result.stdout.splitlines()


# Runs the real flake8 in one process, then tells whether the plugin analysed the file (the
# one pass over its tree, facts.collect, ran).
ANALYSIS_PROBE = """\
import sys
from flake8.main.cli import main
from flake8_forksafe import engine
passes = []
collect = engine.collect
engine.collect = lambda *args, **kwargs: passes.append(1) or collect(*args, **kwargs)
main(sys.argv[1:])
print("analysed" if passes else "not analysed")
"""


@pytest.mark.parametrize(
    ("args", "analysed"),
    [
        ([], True),
        (["--select=FRK"], True),
        (["--select=FRK003"], True),
        (["--select=E", "--extend-select=FRK00"], True),
        (["--per-file-ignores=example.py:FRK"], True),
        (["--select=E,W"], False),
        (["--extend-ignore=FRK"], False),
        (["--ignore=FRK0"], True),  # FRK1xx are still selected
        (["--ignore=FRK0,FRK1"], False),
    ],
)
def test_no_frk_code_selected_means_no_analysis(project: Path, args: list[str], analysed: bool) -> None:
    result = subprocess.run(
        [sys.executable, "-c", ANALYSIS_PROBE, "--isolated", "--jobs=1", *args, "example.py"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.stderr == ""
    assert result.stdout.splitlines()[-1] == ("analysed" if analysed else "not analysed")


EXTRA = textwrap.dedent(
    """\
    import os
    import acme_sdk
    from mylib import locks

    acme_sdk.init(dsn="https://example.invalid")
    pid = os.fork()
    """
)


@pytest.mark.parametrize("config_name", ["setup.cfg", "tox.ini", ".flake8"])
def test_options_from_config_files(tmp_path: Path, config_name: str) -> None:
    (tmp_path / "example.py").write_text(EXTRA)
    (tmp_path / config_name).write_text(
        "[flake8]\nselect = FRK\nforksafe-extra-thread-starters =\n    acme_sdk.init,\n    acme_rpc.channel\n"
    )
    result = flake8(tmp_path, "example.py")
    assert result.stdout.splitlines() == [
        "example.py:6:7: FRK003 os.fork() forks the process in a module that starts threads "
        "(acme_sdk.init, line 5); fork before any thread starts, or use subprocess or a "
        'multiprocessing context from get_context("spawn") or "forkserver"'
    ]


def test_options_from_command_line(tmp_path: Path) -> None:
    (tmp_path / "example.py").write_text(EXTRA.replace("acme_sdk.init(", "locks.make(").replace("pid = ", ""))
    plain = flake8(tmp_path, "--isolated", "--select=FRK", "example.py")
    assert plain.stdout == ""
    configured = flake8(
        tmp_path,
        "--isolated",
        "--select=FRK",
        "--forksafe-extra-lock-factories=mylib.locks.make",
        "example.py",
    )
    assert [line.split(" ")[:2] for line in configured.stdout.splitlines()] == [["example.py:6:1:", "FRK003"]]
    assert "creates a module-level lock (mylib.locks.make, line 5)" in configured.stdout


def test_target_python(project: Path) -> None:
    assert flake8(project, "--isolated", "--select=FRK", "--forksafe-target-python=3.9", "example.py").stdout
    assert flake8(project, "--isolated", "--select=FRK", "--forksafe-target-python=3.13", "example.py").stdout
    assert not flake8(
        project, "--isolated", "--select=FRK", "--forksafe-target-python=3.14", "example.py"
    ).stdout


@pytest.mark.parametrize(
    ("option", "complaint"),
    [
        ("--forksafe-target-python=banana", "'banana' is not a Python version such as 3.9 or 3.14"),
        ("--forksafe-target-python=2.7", "'2.7' is older than 3.9: the oldest Python the checker"),
        ("--forksafe-target-python=3.1", "'3.1' is older than 3.9: the oldest Python the checker"),
        ("--forksafe-target-python=3.8", "'3.8' is older than 3.9"),
        ("--forksafe-target-python=4.0", "'4.0' is not a Python version such as 3.9 or 3.14"),
        ("--forksafe-extra-thread-starters=acme_sdk.init,not a name!", "'not' is not a qualified name"),
        ("--forksafe-extra-lock-factories=nodot", "'nodot' is not a qualified name"),
    ],
)
def test_bad_option_values_are_usage_errors(project: Path, option: str, complaint: str) -> None:
    result = flake8(project, "--isolated", "--select=FRK", option, "example.py")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "usage:" in result.stderr and complaint in result.stderr


def test_bad_config_value_is_a_usage_error(project: Path) -> None:
    (project / "setup.cfg").write_text("[flake8]\nforksafe-target-python = three\n")
    result = flake8(project, "--select=FRK", "example.py")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "'three' is not a Python version" in result.stderr


def test_source_libcst_cannot_parse_keeps_its_findings(project: Path) -> None:
    # The plugin's findings never depend on libcst (only `fix` needs it).
    (project / "example.py").write_text(CLASSIC + "(x): int = 1\n")
    result = flake8(project, "--isolated", "--select=FRK", "example.py")
    assert result.stdout.splitlines() == [CLASSIC_LINE]


@pytest.mark.parametrize("operator", ["and", "or"])
def test_long_boolean_chain_does_not_crash_flake8(project: Path, operator: str) -> None:
    chain = f" {operator} ".join(["a"] * 8000)
    (project / "example.py").write_text(CLASSIC + f"a = 1\nb = {chain}\n")
    result = flake8(project, "--isolated", "--select=FRK", "example.py")
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [CLASSIC_LINE]


def test_version_is_shown(project: Path) -> None:
    from flake8_forksafe import __version__

    assert f"flake8-forksafe: {__version__}" in flake8(project, "--version").stdout


def test_version_is_single_sourced_and_shown_by_flake8(tmp_path: Path) -> None:
    result = flake8(tmp_path, "--version")
    assert f"flake8-forksafe: {VERSION}" in " ".join(result.stdout.split())
