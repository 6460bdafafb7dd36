"""String annotation "core.Broker" on a function parameter."""
import subprocess

from relay import core


def _drop_privileges():
    return None


def tap(broker: "core.Broker", command):
    return subprocess.check_output(command, preexec_fn=_drop_privileges)  # error: FRK004:12
