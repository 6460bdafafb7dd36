"""v4_trap_unbound_and_shadowed_names: ``Thread``/``Timer`` names not bound by a threading import.

rules.md, Evidence: "Resolution follows scopes: an import inside a function counts there and
shadows the module-level name inside that function. A name that is not bound by such an import
(a local class called Thread, a parameter called threading, a shadowed import) is not
evidence". The module-level ``Timer`` import is only used in an ``isinstance`` check (not constructed).
No thread evidence, so the ``Pool`` and ``os.fork()`` are not reported. Expected: nothing.
"""
import multiprocessing
import os
import threading
from threading import Timer


class Thread:
    """A discussion thread of the forum model (not a threading.Thread)."""

    def __init__(self, title):
        self.title = title
        self.posts = []


def open_thread(title):
    return Thread(title)


def start_with(threading, target):
    """``threading`` is a parameter: the tests inject a synchronous double."""
    worker = threading.Thread(target=target)
    worker.start()
    return worker


def time_snippet(stmt):
    from timeit import Timer

    return Timer(stmt).timeit(number=100)


def cancel(obj):
    if isinstance(obj, Timer):
        obj.cancel()


def current_ident():
    return threading.get_ident()


def _index(doc):
    return doc.title.lower()


def reindex(docs):
    with multiprocessing.Pool(2) as pool:
        return pool.map(_index, docs)


def detach():
    if os.fork() == 0:
        os.setsid()
