"""Imports the settings submodule only."""
from concurrent.futures import ProcessPoolExecutor

from app import settings


def _clean(path):
    return path


def clean_all(paths):
    with ProcessPoolExecutor(settings.WORKERS) as pool:
        return list(pool.map(_clean, paths))
