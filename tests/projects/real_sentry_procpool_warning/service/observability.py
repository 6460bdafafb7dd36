"""Error reporting set-up: Sentry with the logging integration."""
import logging

import sentry_sdk
from sentry_sdk.integrations.logging import LoggingIntegration


def setup():
    sentry_sdk.init(integrations=[LoggingIntegration(event_level=logging.WARNING)])
    logging.captureWarnings(True)
    logging.basicConfig(level=logging.DEBUG)
