"""Ad-hoc audit script, run by hand as `python tools/audit.py URI` (not an entry point)."""
import sys

from pymongo import MongoClient


def audit(uri):
    client = MongoClient(uri, serverSelectionTimeoutMS=2000)
    try:
        for name in client.list_database_names():
            print(name, client[name].command("dbstats")["dataSize"])
    finally:
        client.close()


if __name__ == "__main__":
    audit(sys.argv[1])
