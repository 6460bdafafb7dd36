"""Map words in worker processes and reduce the counts in the parent."""
import collections
import multiprocessing
import re

WORD = re.compile(r"[a-z']+")


def map_file(path):
    with open(path, encoding="utf-8", errors="replace") as fh:
        return collections.Counter(WORD.findall(fh.read().lower()))


def run(paths, state):
    total = collections.Counter()
    with multiprocessing.Pool() as pool:
        for counts in pool.imap_unordered(map_file, paths):
            total.update(counts)
            state["done"] += 1
    state["phase"] = "reduced"
    return total
