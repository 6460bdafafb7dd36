"""Replays events through a shell hook. Refers to EventBus only in isinstance (no construction,
no annotation, no call of a thread-starting function): no evidence, no finding."""
import os
import subprocess

from bus import core


def replay(source, events, command):
    if not isinstance(source, core.EventBus):
        raise TypeError("source must be an EventBus")
    return [subprocess.Popen(command + [str(e)], preexec_fn=os.setpgrp) for e in events]
