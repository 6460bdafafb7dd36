"""real_confluent_module_producer_process_flush.

Report: https://github.com/confluentinc/confluent-kafka-python/issues/1409 ("The kafka flush failed in the child process")
The real script built a confluent_kafka Producer at module level and then started a
multiprocessing.Process whose target produced and flushed with that inherited producer, and the
child process stopped making progress at flush().

Clauses: "Library thread starters (the catalog)" (`confluent_kafka.Producer`, a construction) and
"Evidence" (it runs at import time, so it counts for this module); "Sinks" default start method
(`multiprocessing.Process`). Expected: FRK001 at the Process(...) call in main().
The report started the process at module level; here it is started from main() under the main
guard so that no FRK102 (process started at import time) is triggered. send_msg() is a
module-level function and its argument is a str.
"""
import sys
from multiprocessing import Process

from confluent_kafka import Producer

from config import CommonConfig

mq_server = f"{CommonConfig.WEB_HOST}:{CommonConfig.KAFKA_PORT}"
topic = CommonConfig.APIFUZZ_TOPIC

p = Producer({"bootstrap.servers": mq_server})


def delivery_callback(err, msg):
    if err:
        sys.stderr.write("%% Message failed delivery: %s\n" % err)
    else:
        sys.stderr.write("%% Message delivered to %s [%d]\n" % (msg.topic(), msg.partition()))


def main():
    pr = Process(target=send_msg, args=("testtest",))  # error: FRK001:10
    pr.start()
    pr.join()


def send_msg(msg):
    while True:
        try:
            p.produce(topic, msg.encode("utf-8"), callback=delivery_callback)
            print("send msg: %s" % msg)
        except BufferError:
            sys.stderr.write("%% Local producer queue is full (%d messages awaiting delivery)\n" % len(p))
        p.poll(0)
        p.flush()


if __name__ == "__main__":
    main()
