"""FRK002: get_context("fork") positional and method="fork", each reported once at the get_context call and not again at ctx.Pool()/ctx.Process() or ProcessPoolExecutor(mp_context=ctx) (rules.md sink table details, bullets 1-2)."""
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor

FORK_CTX = multiprocessing.get_context("fork")  # error: FRK002:12

_progress = threading.Condition()
_model = None


def preload_and_map(func, items):
    # fork so the children share the preloaded model pages copy-on-write
    with FORK_CTX.Pool(8) as pool:
        return pool.map(func, items)


def executor_for(workers: int) -> ProcessPoolExecutor:
    ctx = multiprocessing.get_context(method="fork")  # error: FRK002:11
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx)


def executor_shared(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, mp_context=FORK_CTX)


def one_off(func):
    proc = FORK_CTX.Process(target=func)
    proc.start()
    proc.join()
