"""gap7_init_thread_instance_then_pool.

Clause: "Across modules: the project" -- a call to a project class (its __init__) has the
effects of that body; threads flow to the caller. run_batch() builds a telemetry.Reporter,
whose __init__ starts a threading.Thread, and then opens a multiprocessing.Pool in the same
function while the reporter thread runs.
Expected: one FRK001 at the multiprocessing.Pool call in run_batch() (evidence: calls
Reporter(), which starts threads, ingestd/telemetry.py:14). Nothing in telemetry.py.
"""
import json
import multiprocessing
import sys

from ingestd.telemetry import Reporter


def parse_chunk(path):
    count = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                json.loads(line)
                count += 1
    return count


def run_batch(paths):
    reporter = Reporter(interval=2.0)
    try:
        with multiprocessing.Pool(processes=4) as pool:  # error: FRK001:14
            for n in pool.imap_unordered(parse_chunk, paths):
                reporter.incr("records", n)
    finally:
        reporter.close()
    return reporter.counts


if __name__ == "__main__":
    print(run_batch(sys.argv[1:]))
