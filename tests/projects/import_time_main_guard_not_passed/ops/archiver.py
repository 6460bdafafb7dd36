"""Case import_time_main_guard_not_passed.

rules.md, Across modules > Import-time threads: "not code under `if __name__ == "__main__":`,
which does not run on import". ops.probe starts its thread only under its main guard, so this
importer has no thread evidence and its preexec_fn call is not reported.
"""
import os
import subprocess

from ops import probe  # noqa: F401


def archive(directory):
    return subprocess.run(["tar", "czf", directory + ".tgz", directory], preexec_fn=os.setpgrp)
