"""v7_lock_class_decorator_asyncio_preexec: threading.Semaphore() in a class decorator's arguments.

Clause: Evidence -- "decorator arguments of module-level definitions" run at import (here the
decorator of a module-level class). Sink: asyncio.create_subprocess_exec with preexec_fn= (it
hands it to Popen), multi-line call reported on the line where the call starts.
Expected: FRK004 at asyncio.create_subprocess_exec(...) in FfprobeProbe.run().
"""
import asyncio
import os
import threading

_REGISTRY = {}


def probe(name, limiter):
    def register(cls):
        cls.limiter = limiter
        _REGISTRY[name] = cls
        return cls
    return register


def _lower_priority():
    os.nice(10)


@probe("ffprobe", limiter=threading.Semaphore(4))
class FfprobeProbe:
    def __init__(self, path):
        self.path = path

    async def run(self):
        proc = await asyncio.create_subprocess_exec(  # error: FRK004:22
            "ffprobe", "-v", "error", "-show_format", self.path,
            stdout=asyncio.subprocess.PIPE,
            preexec_fn=_lower_priority,
        )
        out, _ = await proc.communicate()
        return out.decode()


async def probe_all(paths):
    return await asyncio.gather(*(FfprobeProbe(p).run() for p in paths))
