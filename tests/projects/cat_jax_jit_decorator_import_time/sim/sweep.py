"""cat_jax_jit_decorator_import_time.

Clauses: "Library thread starters (the catalog)" (JAX: `jax.jit` as a decorator; "a decorator
is a call": `@jax.jit` calls `jax.jit` at import time) with "Across modules: the project" /
import-time threads.
sim/kernels.py decorates a module-level function with `@jax.jit`, so importing it starts JAX's
threads. This module imports sim.kernels at module level, so it has thread evidence. `_CTX` is
the default context (`mp.get_context()` with no method) bound at module level, so `_CTX.Pool()`
is a default-method sink: FRK001 at line 23 (the `get_context()` call itself is not a sink).
"""
import multiprocessing as mp

from sim.kernels import integrate

_CTX = mp.get_context()


def simulate_one(dt):
    return float(integrate(1.0, dt, 100))


def run_sweep(dts):
    with _CTX.Pool(processes=4) as pool:  # error: FRK001:10
        return pool.map(simulate_one, dts)
