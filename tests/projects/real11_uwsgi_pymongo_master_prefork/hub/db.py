"""Database handle of the hub application, opened while the application loads.

pymongo.MongoClient starts its topology monitor threads as soon as it is built.
"""
import pymongo

MONGO_URL = "mongodb://127.0.0.1:27017/hub"

client = pymongo.MongoClient(MONGO_URL, serverSelectionTimeoutMS=2000)


def sessions():
    return client.hub.sessions
