"""neg_child_only_caller_evidence_not_passed.

Clause: Corrections v2, child-only code: "Its threads are evidence for forks made inside that
child only, never for the parent or its program", combined with "evidence flows to the callee".
worker.py's only thread is in shard_main(), used only as `Process(target=shard_main)`. The
parent-side start_shards() calls packer.pack_all(), which opens a Pool: the caller has no
parent evidence to pass on. shard_main() calls nothing that forks.
Expected: no finding (neither the Process here nor the Pool in packer.py).
"""
import multiprocessing
import threading
import time

from shards import packer


def _heartbeat(shard_id):
    for _ in range(5):
        time.sleep(0.2)
    print("shard", shard_id, "alive")


def shard_main(shard_id):
    beat = threading.Thread(target=_heartbeat, args=(shard_id,), daemon=True)
    beat.start()
    total = sum(range(shard_id * 1000))
    beat.join()
    return total


def start_shards(count):
    procs = [multiprocessing.Process(target=shard_main, args=(i,)) for i in range(count)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
    return packer.pack_all(["shard-%d" % i for i in range(count)])
