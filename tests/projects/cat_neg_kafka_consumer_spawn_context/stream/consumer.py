"""Kafka consumer factory."""
from kafka import KafkaConsumer


def open_consumer(topic, servers="localhost:9092"):
    return KafkaConsumer(
        topic,
        bootstrap_servers=servers,
        group_id="fanout",
        enable_auto_commit=False,
    )
