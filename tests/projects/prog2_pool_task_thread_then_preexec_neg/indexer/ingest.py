"""Load one file, reading its chunks with a few threads."""
from concurrent.futures import ThreadPoolExecutor

CHUNK = 1 << 16


def _chunk_len(args):
    path, offset = args
    with open(path, "rb") as fh:
        fh.seek(offset)
        return len(fh.read(CHUNK))


def load_file(path):
    offsets = [(path, i * CHUNK) for i in range(8)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        return sum(pool.map(_chunk_len, offsets))
