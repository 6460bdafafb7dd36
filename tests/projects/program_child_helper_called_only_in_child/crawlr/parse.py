"""Parsing in a process pool, and a detached cache pruner (parent code)."""
import os
from concurrent.futures import ProcessPoolExecutor

from crawlr import fetcher


def _parse(url):
    return url


def _prune_cache():
    if os.fork() == 0:
        os.execv("/usr/bin/find", ["find", "/var/cache/crawlr", "-mtime", "+7", "-delete"])


def parse_all(urls):
    _prune_cache()
    with ProcessPoolExecutor(initializer=fetcher.init_parser) as pool:
        return list(pool.map(_parse, urls))
