"""HTML scraping; imports the keep-alive starter but never calls it (and keepalive starts
nothing on import), and nothing here is called by a threaded module: no finding."""
from concurrent.futures import ProcessPoolExecutor

from ..net.keepalive import start_keepalive  # noqa: F401


def _strip(page):
    return page


def scrape(pages):
    with ProcessPoolExecutor() as pool:
        return list(pool.map(_strip, pages))
