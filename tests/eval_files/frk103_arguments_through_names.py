"""FRK103: unpicklable values reach a child through names, kwargs=, initargs= and task arguments."""
import threading
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool, Process, get_context

CTX = get_context("forkserver")
STOP = threading.Event()  # a module-level lock: FRK001 applies too


def numbers():
    yield from range(3)


def work(*args, **kwargs):
    return len(args) + len(kwargs)


def main(path):
    with open(path) as handle:
        Process(target=work, kwargs={"out": handle}).start()  # error: FRK001:9, FRK103:45
    CTX.Process(target=work, args=(STOP,)).start()  # error: FRK103:36
    ProcessPoolExecutor(initializer=work, initargs=(numbers(),))  # error: FRK001:5, FRK103:53
    ticker = threading.Timer(1, print)
    with Pool(2) as pool:  # error: FRK001:10
        pool.apply_async(work, (ticker,))  # error: FRK103:33
        pool.starmap(work, [(1, threading.RLock())])  # error: FRK103:33
        pool.map(work, numbers())  # the generator is consumed in the parent: fine
