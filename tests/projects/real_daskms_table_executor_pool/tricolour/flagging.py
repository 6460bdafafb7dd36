"""Case real_daskms_table_executor_pool: a table proxy's executor thread, then a default Pool.

Report: https://github.com/ratt-ru/dask-ms/issues/304 ("Dask-ms deadlocks on
fork() in non-synchronous dask scheduling mode": "Opening and reading from a
table previously opened from a parent process (before posix fork() is called)
deadlocks due to internal threadpool being employed in TableProxy class"), with
the background in https://github.com/ratt-ru/dask-ms/issues/77 ("A
ThreadPoolExecutor is used to make access to CASA tables threadsafe ... Processes
are forked ... leading to the issues").

Clause: rules.md, "Across modules", "Functions and classes", "threads flow to
the caller", "transitively through further project calls": ``main`` calls
``xds_from_ms`` (re-exported by daskms/__init__.py) -> ``xds_from_table`` ->
``open_table`` -> ``TableProxy(...)`` (its ``__init__``) -> ``Executor(...)``
(its ``__init__``), which constructs ``concurrent.futures.ThreadPoolExecutor``.
So this module has thread evidence, and ``multiprocessing.Pool`` is a
default-start-method sink. The module-level ``threading.Lock()`` in
daskms/table_executor.py is not what is passed on (locks are not).

Expected: one FRK001, at ``multiprocessing.Pool(...)`` in ``main``. The task
``flag_chunk`` reopens the table in the child; that is child-only code.
"""

import multiprocessing

from daskms import xds_from_ms, xds_from_table


def flag_chunk(chunk):
    datasets = xds_from_table(chunk["table"], columns=["DATA", "FLAG"])
    return {"startrow": chunk["startrow"], "flagged": len(datasets)}


def main(ms, nworkers=4):
    chunks = xds_from_ms(ms, columns=["TIME", "ANTENNA1", "ANTENNA2"])
    with multiprocessing.Pool(nworkers) as pool:  # error: FRK001:10
        results = pool.map(flag_chunk, chunks)
    return sum(r["flagged"] for r in results)


if __name__ == "__main__":
    import sys

    main(sys.argv[1])
