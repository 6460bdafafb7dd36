"""gap7_uncalled_thread_other_module_neg.

Clause: "Across modules: the project" -- threads flow to a caller only through a call. The only
thread is in prefetch.start_prefetcher(), which nothing calls; pipeline.py calls
prefetch_sync() only, and prefetch.py starts nothing on import. No entry points, so no program.
Expected: no findings (the ProcessPoolExecutor in run() has no evidence).
"""
import re
import sys
from concurrent.futures import ProcessPoolExecutor

from feedsync.prefetch import prefetch_sync

TITLE = re.compile(rb"<title>(.*?)</title>", re.S)


def titles(item):
    url, body = item
    return url, [t.decode("utf-8", "replace").strip() for t in TITLE.findall(body)]


def run(urls):
    bodies = prefetch_sync(urls)
    with ProcessPoolExecutor(max_workers=4) as ex:
        return dict(ex.map(titles, bodies.items()))


if __name__ == "__main__":
    for url, names in run(sys.argv[1:]).items():
        print(url, len(names))
