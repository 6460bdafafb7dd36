"""Customer sync: reads pages on a thread pool, then fans out."""
from concurrent.futures import ThreadPoolExecutor

from etl import fanout


def _page(number):
    return [number]


def sync_customers(pages):
    with ThreadPoolExecutor(4) as threads:
        rows = [row for page in threads.map(_page, pages) for row in page]
    return fanout.fan_out(rows)
