"""Not sinks: calls that look like forks, in a module with thread evidence.

rules.md, "Sinks" lists the only fork sites.  Methods called `fork` on other objects, a local
function called `fork`, `os.openpty` / `pty.openpty`, `os.posix_spawn`, `os.register_at_fork`,
`subprocess.Popen(start_new_session=True)`, non-forking `multiprocessing` helpers
(`cpu_count`, `get_start_method`, `Queue`), look-alike process libraries (`billiard`,
`multiprocess`, `psutil.Process`), and a ForkingMixIn server class that is defined but never
constructed ("constructing one is a raw-fork sink") are none of them.
Evidence: `threading.Thread`.
Expected: no finding.
"""
import multiprocessing
import os
import pty
import socketserver
import subprocess
import threading

import billiard
import multiprocess
import psutil

LOG_THREAD = None


def _log_loop():
    pass


def start_logging():
    global LOG_THREAD
    LOG_THREAD = threading.Thread(target=_log_loop, daemon=True)
    LOG_THREAD.start()


def fork(repo, name):
    return repo.fork(name=name)


class PreforkServer(socketserver.ForkingMixIn, socketserver.TCPServer):
    pass


def branch(repo):
    fork(repo, "feature")
    return repo.fork()


def terminal():
    master, slave = os.openpty()
    other = pty.openpty()
    return master, slave, other


def spawn_helper():
    os.register_at_fork(after_in_child=lambda: None)
    pid = os.posix_spawn("/bin/true", ["true"], dict(os.environ))
    proc = subprocess.Popen(["sleep", "1"], start_new_session=True)
    return pid, proc


def info():
    return multiprocessing.cpu_count(), multiprocessing.get_start_method(allow_none=True), multiprocessing.Queue()


def legacy_pools(func, items):
    with billiard.Pool(2) as pool:
        a = pool.map(func, items)
    with multiprocess.Pool(2) as pool:
        b = pool.map(func, items)
    return a, b, psutil.Process(os.getpid()).children()
