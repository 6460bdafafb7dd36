"""Case scope_module_callee_flow (forksafe-scope = module).

Same tree as callee_sink_threaded_caller. rules.md, Across modules > Options: "module: the
version 1 behaviour, one file at a time". The evidence of the threaded caller
(indexing/extract.py) does not flow to this callee, which has none of its own: nothing is
reported.
"""
from concurrent.futures import ProcessPoolExecutor


def _chunk(document):
    return document.split()


def run_pipeline(documents):
    with ProcessPoolExecutor() as pool:
        return list(pool.map(_chunk, documents))


def run_local(documents):
    with ProcessPoolExecutor() as pool:
        return list(pool.map(_chunk, documents))
