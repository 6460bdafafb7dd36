"""pymongo helpers for py-mongo-sync (ported to Python 3, trimmed)."""
import pymongo


def parse_hostportstr(hostportstr):
    host, _, port = hostportstr.partition(":")
    return host, int(port or 27017)


def connect(host, port, **kwargs):
    """Connect and return an available client; authenticate if necessary."""
    w = kwargs.get("w", 1)
    mc = pymongo.MongoClient(host, port, connect=True, serverSelectionTimeoutMS=3000, w=w)
    return mc
