"""cat_queuelistener_setup_called_from_main.

Clauses: "Library thread starters (the catalog)" (`logging.handlers.QueueListener`, start
method: built and `.start()`ed in the same scope) with "Across modules: the project" and
"Programs (entry points)".
Entry point `svc-run = "svc.main:main"`. `main()` calls `setup_logging()` (svc/logsetup.py),
which starts a QueueListener thread, then calls `run_all()` (svc/jobs.py). This module has
thread evidence (threads flow to the caller), the callee's sink is judged with it, and the
program svc-run contains a thread start as well: the `ProcessPoolExecutor(max_workers=2)` in
svc/jobs.py line 13 is FRK001 (one finding, whatever the number of paths).
"""
from svc.jobs import run_all
from svc.logsetup import setup_logging


def main():
    listener = setup_logging()
    try:
        run_all([10_000, 20_000, 30_000])
    finally:
        listener.stop()


if __name__ == "__main__":
    main()
