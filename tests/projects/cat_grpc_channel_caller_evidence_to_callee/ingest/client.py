"""Pulls rows from the upstream row service over gRPC and hands them to the transformer."""
import json

import grpc

from ingest import transform


def _fetch_rows(channel):
    list_rows = channel.unary_unary("/ingest.Rows/List")
    payload = list_rows(b"", timeout=10)
    return json.loads(payload)


def pull_and_transform(target):
    channel = grpc.insecure_channel(target)
    try:
        rows = _fetch_rows(channel)
    finally:
        channel.close()
    return transform.transform_all(rows)
