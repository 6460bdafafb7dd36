"""Disk monitor package; re-exports the watcher class."""
from .watcher import DiskWatcher

__all__ = ["DiskWatcher"]
