"""Trap: a function-level import shadows the module-level `threading` with a look-alike.

Situation: the module imports the real `threading` at module level but only calls
`threading.get_ident()` with it. Inside `start_green_watcher`, `from eventlet.green import
threading` rebinds the name for that function, so its `threading.Thread(...)` is eventlet's
green thread, not `threading.Thread`.

rules.md, Evidence: "Resolution follows scopes: an import inside a function counts there and
shadows the module-level name inside that function." and "neither are look-alike modules
(`gevent.threading`, `eventlet.green.threading`, ...)".
rules.md, Sinks / Safe: "A sink in a module without thread evidence is never reported."

Expected: no finding. The only Thread construction resolves to eventlet.green.threading, and
`get_ident()` is not evidence, so the `multiprocessing.Pool` and `os.fork()` sinks stay silent.
"""
import multiprocessing
import os
import threading

_MAIN_IDENT = threading.get_ident()


def start_green_watcher(callback):
    from eventlet.green import threading

    watcher = threading.Thread(target=callback)
    watcher.start()
    return watcher


def in_main_thread():
    return threading.get_ident() == _MAIN_IDENT


def checksum_all(paths):
    with multiprocessing.Pool(2) as pool:
        return pool.map(len, paths)


def detach():
    if os.fork():
        os._exit(0)
    os.setsid()
