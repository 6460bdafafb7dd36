"""Process jobs for the nightly report: run_all() fans the work out to a process pool."""
from concurrent.futures import ProcessPoolExecutor


def square(n):
    return n * n


def run_all():
    with ProcessPoolExecutor(2) as pool:
        print(list(pool.map(square, [1, 2, 3])))
