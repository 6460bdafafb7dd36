"""real_reformatters_spawn_main_entry: the FIXED version of a reported fork-after-threads stall.

Report: https://github.com/dynamical-org/reformatters/pull/215
("Use `spawn` not `fork` with multiprocessing").

What was reported: the reformatters test suite emitted hundreds of
"DeprecationWarning: This process (pid=347865) is multi-threaded, use of fork() may lead to
deadlocks in the child" from multiprocessing/popen_fork.py, and production jobs stalled. A
RegionJob downloads and reads source files on ThreadPoolExecutors, runs an
UpdateProgressTracker thread, and writes shards on a ProcessPoolExecutor built with the default
start method (fork on Linux). The landed fix (commit 951a8e97) calls
`multiprocessing.set_start_method("spawn", force=True)` in the package's `__main__.py`, the
entry point of every job, so the shard-writing pool spawns its workers.

Clauses: "Programs (entry points)": a package `__main__.py` is an entry point, and its program is
every project module it imports, transitively (noaa_gfs/cli.py -> common/region_job.py).
"a safe set_start_method("spawn" | "forkserver") makes a default-method sink safe when it is ...
in a program that contains it". region_job.py has its own thread evidence
(ThreadPoolExecutor, and a call to UpdateProgressTracker(), which starts a Thread), and this
module calls sentry_sdk.init at import time, so without the pin the ProcessPoolExecutor in
region_job.py would be FRK001.

Expected: no finding anywhere.

Deviation from the real code: the real call sits at module level inside
`try: ... except RuntimeError` with `force=True` (which rules.md's FRK104 exempts twice over);
here it is inside main(), as the fixture conventions ask.
"""
import multiprocessing

import sentry_sdk
import typer

from reformatters.noaa_gfs import cli as noaa_gfs_cli

SENTRY_DSN = "https://public@example.invalid/1"
SENTRY_ENABLED = False

if SENTRY_ENABLED:
    sentry_sdk.init(dsn=SENTRY_DSN, environment="prod", project_root="src/")

app = typer.Typer(pretty_exceptions_show_locals=False)
app.add_typer(noaa_gfs_cli.app, name=noaa_gfs_cli.DATASET_ID)


def main() -> None:
    # Spawn new processes since fork isn't safe with threads
    try:
        multiprocessing.set_start_method("spawn", force=True)
    except RuntimeError:
        # Already set, ignore
        pass
    app()


if __name__ == "__main__":
    main()
