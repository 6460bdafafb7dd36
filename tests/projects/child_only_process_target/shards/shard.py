"""Shard worker. shard_main() runs only in the child (Process target) and starts a heartbeat.

compact_all() is parent code: the child-only heartbeat is not evidence for it.
"""
import multiprocessing

from shards.heartbeat import start_heartbeat


def shard_main(shard_id):
    start_heartbeat()
    return shard_id


def _compact(path):
    return path


def compact_all(paths):
    with multiprocessing.Pool() as pool:
        return pool.map(_compact, paths)
