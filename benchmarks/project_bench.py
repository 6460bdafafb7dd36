"""What the project layer costs: cold and warm summary caches, one-file lints, `check`, growth.

    python3.13 benchmarks/project_bench.py [--rounds 2] [--repeats 3] [--sizes 1000,2000,5000,10000]
        [--chain 5000] [--venvs DIR] [--skip-stdlib] [--skip-pypi] [--skip-synthetic] [--keep DIR]

Run it with the Python whose standard library is the corpus (docs/performance.md uses 3.13).
docs/performance.md, section "The project layer", explains the figures and records a run:

1. full `flake8 --jobs=1` over the stdlib without its tests (the stdlib is one project), with the
   plugin on a cold summary cache (an empty cache directory each run) and on a warm one, against
   the same flake8 without the plugin: median time ratios; and whether cold and warm runs print
   the same findings;
2. a one-file flake8 run (an editor's lint) of a stdlib module that holds a fork sink, on a warm
   cache, with the plugin / without: of the file as it is (its findings are known, results.py)
   and of an editor's buffer of it with one more line (on stdin: the analysis runs, on warm
   summaries);
3. `flake8-forksafe check` over the same tree, cold and warm, against
   `ruff check --select PLW1509` (ruff's nearest rule: `preexec_fn=` in a threaded program);
   figures 1 to 3 again for a pinned real project from PyPI (PYPI_PROJECT: its sdist, unpacked,
   one-file runs of PYPI_ONE_FILES);
4. synthetic projects of growing size (packages of modules importing and calling each other,
   a few threads and sinks): `check` over the whole tree, cold then warm, and a one-file
   `flake8 --select=FRK` on a warm cache; and a long import chain (m0 imports m1 ... the last one
   starts a thread at import, m0 holds a ProcessPoolExecutor() in a function): the one-file run
   on m0 must report the finding without a RecursionError; and, as long, a call chain (the sink
   at the far end of f1() -> f2() -> ..., a thread in the first caller), the same chain on the
   child side (handed to Process(target=...)) and a fan-in (a package importing n modules that
   import each other): each must give its one finding.

The environments are bench.py's: two virtualenvs made from this interpreter with the same
flake8, pycodestyle, pyflakes and mccabe versions, only "with" holding flake8-forksafe (this
checkout, not editable) and ruff. The stdlib is copied to a temporary directory first (only its
*.py files and its directories), so that no cache lands in the pyenv tree; flake8 gets
`--forksafe-cache-dir`, `check` gets XDG_CACHE_HOME (and `--forksafe-cache-dir` once it has
it). Every run is timed: wall clock, user + system CPU (the kernel's resource usage of the child,
at microsecond resolution) and peak RSS (GNU time's). A tree is first left alone for
finder.RACY_NS (files written in the last two seconds keep no known findings), as a user's
tree would be. Runs of the
variants being compared are interleaved, the order rotating each round, so that the drift of a
shared machine falls on all of them; figures are ratios of medians.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import bench  # benchmarks/bench.py: the two virtualenvs

import stdlib_files as corpus  # benchmarks/stdlib_files.py: a script's folder is first on sys.path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))  # the checkout's own constants (finder.py needs nothing else)
from flake8_forksafe.finder import RACY_NS  # noqa: E402

TIME = "/usr/bin/time"  # GNU time, for the peak RSS
EDITS = itertools.count()  # a new text for each editor-buffer run
ONE_FILES = ("concurrent/futures/process.py", "multiprocessing/pool.py", "socketserver.py")
# The real project from PyPI (an sdist, pinned: its lib/ and test/ trees, 1,525 modules), and
# files of it that hold fork sinks, for the one-file figures.
PYPI_PROJECT = "ansible-core==2.17.7"
PYPI_ONE_FILES = (
    "lib/ansible/executor/process/worker.py",
    "lib/ansible/executor/task_queue_manager.py",
    "lib/ansible/module_utils/basic.py",
)


@dataclass
class Result:
    wall: float  # seconds
    cpu: float  # user + system seconds
    max_rss_kb: int
    status: int
    stdout: str
    stderr: str


@dataclass
class Series:
    """The timed runs of one variant."""

    results: list[Result] = field(default_factory=list)

    def median(self, attribute: str) -> float:
        return float(statistics.median(getattr(result, attribute) for result in self.results))

    def brief(self) -> str:
        return (
            f"{self.median('wall'):7.3f} s wall, {self.median('cpu'):7.3f} s CPU, "
            f"{self.median('max_rss_kb') / 1024:6.1f} MiB (medians of {len(self.results)})"
        )


def run(
    command: Sequence[str],
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float | None = None,
    stdin: Path | None = None,
) -> Result:
    """One command, timed; its stdout and stderr are kept (findings are compared).

    CPU time is the kernel's resource usage of the child (os.wait4: user + system, in
    microseconds; GNU time prints hundredths, too coarse for a 0.2 s lint). Peak RSS is GNU
    time's (%M): the command runs under /usr/bin/time, a small process, because a child forked
    straight from this script would report this script's own peak as its floor. The wall
    clock is time.perf_counter around it. A run past `timeout` is killed with its process group.
    """
    with ExitStack() as stack:
        out = stack.enter_context(tempfile.TemporaryFile("w+"))
        err = stack.enter_context(tempfile.TemporaryFile("w+"))
        report = stack.enter_context(tempfile.NamedTemporaryFile("r", suffix=".time"))
        given = stack.enter_context(stdin.open("rb")) if stdin else subprocess.DEVNULL
        start = time.perf_counter()
        process = subprocess.Popen(
            [TIME, "-o", report.name, "-f", "%M", *command],
            stdin=given,
            stdout=out,
            stderr=err,
            env=env,
            cwd=cwd,
            start_new_session=True,
        )
        timer = threading.Timer(timeout, os.killpg, (process.pid, signal.SIGKILL)) if timeout else None
        if timer is not None:
            timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            if timer is not None:
                timer.cancel()
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)  # so that Popen does not wait again
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
        fields = report.read().split()
    if process.returncode == -signal.SIGKILL and timeout:
        return Result(float("inf"), float("inf"), 0, -1, stdout, f"timed out after {timeout} s\n{stderr}")
    cpu = usage.ru_utime + usage.ru_stime
    rss = int(fields[-1]) if fields and fields[-1].isdigit() else 0
    return Result(wall, cpu, rss, process.returncode, stdout, stderr)


def interleave(variants: dict[str, Callable[[], Result]], rounds: int, label: str) -> dict[str, Series]:
    """`rounds` runs of each variant, the order rotating each round (a b c, b c a, c a b, ...)."""
    names = list(variants)
    series = {name: Series() for name in names}
    for index in range(rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            result = variants[name]()
            series[name].results.append(result)
            print(
                f"  {label} round {index + 1} {name:>14}: {result.wall:7.2f} s wall, "
                f"{result.cpu:7.2f} s CPU, {result.max_rss_kb / 1024:6.1f} MiB",
                flush=True,
            )
    return series


def ratio(numerator: Series, denominator: Series, attribute: str) -> float:
    below = denominator.median(attribute)
    return numerator.median(attribute) / below if below > 0 else float("inf")


def verdict(value: float, target: float) -> str:
    return f"target <= {target:g}: {'met' if value <= target else 'MISSED'}"


def frk_lines(output: str) -> list[str]:
    return sorted(line for line in output.splitlines() if " FRK" in line)


def fresh(directory: Path) -> Path:
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    return directory


# ----- the stdlib as one project ------------------------------------------------------------
def copy_stdlib(destination: Path) -> Path:
    """corpus.files() and every directory of the stdlib (but Lib/test, site-packages), copied."""
    source = corpus.STDLIB

    def ignored(directory: str, names: list[str]) -> list[str]:
        here = Path(directory)
        return [
            name
            for name in names
            if name == "__pycache__"
            or (here == source and name in corpus.EXCLUDED)
            or (not name.endswith(".py") and not (here / name).is_dir())
        ]

    shutil.copytree(source, destination, ignore=ignored, symlinks=True)
    copied = sorted(path.relative_to(destination) for path in destination.rglob("*.py"))
    expected = sorted(path.relative_to(source) for path in corpus.files())
    if copied != expected:
        sys.exit(f"the copy of {source} holds {len(copied)} files, the corpus {len(expected)}")
    return destination


def pypi_project(with_env: Path, spec: str, destination: Path) -> Path:
    """The sdist of `spec` (pip download, no dependencies), unpacked; exits if it holds < 500 modules."""
    sdists = fresh(destination / "sdist")
    python = str(bench.bin_path(with_env, "python"))
    download = [python, "-m", "pip", "download", "--quiet", "--disable-pip-version-check", "--no-deps"]
    subprocess.run([*download, "--no-binary", ":all:", "--dest", str(sdists), spec], check=True)
    (archive,) = sdists.iterdir()
    unpacked = fresh(destination / "project")
    with tarfile.open(archive) as tar:
        tar.extractall(unpacked, filter="data")
    (tree,) = unpacked.iterdir()
    count = sum(1 for _ in tree.rglob("*.py"))
    print(f"{spec}: {count} modules in {tree}")
    if count < 500:
        sys.exit(f"{spec} holds {count} modules, not the 500+ of the figure")
    return tree


def check_options(with_env: Path) -> set[str]:
    """Which of --forksafe-cache-dir and --isolated this checkout's `check` accepts."""
    helptext = subprocess.run(
        [str(bench.bin_path(with_env, "flake8-forksafe")), "check", "--help"],
        check=False,
        capture_output=True,
        text=True,
    ).stdout
    return {option for option in ("--forksafe-cache-dir", "--isolated") if option in helptext}


class Tools:
    """The commands, with their environments and cache directories."""

    def __init__(self, with_env: Path, without_env: Path, scratch: Path) -> None:
        self.with_env, self.without_env, self.scratch = with_env, without_env, scratch
        self.check_options = check_options(with_env)
        self.check_cache_dir = "--forksafe-cache-dir" in self.check_options

    def flake8(
        self, plugin: bool, targets: Sequence[Path | str], cache: Path | None, *extra: str
    ) -> list[str]:
        env = self.with_env if plugin else self.without_env
        command = [str(bench.bin_path(env, "flake8")), "--isolated", "--jobs=1", "--exit-zero", *extra]
        if plugin and cache is not None:
            command.append(f"--forksafe-cache-dir={cache}")
        return [*command, *map(str, targets)]

    def check(self, tree: Path, cache: Path) -> tuple[list[str], dict[str, str]]:
        """`flake8-forksafe check tree`, its cache in `cache` (the XDG default or the option)."""
        command = [str(bench.bin_path(self.with_env, "flake8-forksafe")), "check", str(tree)]
        if "--isolated" in self.check_options:
            command.append("--isolated")  # no configuration file of the machine or the tree
        if self.check_cache_dir:
            command.append(f"--forksafe-cache-dir={cache / 'flake8-forksafe'}")
        return command, {**os.environ, "XDG_CACHE_HOME": str(cache)}

    def ruff(self, tree: Path, cache: Path | None) -> list[str]:
        command = [str(bench.bin_path(self.with_env, "ruff")), "check", "--isolated", "--exit-zero"]
        command += ["--no-cache"] if cache is None else [f"--cache-dir={cache}"]
        return [*command, "--select", "PLW1509", str(tree)]


def project_figures(
    tools: Tools, title: str, tree: Path, one_files: Sequence[str], rounds: int, repeats: int
) -> None:
    scratch = fresh(tools.scratch / "caches")
    warm = scratch / "warm-cache"
    cold = scratch / "cold-cache"

    # A user's files were not all written in the last two seconds; a copy made just now was, and
    # would keep no known findings nor walks (finder.RACY_NS) until it is that old.
    time.sleep(RACY_NS / 1e9 + 0.5)
    print(f"\nwarming {warm} (one untimed run)", flush=True)
    run(tools.flake8(True, [tree], fresh(warm)))

    def flake8_cold() -> Result:
        return run(tools.flake8(True, [tree], fresh(cold)))

    full = interleave(
        {
            "without": lambda: run(tools.flake8(False, [tree], None)),
            "with, cold": flake8_cold,
            "with, warm": lambda: run(tools.flake8(True, [tree], warm)),
        },
        rounds,
        "full flake8",
    )
    outputs = {name: {result.stdout for result in s.results} for name, s in full.items()}
    with_outputs = outputs["with, cold"] | outputs["with, warm"]
    same = len(with_outputs) == 1
    findings = frk_lines(next(iter(with_outputs)))
    others_same = all(
        sorted(line for line in output.splitlines() if " FRK" not in line)
        == sorted(next(iter(outputs["without"])).splitlines())
        for output in with_outputs
    )

    one: dict[str, dict[str, Series]] = {}
    for name in one_files:
        target = tree / name
        one[name] = interleave(
            {
                "without": partial(run, tools.flake8(False, [target], None)),
                "with, warm": partial(run, tools.flake8(True, [target], warm)),
            },
            repeats,
            f"one file {name}",
        )
        # An editor's buffer as it is typed: one more line than the file, a new one each run, so
        # that its findings are never known (the file's entry is replaced by each buffer's).
        buffer = tools.flake8(True, ["-"], warm, f"--stdin-display-name={target}")
        plain_buffer = tools.flake8(False, ["-"], None, f"--stdin-display-name={target}")

        def typed(command: list[str], target: Path = target) -> Result:
            edited = scratch / f"edited-{target.name}"
            edited.write_bytes(target.read_bytes() + f"\n# edit {next(EDITS)}\n".encode())
            return run(command, stdin=edited)

        one[name] |= interleave(
            {"edited, without": partial(typed, plain_buffer), "edited, with": partial(typed, buffer)},
            repeats,
            f"one buffer {name}",
        )

    check_warm = scratch / "check-warm"
    check_cold = scratch / "check-cold"
    run(*tools.check(tree, fresh(check_warm)))  # warming, untimed

    def check_run(cache: Path, clear: bool) -> Result:
        command, env = tools.check(tree, fresh(cache) if clear else cache)
        return run(command, env)

    ruff_cache = scratch / "ruff-cache"
    run(tools.ruff(tree, fresh(ruff_cache)))
    checks = interleave(
        {
            "check, cold": lambda: check_run(check_cold, True),
            "check, warm": lambda: check_run(check_warm, False),
            "ruff, no cache": lambda: run(tools.ruff(tree, None)),
            "ruff, cached": lambda: run(tools.ruff(tree, ruff_cache)),
        },
        repeats,
        "check vs ruff",
    )
    check_outputs = {
        result.stdout for name in ("check, cold", "check, warm") for result in checks[name].results
    }

    print(f"\n== {title} ==")
    for name, series in full.items():
        print(f"  full flake8 {name:>11}: {series.brief()}")
    for label, variant, goal in (("cold", "with, cold", 1.10), ("warm", "with, warm", 1.05)):
        wall = ratio(full[variant], full["without"], "wall")
        cpu = ratio(full[variant], full["without"], "cpu")
        rss = ratio(full[variant], full["without"], "max_rss_kb")
        print(
            f"1. full flake8 -j1, {label} cache / without the plugin: {wall:.3f} (wall), {cpu:.3f} (CPU)   "
            f"{verdict(cpu, goal)} (CPU), {verdict(wall, goal)} (wall); peak RSS {rss:.3f}"
        )
    print(
        f"   findings the same cold and warm: {'yes' if same else 'NO'}; "
        f"other plugins' output the same as without: {'yes' if others_same else 'NO'}; "
        f"FRK findings: {len(findings)}"
    )
    for line in findings:
        print(f"     {line.replace(str(tree) + os.sep, '')}")
    for name, pairs in one.items():
        for label, plugin, plain in (
            ("warm", pairs["with, warm"], pairs["without"]),
            ("warm, edited buffer", pairs["edited, with"], pairs["edited, without"]),
        ):
            wall, cpu = ratio(plugin, plain, "wall"), ratio(plugin, plain, "cpu")
            print(
                f"2. one file {name}, {label} / without: {wall:.3f} (wall), {cpu:.3f} (CPU)   "
                f"{verdict(cpu, 1.2)} (CPU), {verdict(wall, 1.2)} (wall); "
                f"with {plugin.median('cpu'):.3f} s CPU, without {plain.median('cpu'):.3f}; "
                f"{len(frk_lines(plugin.results[0].stdout))} FRK finding(s)"
            )
    for name, series in checks.items():
        print(f"   {name:>14}: {series.brief()}")
    for label, variant, goal in (("cold", "check, cold", 15), ("warm", "check, warm", 5)):
        for against in ("ruff, no cache", "ruff, cached"):
            wall = ratio(checks[variant], checks[against], "wall")
            cpu = ratio(checks[variant], checks[against], "cpu")
            print(
                f"3. check, {label} cache / {against}: {wall:.1f}x (wall), {cpu:.1f}x (CPU)   "
                f"goal within {goal}x: {'met' if max(wall, cpu) <= goal else 'MISSED'}"
            )
    print(f"   check findings the same cold and warm: {'yes' if len(check_outputs) == 1 else 'NO'}")
    ruff_findings = [
        line for line in checks["ruff, no cache"].results[0].stdout.splitlines() if "PLW1509" in line
    ]
    print(f"   ruff PLW1509 findings: {len(ruff_findings)}")


# ----- synthetic projects -------------------------------------------------------------------
PACKAGE = 100  # modules per package
THREAD_EVERY = 97  # a module whose function starts a thread
SINK_EVERY = 211  # a module whose function holds a ProcessPoolExecutor()


def sink_partner(index: int) -> int | None:
    """The sink module a thread module calls into: the latest one at or before it."""
    if index % THREAD_EVERY != 5 or index < 7:
        return None
    return 7 + SINK_EVERY * ((index - 7) // SINK_EVERY)


def synthetic_module(index: int, count: int, rng: random.Random) -> str:
    """Module `index` of a `count`-module project: imports, calls, classes, some threads and sinks.

    Every module imports the one before it in its package and a random earlier module, and
    calls into both; every THREAD_EVERY-th module starts a thread in a function that also calls
    the latest sink module's `crunch()`, whose ProcessPoolExecutor() is then a finding that only
    the other module's evidence makes.
    """
    package, position = divmod(index, PACKAGE)
    lines = [f'"""Synthetic module {index} of {count}."""', ""]
    threads, sink, partner = index % THREAD_EVERY == 5, index % SINK_EVERY == 7, sink_partner(index)
    if threads:
        lines.append("import threading")
    if sink:
        lines.append("from concurrent.futures import ProcessPoolExecutor")
    calls = []
    if position > 0:
        lines.append(f"from pkg{package}.mod{position - 1} import f{index - 1}")
        calls.append(f"f{index - 1}(value)")
    other = rng.randrange(index) if index > 0 else 0
    if index > 0:
        other_package, other_position = divmod(other, PACKAGE)
        lines.append(f"from pkg{other_package} import mod{other_position} as other")
        lines.append(f"from pkg{other_package}.mod{other_position} import C{other}")
        calls.append(f"other.g{other}(value)")
    if partner is not None and partner != index:
        partner_package, partner_position = divmod(partner, PACKAGE)
        lines.append(f"from pkg{partner_package}.mod{partner_position} import crunch")
    body = [
        "",
        "",
        f"def f{index}(value):",
        *(f"    value = {call}" for call in calls),
        "    return value",
        "",
        "",
        f"def g{index}(value):",
        "    return value + 1",
        "",
        "",
        f"class C{index}:",
        "    def __init__(self):",
        "        self.value = 0",
        "",
        "    def run(self):",
        f"        return g{index}(self.value)",
    ]
    if index > 0:
        body += ["", "    def helper(self):", f"        return C{other}().run()"]
    if threads:
        body += [
            "",
            "",
            "def start_worker():",
            f"    worker = threading.Thread(target=g{index}, args=(1,), daemon=True)",
            "    worker.start()",
            *(["    crunch()"] if partner is not None else []),
            "    return worker",
        ]
    if sink:
        body += [
            "",
            "",
            "def crunch():",
            "    with ProcessPoolExecutor() as pool:",
            f"        return list(pool.map(g{index}, range(4)))",
        ]
    return "\n".join(lines + body) + "\n"


def synthetic_project(directory: Path, count: int, seed: int = 9) -> Path:
    rng = random.Random(seed)
    for package in range((count + PACKAGE - 1) // PACKAGE):
        (directory / f"pkg{package}").mkdir(parents=True)
        (directory / f"pkg{package}" / "__init__.py").write_text(f'"""Package {package}."""\n')
    for index in range(count):
        package, position = divmod(index, PACKAGE)
        (directory / f"pkg{package}" / f"mod{position}.py").write_text(synthetic_module(index, count, rng))
    return directory


def sink_file(directory: Path, count: int) -> Path:
    """The last sink module that a thread module calls (its finding needs the other module)."""
    for index in range(count - 1, -1, -1):
        partner = sink_partner(index)
        if partner is not None:
            package, position = divmod(partner, PACKAGE)
            return directory / f"pkg{package}" / f"mod{position}.py"
    sys.exit("no sink module with a threaded caller: use a larger project")


def import_chain(directory: Path, length: int) -> Path:
    directory.mkdir(parents=True)
    for index in range(length - 1):
        (directory / f"m{index}.py").write_text(
            f"import m{index + 1}\n\n\ndef f{index}():\n    return {index}\n"
        )
    (directory / f"m{length - 1}.py").write_text(
        "import threading\n\nthreading.Thread(target=print, daemon=True).start()\n"
    )
    (directory / "m0.py").write_text(
        "import m1\nfrom concurrent.futures import ProcessPoolExecutor\n\n\n"
        "def run():\n    with ProcessPoolExecutor() as pool:\n        return list(pool.map(abs, range(4)))\n"
    )
    return directory / "m0.py"


def call_chain(directory: Path, length: int) -> Path:
    """c0.main() starts a thread and calls f1(), f1 calls f2 ... the last function holds the sink.

    The finding is at the far end, so the judge walks back through every caller, and each of
    them must be known not to run only in a child process (rules.md, child-only code).
    """
    directory.mkdir(parents=True)
    (directory / "c0.py").write_text(
        "import threading\nfrom c1 import f1\n\n\ndef main():\n"
        "    threading.Thread(target=print).start()\n    f1()\n"
    )
    for index in range(1, length - 1):
        (directory / f"c{index}.py").write_text(
            f"from c{index + 1} import f{index + 1}\n\n\ndef f{index}():\n    return f{index + 1}()\n"
        )
    sink = directory / f"c{length - 1}.py"
    sink.write_text(
        f"from concurrent.futures import ProcessPoolExecutor\n\n\ndef f{length - 1}():\n"
        "    with ProcessPoolExecutor() as pool:\n        return list(pool.map(abs, range(4)))\n"
    )
    return sink


def child_chain(directory: Path, length: int) -> Path:
    """c0 hands f1 to a child process (Process(target=f1)); f1 calls f2 ... the last function
    starts a thread and holds a ProcessPoolExecutor(): a finding in child-only code, which the
    judge can only call child-only after walking back through every caller."""
    directory.mkdir(parents=True)
    (directory / "c0.py").write_text(
        "from multiprocessing import Process\nfrom c1 import f1\n\n\ndef main():\n"
        "    Process(target=f1).start()\n"
    )
    for index in range(1, length - 1):
        (directory / f"c{index}.py").write_text(
            f"from c{index + 1} import f{index + 1}\n\n\ndef f{index}():\n    return f{index + 1}()\n"
        )
    sink = directory / f"c{length - 1}.py"
    sink.write_text(
        "import threading\nfrom concurrent.futures import ProcessPoolExecutor\n\n\n"
        f"def f{length - 1}():\n    threading.Thread(target=print).start()\n"
        "    with ProcessPoolExecutor() as pool:\n        return list(pool.map(abs, range(4)))\n"
    )
    return sink


def fan_in(directory: Path, length: int) -> Path:
    """pkg/__init__.py imports m0 ... m{n-1}; each m{i} imports m{i-1}; m0 starts a thread at import.

    head.py imports pkg and holds a ProcessPoolExecutor(): whether importing pkg starts threads
    is one fixpoint over n modules whose discovery order is the reverse of the evidence's path.
    """
    package = directory / "pkg"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("".join(f"from . import m{index}\n" for index in range(length)))
    (package / "m0.py").write_text(
        "import threading\n\nthreading.Thread(target=print, daemon=True).start()\n"
    )
    for index in range(1, length):
        (package / f"m{index}.py").write_text(f"from . import m{index - 1}\n")
    head = directory / "head.py"
    head.write_text(
        "import pkg\nfrom concurrent.futures import ProcessPoolExecutor\n\n\n"
        "def run():\n    with ProcessPoolExecutor() as pool:\n        return list(pool.map(abs, range(4)))\n"
    )
    return head


def one_file_probe(tools: Tools, name: str, target: Path, timeout: float) -> list[tuple[str, Result]]:
    """flake8 --select=FRK on one file of a generated project: cold, then twice warm."""
    cache = fresh(tools.scratch / f"{name}-cache")
    runs = []
    for label in ("cold", "warm", "warm"):
        result = run(tools.flake8(True, [target], cache, "--select=FRK"), cwd=target.parent, timeout=timeout)
        runs.append((label, result))
        print(f"  {name}, {label}: {result.wall:.2f} s wall, {result.cpu:.2f} s CPU", flush=True)
    return runs


def report_probe(title: str, runs: list[tuple[str, Result]], base: Path) -> None:
    for label, result in runs:
        output = result.stderr + result.stdout
        print(
            f"{title}, {label} cache: {result.wall:.2f} s wall, {result.cpu:.2f} s CPU, "
            f"status {result.status}, RecursionError: {'YES' if 'RecursionError' in output else 'no'}, "
            f"FRK findings: {len([line for line in frk_lines(result.stdout) if ' FRK000 ' not in line])} "
            f"(expected 1), FRK000: {'YES' if ' FRK000 ' in result.stdout else 'no'}"
        )
    for line in frk_lines(runs[0][1].stdout):
        print(f"     {line.replace(str(base) + os.sep, '')}")


def synthetic_figures(tools: Tools, sizes: list[int], chain: int, repeats: int, timeout: float) -> None:
    scratch = tools.scratch
    rows = []
    for count in sizes:
        tree = synthetic_project(fresh(scratch / f"synthetic-{count}") / "project", count)
        target = sink_file(tree, count)
        cache = fresh(scratch / f"synthetic-{count}-cache")
        cold = run(*tools.check(tree, cache), timeout=timeout)
        warm = [run(*tools.check(tree, cache), timeout=timeout) for _ in range(max(1, repeats // 3))]
        flake8_cache = cache / "flake8-forksafe"
        one_command = tools.flake8(True, [target], flake8_cache, "--select=FRK")
        run(one_command, timeout=timeout)  # warms what the one-file run reads beyond check's entries
        series = interleave(
            {
                "without": partial(run, tools.flake8(False, [target], None, "--select=FRK"), timeout=timeout),
                "with, warm": partial(run, one_command, timeout=timeout),
            },
            repeats,
            f"{count} modules, one file",
        )
        findings = frk_lines(cold.stdout)
        one_findings = frk_lines(series["with, warm"].results[0].stdout)
        row = (count, cold, Series(warm), series, len(findings), len(one_findings))
        rows.append(row)
        print(
            f"  {count} modules: check cold {cold.wall:.2f} s wall / {cold.cpu:.2f} s CPU, "
            f"warm {Series(warm).median('cpu'):.2f} s CPU; {len(findings)} findings; one file "
            f"{series['with, warm'].median('cpu'):.3f} s CPU "
            f"(without {series['without'].median('cpu'):.3f}), {len(one_findings)} finding(s)",
            flush=True,
        )
        shutil.rmtree(scratch / f"synthetic-{count}", ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)

    head = import_chain(fresh(scratch / "chain") / "project", chain)
    chain_runs = one_file_probe(tools, f"import chain of {chain}", head, timeout)
    chain_check = run(*tools.check(head.parent, fresh(scratch / "chain-check-cache")), timeout=timeout)
    far_end = call_chain(fresh(scratch / "calls") / "project", chain)
    call_runs = one_file_probe(tools, f"call chain of {chain}", far_end, timeout)
    child_end = child_chain(fresh(scratch / "child") / "project", chain)
    child_runs = one_file_probe(tools, f"child-side call chain of {chain}", child_end, timeout)
    fan_head = fan_in(fresh(scratch / "fan") / "project", chain)
    fan_runs = one_file_probe(tools, f"fan-in of {chain}", fan_head, timeout)

    print("\n== Growth (synthetic projects) ==")
    print(
        f"  {'modules':>8} {'check cold s':>12} {'ms/module':>9} {'check warm s':>12} {'ms/module':>9} "
        f"{'findings':>8} {'1 file s':>8} {'without s':>9} {'ratio':>6}"
    )
    for count, cold, warm_series, series, found, _ in rows:
        warm_cpu = warm_series.median("cpu")
        with_cpu, without_cpu = series["with, warm"].median("cpu"), series["without"].median("cpu")
        print(
            f"  {count:>8} {cold.cpu:>12.2f} {1000 * cold.cpu / count:>9.3f} {warm_cpu:>12.2f} "
            f"{1000 * warm_cpu / count:>9.3f} {found:>8} {with_cpu:>8.3f} {without_cpu:>9.3f} "
            f"{with_cpu / without_cpu:>6.2f}"
        )
    print("  (CPU seconds, user + system; check warm and the one-file runs are medians)")
    report_probe(f"4. import chain of {chain}, flake8 --select=FRK m0.py", chain_runs, head.parent)
    print(
        f"   check over the chain, cold: {chain_check.wall:.2f} s wall, {chain_check.cpu:.2f} s CPU, "
        f"{len(frk_lines(chain_check.stdout))} findings, "
        f"RecursionError: {'YES' if 'RecursionError' in chain_check.stderr + chain_check.stdout else 'no'}"
    )
    report_probe(f"5. call chain of {chain}, flake8 --select=FRK {far_end.name}", call_runs, far_end.parent)
    report_probe(
        f"6. child-side call chain of {chain}, flake8 --select=FRK {child_end.name}",
        child_runs,
        child_end.parent,
    )
    report_probe(f"7. fan-in of {chain} modules, flake8 --select=FRK head.py", fan_runs, fan_head.parent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2, help="full flake8 runs per variant (default 2)")
    parser.add_argument(
        "--repeats", type=int, default=3, help="runs per variant of the short figures (default 3)"
    )
    parser.add_argument(
        "--sizes",
        default="1000,2000,5000,10000",
        help="synthetic project sizes, in modules (comma-separated)",
    )
    parser.add_argument("--chain", type=int, default=5000, help="length of the import chain (default 5000)")
    parser.add_argument(
        "--timeout", type=float, default=600, help="seconds before a synthetic run is given up"
    )
    parser.add_argument(
        "--venvs",
        type=Path,
        default=ROOT / "build" / "project-bench-venvs",
        help="where the two virtualenvs live",
    )
    parser.add_argument("--skip-stdlib", action="store_true", help="no stdlib figures")
    parser.add_argument("--skip-pypi", action="store_true", help=f"no figures for {PYPI_PROJECT}")
    parser.add_argument("--skip-synthetic", action="store_true", help="no synthetic figures")
    parser.add_argument(
        "--keep", type=Path, help="work in this directory and keep it (default: a temporary one)"
    )
    args = parser.parse_args()
    if not hasattr(os, "wait4") or not shutil.which(TIME):
        sys.exit(f"os.wait4 (a POSIX system) and {TIME} (GNU time) are needed")
    sizes = [int(size) for size in args.sizes.split(",") if size.strip()]

    with_env, without_env = bench.prepare(args.venvs)
    bench.pip(with_env, "ruff")
    ruff_version = subprocess.run(
        [str(bench.bin_path(with_env, "ruff")), "--version"], check=False, capture_output=True, text=True
    ).stdout.strip()
    print(f"Python {sys.version.split()[0]}, stdlib {corpus.STDLIB}: {len(corpus.files())} files")
    print(f"flake8 family: {bench.installed_versions(with_env)}; {ruff_version}; {os.cpu_count()} CPUs")
    if hasattr(os, "getloadavg"):
        print(f"load average at start: {' '.join(f'{load:.2f}' for load in os.getloadavg())}")

    scratch = fresh(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="forksafe-project-bench-"))
    try:
        tools = Tools(with_env, without_env, scratch)
        if not tools.check_cache_dir:
            print("check has no --forksafe-cache-dir: its cache goes to $XDG_CACHE_HOME/flake8-forksafe")
        if not args.skip_stdlib:
            tree = copy_stdlib(scratch / "stdlib")
            project_figures(tools, "The stdlib as one project", tree, ONE_FILES, args.rounds, args.repeats)
        if not args.skip_pypi:
            tree = pypi_project(with_env, PYPI_PROJECT, scratch / "pypi")
            title = f"{PYPI_PROJECT}, a real project"
            project_figures(tools, title, tree, PYPI_ONE_FILES, args.rounds, args.repeats)
        if not args.skip_synthetic:
            synthetic_figures(tools, sizes, args.chain, args.repeats, args.timeout)
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)
    if hasattr(os, "getloadavg"):
        print(f"load average at end: {' '.join(f'{load:.2f}' for load in os.getloadavg())}")


if __name__ == "__main__":
    main()
