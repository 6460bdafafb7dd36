"""prog2_outside_programs_shared_dependency.

Clause: Programs (entry points): "A module in no known program is judged with the rules
above only." Program beacon (`beacon.cli:main`) is this module, beacon.jobs and
beacon.settings; start_heartbeat() below starts a threading.Thread, so the program has
threads.

Expected:
- beacon/jobs.py `multiprocessing.Pool(...)`: FRK001 (in the threaded program; also
  reached from main(), which calls start_heartbeat()).
- beacon/migrate.py `ProcessPoolExecutor(...)`: nothing. migrate.py is imported by no
  entry point; that it has its own `if __name__ == "__main__":` block does not make it one
  (reading), and that it imports beacon.settings, a module of the threaded program, does
  not put it in that program (a program is what the entry point imports, not what imports
  the entry point's modules). settings.py starts no threads and migrate.py calls nothing
  threaded, so migrate.py has no evidence of any kind.
This module has no sink.
"""
import threading
import time

from beacon import jobs, settings


def _beat(period):
    while True:
        time.sleep(period)


def start_heartbeat(period):
    t = threading.Thread(target=_beat, args=(period,), daemon=True)
    t.start()
    return t


def main():
    start_heartbeat(settings.HEARTBEAT_SECONDS)
    return jobs.run_jobs(settings.JOBS)
