"""Presence beacon thread started on import."""
import threading


def _announce():
    return None


threading.Thread(target=_announce, daemon=True).start()
