"""Error reporting helpers."""
import sentry_sdk as sdk


def init_error_reporting(dsn, release):
    sdk.init(dsn=dsn, release=release, send_default_pii=False)


def capture(exc):
    sdk.capture_exception(exc)
