"""Plugin registry: imports plugins.loader (cycle) and starts a reload thread on import."""
import threading
import time

from plugins import loader  # noqa: F401  (import cycle: loader imports registry)

PLUGINS = {}


def _reload_forever():
    while True:
        time.sleep(30)


threading.Thread(target=_reload_forever, daemon=True).start()
