"""Command line: starts the shards."""
import sys

from shards import worker


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    print(worker.start_shards(count))


if __name__ == "__main__":
    main()
