"""Case real_polars_pool_map.

Re-creation of https://github.com/pola-rs/polars/issues/20284 ("Fork issue": `with Pool() as
pool: results = pool.map(impute_column, miss.keys())` after working with a polars DataFrame;
"RuntimeWarning: Using fork() can cause Polars to deadlock in the child process"). See also
https://github.com/pola-rs/polars/issues/8032.

Labels (rules.md, catalog): polars, "any call: a global thread pool". impute.data.load() calls
pl.read_parquet, and this module calls load() (threads flow to the caller), so the default
multiprocessing.Pool is FRK001.
"""
from multiprocessing import Pool

from impute.columns import impute_column
from impute.data import load, missing_columns


def main(path):
    frame = load(path)
    miss = dict.fromkeys(missing_columns(frame))
    with Pool() as pool:  # error: FRK001:10
        results = pool.map(impute_column, miss.keys())
    return results
