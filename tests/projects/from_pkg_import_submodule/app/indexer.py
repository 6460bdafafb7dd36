"""Case from_pkg_import_submodule.

rules.md, Across modules > The project and its modules: `from pkg import submodule` resolves to
the submodule app/telemetry.py (app/__init__.py is empty), which starts a thread on import.
app/cleaner.py does `from app import settings`, a submodule that starts nothing.
"""
from concurrent.futures import ProcessPoolExecutor

from app import telemetry  # noqa: F401


def _index(doc):
    return doc


def index_all(docs):
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        return list(pool.map(_index, docs))
