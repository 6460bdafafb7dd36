"""Shared Kafka producer, created at import time (kafka-python runs a sender thread)."""
from kafka import KafkaProducer

producer = KafkaProducer(bootstrap_servers=["localhost:29093"])
