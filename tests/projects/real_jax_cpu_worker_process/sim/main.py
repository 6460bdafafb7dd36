"""Entry point: JAX on the default (GPU) device, then the CPU side-worker."""

import logging

import jax.numpy as jnp

from sim import launcher

log = logging.getLogger(__name__)


def main():
    log.info("parent device: %s", jnp.array(1).device())
    return launcher.start_cpu_worker()


if __name__ == "__main__":
    main()
