"""Crew report (run by cron, imported by no other module): imports kiro_crew.metrics, which
starts a thread on import."""
import multiprocessing

from kiro_crew import metrics  # noqa: F401


def _summarise(entry):
    return entry


def build(entries):
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        return pool.map(_summarise, entries)
