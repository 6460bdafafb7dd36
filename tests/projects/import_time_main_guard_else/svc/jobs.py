"""Case import_time_main_guard_else.

rules.md, Across modules > Import-time threads: code under `if __name__ == "__main__":` does
not run on import, but its `else:` branch does: svc.telemetry starts a thread on import.
"""
import multiprocessing

from svc import telemetry


def run(paths):
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        return pool.map(len, paths), telemetry.__name__
