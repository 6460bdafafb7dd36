"""v8_threadpool_with_alias_evidence.

rules.md, "Evidence" (constructing concurrent.futures.ThreadPoolExecutor, anywhere in the
module, here as `with TPE(...) as pool:` inside a function, imported as
`from concurrent.futures import ThreadPoolExecutor as TPE`) and "Sinks" (os.fork(), a
multiprocessing.Pool used as a context manager).
Expected: FRK003 at os.fork(), FRK001 at multiprocessing.Pool().
"""
import multiprocessing
import os
import socket
from concurrent.futures import ThreadPoolExecutor as TPE


def probe(host):
    try:
        with socket.create_connection((host, 22), timeout=2):
            return host, True
    except OSError:
        return host, False


def count_up(pair):
    return 1 if pair[1] else 0


def probe_all(hosts):
    with TPE(max_workers=8) as pool:
        return list(pool.map(probe, hosts))


def fork_worker():
    pid = os.fork()  # error: FRK003:11
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)


def summarise(results):
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        return sum(pool.map(count_up, results))


def main():
    results = probe_all(["localhost"])
    fork_worker()
    print(summarise(results))


if __name__ == "__main__":
    main()
