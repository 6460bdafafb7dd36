"""Calls only flush_now(), which starts no thread: the executor is not reported."""
from concurrent.futures import ProcessPoolExecutor

from shipyard.telemetry import flush_now


def sign(artifact):
    return artifact + ".sig"


def release(artifacts):
    flush_now("http://collector:4318")
    with ProcessPoolExecutor() as ex:
        return list(ex.map(sign, artifacts))
