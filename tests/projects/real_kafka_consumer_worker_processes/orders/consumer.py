"""Order stream: a kafka-python consumer (its client runs background threads) built per stream."""
from kafka import KafkaConsumer


class OrderStream:
    def __init__(self, topic, servers):
        self.consumer = KafkaConsumer(topic, bootstrap_servers=servers, group_id="billing")

    def batches(self):
        while True:
            records = self.consumer.poll(timeout_ms=1000)
            if not records:
                return
            yield [rec.value for recs in records.values() for rec in recs]
