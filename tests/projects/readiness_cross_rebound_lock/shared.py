"""A threading lock first, then rebound to a multiprocessing lock: the last binding is exported."""
import multiprocessing
import threading

LOCK = threading.Lock()
LOCK = multiprocessing.Lock()
GUARD = threading.Lock()
