"""Per-worker setup (the pool initializer) and a parent-side log shipper."""
import os
import threading
import time


def _heartbeat():
    while True:
        time.sleep(5)


def init_worker():
    threading.Thread(target=_heartbeat, name="scan-heartbeat", daemon=True).start()
    pid = os.fork()  # error: FRK003:11
    if pid == 0:
        os.execv("/usr/sbin/clamd", ["clamd", "--foreground"])


def daemonize_log_shipper():
    if os.fork() == 0:
        os.setsid()
        os.execv("/usr/bin/logship", ["logship"])
