"""The body of one shard process: a heartbeat thread plus the shard's commands."""
import json
import threading
import time

from shardrun.tools import run_tool


def _heartbeat(shard_id, status_path):
    while True:
        with open(status_path, "w", encoding="utf-8") as fh:
            json.dump({"shard": shard_id, "at": time.time()}, fh)
        time.sleep(5)


def run_shard(spec):
    beat = threading.Thread(target=_heartbeat, args=(spec["id"], spec["status"]), daemon=True)
    beat.start()
    for argv in spec["commands"]:
        run_tool(argv, cwd=spec.get("cwd"))
