"""Case child_only_also_called_in_parent.

rules.md, Corrections (version 2): "A function also called directly in the parent is parent code
as well." warm_cache is the pool's initializer (child) and is also called right here in the
parent before the pool is built, so its thread is evidence for the pool.
"""
from concurrent.futures import ProcessPoolExecutor

from media.cache import warm_cache


def _encode(clip):
    return clip


def encode_all(clips):
    warm_cache()
    with ProcessPoolExecutor(initializer=warm_cache) as pool:  # error: FRK001:10
        return list(pool.map(_encode, clips))
