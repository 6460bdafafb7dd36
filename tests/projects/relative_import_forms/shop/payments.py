"""from . import heartbeat; heartbeat.start()."""
import multiprocessing

from . import heartbeat


def _charge(payment):
    return payment


def settle(payments):
    heartbeat.start()
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        return pool.map(_charge, payments)
