"""Price feed: each tick is handled on its own thread (registered as a hook)."""
import threading


def _on_tick(price):
    threading.Thread(target=print, args=(price,), daemon=True).start()


HOOKS = [_on_tick]
