"""Process-pool tasks from light.py: their thread is child-only, so no finding here."""
import multiprocessing

from jobs.light import score


def run_scoring(numbers):
    with multiprocessing.Pool(2) as pool:
        return pool.map(score, numbers)
