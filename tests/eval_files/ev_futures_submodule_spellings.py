"""Evidence and sinks through `from concurrent import futures`.

rules.md, "Evidence": constructing `concurrent.futures.ThreadPoolExecutor`, names resolved
through `from concurrent import futures`.  Sinks ("default start method"):
`concurrent.futures.process.ProcessPoolExecutor` (the "also spelled" form) without `mp_context`,
and `ProcessPoolExecutor(mp_context=None)`.
Expected: FRK001 at both process-pool constructions; the thread pool is evidence, not a sink.
"""
import hashlib
from concurrent import futures


def _digest(block):
    return hashlib.sha256(block).hexdigest()


def _download(url):
    return url.encode()


def prefetch(urls):
    with futures.ThreadPoolExecutor(max_workers=8) as tp:
        return list(tp.map(_download, urls))


def digest_all(blocks):
    with futures.process.ProcessPoolExecutor() as ex:  # error: FRK001:10
        return list(ex.map(_digest, blocks))


def digest_some(blocks, workers=2):
    ex = futures.ProcessPoolExecutor(max_workers=workers, mp_context=None)  # error: FRK001:10
    try:
        return [ex.submit(_digest, b).result() for b in blocks]
    finally:
        ex.shutdown()
