"""Option `--forksafe-extra-lock-factories`: a configured factory called at module level is a lock.

Situation (setup.cfg beside this file sets `forksafe-extra-lock-factories =
acme_sync.make_lock`): a cache daemon creates `_CACHE_LOCK = acme_sync.make_lock("cache")` at
module level and forks workers with `os.fork()`. A second call of the factory inside a
function would not count on its own; the module-level one does.

rules.md, Options: "`--forksafe-extra-lock-factories`: comma-separated qualified names that
count as lock factories." Evidence: "it creates a module-level lock: a call to
`threading.Lock`, ... that runs when the module is imported: module-level statements".
Sinks: "`os.fork()`" (FRK003).

Expected: FRK003 at `os.fork()`.
"""
import os

import acme_sync

_CACHE_LOCK = acme_sync.make_lock("cache")
_cache = {}


def put(key, value):
    with _CACHE_LOCK:
        _cache[key] = value


def spawn_worker(serve):
    pid = os.fork()  # error: FRK003:11
    if pid == 0:
        serve()
        os._exit(0)
    return pid
