"""Case callee_sink_threaded_caller (the sink side).

rules.md, Across modules > Functions and classes > evidence flows to the callee (the extract.py
/ pipeline_utils.py example): run_pipeline() is called from indexing/extract.py, a module that
starts threads, so its pool is reported here, where the fix goes. run_local() is called by no
threaded module and this module has no evidence of its own, so its pool is silent.
"""
from concurrent.futures import ProcessPoolExecutor


def _chunk(document):
    return document.split()


def run_pipeline(documents):
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        return list(pool.map(_chunk, documents))


def run_local(documents):
    with ProcessPoolExecutor() as pool:
        return list(pool.map(_chunk, documents))
