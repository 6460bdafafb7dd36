"""What installing flake8-forksafe costs a flake8 run, on the running Python's standard library.

    python benchmarks/bench.py [--rounds 3] [--repeats 5] [--venvs DIR]

Prints three figures (docs/performance.md explains them and records a run):
1. full flake8 over the stdlib without its tests, with the plugin installed / without: time ratio;
2. on the files that import both a thread module and a process module, the time the plugin
   adds / the time libcst.parse_module takes on them;
3. peak RSS of the flake8 run with the plugin / without.

"With" and "without" are two virtualenvs made from this interpreter (so they read the same
stdlib), holding the same versions of flake8, pycodestyle, pyflakes and mccabe; only "with"
holds flake8-forksafe (installed from this checkout, not editable) and its dependencies. Runs are
interleaved, alternating which goes first (with, without, without, with, ...), so machine drift
cancels. Each flake8 run is timed by GNU time (/usr/bin/time): wall clock, user + system CPU
and peak RSS, with one job (--jobs=1) so one process does all the work.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import venv
from dataclasses import dataclass
from pathlib import Path

import stdlib_files as corpus  # benchmarks/stdlib_files.py: a script's folder is first on sys.path

ROOT = Path(__file__).resolve().parent.parent
TIME = "/usr/bin/time"
# The flake8 installation both environments share, version for version.
FLAKE8_FAMILY = ("flake8", "pycodestyle", "pyflakes", "mccabe")


@dataclass
class Run:
    wall: float  # seconds
    cpu: float  # user + system seconds
    max_rss_kb: int


def bin_path(env: Path, name: str) -> Path:
    return env / ("Scripts" if os.name == "nt" else "bin") / name


def pip(env: Path, *args: str) -> None:
    subprocess.run(
        [
            str(bin_path(env, "python")),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            *args,
        ],
        check=True,
    )


def installed_versions(env: Path) -> dict[str, str]:
    code = (
        "import json, sys; from importlib import metadata; "
        "print(json.dumps({name: metadata.version(name) for name in sys.argv[1:]}))"
    )
    output = subprocess.run(
        [str(bin_path(env, "python")), "-c", code, *FLAKE8_FAMILY], check=True, capture_output=True, text=True
    ).stdout
    versions: dict[str, str] = json.loads(output)
    return versions


def prepare(venvs: Path) -> tuple[Path, Path]:
    """The two environments: `with` gets this checkout, `without` the same flake8 pins."""
    with_env, without_env = venvs / "with", venvs / "without"
    for env in (with_env, without_env):
        if not bin_path(env, "python").exists():
            print(f"creating {env}", file=sys.stderr)
            venv.create(env, with_pip=True, clear=True)
    pip(with_env, str(ROOT))  # with its dependencies, at the versions pip picks
    pip(with_env, "--force-reinstall", "--no-deps", str(ROOT))  # this checkout as it is now
    pins = [f"{name}=={version}" for name, version in installed_versions(with_env).items()]
    pip(without_env, *pins)
    if installed_versions(without_env) != installed_versions(with_env):
        sys.exit("the two environments hold different flake8 versions")
    return with_env, without_env


def flake8_run(env: Path, also_excluded: tuple[str, ...]) -> Run:
    command = [str(bin_path(env, "flake8")), "--isolated", "--jobs=1", "--exit-zero"]
    command += corpus.flake8_arguments(also_excluded)
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        subprocess.run(
            [TIME, "-o", report.name, "-f", "%e %U %S %M", *command],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        wall, user, system, rss = report.read().split()[-4:]
    return Run(float(wall), float(user) + float(system), int(rss))


def median_ratio(numerators: list[float], denominators: list[float]) -> float:
    return statistics.median(numerators) / statistics.median(denominators)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="flake8 runs per environment (default 3)")
    parser.add_argument("--repeats", type=int, default=5, help="passes of the in-process timings (default 5)")
    parser.add_argument(
        "--venvs", type=Path, default=ROOT / "build" / "bench-venvs", help="where the two virtualenvs live"
    )
    parser.add_argument("--skip-flake8", action="store_true", help="only the in-process figures")
    parser.add_argument(
        "--also-exclude",
        action="append",
        default=[],
        metavar="FILE",
        help="a stdlib file (relative path) also left out of the flake8 runs, for diagnosis",
    )
    args = parser.parse_args()
    if not args.skip_flake8 and not shutil.which(TIME):
        sys.exit(f"{TIME} (GNU time) is needed to time flake8 runs; or pass --skip-flake8")

    with_env, without_env = prepare(args.venvs)
    print(f"Python {sys.version.split()[0]}, stdlib {corpus.STDLIB}: {len(corpus.files())} files")
    if args.also_exclude:
        print(f"flake8 runs leave out {args.also_exclude} too")
    print(f"flake8 family: {installed_versions(with_env)}; {os.cpu_count()} CPUs")

    inprocess = subprocess.run(
        [
            str(bin_path(with_env, "python")),
            str(Path(__file__).parent / "inprocess.py"),
            f"--repeats={args.repeats}",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    report = json.loads(inprocess.stdout)

    runs: dict[str, list[Run]] = {"with": [], "without": []}
    if not args.skip_flake8:
        for index in range(args.rounds):
            order = ["with", "without"] if index % 2 == 0 else ["without", "with"]
            for name in order:
                run = flake8_run(with_env if name == "with" else without_env, tuple(args.also_exclude))
                runs[name].append(run)
                print(
                    f"  round {index + 1} {name:>7}: {run.wall:6.2f} s wall, {run.cpu:6.2f} s CPU, "
                    f"{run.max_rss_kb / 1024:6.1f} MiB peak RSS",
                    flush=True,
                )

    print()
    print(
        f"Files the prescreen lets through: {report['files_passing_prescreen']}; "
        f"reaching libcst: {len(report['files_reaching_libcst'])} {report['files_reaching_libcst']}"
    )
    if runs["with"]:
        wall = median_ratio([run.wall for run in runs["with"]], [run.wall for run in runs["without"]])
        cpu = median_ratio([run.cpu for run in runs["with"]], [run.cpu for run in runs["without"]])
        rss = median_ratio(
            [run.max_rss_kb for run in runs["with"]], [run.max_rss_kb for run in runs["without"]]
        )
        print(
            f"1. flake8 time with / without the plugin:  {wall:.3f} (wall), {cpu:.3f} (CPU)   target <= 1.05"
        )
    dense = report["dense"]
    print(
        f"2. dense files ({len(report['dense_files'])}): plugin {dense['plugin']:.3f} s / "
        f"libcst.parse_module {dense['libcst_parse']:.3f} s = {dense['ratio']:.3f}   target <= 1.25"
    )
    if runs["with"]:
        print(f"3. flake8 peak RSS with / without:        {rss:.3f}   target <= 1.10")
    print(
        f"   in process, whole corpus: plugin {report['corpus']['plugin']:.3f} s, "
        f"ast.parse {report['corpus']['ast_parse']:.3f} s"
    )
    print()
    print("Cost by file size (ms per file; 'unscreened' is the analysis with every gate off):")
    print(f"  {'lines':>10} {'files':>6} {'mean':>6} {'ast.parse':>10} {'plugin':>8} {'unscreened':>11}")
    for row in report["sizes"]:
        print(
            f"  {row['lines']:>10} {row['files']:>6} {row['mean_lines']:>6} "
            f"{row['ast_parse_ms_per_file']:>10.3f} {row['plugin_ms_per_file']:>8.3f} "
            f"{row['unscreened_ms_per_file']:>11.3f}"
        )
    print("Growth on a dense module repeated (plugin / libcst.parse_module):")
    print(f"  {'module':>22} {'lines':>6} {'libcst ms':>10} {'plugin ms':>10} {'ratio':>6}")
    for row in report["dense_growth"]:
        print(
            f"  {row['module']:>22} {row['lines']:>6} {row['libcst_parse_ms']:>10.2f} "
            f"{row['plugin_ms']:>10.2f} {row['ratio']:>6.3f}"
        )


if __name__ == "__main__":
    main()
