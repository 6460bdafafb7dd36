# options: --forksafe-target-python=3.14
"""v4_ev_target314_fork_pin: target Python 3.14, but the module pins fork.

rules.md, Options and Corrections (version 2): "--forksafe-target-python 3.14 or later drops
FRK001 only where the default start method is not fork: a set_start_method("fork") in the
module ... keeps the default-method sinks reported". Evidence: a
``http.server.ThreadingHTTPServer`` is built. Expected: FRK001 at the Pool (kept), FRK003 at
``os.forkpty()``, FRK002 at ``set_start_method("fork")`` under the main guard (once, so no
FRK104).
"""
import http.server
import multiprocessing
import os
import sys


def serve_health(port):
    handler = http.server.SimpleHTTPRequestHandler
    return http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)


def _index(shard):
    return len(shard)


def build_index(shards):
    with multiprocessing.Pool(len(shards)) as pool:  # error: FRK001:10
        return pool.map(_index, shards)


def open_console(shell="/bin/bash"):
    pid, fd = os.forkpty()  # error: FRK003:15
    if pid == 0:
        os.execv(shell, [shell])
    return pid, fd


if __name__ == "__main__":
    multiprocessing.set_start_method("fork")  # error: FRK002:5
    server = serve_health(8080)
    print(build_index(sys.argv[1:]))
    server.server_close()
