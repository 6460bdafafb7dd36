"""https://github.com/open-telemetry/opentelemetry-python/issues/3402 (deadlock fix attempts: PR #4626, #4767)

Forked children of a process with a PeriodicExportingMetricReader broke: the reader's export
thread held the SDK's measurement-consumer lock at fork time, and the child's first record()
blocked on it forever (#4626, "reinitialize locks after fork to prevent deadlocks").

rules.md: default-start-method sink, ProcessPoolExecutor without mp_context (FRK001). Evidence:
"Import-time threads": svc/telemetry.py constructs PeriodicExportingMetricReader at module level
(catalog, OpenTelemetry), and this module imports svc.recorder, which imports svc.telemetry
("directly or through any chain of project imports").
"""
from concurrent.futures import ProcessPoolExecutor

from svc.recorder import record_data, timed


def process_item(item):
    return timed(sum, range(item))


def run_batch(items, workers=4):
    with ProcessPoolExecutor(max_workers=workers) as executor:  # error: FRK001:10
        results = list(executor.map(process_item, items))
    record_data(float(len(results)))
    return results
