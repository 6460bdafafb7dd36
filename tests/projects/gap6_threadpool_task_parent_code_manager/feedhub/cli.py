import sys
from multiprocessing.pool import ThreadPool

from feedhub import poller


def refresh(urls):
    with ThreadPool(8) as pool:
        return pool.map(poller.refresh_feed, urls)


if __name__ == "__main__":
    print(refresh(sys.argv[1:]))
