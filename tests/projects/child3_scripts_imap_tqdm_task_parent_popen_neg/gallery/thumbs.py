"""Thumbnail rendering (pool task)."""
from tqdm import tqdm


def make_thumb(path):
    out = path + ".thumb.jpg"
    for _ in tqdm(range(4), desc=path, leave=False):
        pass
    return out
