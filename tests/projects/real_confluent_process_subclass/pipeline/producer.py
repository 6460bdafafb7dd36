"""Case real_confluent_process_subclass.

Re-creation of https://github.com/confluentinc/confluent-kafka-python/issues/172 ("Producer in
child process not sending messages"): a multiprocessing.Process subclass builds a
confluent_kafka.Producer in __init__, i.e. in the parent, then the process is started; the
client's librdkafka threads do not survive the fork ("The client is using background threads
and they will not be available in a forked child process").

Labels (rules.md): confluent_kafka.Producer is a catalog thread starter, constructed in this
module (MyProducer.__init__ runs in the parent); constructing the local Process subclass is a
default-method sink: FRK001 at `MyProducer(...)`.
"""
import multiprocessing

from confluent_kafka import Producer


class MyProducer(multiprocessing.Process):
    def __init__(self, kafka_bootstrap, kafka_topic, queue):
        multiprocessing.Process.__init__(self)
        self.daemon = True
        self.kafka_topic = kafka_topic
        conf = {"bootstrap.servers": kafka_bootstrap, "api.version.request": True}
        self.producer = Producer(**conf)
        self.queue = queue

    def run(self):
        while True:
            msg = self.queue.get()
            if msg is None:
                break
            self.producer.produce(self.kafka_topic, msg)
            self.producer.flush()
            self.queue.task_done()


def start_producer(bootstrap, topic, queue):
    child = MyProducer(bootstrap, topic, queue)  # error: FRK001:13
    child.start()
    return child
