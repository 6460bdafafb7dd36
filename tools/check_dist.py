"""Checks the built sdist and wheel: twine check, their contents, and flake8 --version.

Usage: python tools/check_dist.py DIST_DIR   (after python -m build --outdir DIST_DIR)

`twine check --strict` must pass on both. The wheel must carry py.typed, the license, the
Framework :: Flake8 classifier, the project URLs, the flake8 entry point and the version from
src/flake8_forksafe/_version.py; the sdist must carry the changelog, the license, the docs and
the tests. The flake8 of this environment (which has the package installed) must show that
version in `flake8 --version`. Exit 1 with one line per problem.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
URLS = ("Homepage", "Documentation", "Source", "Issues", "Changelog")


def source_version() -> str:
    tree = ast.parse((ROOT / "src" / "flake8_forksafe" / "_version.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["VERSION"]:
            return str(ast.literal_eval(node.value))
    raise SystemExit("no VERSION in _version.py")


def wheel_problems(wheel: Path, version: str) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        info = f"flake8_forksafe-{version}.dist-info"
        if f"{info}/METADATA" not in names:
            return [f"{wheel.name}: no {info}/METADATA (is the version {version}?)"]
        metadata = Parser().parsestr(archive.read(f"{info}/METADATA").decode("utf-8"))
        entry_points = archive.read(f"{info}/entry_points.txt").decode("utf-8")
    problems = []
    if metadata["Version"] != version:
        problems.append(f"wheel version {metadata['Version']} is not _version.py's {version}")
    if "flake8_forksafe/py.typed" not in names:
        problems.append("the wheel has no flake8_forksafe/py.typed")
    if f"{info}/licenses/LICENSE" not in names:
        problems.append(f"the wheel has no {info}/licenses/LICENSE")
    if metadata["License-Expression"] != "MIT":
        problems.append(f"License-Expression is {metadata['License-Expression']!r}, not 'MIT'")
    if "Framework :: Flake8" not in metadata.get_all("Classifier", []):
        problems.append("the wheel lacks the classifier Framework :: Flake8")
    labels = {url.split(",", 1)[0].strip() for url in metadata.get_all("Project-URL", [])}
    problems += [f"the wheel has no Project-URL {label}" for label in URLS if label not in labels]
    if "FRK = flake8_forksafe.plugin:Plugin" not in entry_points:
        problems.append("the wheel has no flake8.extension entry point FRK")
    return problems


def sdist_problems(sdist: Path, version: str) -> list[str]:
    prefix = f"flake8_forksafe-{version}/"
    with tarfile.open(sdist) as archive:
        names = set(archive.getnames())
    wanted = [
        "CHANGELOG.md",
        "LICENSE",
        "README.md",
        "mkdocs.yml",
        "docs/rules/FRK001.md",
        "tests/test_e2e.py",
    ]
    return [f"the sdist has no {name}" for name in wanted if prefix + name not in names]


def twine_problems(files: list[Path]) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
    )
    print(result.stdout, end="")
    return [] if result.returncode == 0 else [f"twine check failed: {result.stderr or result.stdout}"]


def flake8_version_problems(version: str) -> list[str]:
    flake8 = shutil.which("flake8", path=str(Path(sys.executable).parent))
    if flake8 is None:
        return ["no flake8 next to this Python: install the package first"]
    shown = " ".join(
        subprocess.run([flake8, "--version"], capture_output=True, text=True, check=False).stdout.split()
    )
    return (
        []
        if f"flake8-forksafe: {version}" in shown
        else [f"flake8 --version does not show {version}: {shown}"]
    )


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    dist = Path(argv[0])
    version = source_version()
    wheels, sdists = sorted(dist.glob("*.whl")), sorted(dist.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        print(f"{dist}: expected one wheel and one sdist, found {wheels + sdists}", file=sys.stderr)
        return 1
    problems = (
        twine_problems(wheels + sdists)
        + wheel_problems(wheels[0], version)
        + sdist_problems(sdists[0], version)
        + flake8_version_problems(version)
    )
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(
            f"{wheels[0].name}, {sdists[0].name}: version {version}; metadata, contents, flake8 --version ok"
        )
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
