"""Page rendering (pool task)."""
from docconv import guard


def render_page(path):
    watchdog = guard.Watchdog(timeout=30.0)
    try:
        with open(path, "rb") as handle:
            return len(handle.read())
    finally:
        watchdog.stop()
