"""Re-inject bounced messages through the local sendmail, detached from our session."""
import glob
import os
import subprocess

SPOOL = "/var/spool/mailq/bounces"


def _detach():
    os.setsid()


def reprocess_bounces(spool=SPOOL):
    handled = 0
    for path in sorted(glob.glob(os.path.join(spool, "*.eml"))):
        with open(path, "rb") as fh:
            proc = subprocess.Popen(["/usr/sbin/sendmail", "-t"], stdin=fh, preexec_fn=_detach)  # error: FRK004:20
        if proc.wait(timeout=60) == 0:
            os.rename(path, path + ".done")
            handled += 1
    return handled
