"""DEM class (xdem), trimmed to the uncertainty estimation path."""
import numpy as np

from xdem.spatialstats import infer_spatial_correlation_from_stable


class DEM:
    def __init__(self, data: np.ndarray) -> None:
        self.data = data

    def estimate_uncertainty(self, other: "DEM", stable_mask: np.ndarray, n_jobs: int = 1):
        dh = self.data - other.data
        return infer_spatial_correlation_from_stable(dh, stable_mask, n_jobs=n_jobs)
