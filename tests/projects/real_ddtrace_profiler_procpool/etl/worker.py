"""Work done in the pool's worker processes."""

import time


def crunch(partition):
    time.sleep(0.1)
    return partition * 2
