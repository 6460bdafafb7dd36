"""v7_ready_frk102_module_level_executor_map: a script whose executor runs its first map at import.

Clause: FRK102 -- "a process started at import time (module level ...) in a module that the child
imports: the main script ...": "an executor's first submit/map"; "merely constructing a
ProcessPoolExecutor ... is fine" (_SPARE is only submitted to inside a function). Default start
method (a FRK001 site, so the readiness rules apply), no threads, so no FRK001. The finding is
at the construction of the executor that gets started.
READING: a single module judged alone is taken to be the main script.
Expected: FRK102 at ProcessPoolExecutor(max_workers=4) in the module-level with statement.
"""
import csv
import sys
from concurrent.futures import ProcessPoolExecutor

_SPARE = ProcessPoolExecutor(max_workers=1)


def _row_total(row):
    return sum(float(v) for v in row[1:])


def submit_later(row):
    return _SPARE.submit(_row_total, row)


with open(sys.argv[1], newline="") as fh:
    rows = list(csv.reader(fh))[1:]

with ProcessPoolExecutor(max_workers=4) as pool:  # error: FRK102:6
    totals = list(pool.map(_row_total, rows))

for row, total in zip(rows, totals):
    print(row[0], total)
