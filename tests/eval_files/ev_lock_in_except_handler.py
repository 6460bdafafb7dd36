"""Evidence: a module-level lock created in the `except` handler of a module-level `try`.

rules.md, "Evidence": a module-level lock is a lock-factory call "that runs when the module is
imported: module-level statements (also inside module-level if/try/with/for blocks)".  The
`except ImportError:` handler belongs to the module-level `try` statement and runs at import
when the accelerator is missing, so `threading.Lock()` there is evidence.
Sink: `subprocess.check_call(..., preexec_fn=...)` (FRK004).
Expected: FRK004 at `subprocess.check_call(`; nothing else.
"""
import os
import resource
import subprocess
import threading

try:
    from _accel import shared_cache as _CACHE
except ImportError:
    _CACHE = {}
    _CACHE_LOCK = threading.Lock()


def _limit_resources():
    resource.setrlimit(resource.RLIMIT_CPU, (10, 10))
    os.nice(5)


def cached(key, compute):
    if key not in _CACHE:
        _CACHE[key] = compute()
    return _CACHE[key]


def run_sandboxed(cmd):
    return subprocess.check_call(cmd, preexec_fn=_limit_resources, close_fds=True)  # error: FRK004:12
