import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def resize_one(path):
    return path.replace(".jpg", ".thumb.jpg")


def resize_all(paths):
    with ProcessPoolExecutor(max_workers=4) as pool:
        return list(pool.map(resize_one, paths))


def resize_legacy(paths):
    with multiprocessing.Pool(2) as pool:
        return pool.map(resize_one, paths)
