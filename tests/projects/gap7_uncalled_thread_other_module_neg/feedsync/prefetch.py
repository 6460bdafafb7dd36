"""Fetch feed documents, either in the background or in the calling thread."""
import threading
import urllib.request


def _get(url):
    with urllib.request.urlopen(url, timeout=20) as resp:
        return resp.read()


def start_prefetcher(urls, cache):
    """Not used by the batch pipeline; kept for the interactive reader."""

    def fill():
        for url in urls:
            cache[url] = _get(url)

    thread = threading.Thread(target=fill, name="prefetch", daemon=True)
    thread.start()
    return thread


def prefetch_sync(urls):
    return {url: _get(url) for url in urls}
