"""The benchmark corpus: the running Python's standard library without its tests.

Shared by bench.py (which hands the directory and its exclusions to flake8) and inprocess.py
(which reads the same files the way flake8 does). Standard library only: it runs in any venv.
"""

from __future__ import annotations

import sysconfig
from pathlib import Path

STDLIB = Path(sysconfig.get_paths()["stdlib"])
# Lib/test is CPython's test suite; site-packages holds whatever the interpreter has installed.
EXCLUDED = ("test", "site-packages")


def files() -> list[Path]:
    return sorted(path for path in STDLIB.rglob("*.py") if path.relative_to(STDLIB).parts[0] not in EXCLUDED)


def flake8_arguments(also_excluded: tuple[str, ...] = ()) -> list[str]:
    """flake8 arguments that check exactly `files()`, but for `also_excluded` (stdlib-relative)."""
    excluded = ",".join(str(STDLIB / name) for name in (*EXCLUDED, *also_excluded))
    return [f"--extend-exclude={excluded}", str(STDLIB)]
