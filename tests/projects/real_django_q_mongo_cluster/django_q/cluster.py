"""real_django_q_mongo_cluster: a MongoClient opened in the cluster master, then the cluster forks.

Report: https://github.com/Koed00/django-q/issues/438
("UserWarning: MongoClient opened before fork").

What was reported: with the Mongo broker, `manage.py qcluster` prints pymongo's "UserWarning:
MongoClient opened before fork. Create MongoClient only after forking." Cluster.__init__ builds the
broker (get_broker() -> Mongo() -> MongoClient, which starts pymongo's monitor threads), then
Cluster.start() forks the Sentinel with multiprocessing.Process (default start method, fork on
Linux), and the Sentinel forks the workers, monitor and pusher the same way. pymongo's FAQ ("Is
PyMongo fork-safe?") explains why: the client's background threads hold locks that the child
inherits, locked, with no thread to release them.

Clauses: catalog `pymongo.MongoClient` (construction, through `from pymongo import MongoClient`);
"threads flow to the caller ... transitively": Cluster.__init__ -> get_broker() (package
__init__.py) -> Mongo() (its __init__) -> self.get_connection() -> MongoClient; default start
method `multiprocessing.Process` (`from multiprocessing import Process`). The multiprocessing
Event/Value are not evidence.

Reading (no effect on the labels): Sentinel is handed over as `Process(target=Sentinel)`, a class.
If the checker treats its methods as child-only code, Sentinel.spawn_process() is a fork inside
that child, and the child's own threads (Sentinel.__init__ calls get_broker()) make it unsafe; if
not, it is parent code in a module with thread evidence. Either way it is reported.

Expected: two findings, FRK001 at cluster.py:52 (Cluster.start) and cluster.py:98
(Sentinel.spawn_process).
"""
import signal
import uuid
from multiprocessing import Event, Process, Value, current_process
from time import sleep

from django_q.brokers import Broker, get_broker
from django_q.conf import Conf


class Cluster:
    def __init__(self, broker: Broker = None):
        self.broker = broker or get_broker()
        self.sentinel = None
        self.stop_event = None
        self.start_event = None
        self.pid = current_process().pid
        self.cluster_id = uuid.uuid4()
        self.timeout = Conf.TIMEOUT
        signal.signal(signal.SIGTERM, self.sig_handler)

    def start(self) -> int:
        # Start Sentinel
        self.stop_event = Event()
        self.start_event = Event()
        self.sentinel = Process(  # error: FRK001:25
            target=Sentinel,
            args=(
                self.stop_event,
                self.start_event,
                self.cluster_id,
                self.broker,
                self.timeout,
            ),
        )
        self.sentinel.start()
        while not self.start_event.is_set():
            sleep(0.1)
        return self.pid

    def stop(self) -> bool:
        if not self.sentinel.is_alive():
            return False
        self.stop_event.set()
        self.sentinel.join()
        return True

    def sig_handler(self, signum, frame):
        self.stop()


class Sentinel:
    def __init__(self, stop_event, start_event, cluster_id, broker=None, timeout=Conf.TIMEOUT, start=True):
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        self.pid = current_process().pid
        self.cluster_id = cluster_id
        self.broker = broker or get_broker()
        self.stop_event = stop_event
        self.start_event = start_event
        self.pool_size = Conf.WORKERS
        self.pool = []
        self.timeout = timeout
        if start:
            self.start()

    def start(self):
        self.broker.ping()
        self.spawn_cluster()
        self.start_event.set()

    def spawn_process(self, target, *args) -> Process:
        p = Process(target=target, args=args)  # error: FRK001:13
        p.daemon = True
        if target == worker:
            self.pool.append(p)
        p.start()
        return p

    def spawn_worker(self):
        self.spawn_process(worker, self.cluster_id.hex, Value("f", -1), self.timeout)

    def spawn_cluster(self):
        self.pool = []
        for __ in range(self.pool_size):
            self.spawn_worker()


def worker(cluster_hex: str, timer, timeout: int) -> None:
    name = current_process().name
    print(name, "working for cluster", cluster_hex, "timeout", timeout)
    timer.value = -1
