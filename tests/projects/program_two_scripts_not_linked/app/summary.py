"""Summaries computed in a process pool."""
from concurrent.futures import ProcessPoolExecutor

from app import config


def _summarise(day):
    return day


def summarise(days):
    with ProcessPoolExecutor(config.WORKERS) as pool:
        return list(pool.map(_summarise, days))
