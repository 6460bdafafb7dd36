"""Pack fetched tiles into archives at exit."""
import zlib
from concurrent.futures import ProcessPoolExecutor

PENDING = []


def _pack(blob):
    return zlib.compress(blob, 9)


def flush_pending():
    if not PENDING:
        return []
    with ProcessPoolExecutor() as ex:  # error: FRK001:10
        return list(ex.map(_pack, PENDING))
