"""Cache warmer: refreshes the cache from a background thread."""
import threading


def warm_cache():
    threading.Thread(target=print, args=("warming",), daemon=True).start()
