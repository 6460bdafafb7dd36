"""Spider: a fetch thread per site, then hands pages to the parse stage."""
import threading

from crawler import parse


def _fetch(site):
    return site


def crawl(sites):
    threads = [threading.Thread(target=_fetch, args=(s,)) for s in sites]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    pages = list(sites)
    parse.parse_pages(pages)
    parse.index_pages(pages)
    return parse.spawn_indexer("index.db")
