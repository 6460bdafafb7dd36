"""Starts one consumer per queue in a process pool."""
import sys
from concurrent.futures import ProcessPoolExecutor

from relay import consumer


def main(queues):
    with ProcessPoolExecutor(max_workers=2) as executor:
        futures = [executor.submit(consumer.run, name) for name in queues]
        return max(future.result() for future in futures)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["orders"]))
