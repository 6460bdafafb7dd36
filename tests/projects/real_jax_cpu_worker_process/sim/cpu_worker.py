"""The CPU-side JAX computation, run in a child process.

The report decorates the function with ``@jax.jit`` at module level; here the
jit happens inside the child's entry point, so that importing this module
starts nothing (otherwise every importer would have import-time evidence and
the trap in sim/launcher.py would not test the child-only rule).
"""

import jax
import jax.numpy as jnp
import numpy as np


def _fn():
    small = jnp.ones((2**17 - 1,), dtype=np.float32)
    jax.debug.print("{x} {y}", x=small, y=small.nbytes)
    big = jnp.ones((2**17,), dtype=np.float32)
    jax.debug.print("{x} {y}", x=big, y=big.nbytes)


def run_on_cpu():
    jax.config.update("jax_platform_name", "cpu")
    compiled = jax.jit(_fn)
    compiled()
