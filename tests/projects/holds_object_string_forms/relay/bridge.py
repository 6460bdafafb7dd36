"""Case holds_object_string_forms.

rules.md, Across modules > Holding an object implies its threads: "also Optional[core.Broker],
core.Broker | None and the string form". Here the annotation is the string "core.Broker | None"
(valid on Python 3.9 because it is a string); relay/tap.py uses the plain string "core.Broker", and relay/stage.py an annotated attribute
assignment in __init__ (`self.broker: core.Broker = broker`).
"""
import multiprocessing

from relay import core


def _forward(message):
    return message


class Bridge:
    def __init__(self, upstream: "core.Broker | None" = None):
        self.upstream = upstream

    def pump(self, messages):
        proc = multiprocessing.Process(target=_forward, args=(messages,))  # error: FRK001:16
        proc.start()
        return proc
