import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def render_zoom(zoom):
    return zoom, 4 ** zoom


def render_all(zooms):
    with multiprocessing.Manager() as manager:
        stats = manager.dict()
        with ProcessPoolExecutor(max_workers=4) as pool:
            for zoom, tiles in pool.map(render_zoom, zooms):
                stats[zoom] = tiles
        return dict(stats)
