"""No threads: runs a quiet install step through Shell.run_quiet()."""
from beacon.tools import Shell


def install():
    Shell.run_quiet(["systemctl", "daemon-reload"])
