"""Evidence: the common idiom `from multiprocessing.dummy import Pool as ThreadPool` (rules.md Evidence bullet 2); the real process Pool is the sink."""
import urllib.request
from multiprocessing import Pool as ProcessPool
from multiprocessing.dummy import Pool as ThreadPool


def _download(url):
    with urllib.request.urlopen(url) as resp:
        return resp.read()


def _word_count(text):
    return len(text.split())


def process_feed(urls):
    with ThreadPool(8) as tp:
        bodies = tp.map(_download, urls)
    with ProcessPool() as pp:  # error: FRK001:10
        return pp.map(_word_count, [b.decode("utf-8", "replace") for b in bodies])
