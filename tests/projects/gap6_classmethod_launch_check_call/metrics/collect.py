"""gap6_classmethod_launch_check_call.

Clause: "Functions and classes" -- a method resolved through the project, here a
classmethod called on an imported project class (`MetricsAgent.launch(...)`, README
reading A); threads flow to the caller. launch() starts a threading.Thread, so this module
has thread evidence and the `check_call(..., preexec_fn=_drop_privileges)` in
run_collector() is FRK004.
"""
import os
import subprocess

from metrics.agent import MetricsAgent


def _drop_privileges():
    os.setgid(65534)
    os.setuid(65534)


def run_collector(name):
    subprocess.check_call(["/usr/lib/collectors/" + name], preexec_fn=_drop_privileges)  # error: FRK004:5


def main():
    MetricsAgent.launch(8125)
    for name in ("cpu", "disk", "net"):
        run_collector(name)


if __name__ == "__main__":
    main()
