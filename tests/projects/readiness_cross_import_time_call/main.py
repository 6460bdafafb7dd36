"""Case readiness_cross_import_time_call.

rules.md, FRK102, followed across modules: the main script calls, at import time and outside
the main guard, run_all() from jobs.py, whose body starts a process pool. A spawn or
forkserver child imports the main script again and runs run_all() again while it bootstraps.
Expected: FRK102 at the call `run_all()`; nothing in jobs.py (it starts nothing on import).
"""
from jobs import run_all

run_all()  # error: FRK102:1
