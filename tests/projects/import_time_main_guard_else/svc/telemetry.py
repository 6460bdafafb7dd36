"""Starts its flusher thread when imported, in the else branch of the main guard."""
import threading


def _flush():
    return None


if __name__ == "__main__":
    _flush()
else:
    threading.Thread(target=_flush, daemon=True).start()
