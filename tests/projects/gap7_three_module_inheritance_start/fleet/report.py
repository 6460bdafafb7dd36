"""gap7_three_module_inheritance_start.

Clause: "Across modules: the project" -- "inherited project methods" are resolved. start() is
defined in fleet/base.py; MetricsService (fleet/metrics.py) inherits it through PollingService
(fleet/polling.py). build_report() does svc = MetricsService(...) then svc.start() in the same
scope, so it starts threads, and then opens a ProcessPoolExecutor.
Expected: FRK001 at the ProcessPoolExecutor call in build_report() (evidence: calls
start(), which starts threads, fleet/base.py:16).
"""
import json
import statistics
import sys
from concurrent.futures import ProcessPoolExecutor

from fleet.metrics import MetricsService


def summarise(shard_path):
    with open(shard_path, encoding="utf-8") as fh:
        values = [float(line) for line in fh if line.strip()]
    return {"shard": shard_path, "mean": statistics.fmean(values), "n": len(values)}


def build_report(shards):
    svc = MetricsService(interval=5.0)
    svc.start()
    with ProcessPoolExecutor(max_workers=4) as ex:  # error: FRK001:10
        rows = list(ex.map(summarise, shards))
    return {"load": svc.latest(), "shards": rows}


if __name__ == "__main__":
    json.dump(build_report(sys.argv[1:]), sys.stdout, indent=2)
