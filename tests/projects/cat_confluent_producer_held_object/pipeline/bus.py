"""Event bus on top of confluent-kafka."""
from confluent_kafka import Producer


class EventBus:
    def __init__(self, brokers):
        self._producer = Producer({"bootstrap.servers": brokers, "linger.ms": 50})

    def publish(self, topic, payload):
        self._producer.produce(topic, payload)

    def flush(self, timeout=10.0):
        return self._producer.flush(timeout)
