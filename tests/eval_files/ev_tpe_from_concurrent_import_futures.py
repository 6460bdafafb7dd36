"""Evidence: ThreadPoolExecutor through `from concurrent import futures` (rules.md: import spellings); sink with mp_context=None."""
from concurrent import futures

import numpy as np

_executor = futures.ThreadPoolExecutor(thread_name_prefix="prefetch")


def prefetch(loader, keys):
    return [_executor.submit(loader, k) for k in keys]


def fit_models(datasets, fit):
    with futures.ProcessPoolExecutor(max_workers=len(datasets), mp_context=None) as ex:  # error: FRK001:10
        return [f.result() for f in [ex.submit(fit, np.asarray(d)) for d in datasets]]
