import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent / "tools"))

import os

import pytest


@pytest.fixture(autouse=True, scope="session")
def _outside_the_repository(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Run from an empty directory: a module checked as `stdin` sits in the current directory,
    and this repository (its fixtures included) must not become that module's project."""
    os.chdir(tmp_path_factory.mktemp("cwd"))


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory for PYTHONPATH whose sitecustomize.py sets the default start method the way
    Python 3.14 does (the harness of the runtime tests, test_readiness_runtime*.py)."""
    from test_readiness_runtime import SITECUSTOMIZE

    directory = tmp_path_factory.mktemp("site")
    (directory / "sitecustomize.py").write_text(SITECUSTOMIZE)
    return directory
