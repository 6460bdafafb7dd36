"""Link counting in a spawn pool."""
import multiprocessing


def _count_links(page):
    return page.count("<a ")


def parse_all(pages):
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        return sum(pool.map(_count_links, pages))
