"""Feed listener started on import."""
import threading


def _listen():
    return None


LISTENER = threading.Thread(target=_listen, daemon=True)
LISTENER.start()
