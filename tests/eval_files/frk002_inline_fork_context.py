"""FRK002: inline get_context("fork").Pool() is one finding; get_context("fork") passed inline as mp_context= in a multi-line call is reported at the get_context call's own line and column (rules.md sink table details, bullet 2)."""
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from threading import Thread


def _tail(path):
    with open(path) as fh:
        for line in fh:
            print(line, end="")


def start_tailer(path):
    Thread(target=_tail, args=(path,), daemon=True).start()


def parse_logs(paths):
    with mp.get_context("fork").Pool(processes=4) as pool:  # error: FRK002:10
        return pool.map(len, paths)


def parse_logs_executor(paths):
    executor = ProcessPoolExecutor(
        max_workers=4,
        mp_context=get_context("fork"),  # error: FRK002:20
    )
    with executor:
        return list(executor.map(len, paths))
