"""Trap: the same pool in a module that neither imports etl.profiling nor is called by main."""

from concurrent.futures import ProcessPoolExecutor

from etl.worker import crunch


def rebuild(partitions):
    with ProcessPoolExecutor(max_workers=2) as executor:
        return list(executor.map(crunch, partitions))


if __name__ == "__main__":
    rebuild(range(4))
