"""Case neg_lookalike_thread_modules (expected: no finding).

rules.md, Evidence: "neither are look-alike modules (`gevent.threading`,
`eventlet.green.threading`, `asyncio.Lock`, `timeit.Timer`, `psutil.Process`, ...)". chat/green.py
starts an eventlet green thread at import time and builds a timeit.Timer and an asyncio.Lock:
none is a thread starter, so nothing is passed on by the import or by the call to poll_once().
This module's own module-level lock comes from gevent.threading and its process handle from
psutil: not evidence either. The raw fork is in a module without evidence: not reported.
"""
import os

import psutil
from gevent.threading import Lock as GreenLock

from chat import green

_RELAY_LOCK = GreenLock()


def fork_relay():
    green.poll_once()
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    return psutil.Process(pid)
