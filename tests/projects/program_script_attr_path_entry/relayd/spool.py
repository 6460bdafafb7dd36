"""Spool flushing: each batch is sent by relay-send in its own process group."""
import os
import subprocess


def flush_all(batches):
    for batch in batches:
        subprocess.check_call(["relay-send", batch], preexec_fn=os.setpgrp)  # error: FRK004:9
    return len(batches)
