"""Conversion front end: imports the JAX conversions at module load."""
from layup.orbit_conversion import universal_cartesian
from layup.utilities.data_processing_utilities import process_data_by_id


def _convert_row(row):
    return universal_cartesian(row)


def convert(data, num_workers=4):
    return process_data_by_id(data, num_workers, _convert_row)
