"""Template rendering in a process pool."""
import multiprocessing


def _render(template):
    return template


def render_all(templates):
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        return pool.map(_render, templates)
