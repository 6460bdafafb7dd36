"""Django settings (excerpt): the external logger is configured by dotted path."""
LOG_AGGREGATOR_PROTOCOL = "https"
LOG_AGGREGATOR_HOST = "logstash.example.invalid"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "external_logger": {"class": "awx.main.handlers.AWXProxyHandler"},
    },
    "loggers": {
        "awx": {"handlers": ["console", "external_logger"], "level": "DEBUG"},
    },
}
