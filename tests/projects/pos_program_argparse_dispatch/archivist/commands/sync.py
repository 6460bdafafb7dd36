"""`archivist sync`: reports errors to Sentry (sentry_sdk.init starts background threads)."""
import sentry_sdk


def run(args):
    sentry_sdk.init(dsn="https://public@example.invalid/1")
    return args.command
