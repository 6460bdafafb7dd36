"""dask-ms: xarray Datasets over CASA Measurement Sets."""

from daskms.reads import xds_from_ms, xds_from_table

__all__ = ["xds_from_ms", "xds_from_table"]
