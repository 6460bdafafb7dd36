"""Shard server supervisor."""
import os
import subprocess

from fleet import heartbeat


def serve_shard(shard_id):
    heartbeat.start_beacon(shard_id)
    proc = subprocess.Popen(["shard-server", str(shard_id)], preexec_fn=os.setsid)  # error: FRK004:12
    return proc.wait()


def preflight():
    pid = os.fork()
    if pid == 0:
        os._exit(0 if os.path.isdir("/srv/shards") else 1)
    _, status = os.waitpid(pid, 0)
    return status == 0
