"""Numerical kernels, compiled with XLA."""
import jax
import jax.numpy as jnp


@jax.jit
def step(state, dt):
    return state + dt * jnp.sin(state)


def integrate(state, dt, steps):
    for _ in range(steps):
        state = step(state, dt)
    return state
