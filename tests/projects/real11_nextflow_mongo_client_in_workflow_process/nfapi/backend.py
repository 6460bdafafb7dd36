"""Mongo backend; every caller opens its own client from the URL."""
import pymongo


def connect(url):
    return pymongo.MongoClient(url)


def update_run(url, run_id, status):
    client = connect(url)
    try:
        client.nextflow.workflows.update_one(
            {"_id": run_id}, {"$set": {"status": status}}, upsert=True
        )
    finally:
        client.close()
