"""Safe: `set_start_method("forkserver", force=True)` at module level.

rules.md, "Safe": default-method sinks are safe "in a module that calls
multiprocessing.set_start_method("spawn" | "forkserver") anywhere in the module (module level,
...)".  FRK104 (set_start_method "at import time outside the main guard without force=True")
does not apply: the single call passes `force=True`.
Evidence: `threading.Thread`.
Expected: no finding.
"""
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor

multiprocessing.set_start_method("forkserver", force=True)


def _tail(path):
    with open(path) as fh:
        for _ in fh:
            pass


def follow(path):
    t = threading.Thread(target=_tail, args=(path,), daemon=True)
    t.start()
    return t


def _parse(line):
    return line.split(",")


def parse_all(lines):
    with multiprocessing.Pool(4) as pool:
        rows = pool.map(_parse, lines)
    with ProcessPoolExecutor() as ex:
        rows += list(ex.map(_parse, lines))
    return rows


def parse_one(line):
    proc = multiprocessing.Process(target=_parse, args=(line,))
    proc.start()
    proc.join()


def shared():
    return multiprocessing.Manager().list()
