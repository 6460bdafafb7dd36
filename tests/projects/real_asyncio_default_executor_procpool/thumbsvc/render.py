"""Case real_asyncio_default_executor_procpool.

Re-creation of the asyncio pattern behind https://github.com/python/cpython/issues/105464
("Deadlock on using ProcessPoolExecutor in `fork` mp context") and
https://github.com/python/cpython/issues/90622: an asyncio service offloads blocking reads with
`loop.run_in_executor(None, ...)` (the loop's default ThreadPoolExecutor starts threads) and
then forks a default-method ProcessPoolExecutor for CPU work.

Labels (rules.md, Corrections v2): "`loop.run_in_executor(None, ...)` (the loop's default
ThreadPoolExecutor), `asyncio.get_running_loop()` ... receivers included" is evidence in
thumbsvc/handlers.py; handle_upload() calls make_thumbnails(): "evidence flows to the callee".
make_previews() is called by no one: no finding.
"""
from concurrent import futures


def _shrink(blob):
    return blob[:16]


def make_thumbnails(blobs):
    with futures.ProcessPoolExecutor() as pool:  # error: FRK001:10
        return list(pool.map(_shrink, blobs))


def make_previews(blobs):
    with futures.ProcessPoolExecutor() as pool:
        return list(pool.map(_shrink, blobs))
