"""The `flake8-forksafe` command, run as users run it (a subprocess), against real flake8."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from flake8_forksafe.rules import RULES

from example_sources import SOURCES

FLAKE8 = shutil.which("flake8", path=str(Path(sys.executable).parent)) or shutil.which("flake8")
SCRIPT = shutil.which("flake8-forksafe", path=str(Path(sys.executable).parent))
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


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "flake8_forksafe", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for name, source in SOURCES.items():
        (tmp_path / f"{name.replace('-', '_')}.py").write_text(source, encoding="utf-8")
    noqa = CLASSIC.replace("as pool:", "as pool:  # noqa: FRK001")
    (tmp_path / "noqa_line.py").write_text(noqa)
    (tmp_path / "noqa_other.py").write_text(CLASSIC.replace("as pool:", "as pool:  # noqa: E501"))
    (tmp_path / "noqa_file.py").write_text("# flake8: noqa\n" + CLASSIC)
    multi = CLASSIC.replace("ProcessPoolExecutor() as pool:", "ProcessPoolExecutor(\n    ) as pool:  # noqa")
    (tmp_path / "noqa_logical_line.py").write_text(multi)
    return tmp_path


def test_check_matches_flake8_finding_for_finding(corpus: Path) -> None:
    assert FLAKE8
    ours = run(corpus, "check", ".")
    theirs = subprocess.run(
        [FLAKE8, "--isolated", "--select=FRK", "."], cwd=corpus, capture_output=True, text=True, check=False
    )
    assert ours.stderr == ""
    assert sorted(ours.stdout.splitlines()) == sorted(theirs.stdout.splitlines())
    assert len(ours.stdout.splitlines()) > 50
    assert ours.returncode == theirs.returncode == 1


def test_console_script_and_exit_statuses(tmp_path: Path) -> None:
    assert SCRIPT
    (tmp_path / "clean.py").write_text("import os\n")
    clean = subprocess.run(
        [SCRIPT, "check", "clean.py"], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert (clean.returncode, clean.stdout, clean.stderr) == (0, "", "")
    (tmp_path / "example.py").write_text(CLASSIC)
    found = run(tmp_path, "check", "clean.py", "example.py")
    assert found.returncode == 1
    assert found.stdout.startswith("example.py:6:10: FRK001 ProcessPoolExecutor() uses the default")
    assert run(tmp_path, "check").returncode == 2  # no path: usage error
    assert run(tmp_path, "check", "--format=xml", ".").returncode == 2


def test_json_and_sarif(tmp_path: Path) -> None:
    (tmp_path / "example.py").write_text(CLASSIC)
    (tmp_path / "broken.py").write_text("def (:\n")
    document = json.loads(run(tmp_path, "check", "--format=json", ".").stdout)
    assert document["findings"] == [
        {
            "path": "./example.py",
            "line": 6,
            "column": 10,
            "code": "FRK001",
            "message": document["findings"][0]["message"],
        }
    ]
    assert document["errors"][0]["path"] == "./broken.py"
    result = run(tmp_path, "check", "--format=sarif", ".")
    assert result.returncode == 2
    sarif = json.loads(result.stdout)
    assert sarif["version"] == "2.1.0" and sarif["$schema"].endswith("sarif-2.1.0.json")
    (the_run,) = sarif["runs"]
    driver = the_run["tool"]["driver"]
    assert driver["name"] == "flake8-forksafe"
    rule_ids = [rule["id"] for rule in driver["rules"]]
    assert rule_ids == sorted(RULES)
    (finding,) = the_run["results"]
    assert finding["ruleId"] == "FRK001" and rule_ids[finding["ruleIndex"]] == "FRK001"
    assert finding["message"]["text"].startswith("ProcessPoolExecutor() uses")
    location = finding["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "example.py"
    assert location["region"] == {"startLine": 6, "startColumn": 10}
    (invocation,) = the_run["invocations"]
    assert invocation["executionSuccessful"] is False
    assert "syntax error" in invocation["toolExecutionNotifications"][0]["message"]["text"]


def test_directories_skip_virtualenvs_build_and_excludes(tmp_path: Path) -> None:
    for folder in ("pkg", "build", ".git", "venv", "myenv", "pkg/generated"):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        (tmp_path / folder / "example.py").write_text(CLASSIC)
    (tmp_path / "myenv" / "pyvenv.cfg").write_text("home = /usr\n")
    (tmp_path / "pkg" / "notes.txt").write_text(CLASSIC)
    result = run(tmp_path, "check", "--exclude=generated", ".")
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == ["./pkg/example.py"]


def test_pyproject_settings_and_command_line_override(tmp_path: Path) -> None:
    (tmp_path / "example.py").write_text("import os\nimport acme_sdk\nacme_sdk.init()\nos.fork()\n")
    assert run(tmp_path, "check", ".").returncode == 0
    (tmp_path / "pyproject.toml").write_text(
        '[tool.flake8-forksafe]\nextra-thread-starters = ["acme_sdk.init"]\ntarget-python = "3.10"\n'
    )
    assert "FRK003 os.fork()" in run(tmp_path, "check", ".").stdout
    (tmp_path / "example.py").write_text(CLASSIC)
    assert run(tmp_path, "check", ".").returncode == 1
    assert run(tmp_path, "check", "--forksafe-target-python=3.14", ".").returncode == 0


@pytest.mark.parametrize(
    ("table", "complaint"),
    [
        ('target-python = "three"', "'three' is not a Python version"),
        ("target-python = 3.10", "must be a string"),
        ('extra-lock-factories = ["nodot"]', "'nodot' is not a qualified name"),
        ("colour = 1", "unknown key 'colour'"),
    ],
)
def test_bad_pyproject_values_are_usage_errors(tmp_path: Path, table: str, complaint: str) -> None:
    (tmp_path / "example.py").write_text(CLASSIC)
    (tmp_path / "pyproject.toml").write_text(f"[tool.flake8-forksafe]\n{table}\n")
    result = run(tmp_path, "check", ".")
    assert result.returncode == 2
    assert complaint in result.stderr and "Traceback" not in result.stderr


def test_bad_option_is_a_usage_error(tmp_path: Path) -> None:
    result = run(tmp_path, "check", "--forksafe-extra-thread-starters=not a name!", ".")
    assert result.returncode == 2
    assert "usage:" in result.stderr and "Traceback" not in result.stderr


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "a_undecodable.py").write_bytes(b"# -*- coding: utf-8 -*-\nx = '\xff'\n")
    (tmp_path / "b_syntax.py").write_text("def (:\n")
    (tmp_path / "c_nul.py").write_bytes(b"x = 1\0\n")
    (tmp_path / "d_dir.py").mkdir()  # a directory is searched, whatever its name
    os.mkfifo(tmp_path / "d_fifo.py")  # reading it would wait forever
    (tmp_path / "e_example.py").write_text(CLASSIC)
    result = run(tmp_path, "check", ".", "missing.py")
    assert result.returncode == 2
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == ["./e_example.py"]
    errors = result.stderr.splitlines()
    assert [line.split(":")[0] for line in errors] == [
        "./a_undecodable.py",
        "./b_syntax.py",
        "./c_nul.py",
        "./d_fifo.py",
        "missing.py",
    ]
    assert "Traceback" not in result.stderr


HOSTILE = {
    "and-chain": " and ".join(["a"] * 8000),
    "plus-chain": " + ".join(["a"] * 20000),
    "attribute-chain": "a" + ".b" * 3000,
    "call-chain": "a" + "()" * 3000,
    "nested-brackets": "[" * 1300 + "]" * 1300,
    "unary-chain": "-" * 100000 + "a",
    "nested-lambdas": "lambda: " * 5000 + "a",
}


def test_hostile_files_never_crash_or_hang(tmp_path: Path) -> None:
    for name, expression in HOSTILE.items():
        (tmp_path / f"{name}.py").write_text(CLASSIC + f"x = {expression}\n")
    (tmp_path / "classic.py").write_text(CLASSIC)
    for command in (["check", "."], ["fix", "--diff", "."]):
        result = run(tmp_path, *command)
        assert result.returncode in (1, 2), result.stderr
        assert "Traceback" not in result.stderr + result.stdout
    checked = run(tmp_path, "check", ".")
    assert "./classic.py:6:10: FRK001" in checked.stdout
    # libcst cannot parse this one; the plugin's findings never depend on it.
    assert "./and-chain.py:6:10: FRK001" in checked.stdout


def test_fix_writes_reports_and_is_idempotent(tmp_path: Path) -> None:
    source = CLASSIC.replace("def main", "import multiprocessing\n\ndef main")
    (tmp_path / "example.py").write_bytes(source.replace("\n", "\r\n").encode())
    (tmp_path / "safe.py").write_text("import os\n")
    before_safe = (tmp_path / "safe.py").stat().st_mtime_ns
    preview = run(tmp_path, "fix", "--diff", ".")
    assert preview.returncode == 0
    assert preview.stdout.startswith("--- a/example.py\n+++ b/example.py\n")
    assert '+    with ProcessPoolExecutor(mp_context=multiprocessing.get_context("spawn")) as pool:' in (
        preview.stdout
    )
    assert (tmp_path / "example.py").read_bytes() == source.replace("\n", "\r\n").encode()
    first = run(tmp_path, "fix", ".")
    assert first.returncode == 0
    assert first.stdout.splitlines() == [
        './example.py:8:10: fixed FRK001: passed mp_context=multiprocessing.get_context("spawn")',
        "1 fixes in 1 files; 0 findings remain",
    ]
    fixed = (tmp_path / "example.py").read_bytes()
    spawn = 'ProcessPoolExecutor(mp_context=multiprocessing.get_context("spawn"))'
    assert fixed == source.replace("ProcessPoolExecutor()", spawn).replace("\n", "\r\n").encode()
    assert (tmp_path / "safe.py").stat().st_mtime_ns == before_safe
    second = run(tmp_path, "fix", ".")
    assert second.stdout.splitlines() == ["0 fixes in 0 files; 0 findings remain"]
    assert (tmp_path / "example.py").read_bytes() == fixed


def test_fix_reports_what_it_leaves(tmp_path: Path) -> None:
    source = CLASSIC.replace("pool.submit(print)", "pool.submit(lambda: 1)") + "import os\nos.fork()\n"
    (tmp_path / "example.py").write_text(source)
    result = run(tmp_path, "fix", "example.py")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("example.py:6:10: FRK001 ")
    assert lines[1].startswith("    not fixed: FRK101 on line 7: a lambda passed to pool.submit()")
    assert lines[2].startswith("example.py:7:21: FRK101 a lambda passed to pool.submit() cannot be pickled")
    assert lines[3] == "    not fixed: no automatic fix: move the function to module level by hand"
    assert lines[4].startswith("example.py:9:1: FRK003 ")
    assert lines[5] == "    not fixed: no automatic fix: the message says what to do"
    assert (tmp_path / "example.py").read_text() == source
