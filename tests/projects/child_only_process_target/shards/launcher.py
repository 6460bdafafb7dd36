"""Case child_only_process_target.

rules.md, Corrections (version 2): "Code that runs only in a child process is not evidence for
the parent's forks: a function (or what it calls) that the project uses only as
Process(target=f) ... Its threads are evidence for forks made inside that child only".
shard.shard_main (and start_heartbeat, which only it calls) runs in the children, so neither
the Process below nor the pool in shards/shard.py is reported.
"""
import multiprocessing

from shards import shard


def launch(count, paths):
    procs = [multiprocessing.Process(target=shard.shard_main, args=(n,)) for n in range(count)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
    return shard.compact_all(paths)
