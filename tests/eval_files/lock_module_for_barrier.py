"""Evidence: threading.Barrier() inside a module-level `for` loop (rules.md: module-level locks, "inside module-level ... for blocks")."""
import multiprocessing
import threading

STAGES = ("extract", "transform", "load")
_stage_barriers = {}

for _stage in STAGES:
    _stage_barriers[_stage] = threading.Barrier(4)


def run_pipeline(rows):
    ctx = multiprocessing.get_context()
    with ctx.Pool(4) as pool:  # error: FRK001:10
        return pool.map(str, rows)
