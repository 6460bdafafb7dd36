"""real_fdtdx_video_pool_jax_detector (the sink module).

Report: https://github.com/ymahlau/fdtdx/issues/56 ("`os.fork()` called - incompatibility with multithreaded code causes deadlock")
After a JAX simulation, Detector.draw_plot() rendered the recorded field slices into a video
through generate_video_from_slices(), which forked a default multiprocessing.Pool of plotting
workers from the multi-threaded JAX process; JAX warned that fork() will likely deadlock and the
whole machine froze.

Clauses: "Library thread starters (the catalog)": JAX array creation (`jax.numpy.asarray`,
`jax.numpy.zeros`) in fdtdx/detector.py; "Across modules": evidence flows to the callee
(Detector.draw_plot() calls generate_video_from_slices() here); "Sinks" default start method
(`multiprocessing.Pool`). This module starts no thread itself. Expected: FRK001 at the Pool(...)
call in generate_video_from_slices(). The task is a functools.partial of the module-level
plot_from_slices() and its items are tuples of numpy arrays (no FRK101/FRK103).
"""
import tempfile
from functools import partial
from multiprocessing import Pool

import matplotlib.pyplot as plt
import moviepy as mpy
import numpy as np
from rich.progress import Progress


def plot_from_slices(slice_tuple, resolutions, minvals, maxvals, plot_dpi, plot_interpolation):
    """Renders the xy/xz/yz slices of one time step into an RGB array."""
    xy_slice, xz_slice, yz_slice = slice_tuple
    fig, axs = plt.subplots(1, 3, dpi=plot_dpi)
    for ax, data, vmin, vmax in zip(axs, (xy_slice, xz_slice, yz_slice), minvals, maxvals):
        ax.imshow(data.T, vmin=vmin, vmax=vmax, interpolation=plot_interpolation, origin="lower")
    fig.canvas.draw()
    width, height = fig.canvas.get_width_height()
    data = np.frombuffer(fig.canvas.buffer_rgba(), dtype=np.uint8).reshape(height, width, 4)
    plt.close(fig)
    return data[:, :, :3]


def generate_video_from_slices(
    xy_slice,
    xz_slice,
    yz_slice,
    plt_fn,
    resolutions,
    num_worker=8,
    fps=10,
    progress=None,
    minvals=(None, None, None),
    maxvals=(None, None, None),
    plot_dpi=None,
    plot_interpolation="gaussian",
):
    """Generates an MP4 video from time-series slice data using parallel processing."""
    slices = [xy_slice, xz_slice, yz_slice]
    minvals = tuple(slices[a].min() if minvals[a] is None else minvals[a] for a in range(3))
    maxvals = tuple(slices[a].max() if maxvals[a] is None else maxvals[a] for a in range(3))

    _, path = tempfile.mkstemp(suffix=".mp4")
    with Pool(num_worker) as pool:  # error: FRK001:10
        time_steps = xy_slice.shape[0]
        if progress is None:
            progress = Progress()
        task_id = progress.add_task("Generating video", total=time_steps)
        precomputed_figs = []
        partial_fn = partial(
            plt_fn,
            resolutions=resolutions,
            minvals=minvals,
            maxvals=maxvals,
            plot_dpi=plot_dpi,
            plot_interpolation=plot_interpolation,
        )
        slice_arr_list = [(xy_slice[t], xz_slice[t], yz_slice[t]) for t in range(time_steps)]
        for fig in pool.imap(partial_fn, slice_arr_list):
            precomputed_figs.append(fig)
            progress.update(task_id, advance=1)

    clip = mpy.ImageSequenceClip(precomputed_figs, fps=fps)
    clip.write_videofile(path, fps=fps, logger=None)
    return path
