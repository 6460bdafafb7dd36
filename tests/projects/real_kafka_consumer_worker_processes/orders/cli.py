"""Billing worker command line."""
import sys

from orders.consumer import OrderStream
from orders.dispatch import Dispatcher


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    servers = args or ["localhost:9092"]
    stream = OrderStream("orders", servers)
    Dispatcher(stream).run_once()
    return 0


if __name__ == "__main__":
    main()
