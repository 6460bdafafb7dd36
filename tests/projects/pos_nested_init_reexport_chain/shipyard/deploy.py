"""Deploys with a forked uploader after starting the exporter (see build.py)."""
import os

from shipyard import start_exporter


def deploy(bundle):
    start_exporter("http://collector:4318")
    pid = os.fork()  # error: FRK003:11
    if pid == 0:
        print("uploading", bundle)
        os._exit(0)
    os.waitpid(pid, 0)
