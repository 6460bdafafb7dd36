"""Crawls one site (executor task)."""
from crawler import parse, poller


def crawl_site(site):
    site_poller = poller.Poller(site)
    pages = site_poller.collect()
    return parse.parse_all(pages)
