"""Spawn-ready code: the near misses of FRK101-FRK103.

rules.md, "Spawn and forkserver readiness (FRK1xx)": module-level functions and a
`functools.partial` of one pickle; "Sockets are fine"; strings in initargs are fine; "merely
constructing a ProcessPoolExecutor ... is fine" at module level (its first submit happens in
main(), called only under the guard); work started under `if __name__ == "__main__":` is not
import time.
The module has no thread evidence, so no FRK001.
Expected: no finding.
"""
import functools
import multiprocessing
import socket
from concurrent.futures import ProcessPoolExecutor

EXECUTOR = ProcessPoolExecutor(max_workers=2)


def scale(x, factor=2):
    return x * factor


def _init(tag):
    print("worker", tag)


def serve(sock):
    sock.close()


def main(values):
    sock = socket.socket()
    proc = multiprocessing.Process(target=serve, args=(sock,))
    proc.start()
    with multiprocessing.Pool(2, initializer=_init, initargs=("pool",)) as pool:
        tripled = pool.map(functools.partial(scale, factor=3), values)
    future = EXECUTOR.submit(scale, values[0], factor=5)
    proc.join()
    return tripled, future.result()


if __name__ == "__main__":
    print(main([1, 2, 3]))
