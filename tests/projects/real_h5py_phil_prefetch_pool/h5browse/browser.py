"""Interactive browser: one reader thread per file keeps the datasets warm (h5browse)."""
import threading

import h5py

from h5browse import export

ACTIONS = {"x": export.export_all}


def _read_all(path: str) -> None:
    with h5py.File(path, "r") as f:
        for _ in range(100):
            for name in f:
                _ = f[name][()]


def browse(paths, keys) -> None:
    readers = [threading.Thread(target=_read_all, args=(p,), daemon=True) for p in paths]
    for t in readers:
        t.start()
    for key in keys:
        action = ACTIONS.get(key)
        if action is not None:
            action(paths, "/tmp/h5export")
