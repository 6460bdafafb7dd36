"""Starts one shard process per input file."""
import multiprocessing

from transcode import shard


def run(paths):
    procs = [multiprocessing.Process(target=shard.shard_main, args=(path,)) for path in paths]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
    return shard.merge_all(paths)
