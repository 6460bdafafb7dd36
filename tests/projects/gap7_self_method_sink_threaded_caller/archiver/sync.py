"""gap7_self_method_sink_threaded_caller.

Clause: "Across modules: the project" -- evidence flows to the callee, "directly or through a
chain of project calls"; methods via `Gateway().start()` and `self.method()`. sync.py starts
threads (ThreadPoolExecutor) and calls Exporter(dest).export(...); export() calls
self._compress_all(), which opens a ProcessPoolExecutor in archiver/exporter.py.
Expected: FRK001 in archiver/exporter.py at the ProcessPoolExecutor call in _compress_all()
(reached from sync_all(), a module that starts threads: ThreadPoolExecutor). None in sync.py.
"""
import sys
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from archiver.exporter import Exporter


def download(url):
    with urllib.request.urlopen(url, timeout=30) as resp:
        return url.rsplit("/", 1)[-1] or "index", resp.read()


def sync_all(urls, dest):
    with ThreadPoolExecutor(max_workers=8) as pool:
        batches = list(pool.map(download, urls))
    return Exporter(dest).export(batches)


if __name__ == "__main__":
    print(sync_all(sys.argv[2:], sys.argv[1]))
