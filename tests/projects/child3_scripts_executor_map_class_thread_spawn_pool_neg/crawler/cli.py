"""child3_scripts_executor_map_class_thread_spawn_pool_neg.

Clause: version 2 "Code that runs only in a child process" (`executor.map(f, ...)` on a
ProcessPoolExecutor) x "Across modules" (a class whose __init__ starts a thread; a sink in a
callee) x the safe-context rule (inline `get_context("spawn").Pool()`) x "Programs".
fetch.crawl_site is only an executor.map task; it builds poller.Poller (threading.Thread in
__init__) and calls parse.parse_all(), which forks through an inline spawn context.

Expected: nothing.
- crawler/parse.py, multiprocessing.get_context("spawn").Pool(2): a spawn context is safe,
  even in the threaded child.
- this module's ProcessPoolExecutor(max_workers=4): the only thread in program crawl
  (crawler.cli) is Poller's, built only in child-only code.
"""
import sys
from concurrent.futures import ProcessPoolExecutor

from crawler import fetch


def main():
    sites = sys.argv[1:] or ["https://example.com"]
    with ProcessPoolExecutor(max_workers=4) as executor:
        for site, links in zip(sites, executor.map(fetch.crawl_site, sites)):
            print(site, links)
    return 0


if __name__ == "__main__":
    sys.exit(main())
