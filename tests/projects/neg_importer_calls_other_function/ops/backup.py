"""Case neg_importer_calls_other_function (expected: no finding).

rules.md, Across modules > Functions and classes: "a sink inside a project function is judged
with the evidence of every module that calls that function (directly or through a chain of
project calls)". ops/daemon.py starts threads and imports this module, but it calls only
checksum(), which has no sink; nobody calls snapshot(). This module imports nothing that starts
threads, and the project has no entry point (no program). snapshot()'s Pool is not reported.
"""
import hashlib
import multiprocessing


def checksum(path):
    return hashlib.sha256(path.encode()).hexdigest()


def _copy(path):
    return path


def snapshot(paths):
    with multiprocessing.Pool(2) as pool:
        return pool.map(_copy, paths)
