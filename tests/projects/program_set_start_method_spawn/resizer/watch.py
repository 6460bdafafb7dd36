"""Inbox watcher: a polling thread, started from a hook."""
import threading


def _start_watcher():
    threading.Thread(target=print, args=("watching",), daemon=True).start()


HOOKS = [_start_watcher]
