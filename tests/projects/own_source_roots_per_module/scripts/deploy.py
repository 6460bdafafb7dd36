"""Case own_source_roots_per_module.

rules.md, Across modules > Source roots ("for a file in no package, its own directory") and
"Each module's names are resolved with its own source roots": for this script, scripts/ is a
root, so `import helpers` is scripts/helpers.py, which starts a thread on import: FRK003 here.
src/app/release.py does the same import, but its roots (src/, the project directory) do not
include scripts/, so for it `helpers` is unknown: silent.
"""
import os

import helpers  # noqa: F401


def restart():
    if os.fork() == 0:  # error: FRK003:8
        os.execv("/usr/bin/systemctl", ["systemctl", "restart", "app"])
