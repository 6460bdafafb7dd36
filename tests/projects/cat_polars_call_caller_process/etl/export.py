"""cat_polars_call_caller_process.

Clauses: "Library thread starters (the catalog)" (polars: any call, a global thread pool) with
"Across modules: the project" / threads flow to the caller.
`export_partitions()` calls `partition_keys()` from etl/load.py, whose body calls
`pl.read_parquet(...)` (= `polars.read_parquet`): polars' thread pool now runs in this
process. So this module has thread evidence and `multiprocessing.Process(...)` is a
default-method sink: FRK001 at line 27. The polars calls in `write_partition()` run only in the
child (it is used only as `Process(target=...)`); they are not what makes the finding.
"""
import multiprocessing
import os

import polars as pl

from etl.load import partition_keys


def write_partition(path, column, key, out_dir):
    out_path = os.path.join(out_dir, "%s=%s.parquet" % (column, key))
    pl.scan_parquet(path).filter(pl.col(column) == key).sink_parquet(out_path)


def export_partitions(path, column, out_dir):
    procs = []
    for key in partition_keys(path, column):
        proc = multiprocessing.Process(  # error: FRK001:16
            target=write_partition, args=(path, column, key, out_dir)
        )
        proc.start()
        procs.append(proc)
    for proc in procs:
        proc.join()
