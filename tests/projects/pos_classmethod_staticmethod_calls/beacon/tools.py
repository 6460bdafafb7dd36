"""Shell helpers as staticmethods; see agent.py for the expectations."""
import os
import subprocess


class Shell:
    @staticmethod
    def detach(cmd):
        return subprocess.Popen(cmd, preexec_fn=os.setsid)  # error: FRK004:16

    @staticmethod
    def run_quiet(cmd):
        return subprocess.run(cmd, preexec_fn=os.setpgrp, check=False)
