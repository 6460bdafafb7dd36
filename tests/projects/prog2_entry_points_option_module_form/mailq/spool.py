"""Spool maintenance."""
import os
import subprocess

SPOOL_DIR = "/var/spool/mailq"


def _lower_priority():
    os.nice(10)


def compact():
    proc = subprocess.Popen(["mailq-compact", SPOOL_DIR], preexec_fn=_lower_priority)  # error: FRK004:12
    return proc.wait()
