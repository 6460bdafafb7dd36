"""cat_neg_kafka_consumer_spawn_context.

Clauses: "Library thread starters (the catalog)" (`kafka.KafkaConsumer`, a construction) with
"Across modules: the project"; "Sinks" / Safe (an explicit spawn context bound at module level).
Expected: no finding. `fan_out()` calls `open_consumer()` from stream/consumer.py, which builds
a `KafkaConsumer` (its heartbeat thread runs in this process), so this module does have thread
evidence. But the executor is given `mp_context=_SPAWN`, a name bound at module level to
`mp.get_context("spawn")`: the call is safe and is not a sink. (Spawn-readiness is respected:
the task is a module-level function, its arguments are bytes, nothing starts at import time.)
"""
import json
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

from stream.consumer import open_consumer

_SPAWN = mp.get_context("spawn")


def decode_record(raw):
    return json.loads(raw.decode("utf-8"))


def fan_out(topic, max_records=500):
    consumer = open_consumer(topic)
    batches = consumer.poll(timeout_ms=1000, max_records=max_records)
    raw_values = [record.value for records in batches.values() for record in records]
    with ProcessPoolExecutor(max_workers=4, mp_context=_SPAWN) as executor:
        decoded = list(executor.map(decode_record, raw_values))
    consumer.commit()
    consumer.close()
    return decoded
