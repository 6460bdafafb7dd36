"""gap6_decorated_function_call_threads.

Clause: "Functions and classes" -- "a call to a project function ... has the effects of that
body"; threads flow to the caller. warm_cache() is wrapped by the project decorator
`@timed` (functools.wraps, the wrapper calls the original). The call `warm_cache(...)` still
runs warm_cache's body, which starts a threading.Thread, so this module has thread evidence
and the ProcessPoolExecutor in reindex() is FRK001. Applying `@timed` at import time starts
nothing (timed's body only defines the wrapper), so importing warmup alone is no evidence.
"""
from concurrent.futures import ProcessPoolExecutor

from cache.warmup import warm_cache


def build_shard(shard):
    return shard, sum(range(shard * 1000))


def reindex(shards):
    with ProcessPoolExecutor(max_workers=2) as pool:  # error: FRK001:10
        return dict(pool.map(build_shard, shards))


def main():
    warm_cache(["users", "orders", "sessions"])
    print(reindex([1, 2, 3, 4]))


if __name__ == "__main__":
    main()
