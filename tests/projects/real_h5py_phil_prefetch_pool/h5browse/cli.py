"""h5browse command line: browse HDF5 files, prefetching them on background threads."""
import argparse

from h5browse import browser


def main() -> None:
    parser = argparse.ArgumentParser(prog="h5browse")
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--keys", default="", help="scripted key presses, e.g. 'x' to export")
    args = parser.parse_args()
    browser.browse(args.paths, list(args.keys))


if __name__ == "__main__":
    main()
