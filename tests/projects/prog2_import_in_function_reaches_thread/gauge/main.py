"""prog2_import_in_function_reaches_thread.

Clause: Programs (entry points): "a program is an entry point and every project module it
imports, transitively", where a module imported inside a function counts ("Import-time
threads": "at module level, or in a function, which imports it when it runs").

Program gauge (`gauge.main:main`): this module imports gauge.plugins and gauge.report at
module level; gauge.plugins imports gauge.pushgw only inside load_hooks(). pushgw's
start_push_loop() starts a threading.Thread; it is not started at import time, and it is
only returned as a hook and called as `hook()` here (not a resolvable call). report.py
imports nothing from the project, and nothing that calls write_reports() has threads of its
own, so only the program (closed through the function-level import) links report.py to the
thread.

Expected: gauge/report.py `ProcessPoolExecutor()`: FRK001. This module has no sink.
"""
import sys

from gauge import plugins, report


def main():
    for hook in plugins.load_hooks():
        hook()
    return report.write_reports(sys.argv[1:])
