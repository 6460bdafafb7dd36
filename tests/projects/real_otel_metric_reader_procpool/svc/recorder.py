"""Records durations into the module-level histogram (takes the SDK's measurement locks)."""
import os
import time

from svc import telemetry


def record_data(duration):
    telemetry.METRICS[telemetry.label].record(duration, {"pid": os.getpid()})


def timed(func, *args):
    start = time.monotonic()
    result = func(*args)
    record_data(time.monotonic() - start)
    return result
