"""Green-thread poller (eventlet), started on import, plus asyncio/timeit helpers."""
import asyncio
import timeit

from eventlet.green import threading as green_threading


def _poll():
    return None


_POLLER = green_threading.Thread(target=_poll)
_POLLER.start()
_TIMER = timeit.Timer("pass")
_SEND_LOCK = asyncio.Lock()


def poll_once():
    return _poll()
