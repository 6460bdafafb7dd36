"""Old reconciler, not imported by the CLI: its own thread, a default pool, no fork pin."""
import threading
from concurrent.futures import ProcessPoolExecutor


def _match(entry):
    return entry


def reconcile(entries):
    threading.Thread(target=print, args=("reconciling",), daemon=True).start()
    with ProcessPoolExecutor() as pool:
        return list(pool.map(_match, entries))
