"""Relative import of a module that is not in the project: not evidence, not a sink."""
import multiprocessing

from .compat_py2 import Thread  # no such module in this project


def _fetch(url):
    return url


def poll_legacy(urls):
    Thread(target=_fetch, args=(urls[0],)).start()
    with multiprocessing.Pool() as pool:
        return pool.map(_fetch, urls)
