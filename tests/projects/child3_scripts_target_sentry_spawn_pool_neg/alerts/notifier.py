"""Alert notifier process (runs only as a Process target)."""
import multiprocessing

import sentry_sdk

from alerts import scoring


def serve(config_path):
    sentry_sdk.init(dsn="https://public@sentry.example.com/7", release="alerts@3.1.0")
    batch = [config_path, "disk", "latency"]
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        scores = pool.map(scoring.score, batch)
    return max(scores)
