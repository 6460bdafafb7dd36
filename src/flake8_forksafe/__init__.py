"""flake8-forksafe: find fork-after-threads deadlock hazards before the code runs."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("flake8-forksafe")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"
