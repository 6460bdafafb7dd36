"""Estimate the uncertainty of a DEM difference while a heartbeat thread reports progress.

Like the regression test of the fix (xdem PR #993), a thread is held open while the variogram is
sampled with n_jobs > 1.
"""
import threading
import time

import numpy as np

from xdem.dem import DEM


def heartbeat(stop: threading.Event) -> None:
    while not stop.wait(1.0):
        print("still estimating...", time.strftime("%H:%M:%S"), flush=True)


def main() -> None:
    stop = threading.Event()
    beat = threading.Thread(target=heartbeat, args=(stop,), daemon=True)
    beat.start()
    try:
        rng = np.random.default_rng(0)
        dem = DEM(rng.normal(size=(200, 200)))
        ref = DEM(rng.normal(size=(200, 200)))
        print(dem.estimate_uncertainty(ref, np.ones((200, 200), dtype=bool), n_jobs=4))
    finally:
        stop.set()


if __name__ == "__main__":
    main()
