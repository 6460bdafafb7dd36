"""Evidence: threading.BoundedSemaphore() in the except handler of a module-level `try` (rules.md: module-level locks, "inside module-level ... try ... blocks")."""
import subprocess
import threading

try:
    from _accel import RateLimiter  # C extension with its own limiter

    _limiter = RateLimiter(10)
except ImportError:
    RateLimiter = None
    _limiter = threading.BoundedSemaphore(value=10)


def _drop_privileges():
    import os

    os.setgid(65534)
    os.setuid(65534)


def convert(src: str, dst: str) -> None:
    with _limiter:
        subprocess.check_call(["convert", src, dst], preexec_fn=_drop_privileges)  # error: FRK004:9
