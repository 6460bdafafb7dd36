"""prog2_child_target_other_module_parent_forks.

Clause: version 2, "Code that runs only in a child process is not evidence for the parent's
forks", with Programs: crawlctl.fetcher.crawl_shard is used in the project only as
`multiprocessing.Process(target=fetcher.crawl_shard)`; it builds a ThreadPoolExecutor, but
that runs in the child. Its threads are never evidence for the parent or its program
(crawlctl, which contains fetcher.py). fetcher.py has no other thread evidence.

Expected: nothing. Neither the `multiprocessing.Process(...)` below nor the later
`os.fork()` in the parent has evidence.
"""
import multiprocessing
import os
import sys

from crawlctl import fetcher


def _compact_state():
    with open("crawl.state", "a") as fh:
        fh.write("compacted\n")


def main():
    shards = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    procs = [multiprocessing.Process(target=fetcher.crawl_shard, args=(i,)) for i in range(shards)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
    pid = os.fork()
    if pid == 0:
        _compact_state()
        os._exit(0)
    os.waitpid(pid, 0)
    return 0
