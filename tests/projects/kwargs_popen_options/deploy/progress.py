"""Progress spinner thread, started on import."""
import threading


def _spin():
    return None


threading.Thread(target=_spin, daemon=True).start()
