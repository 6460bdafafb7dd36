"""real_xdem_variogram_pool: sample_empirical_variogram(n_jobs>1) forks a Pool under a threaded caller.

Report: https://github.com/GlacioHack/xdem/issues/507
("Multiprocessing new multi-threading `DeprecationWarning` for multiple forks in
`sample_empirical_variogram`").

What was reported: "Calling the function with `n_jobs>1` raises: DeprecationWarning: This process
(pid=10362) is multi-threaded, use of fork() may lead to deadlocks in the child."
sample_empirical_variogram builds `mp.Pool(n_jobs, maxtasksperchild=1)` with the default start
method (fork on Linux) while the calling process already runs other threads; the issue suggests
`multiprocessing.get_context` as the fix. The fix PR (#993) says the pool "uses the default start
method. On Linux that is fork, and forking a parent with live threads is what raises the
DeprecationWarning", and its regression test "holds a thread open while sampling".

Re-creation: the caller that holds a thread open is scripts/dem_uncertainty.py (a heartbeat
thread while a DEM's uncertainty is estimated), reaching this module through
DEM.estimate_uncertainty() -> infer_spatial_correlation_from_stable() ->
_estimate_model_spatial_correlation() -> sample_empirical_variogram().

Clauses: "evidence flows to the callee ... directly or through a chain of project calls"
(`dem = DEM(...)` then `dem.estimate_uncertainty(...)` in the same scope, then module functions);
default start method `multiprocessing.Pool` via `import multiprocessing as mp`. The n_jobs == 1
branch forks nothing.

Expected: one finding, FRK001 at the Pool call (xdem/spatialstats.py:58).
"""
import logging
import multiprocessing as mp
from typing import Any, Dict, List

import numpy as np
import pandas as pd


def _get_empirical_variogram(values: np.ndarray, random_state: int, n_lags: int = 100) -> pd.DataFrame:
    rng = np.random.default_rng(random_state)
    sample = rng.choice(values.ravel(), size=min(values.size, 1000), replace=False)
    bins = np.linspace(0, 1, n_lags)
    return pd.DataFrame({"bins": bins, "exp": np.full(n_lags, np.nanvar(sample)), "count": len(sample)})


def _wrapper_get_empirical_variogram(argdict: Dict[str, Any]) -> pd.DataFrame:
    logging.debug("Working on run %d out of %d", argdict["i"] + 1, argdict["imax"])
    return _get_empirical_variogram(argdict["values"], argdict["random_state"])


def sample_empirical_variogram(values: np.ndarray, n_variograms: int = 1, n_jobs: int = 1, random_state: int = 42) -> pd.DataFrame:
    list_random_state = [random_state + i for i in range(n_variograms)]
    if n_jobs == 1:
        logging.info("Using 1 core...")
        list_df_run: List[pd.DataFrame] = [
            _wrapper_get_empirical_variogram({"i": i, "imax": n_variograms, "random_state": list_random_state[i], "values": values})
            for i in range(n_variograms)
        ]
    else:
        logging.info("Using " + str(n_jobs) + " cores...")

        pool = mp.Pool(n_jobs, maxtasksperchild=1)  # error: FRK001:16
        list_argdict = [
            {"i": i, "imax": n_variograms, "random_state": list_random_state[i], "values": values}
            for i in range(n_variograms)
        ]
        list_df_run = pool.map(_wrapper_get_empirical_variogram, list_argdict, chunksize=1)
        pool.close()
        pool.join()

    df = pd.concat(list_df_run)
    return df.groupby("bins", dropna=False)[["exp"]].mean()


def _estimate_model_spatial_correlation(dvalues: np.ndarray, n_variograms: int = 1, n_jobs: int = 1) -> pd.DataFrame:
    return sample_empirical_variogram(dvalues, n_variograms=n_variograms, n_jobs=n_jobs)


def infer_spatial_correlation_from_stable(dvalues: np.ndarray, stable_mask: np.ndarray, n_jobs: int = 1) -> pd.DataFrame:
    return _estimate_model_spatial_correlation(np.where(stable_mask, dvalues, np.nan), n_variograms=4, n_jobs=n_jobs)
