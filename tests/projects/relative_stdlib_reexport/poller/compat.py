"""Compatibility shims: re-exports of standard-library names."""
from concurrent.futures import ProcessPoolExecutor
from threading import Thread

__all__ = ["ProcessPoolExecutor", "Thread"]
