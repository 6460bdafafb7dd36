"""Polls every feed on a thread pool."""
from concurrent.futures import ThreadPoolExecutor

from feeds import poll


def poll_all(urls):
    with ThreadPoolExecutor(max_workers=8) as threads:
        return [threads.submit(poll.poll, url) for url in urls]
