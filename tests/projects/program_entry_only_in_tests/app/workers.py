"""Worker threads, started by start_workers()."""
import threading


def start_workers(count):
    threads = [threading.Thread(target=print, args=(n,), daemon=True) for n in range(count)]
    for thread in threads:
        thread.start()
    return threads
