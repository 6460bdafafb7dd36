"""real_mp_logging_handler_worker_processes (the sink module).

Report: https://github.com/jruere/multiprocessing-logging/issues/26 ("Causes Deadlock")
The reporter's project configured logging with multiprocessing-logging's install_mp_handler()
(which starts a receiver thread) and then kept starting worker processes, some of which stopped
mid-processing with no exception until the handler was removed.

Clauses: "Library thread starters (the catalog)" (`multiprocessing_logging.install_mp_handler`, a
call) inside pipeline/logsetup.py:configure_logging(); "Across modules": threads flow to the caller
(pipeline/cli.py calls configure_logging()) and evidence flows to the callee (cli.main() calls
run_workers() here). This module starts no thread itself. Expected: FRK001 at the Process(...)
call in run_workers(), reached from pipeline/cli.py.
"""
import logging
from multiprocessing import Process

log = logging.getLogger(__name__)


def process_chunk(chunk_id):
    log.info("processing chunk %s", chunk_id)
    total = 0
    for value in range(chunk_id * 1000, (chunk_id + 1) * 1000):
        total += value * value
    log.info("chunk %s done: %s", chunk_id, total)


def run_workers(chunk_ids):
    procs = []
    for chunk_id in chunk_ids:
        proc = Process(target=process_chunk, args=(chunk_id,))  # error: FRK001:16
        proc.start()
        procs.append(proc)
    for proc in procs:
        proc.join()
    return [proc.exitcode for proc in procs]
