"""The reporter's run: examples/simulate_gaussian_source.py, cut down to the parts that matter."""
import jax
import jax.numpy as jnp

from fdtdx.detector import Detector


def sim_fn(arrays, key):
    return {name: arr + jax.random.normal(key, arr.shape) for name, arr in arrays.items()}


def main():
    key = jax.random.PRNGKey(seed=42)
    detectors = [Detector("video", time_steps_total=200, interval=4).place_on_grid()]
    arrays = detectors[0].init_state((60, 60, 60))
    jitted = jax.jit(sim_fn)
    arrays = jitted(arrays, key)
    jnp.stack([arrays["XY Plane"].sum()]).block_until_ready()
    for detector in detectors:
        print(detector.draw_plot(arrays))


if __name__ == "__main__":
    main()
