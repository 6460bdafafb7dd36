"""Tokenise documents in worker processes and write the index."""
import collections
import json
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def tokens(path):
    with open(path, encoding="utf-8", errors="ignore") as fh:
        return path, sorted(set(fh.read().lower().split()))


def build_index(paths, out_path):
    index = collections.defaultdict(list)
    ctx = multiprocessing.get_context()
    with ProcessPoolExecutor(max_workers=4, mp_context=ctx) as ex:
        for path, words in ex.map(tokens, paths, chunksize=16):
            for word in words:
                index[word].append(path)
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump(index, fh)
    return len(index)
