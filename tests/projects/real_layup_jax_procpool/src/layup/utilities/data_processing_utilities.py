"""Case real_layup_jax_procpool.

Re-creation of https://github.com/Smithsonian/layup/pull/336 (fixing
https://github.com/Smithsonian/layup/issues/302, "os.fork() was called. os.fork() is
incompatible with multithreaded code, and JAX is multithreaded"): orbitfit imports JAX via
layup.convert -> orbit_conversion at module load, and both ProcessPoolExecutor sites in this
module used the default fork start method. The fix pinned both to spawn.

Labels (rules.md): `@jax.jit` at module level is a catalog decorator, "a call at import time";
layup.convert imports orbit_conversion and layup.orbitfit imports convert (chain), so both
callers have thread evidence, which flows to the two callees here: two FRK001 (src/ layout).
"""
from concurrent.futures import ProcessPoolExecutor


def process_data(data, n_workers, func):
    with ProcessPoolExecutor(max_workers=n_workers) as executor:  # error: FRK001:10
        return list(executor.map(func, data))


def process_data_by_id(data, n_workers, func):
    with ProcessPoolExecutor(max_workers=n_workers) as executor:  # error: FRK001:10
        futures = {key: executor.submit(func, row) for key, row in enumerate(data)}
        return {key: future.result() for key, future in futures.items()}
