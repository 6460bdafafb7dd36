"""Heartbeat thread for shard processes."""
import threading


def start_heartbeat():
    threading.Thread(target=print, args=("alive",), daemon=True).start()
