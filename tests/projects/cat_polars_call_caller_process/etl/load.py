"""Reading the source tables."""
import polars as pl


def partition_keys(path, column):
    frame = pl.read_parquet(path, columns=[column])
    return sorted(frame.get_column(column).unique().to_list())
