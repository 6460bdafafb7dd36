"""Report builder: fetches data on a thread pool, then renders."""
from multiprocessing.pool import ThreadPool

from reports import pools


def _fetch(source):
    return source


def build(sources, title):
    with ThreadPool(4) as tp:
        pages = tp.map(_fetch, sources)
    pools.render_cover(title)
    pools.render_pages(pages)
    return pools.render_index(pages)
