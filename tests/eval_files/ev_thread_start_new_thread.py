"""Evidence: _thread.start_new_thread (rules.md Evidence bullet 3); sink: subprocess preexec_fn."""
import _thread
import os
import subprocess
import time


def _watch_parent(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(1)
    os._exit(1)


def start_watchdog() -> None:
    _thread.start_new_thread(_watch_parent, (os.getppid(),))


def run_tool(argv):
    return subprocess.run(argv, preexec_fn=os.setpgrp, capture_output=True)  # error: FRK004:12
