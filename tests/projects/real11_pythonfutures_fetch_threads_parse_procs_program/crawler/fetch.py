"""Downloads pages on a thread pool."""
from concurrent.futures import ThreadPoolExecutor
from urllib.request import urlopen


def fetch_one(url):
    with urlopen(url, timeout=10) as response:
        return url, response.read().decode("utf-8", "replace")


def fetch_all(urls, workers=8):
    with ThreadPoolExecutor(max_workers=workers) as executor:
        return list(executor.map(fetch_one, urls))
