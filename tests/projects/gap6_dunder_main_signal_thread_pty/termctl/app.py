import signal
import sys

from termctl import reload, session


def main():
    signal.signal(signal.SIGHUP, reload.on_sighup)
    cmd = sys.argv[1:] or ["/bin/bash", "-l"]
    sys.exit(session.attach(cmd))
