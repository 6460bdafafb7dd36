"""Case program_child_only_thread_fork_in_child.

rules.md, Programs limited by Corrections (version 2): child-only threads "are evidence for forks
made inside that child only, never for the parent or its program". Program shardd's only thread
is started in shard.shard_main(), used only as the Process target below. So the program's parent
sinks are silent: this Process, merge.py's Pool and its os.fork(). The pty.fork() inside
shard_main(), after the thread started in that same child, is FRK003 (shardd/shard.py).
"""
import multiprocessing
import sys

from shardd import merge, shard


def main():
    paths = sys.argv[1:]
    merge.detach_janitor()
    procs = [multiprocessing.Process(target=shard.shard_main, args=(p,)) for p in paths]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
    return merge.merge_all(paths)
