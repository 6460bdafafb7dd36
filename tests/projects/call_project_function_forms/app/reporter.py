"""Alias form: from app.heartbeat import start_heartbeat as beat."""
import multiprocessing as mp

from app.heartbeat import start_heartbeat as beat


def _write_report(kind):
    return kind


def main():
    beat()
    proc = mp.Process(target=_write_report, args=("daily",))  # error: FRK001:12
    proc.start()
    proc.join()
