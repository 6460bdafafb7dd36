"""gap7_import_chain_in_function_import_time_thread.

Clause: "What a module passes on" -- import-time threads: "A module that imports it (anywhere
in the module: at module level, or in a function ...; directly or through any chain of project
imports) has thread evidence". build_tiles() imports geoindex.storage inside the function;
storage.py imports geoindex.metrics at module level; metrics.py starts a threading.Thread at
import time (module level, no main guard).
Expected: FRK001 at the ProcessPoolExecutor call in build_tiles() (imports geoindex.storage ->
geoindex.metrics, which starts threads on import, geoindex/metrics.py:20).
"""
import hashlib
import sys
from concurrent.futures import ProcessPoolExecutor


def encode_region(region):
    digest = hashlib.sha256(region.encode()).digest()
    return (0, digest[0], digest[1]), digest * 64


def build_tiles(regions, root="tiles"):
    from geoindex import storage

    written = []
    with ProcessPoolExecutor() as ex:  # error: FRK001:10
        for key, blob in ex.map(encode_region, regions):
            written.append(storage.save_tile(root, key, blob))
    return written


if __name__ == "__main__":
    print(len(build_tiles(sys.argv[1:])))
