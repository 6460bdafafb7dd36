"""Run an external tool in its own process group, so a shard can kill the whole group."""
import os
import signal
import subprocess


def run_tool(argv, cwd=None, timeout=900):
    return subprocess.run(argv, cwd=cwd, timeout=timeout, check=True, preexec_fn=os.setpgrp)  # error: FRK004:12


def kill_group(pid):
    try:
        os.killpg(os.getpgid(pid), signal.SIGTERM)
    except ProcessLookupError:
        pass
