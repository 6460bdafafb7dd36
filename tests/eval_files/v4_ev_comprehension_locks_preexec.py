"""v4_ev_comprehension_locks_preexec: locks built by a module-level dict comprehension.

rules.md, Evidence: "module-level comprehensions" run at import time, so
``{name: threading.Lock() for ...}`` is a module-level lock. Sinks: pre-exec hook, "with the
keyword preexec_fn= anything but None" (FRK004): a function, ``os.setsid``, a parameter that
may be None at run time (not the literal None), a lambda, through ``from subprocess import
Popen as _Popen``. ``preexec_fn=None`` is exempt. Expected: four FRK004.
"""
import os
import resource
import subprocess
import threading
from subprocess import Popen as _Popen

_TOOLS = ("ffmpeg", "sox", "lame")
_TOOL_LOCKS = {name: threading.Lock() for name in _TOOLS}


def _limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def transcode(src, dst):
    with _TOOL_LOCKS["ffmpeg"]:
        subprocess.run(["ffmpeg", "-i", src, dst], preexec_fn=_limit_memory, check=True)  # error: FRK004:9


def probe(path):
    with _TOOL_LOCKS["sox"]:
        return subprocess.check_output(["sox", "--i", path], preexec_fn=os.setsid)  # error: FRK004:16


def stats(path, hook=None):
    # hook is often None, but the keyword is not the literal None
    return subprocess.check_call(["sox", path, "-n", "stat"], preexec_fn=hook)  # error: FRK004:12


def encode(path):
    with _TOOL_LOCKS["lame"]:
        return subprocess.call(["lame", path], preexec_fn=None)


def decode_background(path):
    proc = _Popen(["lame", "--decode", path], preexec_fn=lambda: os.nice(10))  # error: FRK004:12
    return proc
