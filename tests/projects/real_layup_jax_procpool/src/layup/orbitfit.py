"""Orbit fitting; imports layup.convert (and with it JAX) at top level."""
from layup import convert  # noqa: F401
from layup.utilities.data_processing_utilities import process_data


def _fit_one(row):
    return row


def orbitfit(data, num_workers=4):
    return process_data(data, num_workers, _fit_one)
