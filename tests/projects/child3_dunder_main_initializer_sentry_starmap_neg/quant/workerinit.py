"""Pool worker initialisation."""
import sentry_sdk


def init_worker(dsn):
    sentry_sdk.init(dsn=dsn, traces_sample_rate=0.0)
