"""Script helpers (scripts/ is not a package): starts a progress thread on import."""
import threading

threading.Thread(target=print, args=("progress",), daemon=True).start()
