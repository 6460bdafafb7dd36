"""Case real_queuelistener_dunder_main.

Re-creation of the QueueListener hazard left open by https://github.com/python/cpython/pull/4071
(bpo-6721, "Sanitize logging locks while forking": "The logging.handlers module has a
QueueHandler and QueueListener which uses the queue module... that is full of locks. I'm not
addressing that"): a QueueListener thread runs while the program forks a process pool.

Labels (rules.md): `logging.handlers.QueueListener` (`.start()`) is in the catalog; it is built
and started in logconf.start(). `ingestd/__main__.py` is an entry point ("`__main__.py` files of
project packages"); the program contains logconf and jobs: "a thread started anywhere ... is
evidence for every sink in every module of that program". __main__.main() also calls both
(callee flow): same single finding. ingestd/maintenance.py is in no program: silent.
"""
from concurrent.futures import ProcessPoolExecutor


def _ingest(path):
    return path


def run_all(paths):
    with ProcessPoolExecutor(max_workers=4) as pool:  # error: FRK001:10
        return list(pool.map(_ingest, paths))
