"""Sink module of cat_prometheus_wsgi_dunder_main_fork: `os.fork()` at line 9 is FRK003."""
import json
import os
import time


def take_snapshots(directory, interval, rounds):
    for round_no in range(rounds):
        pid = os.fork()  # error: FRK003:15
        if pid == 0:
            path = os.path.join(directory, "snapshot-%d.json" % round_no)
            with open(path, "w") as fh:
                json.dump({"round": round_no, "time": time.time()}, fh)
            os._exit(0)
        os.waitpid(pid, 0)
        time.sleep(interval)
