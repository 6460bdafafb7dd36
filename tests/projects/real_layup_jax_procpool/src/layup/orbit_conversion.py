"""Orbit element conversions, compiled with JAX at import time (@jax.jit)."""
import jax
import jax.numpy as jnp


@jax.jit
def universal_cartesian(elements):
    return jnp.asarray(elements) * 2.0
