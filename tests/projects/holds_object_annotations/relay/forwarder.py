"""Case holds_object_annotations (parameter annotation).

rules.md, Across modules > Holding an object implies its threads: a parameter annotated with a
project class whose construction starts threads (`def __init__(self, broker: core.Broker)`)
is thread evidence in this module. relay/standby.py uses Optional[core.Broker],
relay/mirror.py a class-level attribute annotation, relay/settings_view.py annotates with
core.Config (starts nothing) and stays silent.
"""
import multiprocessing

from relay import core


def _encode(message):
    return message.encode()


class Forwarder:
    def __init__(self, broker: core.Broker):
        self.broker = broker

    def forward(self, messages):
        with multiprocessing.Pool(2) as pool:  # error: FRK001:14
            return pool.map(_encode, messages)
