"""Detectors record field slices during the JAX simulation and plot them afterwards."""
import jax.numpy as jnp
import numpy as np

from fdtdx.video import generate_video_from_slices, plot_from_slices


class Detector:
    def __init__(self, name, time_steps_total, interval=1, num_video_workers=8, plot_dpi=None,
                 plot_interpolation="gaussian", resolution=100e-9):
        self.name = name
        self.time_steps_total = time_steps_total
        self.interval = interval
        self.num_video_workers = num_video_workers
        self.plot_dpi = plot_dpi
        self.plot_interpolation = plot_interpolation
        self.resolution = resolution
        self._is_on_at_time_step_arr = None
        self._time_step_to_arr_idx = None

    def _calculate_on_list(self):
        return [t % self.interval == 0 for t in range(self.time_steps_total)]

    def place_on_grid(self):
        on_list = self._calculate_on_list()
        self._is_on_at_time_step_arr = jnp.asarray(on_list, dtype=jnp.bool_)
        counter = 0
        time_to_arr_idx_list = [-1 for _ in range(self.time_steps_total)]
        for t in range(self.time_steps_total):
            if on_list[t]:
                time_to_arr_idx_list[t] = counter
                counter += 1
        self._time_step_to_arr_idx = jnp.asarray(time_to_arr_idx_list, dtype=jnp.int32)
        return self

    def init_state(self, shape):
        num_recorded = int(sum(self._calculate_on_list()))
        return {
            "XY Plane": jnp.zeros((num_recorded, shape[0], shape[1]), dtype=jnp.float32),
            "XZ Plane": jnp.zeros((num_recorded, shape[0], shape[2]), dtype=jnp.float32),
            "YZ Plane": jnp.zeros((num_recorded, shape[1], shape[2]), dtype=jnp.float32),
        }

    def draw_plot(self, state, progress=None):
        squeezed_arrs = {k: np.asarray(v) for k, v in state.items()}
        path = generate_video_from_slices(
            plt_fn=plot_from_slices,
            xy_slice=squeezed_arrs["XY Plane"],
            xz_slice=squeezed_arrs["XZ Plane"],
            yz_slice=squeezed_arrs["YZ Plane"],
            progress=progress,
            num_worker=self.num_video_workers,
            resolutions=(self.resolution, self.resolution, self.resolution),
            plot_dpi=self.plot_dpi,
            plot_interpolation=self.plot_interpolation,
        )
        return {"sliced_video": path}
