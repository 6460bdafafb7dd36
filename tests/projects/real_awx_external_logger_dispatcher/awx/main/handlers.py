"""External log aggregator handlers (awx/main/utils/handlers.py): HTTPS logs are sent from a
FuturesSession thread pool, so every AWX process that logs runs these threads."""
import json
import logging
from concurrent.futures import ThreadPoolExecutor

from requests_futures.sessions import FuturesSession


class VerboseThreadPoolExecutor(ThreadPoolExecutor):
    pass


class BaseHTTPSHandler(logging.Handler):
    def __init__(self, host=None, port=None, **kwargs):
        super(BaseHTTPSHandler, self).__init__()
        self.host = host
        self.port = port
        self.session = FuturesSession(executor=VerboseThreadPoolExecutor(
            max_workers=2  # this is the default used by requests_futures
        ))

    def emit(self, record):
        payload = json.dumps({"message": self.format(record)})
        return self.session.post("https://%s" % self.host, data=payload, timeout=5)


HANDLER_MAPPING = {"https": BaseHTTPSHandler}


class AWXProxyHandler(logging.Handler):
    """Creates the protocol-specific handler lazily, from settings."""

    def __init__(self, **kwargs):
        super(AWXProxyHandler, self).__init__(**kwargs)
        self._handler = None

    def get_handler(self):
        if self._handler is None:
            from django.conf import settings

            HandlerClass = HANDLER_MAPPING.get(settings.LOG_AGGREGATOR_PROTOCOL)
            self._handler = HandlerClass(host=settings.LOG_AGGREGATOR_HOST)
        return self._handler

    def emit(self, record):
        return self.get_handler().emit(record)
