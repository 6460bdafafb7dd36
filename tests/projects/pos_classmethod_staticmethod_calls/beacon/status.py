"""Only a staticmethod without threads is called here: the Pool is not reported."""
import multiprocessing

from beacon.heartbeat import Heartbeat


def probe(host):
    return host.upper()


def status(hosts):
    print(Heartbeat.describe())
    with multiprocessing.Pool(2) as pool:
        return pool.map(probe, hosts)
