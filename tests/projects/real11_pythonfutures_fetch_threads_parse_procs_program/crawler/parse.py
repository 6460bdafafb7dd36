"""Parses the downloaded pages on a process pool."""
import re
from concurrent.futures import ProcessPoolExecutor

TITLE = re.compile(r"<title>(.*?)</title>", re.S | re.I)


def parse_page(item):
    url, html = item
    match = TITLE.search(html)
    return url, match.group(1).strip() if match else ""


def parse_all(pages, workers=4):
    with ProcessPoolExecutor(max_workers=workers) as executor:  # error: FRK001:10
        return list(executor.map(parse_page, pages))
