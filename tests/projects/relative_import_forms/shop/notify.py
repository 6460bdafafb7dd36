"""from .heartbeat import start as beat."""
import os
import subprocess

from .heartbeat import start as beat


def send_mail(recipients):
    beat()
    return subprocess.call(["sendmail", *recipients], preexec_fn=os.setsid)  # error: FRK004:12
