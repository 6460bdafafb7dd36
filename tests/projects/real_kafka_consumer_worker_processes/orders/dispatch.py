"""Case real_kafka_consumer_worker_processes.

Re-creation of https://github.com/dpkp/kafka-python/issues/1061 ("not work in subprocess":
"kafka-python is generally considered not safe for multi-processing"; the client threads do
not survive a fork, cf. https://github.com/confluentinc/librdkafka/issues/2374): a dispatcher
that holds a live consumer forks one worker process per batch.

Labels (rules.md): `kafka.KafkaConsumer` is a catalog thread starter, constructed in
OrderStream.__init__. Dispatcher.__init__ has a parameter annotated `OrderStream`: "Holding an
object implies its threads ... a function parameter ... annotated with a project class whose
construction starts threads". orders/cli.py also builds the stream and calls run_once() (callee
flow), which gives the same single finding: FRK001 at `multiprocessing.Process`.
"""
import multiprocessing

from orders.consumer import OrderStream


def _bill(batch):
    return len(batch)


class Dispatcher:
    def __init__(self, stream: OrderStream):
        self.stream = stream

    def run_once(self):
        for batch in self.stream.batches():
            worker = multiprocessing.Process(target=_bill, args=(batch,))  # error: FRK001:22
            worker.start()
            worker.join()
