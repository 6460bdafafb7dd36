"""gap7_flat_scripts_dir_sibling_ticker.

Clause: "Across modules: the project" -- source roots include, "for a file in no package, its
own directory". scripts/ has no __init__.py; nightly.py imports its sibling _ticker.py (as
`python scripts/nightly.py` would), whose start_ticker() builds a Ticker (its __init__
constructs a threading.Thread) and starts it.
Expected: FRK001 at the multiprocessing.Pool call in main() (evidence: calls start_ticker(),
which starts threads, scripts/_ticker.py:12).
"""
import gzip
import multiprocessing
import os
import shutil
import sys

from _ticker import start_ticker


def gzip_file(path):
    with open(path, "rb") as src, gzip.open(path + ".gz", "wb") as dst:
        shutil.copyfileobj(src, dst)
    os.remove(path)
    return os.path.getsize(path + ".gz")


def main(paths):
    ticker = start_ticker("nightly-compress")
    with multiprocessing.Pool(4) as pool:  # error: FRK001:10
        sizes = pool.map(gzip_file, paths)
    ticker.stop()
    print(f"compressed {len(sizes)} files, {sum(sizes)} bytes")


if __name__ == "__main__":
    main(sys.argv[1:])
