"""Evidence: multiprocessing.pool.ThreadPool (rules.md Evidence bullet 2); ThreadPool is not a sink, multiprocessing.pool.Pool is."""
import multiprocessing.pool
import socket
import zlib


def resolve_all(hosts):
    pool = multiprocessing.pool.ThreadPool(16)
    try:
        return dict(zip(hosts, pool.map(socket.gethostbyname, hosts)))
    finally:
        pool.terminate()


def compress_all(chunks):
    with multiprocessing.pool.Pool(4) as pool:  # error: FRK001:10
        return pool.map(zlib.compress, chunks)
