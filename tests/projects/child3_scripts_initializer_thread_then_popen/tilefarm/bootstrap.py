"""child3_scripts_initializer_thread_then_popen.

Clause: version 2 "Code that runs only in a child process" (a process pool's
`initializer=`) x "Across modules" (threads flow to the caller) x "Programs".
init_worker() is used only as the initializer of cli.py's ProcessPoolExecutor; it calls
metrics.start_pusher() (threading.Thread) and then launches a cache daemon with
`subprocess.Popen(..., preexec_fn=os.setsid)`: a fork inside the child after it started
threads.

Expected:
- this module's subprocess.Popen(...): FRK004.
- tilefarm/cli.py's ProcessPoolExecutor(...): nothing. The program tilefarm (tilefarm.cli)
  starts threads only in child-only code (metrics.start_pusher is called only from here).
"""
import os
import subprocess

from tilefarm import metrics

_DAEMON = []


def init_worker(root):
    metrics.start_pusher(root)
    daemon = subprocess.Popen(["tile-cache-daemon", root], preexec_fn=os.setsid)  # error: FRK004:14
    _DAEMON.append(daemon)
