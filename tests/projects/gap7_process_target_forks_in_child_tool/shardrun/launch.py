"""gap7_process_target_forks_in_child_tool.

Clause: version 2 correction "Code that runs only in a child process" -- shard.run_shard is
used only as Process(target=), so its heartbeat thread is "evidence for forks made inside that
child only, never for the parent". run_shard() calls tools.run_tool(), which forks inside that
child (subprocess.run with preexec_fn=os.setpgrp) while the heartbeat runs (readings.md 10:
forks in what child-only code calls are judged with the child's threads).
Expected: FRK004 in shardrun/tools.py at the subprocess.run call. No finding for the
multiprocessing.Process calls in launch() (the parent starts no threads).
"""
import json
import multiprocessing
import sys

from shardrun import shard


def launch(specs):
    procs = [
        multiprocessing.Process(target=shard.run_shard, args=(spec,), name=f"shard-{spec['id']}")
        for spec in specs
    ]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
    return {proc.name: proc.exitcode for proc in procs}


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        print(launch(json.load(fh)))
