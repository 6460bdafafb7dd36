"""v8_trap_with_blocks_spawn_forkserver.

rules.md, "Safe": a call that uses a context from get_context("spawn") or
get_context("forkserver"), inline or through a name bound at module level or in the same
function, is safe; a SyncManager built with ctx= is not a default-method sink. Every process
pool and manager here is opened as a context manager in one of those safe forms, in a module
that starts threads (`with ThreadPoolExecutor(...)`).
Expected: nothing.
"""
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing.managers import SyncManager

_SPAWN = mp.get_context("spawn")


def fetch(url):
    return url.upper()


def parse(doc):
    return len(doc)


def pipeline(urls):
    with ThreadPoolExecutor(max_workers=8) as io_pool:
        docs = list(io_pool.map(fetch, urls))
    with mp.get_context("spawn").Pool(2) as pool:
        sizes = pool.map(parse, docs)
    with ProcessPoolExecutor(mp_context=mp.get_context("forkserver")) as ex:
        sizes += list(ex.map(parse, docs))
    with _SPAWN.Manager() as manager:
        shared = manager.list(sizes)
        total = sum(shared)
    with SyncManager(ctx=_SPAWN) as registry:
        registry.dict(total=total)
    server_ctx = mp.get_context(method="forkserver")
    with server_ctx.Pool(2) as pool:
        sizes += pool.map(parse, docs)
    with ProcessPoolExecutor(max_workers=2, mp_context=_SPAWN) as ex:
        sizes += list(ex.map(parse, docs))
    return sizes


def main():
    print(pipeline(["a", "bb"]))


if __name__ == "__main__":
    main()
