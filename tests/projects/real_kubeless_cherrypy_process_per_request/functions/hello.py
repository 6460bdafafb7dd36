"""An example user function: it logs, which takes the logging and stdout locks."""

import logging

log = logging.getLogger("function")


def handler(event, context):
    log.info("handling %s", event.get("event-id"))
    print("hello from", context["function-name"])
    return "hello world"
