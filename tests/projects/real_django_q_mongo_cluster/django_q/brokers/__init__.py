"""Broker base class and broker factory (django-q)."""
from django_q.conf import Conf


class Broker:
    def __init__(self, list_key: str = Conf.PREFIX):
        self.list_key = list_key
        self._info = None

    def enqueue(self, task):
        raise NotImplementedError

    def ping(self) -> bool:
        return True


def get_broker(list_key: str = Conf.PREFIX) -> Broker:
    """Gets the configured broker type."""
    if Conf.MONGO:
        from django_q.brokers import mongo

        return mongo.Mongo(list_key=list_key)
    return Broker(list_key=list_key)
