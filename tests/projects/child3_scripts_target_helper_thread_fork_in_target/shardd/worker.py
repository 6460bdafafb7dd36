"""Per-shard server process (runs only as a Process target)."""
import os

from shardd import telemetry


def serve(shard_id):
    telemetry.start_reporter(shard_id)
    pid = os.fork()  # error: FRK003:11
    if pid == 0:
        os.execvp("shard-compactor", ["shard-compactor", str(shard_id)])
    os.waitpid(pid, 0)
