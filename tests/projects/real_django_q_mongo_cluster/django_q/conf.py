"""Settings for django-q, read from Django's Q_CLUSTER setting (trimmed)."""


class Conf:
    PREFIX = "default"
    WORKERS = 4
    TIMEOUT = 60
    MONGO = {"host": "mongodb://localhost:27017"}
    MONGO_DB = "django-q"
    ORM = None
