"""Event bus: a drain thread, then replays the backlog through the handlers.
bus imports handlers and handlers imports bus (an import cycle)."""
import threading

from events import handlers

_QUEUE = []


def _drain():
    return None


def publish(event):
    _QUEUE.append(event)


def start():
    threading.Thread(target=_drain, daemon=True).start()
    return handlers.replay(list(_QUEUE))
