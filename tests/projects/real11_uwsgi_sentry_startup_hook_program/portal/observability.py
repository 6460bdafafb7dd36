"""Error reporting, installed by a start-up hook while the app loads in the master."""
import logging

import sentry_sdk
from sentry_sdk.integrations.logging import LoggingIntegration

SENTRY_DSN = "https://public@sentry.example.invalid/1"


def install_sentry():
    sentry_sdk.init(
        dsn=SENTRY_DSN,
        integrations=[LoggingIntegration(event_level=logging.ERROR)],
    )


STARTUP_HOOKS = [install_sentry]
