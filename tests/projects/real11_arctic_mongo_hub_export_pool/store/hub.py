"""One MongoClient for the whole process, as arctic's Arctic(store) holds it."""
import pymongo


class MongoHub:
    def __init__(self, uri):
        self.client = pymongo.MongoClient(uri)

    def library_names(self):
        return self.client.arctic.list_collection_names()
