"""Catalog: `sentry_sdk.init` (imported as `sentry`) starts threads; a default Pool is FRK001.

Situation: an indexer initialises Sentry in `configure()` and rebuilds its index with
`multiprocessing.Pool(processes=4)`.

rules.md, Library thread starters (the catalog): "The catalog ships ... the third-party calls
... that start threads, at least: `sentry_sdk.init`; ..." "Each entry ... is resolved through
imports like the standard-library names". (Evidence also lists configured extra thread
starters; the catalog adds to them.) Sinks: "`multiprocessing.Pool`" (FRK001).

Expected: FRK001 at `multiprocessing.Pool(processes=4)`.
"""
import multiprocessing

import sentry_sdk as sentry


def configure(dsn):
    sentry.init(dsn=dsn, traces_sample_rate=0.1)


def _tokenize(chunk):
    return chunk.lower().split()


def rebuild_index(chunks):
    with multiprocessing.Pool(processes=4) as pool:  # error: FRK001:10
        return pool.map(_tokenize, chunks)
