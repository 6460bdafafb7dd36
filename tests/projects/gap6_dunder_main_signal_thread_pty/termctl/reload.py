import json
import threading

CONFIG = {}


def _reload_config():
    with open("/etc/termctl.json") as fh:
        CONFIG.update(json.load(fh))


def on_sighup(signum, frame):
    threading.Thread(target=_reload_config, daemon=True).start()
