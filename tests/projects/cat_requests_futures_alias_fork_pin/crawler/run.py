"""cat_requests_futures_alias_fork_pin.

Clauses: "Library thread starters (the catalog)"
(`requests_futures.sessions.FuturesSession`, a construction, imported as `FS`) with "Across
modules: the project" / threads flow to the caller; "Sinks" (explicit fork and default method).
`crawl()` calls `make_session()` (crawler/session.py), which builds `FS(max_workers=...)`
= FuturesSession, whose ThreadPoolExecutor runs the requests. This module therefore has
thread evidence, and both sinks are reported:
- `multiprocessing.set_start_method("fork")` in `main()`: FRK002 at line 36;
- `multiprocessing.Pool(4)` in `crawl()`: FRK001 at line 31 (set_start_method("fork") keeps
  default-method sinks in the module reported).
"""
import multiprocessing
import re
import sys

from crawler.session import make_session

TITLE = re.compile(r"<title>(.*?)</title>", re.I | re.S)


def parse_title(html):
    match = TITLE.search(html)
    return match.group(1).strip() if match else ""


def crawl(urls):
    session = make_session()
    futures = [session.get(url, timeout=10) for url in urls]
    pages = [future.result().text for future in futures]
    with multiprocessing.Pool(4) as pool:  # error: FRK001:10
        return pool.map(parse_title, pages)


def main():
    multiprocessing.set_start_method("fork")  # error: FRK002:5
    for title in crawl(sys.argv[1:]):
        print(title)


if __name__ == "__main__":
    main()
