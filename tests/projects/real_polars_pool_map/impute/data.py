"""Loads the feature table with polars (polars runs a global thread pool)."""
import polars as pl


def load(path):
    return pl.read_parquet(path)


def missing_columns(frame):
    return [name for name in frame.columns if frame[name].null_count() > 0]
