"""Block storage, loaded at import time (the report's minimal example does the same).

S3Bucket.load() is @sync_compatible: called from sync code it runs the coroutine on Prefect's
global event-loop thread, which it starts on first use and which keeps running afterwards.
"""
from prefect_aws import S3Bucket

BUCKET = S3Bucket.load("bucket-name")


def fetch(key):
    return BUCKET.read_path(key)
