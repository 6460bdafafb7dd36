"""v8_default_ctx_stored_and_passed.

rules.md, "Sinks" details: a context from `multiprocessing.get_context()` /
`get_context(None)` is a default-method context, and a context bound to a name follows that
name (module level or in the same function). `get_context(method=None)` is the same as the
positional form. `get_context()` itself forks nothing and is never reported; each Pool /
Process / Manager made from the context is. Passing such a context as `mp_context=` (inline or
through the name) is one finding, at the ProcessPoolExecutor call.
Evidence: `futures.ThreadPoolExecutor` in a `with` block (`from concurrent import futures`).
Expected: seven FRK001.
"""
import multiprocessing as mp
from concurrent import futures

_CTX = mp.get_context()


def load(path):
    with open(path, "rb") as fh:
        return fh.read()


def transform(blob):
    return len(blob)


def prefetch(paths):
    with futures.ThreadPoolExecutor(max_workers=4) as io_pool:
        return list(io_pool.map(load, paths))


def transform_all(blobs):
    with _CTX.Pool(2) as pool:  # error: FRK001:10
        return pool.map(transform, blobs)


def transform_one(blob):
    proc = _CTX.Process(target=transform, args=(blob,))  # error: FRK001:12
    proc.start()
    proc.join()


def shared_results():
    manager = _CTX.Manager()  # error: FRK001:15
    try:
        return dict(manager.dict(done=0))
    finally:
        manager.shutdown()


def transform_local(blobs):
    ctx = mp.get_context(None)
    with ctx.Pool(len(blobs)) as pool:  # error: FRK001:10
        return pool.map(transform, blobs)


def transform_inline(blobs):
    with mp.get_context(method=None).Pool(2) as pool:  # error: FRK001:10
        return pool.map(transform, blobs)


def transform_executor(blobs):
    with futures.ProcessPoolExecutor(mp_context=_CTX) as ex:  # error: FRK001:10
        return list(ex.map(transform, blobs))


def transform_executor_inline(blobs):
    with futures.ProcessPoolExecutor(mp_context=mp.get_context(None)) as ex:  # error: FRK001:10
        return list(ex.map(transform, blobs))


def main():
    blobs = prefetch(["/etc/hostname", "/etc/hosts"])
    transform_all(blobs)
    transform_one(blobs[0])
    shared_results()
    transform_local(blobs)
    transform_inline(blobs)
    transform_executor(blobs)
    transform_executor_inline(blobs)


if __name__ == "__main__":
    main()
