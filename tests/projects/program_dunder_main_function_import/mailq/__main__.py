"""program_dunder_main_function_import.

Clause: Programs (entry points), "`__main__.py` files of project packages" and "a program is an
entry point and every project module it imports, transitively"; the import of mailq.metrics is
inside a function that main() calls (read like the import-time clause: "at module level, or in
a function, which imports it when it runs").

- mailq.metrics starts a thread, but only in a function reached through a hook list (reading 1:
  not a resolved call), so no import or call links it to the spool.
- The program `python -m mailq` = {__main__, spool, metrics}: FRK001 at the Pool in spool.py.
- repair.py is in no program: its Pool is not reported.
"""
import sys

from mailq import spool


def _enable_metrics():
    from mailq import metrics

    metrics.register()


def main(argv=None):
    _enable_metrics()
    return spool.flush_all()


if __name__ == "__main__":
    sys.exit(main())
