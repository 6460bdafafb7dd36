"""MongoDB broker (django-q): a pymongo MongoClient per broker instance."""
from pymongo import MongoClient

from django_q.brokers import Broker
from django_q.conf import Conf


class Mongo(Broker):
    def __init__(self, list_key=Conf.PREFIX):
        super(Mongo, self).__init__(list_key)
        self.connection = self.get_connection(list_key)
        self.collection = self.connection[Conf.MONGO_DB][self.list_key]

    @staticmethod
    def get_connection(list_key: str = Conf.PREFIX) -> MongoClient:
        return MongoClient(**Conf.MONGO)

    def enqueue(self, task):
        return str(self.collection.insert_one({"payload": task}).inserted_id)

    def ping(self) -> bool:
        return self.connection.server_info() is not None
