"""Tile tasks; each starts a thread, but only inside the pool's worker processes."""
import os
import subprocess
import threading
from concurrent.futures import ThreadPoolExecutor


def _tick(name):
    print("tick", name)


def render_tile(tile):
    threading.Thread(target=_tick, args=("render",), daemon=True).start()
    return tile


def merge_pair(left, right):
    threading.Timer(1.0, _tick, args=("merge",)).start()
    return left + right


def shade(tile):
    with ThreadPoolExecutor(max_workers=2) as threads:
        return list(threads.map(str.upper, [tile, tile]))


def stat(tile):
    threading.Thread(target=_tick, args=("stat",), daemon=True).start()
    return len(tile)


def prepare_dir(path):
    subprocess.run(["mkdir", "-p", path], preexec_fn=os.setsid, check=True)
