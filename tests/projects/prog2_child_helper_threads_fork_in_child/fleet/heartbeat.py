"""Beacon thread reporting a shard's liveness."""
import threading
import time


def _beacon_loop(shard_id):
    while True:
        time.sleep(2.0)


def start_beacon(shard_id):
    beacon = threading.Thread(target=_beacon_loop, args=(shard_id,), daemon=True)
    beacon.start()
    return beacon
