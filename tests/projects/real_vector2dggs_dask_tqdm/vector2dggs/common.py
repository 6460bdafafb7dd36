"""Case real_vector2dggs_dask_tqdm.

Re-creation of https://github.com/manaakiwhenua/vector2dggs/issues/133 ("Indexing pool forks a
multi-threaded parent"): the DGGS-indexing ProcessPoolExecutor used Linux's default fork
while the parent was already multi-threaded (dask thread pool, tqdm). Fix: an explicit
forkserver / spawn context.

Labels (rules.md, catalog): dask.compute with the default (threaded) scheduler and tqdm.tqdm
(monitor thread) are library thread starters named in the catalog; both run in this module,
so the default-method pool is reported.
"""
from concurrent.futures import ProcessPoolExecutor, as_completed

import dask
from tqdm import tqdm


def _index_partition(partition):
    return partition


def parent_partitioning(partitions):
    return dask.compute(*partitions)


def index(partitions, processes=4):
    parts = parent_partitioning(partitions)
    with ProcessPoolExecutor(max_workers=processes) as executor:  # error: FRK001:10
        futures = [executor.submit(_index_partition, part) for part in parts]
        return [f.result() for f in tqdm(as_completed(futures), total=len(futures))]
