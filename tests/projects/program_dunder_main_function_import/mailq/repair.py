"""Offline repair tool, not imported by the program: the Pool is not reported."""
import multiprocessing


def check(index):
    return index % 2


def repair():
    with multiprocessing.Pool(2) as pool:
        return pool.map(check, range(8))


if __name__ == "__main__":
    repair()
