"""https://github.com/googleapis/google-cloud-python/issues/5807

Publish hung in worker processes: a subscriber (gRPC streaming pull, its own threads) delivered
messages, the callback forked a worker multiprocessing.Process per message, and the worker's
publish future.exception() waited forever.

rules.md: default-start-method sink, multiprocessing.Process (FRK001). Evidence in this module:
it constructs pubsub_v1.SubscriberClient, catalog "google.cloud.pubsub_v1 publisher and
subscriber clients". Reading: the client construction is the catalog entry's call form (rules.md
names the clients, not a method). The fork runs on the subscriber's callback thread.
"""
import logging
import multiprocessing

from google.cloud import pubsub_v1

from app import worker

logger = logging.getLogger(__name__)


class Poller:
    def __init__(self, project, subscription, result_topic):
        self._subscriber = pubsub_v1.SubscriberClient()
        self._sub_path = self._subscriber.subscription_path(project, subscription)
        self._result_topic = result_topic
        self._procs = []

    def _on_message(self, message):
        logger.info("received message %s", message.message_id)
        proc = multiprocessing.Process(target=worker.mainloop, args=(message.data, self._result_topic))  # error: FRK001:16
        proc.start()
        self._procs.append(proc)
        message.ack()

    def run(self):
        future = self._subscriber.subscribe(self._sub_path, callback=self._on_message)
        future.result()
