"""Sends notifications in a process pool (in program notify)."""
import multiprocessing


def deliver(item):
    user, text = item
    return "%s: %s" % (user, text)


def send_all(items):
    with multiprocessing.Pool(2) as pool:
        return pool.map(deliver, items)
