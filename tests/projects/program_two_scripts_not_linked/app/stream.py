"""Event stream reader thread."""
import threading


def start_stream():
    threading.Thread(target=print, args=("streaming",), daemon=True).start()
