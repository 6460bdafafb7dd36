"""Case real_kafka_producer_fork_pin.

Re-creation of https://github.com/dpkp/kafka-python/issues/1732 (the 2025 comment: a
KafkaProducer created at module level, then `multiprocessing.set_start_method("fork")` and a
Process that sends through it; KafkaTimeoutError in the child. "KafkaProducer uses threads
internally and so cannot be initialized and then shared across processes").

The report also calls set_start_method("spawn") first; that second call is left out here (it
would be an FRK104 "called twice" finding, outside the scope of these FRK00x fixtures).
Labels (rules.md): kafka.KafkaProducer is a catalog thread starter constructed at import time
in events/producer.py, imported here: FRK002 at the fork pin, FRK001 at the Process.
"""
import multiprocessing

from events.producer import producer


def run():
    producer.send("topic", b"payload")


def run_process():
    p = multiprocessing.Process(target=run)  # error: FRK001:9
    p.start()
    p.join()


if __name__ == "__main__":
    multiprocessing.set_start_method("fork")  # error: FRK002:5
    run_process()
