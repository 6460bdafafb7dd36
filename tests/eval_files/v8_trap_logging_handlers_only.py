"""v8_trap_logging_handlers_only.

rules.md, "Evidence" and "Findings": logging handlers hold locks, but the evidence list names
only threading / _thread lock factories and thread starters. Module-level
logging.basicConfig(), StreamHandler, RotatingFileHandler, QueueHandler and a queue.Queue are
not evidence, and a logging.handlers.QueueListener that is built but never started starts no
thread (its catalog entry is its `.start()`). "A sink in a module without thread evidence is
never reported."
Expected: nothing.
"""
import logging
import logging.handlers
import multiprocessing
import os
import queue
import subprocess
from concurrent.futures import ProcessPoolExecutor

logging.basicConfig(level=logging.INFO)
_console = logging.StreamHandler()
_rotating = logging.handlers.RotatingFileHandler(
    "worker.log", maxBytes=1 << 20, backupCount=3, delay=True
)
_records = queue.Queue()
_listener = logging.handlers.QueueListener(_records, _console, _rotating)
log = logging.getLogger(__name__)
log.addHandler(logging.handlers.QueueHandler(_records))


def work(n):
    return n * 2


def run(items):
    with multiprocessing.Pool(2) as pool:
        return pool.map(work, items)


def run_executor(items):
    with ProcessPoolExecutor() as ex:
        return list(ex.map(work, items))


def detach():
    if os.fork():
        os._exit(0)


def launch(cmd):
    return subprocess.Popen(cmd, preexec_fn=os.setsid)


def main():
    log.info("starting")
    run([1, 2])
    run_executor([3])
    launch(["true"]).wait()
    detach()


if __name__ == "__main__":
    main()
