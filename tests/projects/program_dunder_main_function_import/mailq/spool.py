"""Flushes the spool with a process pool; the program's metrics thread makes it unsafe."""
import multiprocessing


def send_batch(index):
    return index


def flush_all():
    with multiprocessing.Pool(2) as pool:  # error: FRK001:10
        return sum(pool.map(send_batch, range(4)))
