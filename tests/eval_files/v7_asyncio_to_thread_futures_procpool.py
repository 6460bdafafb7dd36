"""v7_asyncio_to_thread_futures_procpool: asyncio.to_thread evidence; `from concurrent import futures` sink.

Clause: v2 correction -- "Threads the standard library starts on the caller's behalf are
evidence: asyncio.to_thread(...)". Sink: futures.ProcessPoolExecutor() with
`from concurrent import futures`. loop.run_in_executor(pool, ...) with an explicit process pool
is neither evidence nor a further sink.
Expected: FRK001 at futures.ProcessPoolExecutor(max_workers=4) in digest_tree().
"""
import asyncio
import hashlib
import os
from concurrent import futures


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            digest.update(block)
    return path, digest.hexdigest()


def _walk(root):
    return [os.path.join(d, f) for d, _, files in os.walk(root) for f in files]


async def digest_tree(root):
    paths = await asyncio.to_thread(_walk, root)
    loop = asyncio.get_running_loop()
    with futures.ProcessPoolExecutor(max_workers=4) as pool:  # error: FRK001:10
        jobs = [loop.run_in_executor(pool, _sha256, p) for p in paths]
        return dict(await asyncio.gather(*jobs))


if __name__ == "__main__":
    import sys

    print(asyncio.run(digest_tree(sys.argv[1])))
