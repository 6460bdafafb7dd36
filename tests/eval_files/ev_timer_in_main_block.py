"""Evidence: threading.Timer constructed only under `if __name__ == "__main__":` at the bottom, after the sink (rules.md: evidence "anywhere in it")."""
import argparse
import multiprocessing
import sys
import threading


def _checksum(path: str) -> int:
    with open(path, "rb") as fh:
        return sum(fh.read()) & 0xFFFFFFFF


def checksum_tree(paths):
    pool = multiprocessing.Pool(processes=2)  # error: FRK001:12
    try:
        return dict(zip(paths, pool.map(_checksum, paths)))
    finally:
        pool.close()
        pool.join()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args()
    watchdog = threading.Timer(args.timeout, lambda: sys.exit("timed out"))
    watchdog.daemon = True
    watchdog.start()
    print(checksum_tree(args.paths))
