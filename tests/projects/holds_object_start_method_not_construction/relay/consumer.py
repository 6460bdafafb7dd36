"""Case holds_object_start_method_not_construction.

rules.md, Across modules > Holding an object implies its threads: only "a project class whose
construction starts threads". core.Gateway starts threads in start(), not in __init__; this
module only receives one (and never calls start()), so it has no evidence.
"""
from concurrent.futures import ProcessPoolExecutor

from relay import core


def _decode(frame):
    return frame


class Consumer:
    def __init__(self, gateway: core.Gateway):
        self.gateway = gateway

    def drain(self, frames):
        with ProcessPoolExecutor() as pool:
            return list(pool.map(_decode, frames))
