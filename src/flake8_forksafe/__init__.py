"""flake8-forksafe: find fork-after-threads deadlock hazards before the code runs."""

# The version is written once, in _version.py (pyproject.toml reads it from there too); asking
# importlib.metadata instead would search sys.path for the distribution on every flake8 run.
from ._version import VERSION as __version__

__all__ = ["__version__"]
