"""cat_confluent_producer_held_object.

Clauses: "Library thread starters (the catalog)" (`confluent_kafka.Producer`, a construction)
with "Across modules: the project" / holding an object implies its threads.
pipeline/bus.py's `EventBus.__init__` builds a `confluent_kafka.Producer` (librdkafka threads),
so constructing an EventBus starts threads. `replay()` here receives a parameter annotated
`bus: EventBus`: someone built it, so its threads run in this process, and this module has
thread evidence ("receives a pipeline.bus.EventBus, which starts threads when built"). The
`multiprocessing.Pool()` below is FRK001 at line 25.
"""
import gzip
import multiprocessing
from typing import List

from pipeline.bus import EventBus


def read_events(path):
    with gzip.open(path, "rb") as fh:
        return fh.read().splitlines()


def replay(bus: EventBus, paths: List[str], topic: str) -> int:
    count = 0
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        for events in pool.imap(read_events, paths):
            for event in events:
                bus.publish(topic, event)
                count += 1
    bus.flush()
    return count
