"""Second entry point (plain module form `etl.backfill`): its program is etl.backfill + etl.load,
with no threads, so its own pool is not reported; etl/load.py is reported once, through the
etl.run program."""
import sys
from concurrent.futures import ProcessPoolExecutor

from etl import load


def _day(day):
    return day


def main():
    with ProcessPoolExecutor() as pool:
        days = list(pool.map(_day, sys.argv[1:]))
    return load.load_all(days)


if __name__ == "__main__":
    main()
