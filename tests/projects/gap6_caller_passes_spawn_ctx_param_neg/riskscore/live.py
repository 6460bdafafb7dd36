import multiprocessing
import queue
import threading

from riskscore import pools

SPAWN = multiprocessing.get_context("spawn")
_INCOMING = queue.Queue()


def _consume():
    while True:
        batch = _INCOMING.get()
        print(pools.run_batch(batch, mp_context=SPAWN))


def start():
    consumer = threading.Thread(target=_consume, daemon=True)
    consumer.start()
    return consumer


def submit(batch):
    _INCOMING.put(batch)
