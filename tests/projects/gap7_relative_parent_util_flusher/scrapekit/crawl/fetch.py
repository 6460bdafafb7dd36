"""gap7_relative_parent_util_flusher.

Clause: "Across modules: the project" -- relative imports resolve to the project module
(`from ..util import start_flusher` in scrapekit/crawl/fetch.py is scrapekit/util.py). crawl()
calls start_flusher(), which starts a threading.Thread, then opens a multiprocessing.Pool.
Expected: FRK001 at the multiprocessing.Pool call in crawl() (evidence: calls start_flusher(),
which starts threads, scrapekit/util.py:20).
"""
import multiprocessing
import urllib.request

from ..util import start_flusher


def fetch_one(url):
    try:
        with urllib.request.urlopen(url, timeout=15) as resp:
            return {"url": url, "status": resp.status, "bytes": len(resp.read())}
    except OSError as exc:
        return {"url": url, "error": str(exc)}


def crawl(urls, out_path="crawl.jsonl"):
    results = []
    start_flusher(results, out_path)
    with multiprocessing.Pool(8) as pool:  # error: FRK001:10
        for item in pool.imap_unordered(fetch_one, urls):
            results.append(item)
    return results
