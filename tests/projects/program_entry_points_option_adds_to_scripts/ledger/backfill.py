"""program_entry_points_option_adds_to_scripts.

Clause: Programs (entry points), "Entry points are [project.scripts] / [project.gui-scripts]
targets ..., `__main__.py` files ..., and `--forksafe-entry-points` (comma-separated module
names, `pkg.cli` or `pkg.cli:main`)": the option names `ledger.backfill:run` and adds a program
to the [project.scripts] one; it does not replace it.

- program backfill = {backfill, sync, archive}: sync.py starts a thread (reached only through
  the STEPS table, reading 1), so archive.compact()'s preexec_fn is FRK004.
- program ledger-api = {api, sync, reports}: sync.py's thread (reached only through a signal
  handler reference, reading 1) makes reports.py's ProcessPoolExecutor FRK001. Without the
  [project.scripts] program, nothing would link reports.py to a thread.
- migrate.py is in no program and calls nothing that starts threads: its fork is not reported.
"""
from ledger import archive, sync

STEPS = {"replicate": sync.start_replication}


def run(argv=None):
    for name in sorted(STEPS):
        STEPS[name]()
    archive.compact("ledger.db")
