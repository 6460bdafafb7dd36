"""Emulates a library thread that is inside a logging call (holding the handler lock) at fork time.

From the example in dask/dask#3759: "Emulate a thread that is holding the logging lock when
fork() happens".
"""
import logging
import threading
import time


def _hold_handler_lock(seconds: float) -> None:
    handler = logging.getLogger().handlers[0]
    handler.acquire()
    try:
        time.sleep(seconds)
    finally:
        handler.release()


def start_lock_holder(seconds: float = 5.0) -> threading.Thread:
    thread = threading.Thread(target=_hold_handler_lock, args=(seconds,), daemon=True)
    thread.start()
    return thread
