"""gap7_super_init_chain_thread.

Clause: "Across modules: the project" -- a class call has the effects of its __init__,
transitively through further project calls. GeoCache.__init__ (geo.py) calls
super().__init__() -> TieredCache.__init__ (tiered.py) -> super().__init__() ->
RefreshingCache.__init__ (base.py), which starts a threading.Thread.
Reading chosen (rules.md does not name super() calls): super().__init__(...) inside a project
class resolves to the base class's __init__, like an inherited project method.
Expected: FRK001 at the mp.Pool call in warm_regions() (evidence: calls GeoCache(), which
starts threads, cachekit/base.py:10).
"""
import multiprocessing as mp
import sys

from cachekit.geo import GeoCache


def tile_meta(region):
    return region, {"tiles": sum(ord(c) for c in region) % 97, "zoom": (0, 14)}


def warm_regions(regions):
    cache = GeoCache(regions[0])
    with mp.Pool(len(regions)) as pool:  # error: FRK001:10
        for region, meta in pool.imap(tile_meta, regions):
            cache.remember(0, 0, 0, meta)
    return cache


if __name__ == "__main__":
    warm_regions(sys.argv[1:] or ["eu", "us"])
