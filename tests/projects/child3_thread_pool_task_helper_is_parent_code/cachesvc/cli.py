"""Warms the cache concurrently with a thread pool."""
import sys
from concurrent.futures import ThreadPoolExecutor

from cachesvc import jobs


def warm_all(keys):
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(jobs.refresh, key) for key in keys]
        return [future.result() for future in futures]


if __name__ == "__main__":
    print(warm_all(sys.argv[1:]))
