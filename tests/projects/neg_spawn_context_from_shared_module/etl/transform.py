"""Called from the threaded cli.py; uses the shared forkserver context (no finding)."""
from concurrent.futures import ProcessPoolExecutor

from etl.mpctx import FORKSERVER, SPAWN


def normalise(row):
    return row.strip().lower()


def transform(rows):
    with ProcessPoolExecutor(max_workers=2, mp_context=FORKSERVER) as ex:
        cleaned = list(ex.map(normalise, rows))
    with SPAWN.Pool(2) as pool:
        return pool.map(normalise, cleaned)
